"""Backups: copies made with SQLite's online backup API, so they are safe while the app runs.

File names say what and when (UTC): ``<kind>-YYYYmmdd-HHMMSS[-note].sqlite``.
Only ``auto`` backups are rotated (the newest 14 are kept); ``pre-upgrade`` and ``before-restore``
copies are kept until someone removes them. A backup is a single self-contained file (no -wal).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import threading
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from trainer.storage import clock
from trainer.storage.connection import BUSY_TIMEOUT_MS, connect, connect_readonly, error_name
from trainer.storage.errors import BackupFailed, BackupUnreadable, DatabaseTooNew, DatabaseUnavailable
from trainer.storage.integrity import file_is_healthy, move_aside
from trainer.storage.records import BackupInfo, BackupSummary

AUTO = "auto"
KEEP_AUTO = 14
DUE_AFTER = timedelta(hours=24)
SUFFIX = ".sqlite"
_COUNTER = re.compile(r"\d{8}-\d{6}(?:-[A-Za-z_][\w]*(?:-[A-Za-z_]\w*)*)?-(\d+)$")
_NAME = re.compile(r"^(?P<kind>[a-z][a-z-]*?)-(?P<stamp>\d{8}-\d{6})(?:-(?P<note>[\w-]+))?\.sqlite$")


Progress = Callable[[int, int], None]
PAGES_PER_STEP = 256  # 1 MB with 4 KB pages: a progress report every few milliseconds


def make_backup(db_path: Path, dest_file: Path, progress: Progress | None = None) -> Path:
    """Copy a live database to ``dest_file`` (written to a temporary name, then renamed into place).

    Raises ``BackupFailed``; a half-written copy never appears under the real name. ``progress(done,
    total)`` gets page counts as the copy goes; an exception raised from it stops the copy, removes
    the temporary file and is raised again (this is how Cancel works).
    """
    dest_file = Path(dest_file)
    # a name of our own: two copies of the app may back up at the same moment (both upgrading)
    partial = dest_file.with_name(f"{dest_file.name}.{os.getpid()}-{threading.get_ident()}.partial")
    uri = Path(db_path).resolve().as_uri() + "?mode=rw"  # never create an empty source by mistake
    try:
        dest_file.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        with (
            closing(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst, pages=PAGES_PER_STEP if progress else -1, progress=_pages(progress))
            dst.execute("PRAGMA journal_mode = DELETE")
        os.replace(partial, dest_file)
    except (sqlite3.Error, OSError) as error:
        with contextlib.suppress(OSError):
            if dest_file.stat().st_size == 0:  # the name we claimed (``_claim``), never filled
                dest_file.unlink()
        raise BackupFailed(dest_file, f"{type(error).__name__}: {error}") from error
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return dest_file


def keep_backup(
    db_path: Path,
    backups_dir: Path,
    kind: str,
    note: str = "",
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """A backup that is never rotated away, e.g. ``pre-upgrade-20240501-083000-v1.sqlite``."""
    dest = _free_name(backups_dir, kind, note, now or clock.utcnow())
    try:
        return make_backup(db_path, dest, progress)
    except BaseException:
        with contextlib.suppress(OSError):
            if dest.stat().st_size == 0:
                dest.unlink()
        raise


def auto_backup(
    db_path: Path, backups_dir: Path, reason: str, now: datetime | None = None, keep: int = KEEP_AUTO
) -> Path:
    """``auto-YYYYmmdd-HHMMSS-<reason>.sqlite``, then delete all but the newest ``keep`` auto backups."""
    made = make_backup(db_path, _free_name(backups_dir, AUTO, reason, now or clock.utcnow()))
    autos = [b for b in list_backups(backups_dir, check=False) if b.kind == AUTO]
    for old in autos[keep:]:
        old.path.unlink(missing_ok=True)
    return made


def backup_due(backups_dir: Path, now: datetime | None = None) -> bool:
    """True when there is no automatic backup from the last 24 hours."""
    now = now or clock.utcnow()
    autos = [b for b in list_backups(backups_dir, check=False) if b.kind == AUTO]
    return not autos or now - autos[0].created_at >= DUE_AFTER


def list_backups(backups_dir: Path, check: bool = True) -> list[BackupInfo]:
    """Every ``*.sqlite`` in the folder, newest first; with ``check``, each one is quick-checked."""
    if not Path(backups_dir).is_dir():
        return []
    found = []
    for path in Path(backups_dir).glob(f"*{SUFFIX}"):
        if not path.is_file():
            continue
        match = _NAME.match(path.name)
        if match:
            kind, created = match["kind"], clock.from_stamp(match["stamp"])
        else:  # copied in by hand: trust the file's time
            kind, created = "other", datetime.fromtimestamp(path.stat().st_mtime, UTC)
        found.append(BackupInfo(path, kind, created, file_is_healthy(path) if check else True))
    found.sort(key=lambda b: (b.created_at, _counter(b.path), b.path.name), reverse=True)
    return found


def backup_summary(backup_file: Path) -> BackupSummary:
    """Date, schema version and how many learners and attempts a backup holds (restore preview)."""
    if not file_is_healthy(backup_file):
        raise BackupUnreadable(backup_file)
    match = _NAME.match(Path(backup_file).name)
    created = (
        clock.from_stamp(match["stamp"])
        if match
        else datetime.fromtimestamp(Path(backup_file).stat().st_mtime, UTC)
    )
    try:
        with closing(connect_readonly(backup_file)) as conn:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            learners = conn.execute("SELECT count(*) FROM learner").fetchone()[0]
            attempts = conn.execute("SELECT count(*) FROM attempt").fetchone()[0]
    except sqlite3.Error as error:  # e.g. a database that is not the trainer's
        raise BackupUnreadable(backup_file) from error
    return BackupSummary(Path(backup_file), created, version, learners, attempts)


def restore_backup(
    backup_file: Path, db_path: Path, backups_dir: Path | None = None, progress: Progress | None = None
) -> Path | None:
    """Put ``backup_file``'s content into ``db_path``. Close the ``Database`` first and open it again
    afterwards (that also upgrades an older backup).

    The current database is saved first: backed up as ``before-restore-...`` when healthy, moved
    aside as ``.corrupt-...`` when not. Returns where it went (None when there was none).
    """
    from trainer.storage.migrations import CURRENT_VERSION  # here, not at the top: migrate imports us

    backup_file, db_path = Path(backup_file), Path(db_path)
    backups_dir = Path(backups_dir) if backups_dir else db_path.parent / "backups"
    if not backup_file.is_file() or not file_is_healthy(backup_file):
        raise BackupUnreadable(backup_file)
    with closing(connect_readonly(backup_file)) as conn:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > CURRENT_VERSION:
        raise DatabaseTooNew(backup_file, version, CURRENT_VERSION)
    saved = _save_current(db_path, backups_dir) if db_path.exists() else None
    try:
        with closing(connect_readonly(backup_file)) as src, closing(connect(db_path)) as dst:
            src.backup(dst, pages=PAGES_PER_STEP if progress else -1, progress=_pages(progress))
    except sqlite3.Error as error:  # e.g. another copy of the app is writing
        raise DatabaseUnavailable(db_path, error_name(error)) from error
    return saved


def _counter(path: Path) -> int:
    """The ``-N`` that ``_free_name`` adds for a second backup in the same second (so -10 is newer than -9)."""
    match = _COUNTER.search(path.stem)
    return int(match[1]) if match else 1


def _pages(progress: Progress | None) -> Callable[[int, int, int], None] | None:
    if progress is None:
        return None
    return lambda _status, remaining, total: progress(total - remaining, total)


def _save_current(db_path: Path, backups_dir: Path) -> Path:
    if file_is_healthy(db_path):
        return keep_backup(db_path, backups_dir, "before-restore")
    return move_aside(db_path)


def _free_name(backups_dir: Path, kind: str, note: str, now: datetime) -> Path:
    note = re.sub(r"[^A-Za-z0-9_-]+", "-", note).strip("-")
    base = f"{kind}-{clock.stamp(now)}" + (f"-{note}" if note else "")
    path, n = Path(backups_dir) / f"{base}{SUFFIX}", 1
    try:
        Path(backups_dir).mkdir(parents=True, exist_ok=True)
        # after the newest of this second, even if rotation removed older ones (never reuse a name)
        taken = [
            _counter(p)
            for p in Path(backups_dir).glob(f"{base}*{SUFFIX}")
            if p.stem == base or _COUNTER.search(p.stem)
        ]
    except OSError as error:
        raise BackupFailed(path, f"{type(error).__name__}: {error}") from error
    if taken:
        n = max(taken) + 1
        path = Path(backups_dir) / f"{base}-{n}{SUFFIX}"
    while not _claim(path):
        n += 1
        path = Path(backups_dir) / f"{base}-{n}{SUFFIX}"
    return path


def _claim(path: Path) -> bool:
    """Create ``path`` empty if nobody has it yet (atomic): another copy of the app backing up in the
    same second gets the next name. The backup then replaces the empty file."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    except OSError as error:
        raise BackupFailed(path, f"{type(error).__name__}: {error}") from error
    return True
