"""Bringing a database up to the schema this code knows, with the stdlib ``sqlite3`` module only.

Why this small runner and not Alembic:

- no extra dependency to package, freeze with PyInstaller and keep patched on PCs that are offline;
- it runs raw SQL before SQLAlchemy is imported (about 0.6 s), so the sign-in screen appears fast
  even on the oldest PCs in a centre; Alembic needs SQLAlchemy, its script folder and an env.py;
- each version is one transaction (``BEGIN IMMEDIATE``), and SQLite's DDL is transactional, so a power
  cut mid-upgrade leaves the database at the previous version, never half-way;
- ``PRAGMA user_version`` in the file header is a free "is there anything to do?" check at start-up;
- SQLite's ALTER TABLE is so limited that Alembic's autogenerate would hand us "batch mode" table
  copies anyway; hand-written SQL per version says exactly what runs on learners' data.

Each applied version is also recorded in ``schema_version`` (when, what) for support questions.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from trainer.storage import clock
from trainer.storage.connection import error_name, is_disk_full
from trainer.storage.errors import DatabaseTooNew, DatabaseUnavailable, DiskFull, MigrationFailed
from trainer.storage.migrations import MIGRATIONS, Migration

BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED


class UpgradeResult(NamedTuple):  # (not a dataclass: see trainer.domain.learner)
    from_version: int
    to_version: int
    backup: Path | None  # the "pre-upgrade" backup, when one was taken

    @property
    def upgraded(self) -> bool:
        return self.to_version != self.from_version


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def has_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchone()
    return bool(row[0])


def check_sequence(migrations: Sequence[Migration]) -> None:
    versions = [m.version for m in migrations]
    if versions != list(range(1, len(versions) + 1)):
        raise ValueError(f"migration versions must be 1..n without gaps, got {versions}")


def upgrade(
    conn: sqlite3.Connection,
    db_path: Path,
    backups_dir: Path,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> UpgradeResult:
    """Apply every migration newer than the database, each in its own transaction.

    ``conn`` must be in autocommit mode (``connection.connect``). A database newer than the code is
    refused (``DatabaseTooNew``) and left untouched. A database with tables is backed up first.
    """
    check_sequence(migrations)
    target = migrations[-1].version if migrations else 0
    found = schema_version(conn)
    if found > target:
        raise DatabaseTooNew(db_path, found, target)
    if found == target:
        return UpgradeResult(found, found, None)
    saved = None
    if has_tables(conn):
        from trainer.storage import backup  # only when upgrading: keeps start-up light

        saved = backup.keep_backup(db_path, backups_dir, "pre-upgrade", note=f"v{found}")
    for migration in migrations:
        if migration.version > found:
            _apply(conn, db_path, migration)
    if saved is not None:  # an upgraded database that syncs: capture the new columns too
        _refresh_capture(conn)
    return UpgradeResult(found, schema_version(conn), saved)


def _refresh_capture(conn: sqlite3.Connection) -> None:
    from trainer.storage.sync import capture

    try:
        capture.refresh(conn)
    except sqlite3.Error:  # the next sync makes them again; the upgrade itself is done
        import logging

        logging.getLogger(__name__).warning("sync capture triggers not refreshed", exc_info=True)


def _apply(conn: sqlite3.Connection, db_path: Path, migration: Migration) -> None:
    # Foreign keys off while a version runs: SQLite's table rebuild recipe (create new, copy, drop old,
    # rename) needs it, and the pragma is a no-op inside a transaction. foreign_key_check before COMMIT
    # makes sure the data still holds together.
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(conn) >= migration.version:  # another copy of the app got here first
                conn.execute("ROLLBACK")
                return
            for statement in migration.statements:
                conn.execute(statement)
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise MigrationFailed(db_path, migration.version, f"foreign_key_check: {broken[:5]}")
            conn.execute(
                "INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)",
                (migration.version, clock.to_text(clock.utcnow()), migration.description),
            )
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as error:
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code in BUSY_CODES:
            raise DatabaseUnavailable(db_path, error_name(error)) from error
        if is_disk_full(error):
            raise DiskFull(db_path, error_name(error)) from error
        raise MigrationFailed(db_path, migration.version, str(error)) from error
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
