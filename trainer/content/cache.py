"""A cache of loaded packs, so starting the app does not parse hundreds of TOML files every time.

The cache holds the finished LoadResult, keyed by a fingerprint of the pack folders (name, size and
modification time of every text file and folder) and of the loader's own code; any change means a
fresh load. Pictures count only through their folder: loading needs to know that they exist, not
what they hold, and adding, removing or renaming one changes the folder's modification time.
Only trainer's domain dataclasses, paths and plain values can come out of the cache file.
"""

from __future__ import annotations

import gc
import hashlib
import io
import os
import pickle
from collections.abc import Sequence
from dataclasses import is_dataclass
from pathlib import Path

import trainer
from trainer.content.files import ignored
from trainer.content.schema import ASSETS_DIR

CACHE_FORMAT = 1
CACHE_FILE = "lessons.cache"
_DOMAIN = Path(trainer.__file__).parent / "domain"
_CODE = [
    Path(__file__).parent,
    *(_DOMAIN / f for f in ("lessons.py", "tiers.py", "speech_markup.py", "observation.py")),
]
_SAFE = {
    ("pathlib", name) for name in ("Path", "PosixPath", "WindowsPath", "PurePosixPath", "PureWindowsPath")
} | {("builtins", name) for name in ("frozenset", "set", "tuple", "list", "dict")}


def _walk(folder: Path, out: list[str]) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        out.append(f"{folder}!")
        return
    for entry in entries:
        if ignored(entry.name):
            continue
        st = entry.stat(follow_symlinks=False)
        out.append(f"{entry.path}|{st.st_size}|{st.st_mtime_ns}|{st.st_mode}")
        if entry.is_dir(follow_symlinks=False) and entry.name != ASSETS_DIR:
            _walk(Path(entry.path), out)


def fingerprint(roots: Sequence[Path]) -> str:
    parts = [f"{CACHE_FORMAT}|{trainer.__version__}"]
    for code in _CODE:
        files = sorted(code.glob("*.py")) if code.is_dir() else [code]
        parts += [f"{f.name}|{f.stat().st_size}|{f.stat().st_mtime_ns}" for f in files if f.exists()]
    for root in roots:
        parts.append(f"root|{root}")
        _walk(root, parts)
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> type:
        if (module, name) in _SAFE:
            return super().find_class(module, name)
        if module.startswith("trainer.domain.") or module == "trainer.content.loader":
            found = super().find_class(module, name)
            if isinstance(found, type) and is_dataclass(found):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the lessons cache")


def read(cache_dir: Path, key: str) -> object | None:
    try:
        raw = (cache_dir / CACHE_FILE).read_bytes()
        stored_key, _, body = raw.partition(b"\n")
        if stored_key.decode() != key:
            return None
        # tens of thousands of small objects: without this the cyclic garbage collector runs over
        # them again and again while they are made, and unpickling takes twice as long
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return _Unpickler(io.BytesIO(body)).load()
        finally:
            if was_enabled:
                gc.enable()
    except Exception:  # no cache, an old one or a damaged one: load from the files
        return None


def write(cache_dir: Path, key: str, value: object) -> None:
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = cache_dir / f".{CACHE_FILE}.{os.getpid()}"
        tmp.write_bytes(key.encode() + b"\n" + pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, cache_dir / CACHE_FILE)
    except Exception:  # a read-only data folder only costs speed
        return
