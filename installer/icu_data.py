"""A smaller ICU data library for the Linux bundle (Qt's ``libicudata.so.73`` holds 32 MB; we keep ~5 MB).

Qt links ICU, but uses it for little: collation (QCollator), case mapping for a locale, time-zone display
names and codecs outside UTF-8/16/Latin-1. The 32 MB data library also holds, for every one of ~800
locales, names of currencies, languages, regions and units, word-break dictionaries, transliterators,
spelled-out numbers and ~230 legacy codepages, none of which Qt asks for. So the bundle gets the same
data package with only: everything that is not per-locale, the per-locale items of root, English and
Chinese, and the Chinese codepages. An ICU lookup of something left out falls back to the root locale,
as it does for any locale ICU lacks.

How: the data is one symbol (``icudt73_dat``) holding an ICU "common data" package: a header, a table of
contents sorted by name, then the items, each aligned to 16 bytes. We copy the kept items into a new
package, and binutils (``objcopy``, ``ld``; PyInstaller needs binutils on Linux anyway) wrap it in a
shared library with the same soname and symbol. A check in a child process then opens the new library
with the bundle's own ICU and compares two Chinese names the way a Chinese collation does (pinyin order);
if anything fails, the build keeps Qt's original library and says so.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ALIGN = 16
PAD = b"\xaa"  # what ICU's own packager pads with
KEEP_LANGS = ("root", "en", "zh", "pool", "res_index")
# per-locale trees whose other-language items go; the unlisted trees (and top-level non-locale items) stay
DROPPED_TREES = {"brkitr", "translit", "rbnf"}  # Qt breaks text itself; no transliteration or spelled numbers
KEPT_CODEPAGES = {"gb18030.cnv", "windows-936-2000.cnv", "ibm-1386_P100-2001.cnv", "ibm-1383_P110-1999.cnv"}
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")


def keep_item(name: str) -> bool:
    """``name`` without the package prefix, e.g. ``coll/zh.res`` or ``ibm-37_P100-1995.cnv``."""
    tree, _, leaf = name.rpartition("/")
    if tree in DROPPED_TREES:
        return False
    if leaf.endswith(".cnv"):
        return leaf in KEPT_CODEPAGES
    if _LOCALE.match(leaf) or leaf.startswith(("root", "pool", "res_index")):
        return leaf.split(".")[0].split("_")[0] in KEEP_LANGS or leaf.startswith(KEEP_LANGS)
    return True


# --- reading the data out of the shared library --------------------------------------------------------


def _symbol(elf: bytes, wanted: bytes) -> tuple[int, int]:
    """File offset and size of a dynamic symbol in a little-endian ELF64 shared library."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError("not a little-endian 64-bit ELF file")
    (shoff,) = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]
    for _name, sh_type, _flags, _addr, off, size, link, _info, _align, entsize in sections:
        if sh_type != 11:  # SHT_DYNSYM
            continue
        strtab_off = sections[link][4]
        for pos in range(off, off + size, entsize):
            st_name, _st_info, _other, shndx, value, st_size = struct.unpack_from("<IBBHQQ", elf, pos)
            end = elf.index(b"\0", strtab_off + st_name)
            if elf[strtab_off + st_name : end] == wanted and shndx != 0:
                s_addr, s_off = sections[shndx][3], sections[shndx][4]
                return value - s_addr + s_off, st_size
    raise ValueError(f"symbol {wanted.decode()} not found")


def read_package(library: Path) -> tuple[str, bytes]:
    """(symbol name, common-data package) from libicudata.so.NN."""
    version = library.name.split(".so.")[-1].split(".")[0]
    symbol = f"icudt{version}_dat"
    elf = library.read_bytes()
    offset, size = _symbol(elf, symbol.encode())
    return symbol, elf[offset : offset + size]


# --- the common-data package ---------------------------------------------------------------------------


def _items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    header_size, magic1, magic2 = struct.unpack_from("<HBB", package, 0)
    if (magic1, magic2) != (0xDA, 0x27) or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    (count,) = struct.unpack_from("<I", package, header_size)
    toc = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    offsets = sorted(header_size + data for _name, data in toc) + [len(package)]
    ends = dict(zip(offsets, offsets[1:], strict=False))
    items = []
    for name_off, data_off in toc:
        start = header_size + name_off
        name = package[start : package.index(b"\0", start)].decode("ascii")
        begin = header_size + data_off
        items.append((name, package[begin : ends[begin]]))
    return package[:header_size], items


def subset(package: bytes, keep: Callable[[str], bool] = keep_item) -> bytes:
    header, items = _items(package)
    kept = [(n, d) for n, d in items if keep(n.split("/", 1)[1] if "/" in n else n)]
    names = b"".join(n.encode("ascii") + b"\0" for n, _ in kept)
    toc_size = 4 + 8 * len(kept)
    pos = toc_size + len(names)
    pos += -pos % ALIGN
    toc, blobs = [struct.pack("<I", len(kept))], []
    name_pos = toc_size
    for name, data in kept:
        toc.append(struct.pack("<II", name_pos, pos))
        name_pos += len(name) + 1
        padded = data + PAD * (-len(data) % ALIGN)
        blobs.append(padded)
        pos += len(padded)
    head = b"".join(toc) + names
    head += PAD * (-(len(header) + len(head)) % ALIGN)
    return header + head + b"".join(blobs)


# --- wrapping it in a library, and checking it ---------------------------------------------------------

_BFD = {0x3E: ("elf64-x86-64", "i386:x86-64"), 0xB7: ("elf64-littleaarch64", "aarch64")}


def write_library(package: bytes, symbol: str, soname: str, machine: int, out: Path) -> None:
    target, arch = _BFD[machine]
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "icudt.dat").write_bytes(package)
        subprocess.run(
            [
                "objcopy", "-I", "binary", "-O", target, "-B", arch,
                "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
                "--set-section-alignment", f".rodata={ALIGN}",
                "--redefine-sym", f"_binary_icudt_dat_start={symbol}",
                "--strip-symbol", "_binary_icudt_dat_end", "--strip-symbol", "_binary_icudt_dat_size",
                "icudt.dat", "icudt.o",
            ],
            cwd=tmp, check=True, capture_output=True,
        )  # fmt: skip
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["ld", "-shared", "-soname", soname, "-z", "noexecstack", "-o", str(out), "icudt.o"],
            cwd=tmp, check=True, capture_output=True,
        )  # fmt: skip


CHECK = r"""
import ctypes, sys
lib, v = ctypes.CDLL(sys.argv[1]), sys.argv[2]
status = ctypes.c_int(0)
ucol_open = getattr(lib, "ucol_open_" + v)
ucol_open.restype = ctypes.c_void_p
coll = ucol_open(b"zh_CN", ctypes.byref(status))
assert status.value <= 0 and coll, f"ucol_open failed: {status.value}"
strcoll = getattr(lib, "ucol_strcoll_" + v)
strcoll.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_int]
u16 = lambda s: (ctypes.c_uint16 * (len(s) + 1))(*map(ord, s), 0)
# li before zhang (pinyin order) comes only from the Chinese collation: root orders them the other way
assert strcoll(coll, u16("\u674e"), -1, u16("\u5f20"), -1) == -1, "no Chinese collation"
print("ok")
"""


def check(library: Path, qt_lib_dir: Path) -> None:
    """Open the new data with Qt's own ICU libraries in a child process; raises when it does not work."""
    version = library.name.split(".so.")[-1].split(".")[0]
    with tempfile.TemporaryDirectory() as tmp:
        for lib in qt_lib_dir.glob(f"libicu*.so.{version}"):
            if not lib.name.startswith("libicudata"):
                shutil.copy2(lib, tmp)
        shutil.copy2(library, Path(tmp) / library.name)
        done = subprocess.run(
            [sys.executable, "-c", CHECK, str(Path(tmp) / f"libicui18n.so.{version}"), version],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        if done.returncode != 0 or "ok" not in done.stdout:
            raise RuntimeError((done.stdout + done.stderr).strip()[-500:])


def smaller_icudata(original: Path, out_dir: Path) -> Path:
    """A checked, smaller copy of ``original`` in ``out_dir`` (raises when that cannot be made)."""
    symbol, package = read_package(original)
    machine = struct.unpack_from("<H", original.read_bytes()[:20], 18)[0]
    out = out_dir / original.name
    write_library(subset(package), symbol, original.name, machine, out)
    check(out, original.parent)
    return out
