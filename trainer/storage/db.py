"""The database the app opens once at start-up: create, check, upgrade, then hand out connections.

Only the stdlib ``sqlite3`` module is imported here; SQLAlchemy loads on the first use of
``Database.engine`` (the sign-in screen does not need it: ``Database.list_tiles``).

What opening guarantees:
- the data folder exists and is writable, else ``DataFolderNotWritable``; it is made 700 and the
  database 600 (``storage.files``);
- a file whose header or schema cannot be read is moved aside (never deleted), the records put
  aside are remembered until a tutor decides (``storage.aside``), and ``DatabaseCorrupt`` lists
  healthy backups;
- a locked or unopenable file is left alone: ``DatabaseUnavailable``;
- a database from a newer app is refused, untouched: ``DatabaseTooNew``;
- an older one is backed up ("pre-upgrade") and upgraded, one transaction per version.

Damage deeper in the file (a b-tree page, an index that disagrees with its table) is looked for after
start-up, off the UI thread (``Database.check``: ``PRAGMA integrity_check`` reads every page, so it
takes time in proportion to the size, about 0.6 s for 50 MB, and must not hold up the first screen).
What it finds is reported at once and remembered (``integrity.DAMAGE_FOUND``): the next opening
checks the whole file first, rebuilds the indexes when only they disagree with their tables (the
rows are whole), and otherwise moves the file aside as above.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
from contextlib import closing, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from trainer.storage import files, integrity, migrate
from trainer.storage.connection import (
    BUSY_TIMEOUT_MS,
    connect,
    connect_readonly,
    error_name,
    is_corruption,
    is_disk_full,
)
from trainer.storage.errors import DatabaseCorrupt, DatabaseUnavailable, DataFolderNotWritable, DiskFull
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

    @property
    def has_put_aside(self) -> bool:
        """A cheap look (one stat) before reading ``put_aside``: the sign-in screen asks each time."""
        return (self.backups_dir / "records-put-aside.json").exists()

    @property
    def put_aside(self):
        """``storage.aside.PutAside`` while damaged records wait for a tutor's decision, else None."""
        from trainer.storage import aside

        return aside.current(self.backups_dir)

    def check(self, full: bool = False):
        """Look for damage in the whole file (``storage.verdict``; ``full``: integrity_check, which
        checks indexes against their tables too). Slow on a large file: never on the UI thread.
        Damage found is remembered, so the next opening deals with it before anything else."""
        from trainer.storage import verdict

        self._check_open()
        with closing(connect_readonly(self.path, self.busy_timeout_ms)) as conn:
            try:
                found = verdict.check_connection(conn, full)
            except sqlite3.Error as error:
                if not is_corruption(error):
                    raise
                found = verdict.DatabaseVerdict(verdict.DAMAGED, f"{type(error).__name__}: {error}")
        if found.problem == verdict.DAMAGED:
            integrity.remember_damage(self.path, found.detail)
        return found

    def write_probe(self) -> None:
        """Commit one small write to the database (its header's version, set to what it is), so a
        full disk or a read-only file shows now rather than when a learner's answer is saved.
        Raises ``sqlite3.Error``."""
        with closing(self.connect()) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                conn.execute(f"PRAGMA user_version = {version}")
                conn.execute("COMMIT")
            finally:
                if conn.in_transaction:
                    with suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")

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


def ensure_writable(folder: Path) -> None:
    """Create ``folder`` if needed (700 on Linux and macOS) and prove a file can be written in it."""
    try:
        files.private_folder(folder)
        handle, probe = tempfile.mkstemp(dir=folder, prefix=".write-test-")
        os.close(handle)
        os.unlink(probe)
    except OSError as error:
        raise DataFolderNotWritable(folder) from error


def _open_checked(db_path: Path, backups_dir: Path, busy_timeout_ms: int) -> sqlite3.Connection:
    """Check the file, then open it; on damage, move it aside and raise ``DatabaseCorrupt``.

    The check runs on a read-only connection: a read-write one would, on closing, checkpoint the -wal
    into the damaged file and delete it, and the evidence must reach the specialist untouched. It
    reads the header and the schema only (a millisecond at any size); the whole file is read by
    ``Database.check`` after start-up, and here only when that check found damage last time.
    """
    if db_path.exists() and db_path.stat().st_size > 0:
        damage_seen = integrity.damage_marker(db_path).exists()
        problems: list[str] = []
        try:
            with closing(connect_readonly(db_path, busy_timeout_ms)) as probe:
                if damage_seen:
                    problems = integrity.integrity_problems(probe)
                else:
                    probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
                    probe.execute("PRAGMA user_version").fetchone()
        except sqlite3.Error as error:
            _raise_unless_corrupt(db_path, error)
            problems = [f"{type(error).__name__}: {error}"]
        if problems and not integrity.mend_indexes(db_path, problems, busy_timeout_ms):
            _move_aside_and_raise(db_path, backups_dir)
        if damage_seen:  # mended, a false alarm, or repaired by hand: carry on
            integrity.damage_marker(db_path).unlink(missing_ok=True)
    for path in (db_path, *(db_path.with_name(db_path.name + s) for s in ("-wal", "-shm"))):
        files.private_file(path)
    try:
        if not db_path.exists():
            files.create_private(db_path)  # SQLite gives the -wal and -shm the database's mode
        return connect(db_path, busy_timeout_ms)
    except OSError as error:
        raise DatabaseUnavailable(db_path, type(error).__name__) from error
    except sqlite3.Error as error:
        _raise_unless_corrupt(db_path, error)
        _move_aside_and_raise(db_path, backups_dir)


def _raise_unless_corrupt(db_path: Path, error: sqlite3.Error) -> None:
    if not is_corruption(error):
        if is_disk_full(error) or (
            error_name(error).startswith("SQLITE_IOERR") and files.disk_full(db_path.parent)
        ):
            raise DiskFull(db_path, error_name(error)) from error
        raise DatabaseUnavailable(db_path, error_name(error)) from error


def _move_aside_and_raise(db_path: Path, backups_dir: Path) -> NoReturn:
    try:
        moved_to = move_aside(db_path)
    except OSError as error:  # Windows: another copy of the app holds the file open
        raise DatabaseUnavailable(db_path, "IN_USE") from error
    integrity.damage_marker(db_path).unlink(missing_ok=True)
    from trainer.storage import aside  # only on damage: keeps start-up light
    from trainer.storage.backup import list_backups

    backups = [b for b in list_backups(backups_dir) if b.ok]
    with suppress(OSError):  # a full disk must not hide the damage itself
        aside.record(backups_dir, moved_to, backups)
    raise DatabaseCorrupt(db_path, moved_to, backups)
