"""The database the app opens once at start-up: create, check, upgrade, then hand out connections.

Only the stdlib ``sqlite3`` module is imported here; SQLAlchemy loads on the first use of
``Database.engine`` (the sign-in screen does not need it: ``Database.list_tiles``).

What opening guarantees:
- the data folder exists and is writable, else ``DataFolderNotWritable``;
- a damaged file is moved aside (never deleted) and ``DatabaseCorrupt`` lists healthy backups;
- a locked or unopenable file is left alone: ``DatabaseUnavailable``;
- a database from a newer app is refused, untouched: ``DatabaseTooNew``;
- an older one is backed up ("pre-upgrade") and upgraded, one transaction per version.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from trainer.storage import migrate
from trainer.storage.connection import (
    BUSY_TIMEOUT_MS,
    connect,
    connect_readonly,
    error_name,
    is_corruption,
    quick_check,
)
from trainer.storage.errors import DatabaseCorrupt, DatabaseUnavailable, DataFolderNotWritable
from trainer.storage.integrity import move_aside
from trainer.storage.tiles import list_tiles

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from trainer.config import Paths
    from trainer.domain.learner import Learner


class Database:
    def __init__(
        self,
        path: Path,
        backups_dir: Path,
        upgrade: migrate.UpgradeResult,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    ) -> None:
        self.path = path
        self.backups_dir = backups_dir
        self.upgrade = upgrade  # what opening did: from/to version, the pre-upgrade backup
        self.busy_timeout_ms = busy_timeout_ms
        self._engine: Engine | None = None
        self._lock = threading.Lock()
        self._closed = False

    @classmethod
    def open(cls, paths: Paths, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
        return cls.open_file(paths.database, paths.backups, busy_timeout_ms)

    @classmethod
    def open_file(cls, db_path: Path, backups_dir: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
        db_path, backups_dir = Path(db_path), Path(backups_dir)
        ensure_writable(db_path.parent)
        ensure_writable(backups_dir)
        with closing(_open_checked(db_path, backups_dir, busy_timeout_ms)) as conn:
            result = migrate.upgrade(conn, db_path, backups_dir)
        return cls(db_path, backups_dir, result, busy_timeout_ms)

    @property
    def schema_version(self) -> int:
        return self.upgrade.to_version

    def connect(self) -> sqlite3.Connection:
        """A new stdlib connection with the pragmas set; the caller closes it."""
        self._check_open()
        return connect(self.path, self.busy_timeout_ms)

    def list_tiles(self) -> list[Learner]:
        """Active learners for the sign-in screen, without importing SQLAlchemy."""
        with closing(self.connect()) as conn:
            return list_tiles(conn)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine on the same file, created on first use."""
        self._check_open()
        with self._lock:
            if self._engine is None:
                from trainer.storage.engine import make_engine

                self._engine = make_engine(self.path, self.busy_timeout_ms)
            return self._engine

    def close(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None
            self._closed = True

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("database is closed")


FULL_CHECK_MAX_BYTES = 32 * 1024 * 1024


def ensure_writable(folder: Path) -> None:
    """Create ``folder`` if needed and prove a file can be written in it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, probe = tempfile.mkstemp(dir=folder, prefix=".write-test-")
        os.close(handle)
        os.unlink(probe)
    except OSError as error:
        raise DataFolderNotWritable(folder) from error


def _open_checked(db_path: Path, backups_dir: Path, busy_timeout_ms: int) -> sqlite3.Connection:
    """Check the file, then open it; on damage, move it aside and raise ``DatabaseCorrupt``.

    The check runs on a read-only connection: a read-write one would, on closing, checkpoint the -wal
    into the damaged file and delete it, and the evidence must reach the specialist untouched.
    """
    if db_path.exists() and db_path.stat().st_size > 0:
        try:
            with closing(connect_readonly(db_path, busy_timeout_ms)) as probe:
                # quick_check reads the whole file: on a large, years-old database that would hold
                # up the first screen for seconds, so there only the header and schema are read here
                # (damage elsewhere still raises on use, and the backups are checked when made)
                if db_path.stat().st_size <= FULL_CHECK_MAX_BYTES:
                    healthy = quick_check(probe)
                else:
                    healthy = probe.execute("SELECT count(*) FROM sqlite_master").fetchone() is not None
        except sqlite3.Error as error:
            _raise_unless_corrupt(db_path, error)
            healthy = False
        if not healthy:
            _move_aside_and_raise(db_path, backups_dir)
    try:
        return connect(db_path, busy_timeout_ms)
    except sqlite3.Error as error:
        _raise_unless_corrupt(db_path, error)
        _move_aside_and_raise(db_path, backups_dir)


def _raise_unless_corrupt(db_path: Path, error: sqlite3.Error) -> None:
    if not is_corruption(error):
        raise DatabaseUnavailable(db_path, error_name(error)) from error


def _move_aside_and_raise(db_path: Path, backups_dir: Path) -> NoReturn:
    try:
        moved_to = move_aside(db_path)
    except OSError as error:  # Windows: another copy of the app holds the file open
        raise DatabaseUnavailable(db_path, "IN_USE") from error
    from trainer.storage.backup import list_backups  # only on damage: keeps start-up light

    raise DatabaseCorrupt(db_path, moved_to, [b for b in list_backups(backups_dir) if b.ok])
