"""The sync bundle: one file that carries a PC's records to PCs with no network (a USB stick).

Layout (all of it authenticated)::

    DBSYNC 0x01 \\n            8 bytes: what the file is, and the format version
    header length              4 bytes, big-endian
    header                     UTF-8 JSON: centre id and name, the PC that made it, when, counts
    payload                    zlib-compressed lines of JSON, one record each, in the registry's order
    tag                        32 bytes: HMAC-SHA256 of everything before it, keyed with the centre key

A bundle holds everything its PC holds (every record, erasure and merge), so bundles can be carried
between any PCs in any order, twice or never: importing one applies the same merge as the hub
(``storage.sync.apply``), and an old or repeated bundle changes nothing.

Reading is strict: the file is copied off the stick first (a stick pulled half-way leaves nothing
applied), the tag is checked over the whole copy before anything is parsed, and every record is
checked before the first one is applied. A file from another centre, a changed byte, a file that is
not a bundle or one made by a newer version is refused whole, with the reason.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import shutil
import struct
import tempfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from trainer.domain.sync.merge import Record
from trainer.storage.sync import registry

MAGIC = b"DBSYNC\x01\n"
FORMAT = "digital-bridge-sync-bundle"
TAG_BYTES = 32
MAX_HEADER = 1 << 20
MAX_FILE = 4 << 30  # 4 GB: far beyond a township's records
MAX_LINE = 16 << 20
CHUNK = 1 << 20


class BundleRefused(Exception):
    """Nothing was applied. ``reason``: not_a_bundle, newer_format, unreadable, too_big, other_centre,
    no_code, tampered, malformed."""

    def __init__(self, reason: str, detail: str = "", header: dict | None = None) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
        self.header = header or {}


# --- writing -----------------------------------------------------------------------------------------


def write_bundle(dest: Path, header: dict[str, Any], batches: Iterable[list[Record]], key: bytes) -> int:
    """Write the bundle to ``dest`` (atomically: a temporary file in the same folder, then a rename).
    Returns its size in bytes. On any failure the temporary file is removed and ``dest`` untouched."""
    dest = Path(dest)
    head = json.dumps({"format": FORMAT, **header}, ensure_ascii=False, sort_keys=True).encode()
    handle, temp = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".partial")
    try:
        with os.fdopen(handle, "wb") as out:
            mac = hmac.new(key, digestmod=hashlib.sha256)
            _emit(out, mac, MAGIC + struct.pack(">I", len(head)) + head)
            squeeze = zlib.compressobj(6)
            for batch in batches:
                lines = "".join(_line(r) for r in batch).encode()
                _emit(out, mac, squeeze.compress(lines))
            _emit(out, mac, squeeze.flush())
            out.write(mac.digest())
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, dest)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return dest.stat().st_size


def _emit(out: BinaryIO, mac: hmac.HMAC, data: bytes) -> None:
    if data:
        mac.update(data)
        out.write(data)


def _line(record: Record) -> str:
    doc: dict[str, Any] = {"t": record.table, "k": record.key, "v": record.values}
    if record.clocks:
        doc["c"] = record.clocks
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"


# --- reading -----------------------------------------------------------------------------------------


def copy_in(source: Path, work_dir: Path) -> Path:
    """Copy the file off the stick into ``work_dir`` first; raises ``BundleRefused("unreadable")``."""
    source = Path(source)
    try:
        size = source.stat().st_size
        if size > MAX_FILE:
            raise BundleRefused("too_big", f"{size} bytes")
        work_dir.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=work_dir, prefix=".import-", suffix=".bundle")
        os.close(handle)
        shutil.copyfile(source, temp)
    except OSError as error:
        raise BundleRefused("unreadable", error.strerror or str(error)) from error
    return Path(temp)


def read_header(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as f:
            magic = f.read(len(MAGIC))
            if magic[:6] != MAGIC[:6]:
                raise BundleRefused("not_a_bundle")
            if magic != MAGIC:
                raise BundleRefused("newer_format", str(magic[6]))
            (length,) = struct.unpack(">I", f.read(4))
            if length > MAX_HEADER:
                raise BundleRefused("not_a_bundle", "header")
            header = json.loads(f.read(length).decode())
    except BundleRefused:
        raise
    except (OSError, struct.error) as error:
        raise BundleRefused("unreadable", str(error)) from error
    except ValueError as error:
        raise BundleRefused("not_a_bundle", "header") from error
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BundleRefused("not_a_bundle", "format")
    if not isinstance(header.get("centre"), dict) or not isinstance(header["centre"].get("id"), str):
        raise BundleRefused("not_a_bundle", "centre")
    return header


def authentic(path: Path, keys: Iterable[bytes]) -> bytes | None:
    """The key whose tag matches the file's, or None (changed, damaged, or another code)."""
    size = path.stat().st_size
    if size < len(MAGIC) + 4 + TAG_BYTES:
        return None
    macs = [(k, hmac.new(k, digestmod=hashlib.sha256)) for k in keys]
    with open(path, "rb") as f:
        left = size - TAG_BYTES
        while left:
            block = f.read(min(CHUNK, left))
            if not block:
                return None
            for _, mac in macs:
                mac.update(block)
            left -= len(block)
        tag = f.read(TAG_BYTES)
    for key, mac in macs:
        if hmac.compare_digest(mac.digest(), tag):
            return key
    return None


def records(path: Path) -> Iterator[Record]:
    """The records of an authentic bundle, each checked; ``BundleRefused("malformed")`` at the first
    that is not a well-formed record (so callers check them all before applying any)."""
    size = path.stat().st_size
    with open(path, "rb") as f:
        f.seek(len(MAGIC))
        (length,) = struct.unpack(">I", f.read(4))
        f.seek(len(MAGIC) + 4 + length)
        left = size - TAG_BYTES - f.tell()
        unsqueeze = zlib.decompressobj()
        pending = b""
        number = 0
        while True:
            block = f.read(min(CHUNK, left)) if left > 0 else b""
            left -= len(block)
            try:
                pending += unsqueeze.decompress(block) if block else unsqueeze.flush()
            except zlib.error as error:
                raise BundleRefused("malformed", "payload") from error
            *lines, pending = pending.split(b"\n")
            if len(pending) > MAX_LINE:
                raise BundleRefused("malformed", f"record {number + 1} too long")
            for line in lines:
                number += 1
                yield _record(line, number)
            if not block:
                if pending or not unsqueeze.eof or unsqueeze.unused_data:
                    raise BundleRefused("malformed", f"record {number + 1} cut short")
                return


_SCALARS = (str, int, float, bool, type(None))


def _record(line: bytes, number: int) -> Record:
    try:
        doc = json.loads(line)
        table, key, values, clocks = doc["t"], doc["k"], doc["v"], doc.get("c") or {}
    except (ValueError, KeyError, TypeError) as error:
        raise BundleRefused("malformed", f"record {number}") from error
    ok = (
        isinstance(table, str)
        and isinstance(key, str)
        and isinstance(values, dict)
        and isinstance(clocks, dict)
        and all(
            isinstance(k, str) and k.isidentifier() and isinstance(v, _SCALARS) for k, v in values.items()
        )
        and all(isinstance(k, str) and type(v) is int and v >= 0 for k, v in clocks.items())
        and table.isidentifier()
    )
    rule = registry.rule_for(table) if ok else None
    if ok and rule is not None:
        ok = all(c in values for c in rule.key) and rule.key_of(values) == key
    if not ok:
        raise BundleRefused("malformed", f"record {number}")
    return Record(table, key, values, clocks)
