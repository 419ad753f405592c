"""Is a database file healthy; damage found after start-up, remembered for the next opening; mending
indexes that disagree with their tables; moving a damaged file aside (never deleting it)."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from trainer.storage import clock
from trainer.storage.connection import connect

SIDE_FILES = ("-wal", "-shm", "-journal")
DAMAGE_FOUND = ".damage-found"  # beside the database: what ``Database.check`` found
# integrity_check's words for an index that disagrees with its table (the rows themselves are whole)
_INDEX_ONLY = r"(missing from index|wrong # of entries in index|non-unique entry in index)"


def move_aside(db_path: Path, now: datetime | None = None) -> Path:
    """Rename ``trainer.db`` (and its -wal/-shm) to ``trainer.db.corrupt-YYYYmmdd-HHMMSS``.

    The damaged file is kept for a specialist to recover; the next start creates a fresh database.
    """
    base = f"{db_path.name}.corrupt-{clock.stamp(now or clock.utcnow())}"
    target = db_path.with_name(base)
    n = 1
    while any(p.exists() for p in (target, *_side_paths(target))):
        n += 1
        target = db_path.with_name(f"{base}-{n}")
    os.replace(db_path, target)
    for side, side_target in zip(_side_paths(db_path), _side_paths(target), strict=True):
        if side.exists():
            os.replace(side, side_target)
    return target


def _side_paths(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in SIDE_FILES]


def damage_marker(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + DAMAGE_FOUND)


def remember_damage(db_path: Path, detail: str) -> None:
    with contextlib.suppress(OSError):
        damage_marker(db_path).write_text(detail[:2000], encoding="utf-8")


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """``PRAGMA integrity_check``'s findings; empty when the file is whole."""
    found = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if found == ["ok"] else found


def mend_indexes(db_path: Path, problems: list[str], busy_timeout_ms: int) -> bool:
    """When the only damage is indexes that disagree with their tables, rebuild them (REINDEX reads
    the tables, which are whole) and check again. True when the file is whole afterwards."""
    if not problems or not all(re.search(_INDEX_ONLY, p) for p in problems):
        return False
    try:
        with contextlib.closing(connect(db_path, busy_timeout_ms)) as conn:
            conn.execute("REINDEX")
            return not integrity_problems(conn)
    except sqlite3.Error:
        return False
