"""Is a database file healthy, and moving a damaged one aside (never deleting it)."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from trainer.storage import clock
from trainer.storage.connection import connect_readonly, quick_check

SIDE_FILES = ("-wal", "-shm", "-journal")


def file_is_healthy(path: Path) -> bool:
    """True when ``path`` opens as a database and passes ``PRAGMA quick_check``. Never raises."""
    try:
        with closing(connect_readonly(path)) as conn:
            return quick_check(conn)
    except sqlite3.Error:
        return False


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
