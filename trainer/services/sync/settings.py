"""This PC's sync settings: the hub's address with its password, and the centre's sync code.

Kept in ``<data>/sync/sync.json``, readable only by the user (folder 0700, file 0600 on Linux and
macOS; on Windows the per-user data folder's own permissions apply), written atomically, never in the
database (so never in a backup or a bundle) and never logged: logs and screens show the address with
the password left out (``redacted``).

The **centre code** is the centre's shared secret for USB bundles: 120 random bits written as six
groups of four letters and digits (``ABCD-EFGH-...``), short enough to read out or copy by hand onto a
PC that has never been connected. The hub keeps it too, so connected PCs get it by themselves.
Bundles are authenticated with a key derived from it (``bundle_key``).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FILE = "sync.json"
CODE_BYTES = 15


@dataclass(frozen=True)
class SyncSettings:
    hub_url: str | None = None
    centre_id: str | None = None
    code: str | None = None  # the centre code in use (exports)
    old_codes: tuple[str, ...] = field(default_factory=tuple)  # still accepted on import

    def with_code(self, code: str) -> SyncSettings:
        if code == self.code:
            return self
        olds = tuple(c for c in (self.code, *self.old_codes) if c and c != code)
        return replace(self, code=code, old_codes=olds)


def folder(data: Path) -> Path:
    return Path(data) / "sync"


def load(data: Path) -> SyncSettings:
    path = folder(data) / FILE
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return SyncSettings()
    except (OSError, ValueError):
        return SyncSettings()  # unreadable: as if not set up (the tutor sets it up again)
    return SyncSettings(
        hub_url=doc.get("hub_url") or None,
        centre_id=doc.get("centre_id") or None,
        code=doc.get("code") or None,
        old_codes=tuple(doc.get("old_codes") or ()),
    )


def save(data: Path, settings: SyncSettings) -> None:
    where = folder(data)
    where.mkdir(parents=True, exist_ok=True)
    _private(where, 0o700)
    doc = {
        "hub_url": settings.hub_url,
        "centre_id": settings.centre_id,
        "code": settings.code,
        "old_codes": list(settings.old_codes),
    }
    handle, temp = tempfile.mkstemp(dir=where, prefix=".sync-", suffix=".tmp")
    try:
        _private(Path(temp), 0o600)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(doc, out, indent=2)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, where / FILE)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _private(path: Path, mode: int) -> None:
    if os.name == "posix":
        os.chmod(path, mode)


# --- the centre code -----------------------------------------------------------------------------------


def new_code() -> str:
    return format_code(base64.b32encode(secrets.token_bytes(CODE_BYTES)).decode())


def format_code(text: str) -> str:
    clean = normalise_code(text)
    return "-".join(clean[i : i + 4] for i in range(0, len(clean), 4))


def normalise_code(text: str) -> str:
    """What was typed, as the code: case, spaces and dashes ignored; 0/1/8 read as O/I/B."""
    clean = "".join(c for c in text.upper() if c.isalnum())
    return clean.translate(str.maketrans("018", "OIB"))


def code_problem(text: str) -> str | None:
    clean = normalise_code(text)
    if len(clean) != CODE_BYTES * 8 // 5:
        return "length"
    try:
        base64.b32decode(clean)
    except ValueError:
        return "characters"
    return None


def bundle_key(code: str, centre_id: str) -> bytes:
    """The key that authenticates bundles: HKDF-SHA256 of the code, bound to the centre's id."""
    secret = base64.b32decode(normalise_code(code))
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=b"digital-bridge sync bundle v1 " + centre_id.encode(),
    ).derive(secret)


# --- the hub's address -----------------------------------------------------------------------------------


def redacted(url: str | None) -> str:
    """The hub's address for people and logs: ``postgresql://user@host:5432/db`` (no password)."""
    if not url:
        return ""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
        user = f"{parts.username}@" if parts.username else ""
        return urlunsplit((parts.scheme, user + host, parts.path, "", ""))
    except ValueError:
        return "postgresql://…"
