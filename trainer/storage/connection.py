"""Opening SQLite the same way everywhere (stdlib ``sqlite3`` and the SQLAlchemy engine alike).

- ``busy_timeout``: a second copy of the app waits for the other's write instead of failing;
- WAL: readers never block the writer, and a crash mid-write cannot tear the file;
- ``synchronous=FULL``: a power cut (common in the places this runs) loses no committed answer;
  the cost is one extra fsync per commit, and the trainer commits a few times a minute;
- ``foreign_keys``: off by default in SQLite, and erasing a learner relies on ON DELETE CASCADE.
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

BUSY_TIMEOUT_MS = 5000
SQLITE_BUSY = 5

# SQLite primary result codes that mean "this file is damaged or is not a database".
CORRUPT_CODES = {11: "SQLITE_CORRUPT", 26: "SQLITE_NOTADB"}


def apply_pragmas(conn: sqlite3.Connection, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    """Set the per-connection pragmas. Must run outside a transaction (WAL and foreign_keys need it)."""
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    _use_wal(conn, busy_timeout_ms)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def _use_wal(conn: sqlite3.Connection, busy_timeout_ms: int) -> None:
    """Switch a new database to WAL (the mode is stored in the file, so this happens once).

    The switch needs an exclusive lock taken on top of a shared one. When two copies of the app create
    the database at the same moment, each holds the shared lock and wants the exclusive one: SQLite
    answers SQLITE_BUSY at once (waiting could deadlock) instead of using busy_timeout. So we retry.
    On media without shared memory the mode stays "delete", which still works.
    """
    deadline = time.monotonic() + busy_timeout_ms / 1000
    while conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        try:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            return
        except sqlite3.OperationalError as error:
            if getattr(error, "sqlite_errorcode", 0) & 0xFF != SQLITE_BUSY or time.monotonic() > deadline:
                raise
            time.sleep(random.uniform(0.005, 0.03))


def connect(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    """A new stdlib connection in autocommit mode: callers write ``BEGIN IMMEDIATE`` themselves.

    The caller closes it (``contextlib.closing``); ``with conn:`` alone only ends a transaction.
    """
    conn = sqlite3.connect(path, timeout=busy_timeout_ms / 1000, isolation_level=None)
    try:
        apply_pragmas(conn, busy_timeout_ms)
    except BaseException:
        conn.close()
        raise
    return conn


def connect_readonly(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    """Open an existing file without changing it: no WAL switch, and closing never checkpoints or
    deletes a -wal file. For checks, summaries and reading backups."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    return conn


def is_corruption(error: sqlite3.Error) -> bool:
    """True when SQLite says the file is damaged, False for "locked", "cannot open" and the like.

    The distinction matters: a locked database must never be moved aside as if it were broken.
    """
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in CORRUPT_CODES
    # sqlite3 sets the error code for every error it raises; be conservative if it is missing
    return type(error) is sqlite3.DatabaseError


SQLITE_FULL, SQLITE_READONLY = 13, 8


def is_disk_full(error: BaseException | None) -> bool:
    """True when ``error`` (or what caused it: SQLAlchemy wraps sqlite3's errors) says the disk is full."""
    import errno

    while error is not None:
        if isinstance(error, sqlite3.Error) and (getattr(error, "sqlite_errorcode", 0) & 0xFF) == SQLITE_FULL:
            return True
        if isinstance(error, OSError) and error.errno == errno.ENOSPC:
            return True
        error = getattr(error, "orig", None) or error.__cause__
    return False


def is_read_only(error: BaseException | None) -> bool:
    """True when SQLite refused to write because the file (or its folder) is read-only."""
    while error is not None:
        if (
            isinstance(error, sqlite3.Error)
            and (getattr(error, "sqlite_errorcode", 0) & 0xFF) == SQLITE_READONLY
        ):
            return True
        error = getattr(error, "orig", None) or error.__cause__
    return False


def rollback_quietly(conn: sqlite3.Connection) -> None:
    """End a failed transaction without hiding why it failed.

    After "database or disk is full" (and some I/O errors) SQLite has already rolled the transaction
    back; a plain ROLLBACK would then raise "cannot rollback - no transaction is active" from the
    ``except`` block and the person would see that instead of the real cause.
    """
    if conn.in_transaction:
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


@contextmanager
def immediate(conn: sqlite3.Connection, path: Path | None = None) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``; on any error the transaction is rolled back quietly and a
    full disk is raised as ``DiskFull`` (naming ``path``), so the real cause reaches the person."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as error:
        rollback_quietly(conn)
        if path is not None and is_disk_full(error):
            from trainer.storage.errors import DiskFull

            raise DiskFull(path, str(error)) from error
        raise


def error_name(error: sqlite3.Error) -> str:
    return str(getattr(error, "sqlite_errorname", type(error).__name__))
