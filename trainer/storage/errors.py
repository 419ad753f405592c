"""Typed storage errors. They carry facts (paths, versions), never user-facing text: the UI translates."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only named in annotations; importing the records is not free at start-up
    from trainer.storage.records import BackupInfo


class StorageError(Exception):
    """Base class: anything the storage layer raises on purpose."""


class DataFolderNotWritable(StorageError):
    """The data folder cannot be created or written (read-only disk, permissions, a file in the way)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.folder = folder


class DatabaseCorrupt(StorageError):
    """The database could not be read. It was moved aside (never deleted) to ``moved_to``.

    ``backups`` lists the backups that passed a quick check, newest first, for the restore screen.
    """

    def __init__(self, path: Path, moved_to: Path, backups: list[BackupInfo]) -> None:
        super().__init__(f"{path} -> {moved_to}")
        self.path = path
        self.moved_to = moved_to
        self.backups = backups


class DatabaseUnavailable(StorageError):
    """The database exists but cannot be opened right now (locked by another program, no permission).

    Nothing was moved or changed; trying again later may work. ``code`` is SQLite's error name
    (``SQLITE_BUSY``, ``SQLITE_READONLY``, ``SQLITE_CANTOPEN``...), or ``IN_USE`` when a damaged file
    could not be moved aside because another program holds it open (Windows).
    """

    def __init__(self, path: Path, code: str) -> None:
        super().__init__(f"{path}: {code}")
        self.path = path
        self.code = code


class DatabaseTooNew(StorageError):
    """The database was written by a newer version of the app. It is never downgraded."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(f"{path}: schema {found} > {supported}")
        self.path = path
        self.found = found
        self.supported = supported


class MigrationFailed(StorageError):
    """A migration step failed and was rolled back; the database is still at ``version - 1``."""

    def __init__(self, path: Path, version: int, cause: str) -> None:
        super().__init__(f"{path}: migration {version} failed: {cause}")
        self.path = path
        self.version = version
        self.cause = cause


class BackupUnreadable(StorageError):
    """A backup file is missing, not a database, fails its check, or is not the trainer's.

    ``problem`` is a ``storage.verdict`` code (``not_a_database``, ``damaged``, ``unknown_version``,
    ``schema``, ``triggers``); ``detail`` says exactly what, for the log and the tutor.
    """

    def __init__(self, path: Path, problem: str = "not_a_database", detail: str = "") -> None:
        super().__init__(f"{path}: {problem}" + (f" ({detail})" if detail else ""))
        self.path = path
        self.problem = problem
        self.detail = detail


class BackupFailed(StorageError):
    """A backup could not be written (disk full, source missing or locked) or the copy failed its own
    check. ``cause`` is for the log; ``disk_full`` says the disk (or USB stick) ran out of space."""

    def __init__(self, path: Path, cause: str, disk_full: bool = False) -> None:
        super().__init__(f"{path}: {cause}")
        self.path = path
        self.cause = cause
        self.disk_full = disk_full


class DiskFull(StorageError):
    """A write failed because the disk holding ``path`` is full. Nothing was half-written: the
    transaction was rolled back. Freeing space and trying again works."""

    def __init__(self, path: Path, cause: str = "") -> None:
        super().__init__(f"{path}: disk full" + (f" ({cause})" if cause else ""))
        self.path = path
        self.cause = cause


class NotFound(StorageError):
    """No row of ``kind`` with id ``key`` (for example a learner erased on another screen)."""

    def __init__(self, kind: str, key: str) -> None:
        super().__init__(f"{kind} {key}")
        self.kind = kind
        self.key = key


class InvalidValue(StorageError, ValueError):
    """A value the database must not hold (``field`` and a short ``problem`` code such as "empty")."""

    def __init__(self, field_name: str, problem: str) -> None:
        super().__init__(f"{field_name}: {problem}")
        self.field = field_name
        self.problem = problem
