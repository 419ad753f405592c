"""Settings a tutor chose for every PC of the centre (table ``centre_setting``, schema v8), read and
written with the stdlib ``sqlite3`` module only: the sign-in screen reads one before its first paint.

The table is shared by the centre's sync (``sync.registry``): a value written here reaches the other
PCs with the next sync, and the latest choice wins everywhere. Values are text; the service that owns
a key checks what it reads (a value from a newer version of the app may be one it does not know)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.storage import clock
from trainer.storage.connection import connect_readonly

if TYPE_CHECKING:
    from trainer.storage.db import Database


def peek(db_path: Path, key: str) -> str | None:
    """The value of ``key`` in the database file, or None when there is none yet: no file, a schema
    older than v8 (not upgraded yet) or a file that cannot be read (the caller falls back). Never
    creates the file and never writes (read-only: closing it never checkpoints a -wal file either)."""
    try:
        with closing(connect_readonly(db_path, busy_timeout_ms=500)) as conn:
            row = conn.execute("SELECT value FROM centre_setting WHERE key = ?", (key,)).fetchone()
    except (sqlite3.Error, ValueError):
        return None
    return None if row is None else row[0]


def read(db: Database, key: str) -> str | None:
    with closing(db.connect()) as conn:
        row = conn.execute("SELECT value FROM centre_setting WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def write(db: Database, key: str, value: str, only_if_missing: bool = False) -> bool:
    """Keep ``value`` for ``key`` in one transaction. With ``only_if_missing``, a value already there
    (chosen here or received from another PC) is left as it is. True when the row was written."""
    before, after = change(db, key, lambda old: None if old is not None and only_if_missing else value)
    return after != before


def change(
    db: Database, key: str, new_value: Callable[[str | None], str | None]
) -> tuple[str | None, str | None]:
    """Read ``key`` and write ``new_value(old)`` in its place, in one transaction (two tutors changing
    it at once cannot lose one change); ``None`` from ``new_value`` leaves it as it is, and so does the
    same value (no write, nothing for the sync to send). Returns (old, now)."""
    with closing(db.connect()) as conn:
        conn.execute("BEGIN IMMEDIATE")
        try:
            row = conn.execute("SELECT value FROM centre_setting WHERE key = ?", (key,)).fetchone()
            old = None if row is None else row[0]
            value = new_value(old)
            if value is None or value == old:
                conn.execute("ROLLBACK")
                return old, old
            now = clock.to_text(clock.utcnow())
            if row is None:  # (no upsert: the sync's capture triggers tell an insert from an update)
                conn.execute(
                    "INSERT INTO centre_setting (key, value, updated_at) VALUES (?, ?, ?)", (key, value, now)
                )
            else:
                conn.execute(
                    "UPDATE centre_setting SET value = ?, updated_at = ? WHERE key = ?", (value, now, key)
                )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return old, value
