"""Backups: copies made with SQLite's online backup API, so they are safe while the app runs.

File names say what and when (UTC): ``<kind>-YYYYmmdd-HHMMSS[-note][-N].sqlite``. A backup is a single
self-contained file (no -wal), readable only by this account (600).

What a backup promises (each is a test in ``tests/faults``):

- **Nothing unchecked under a real name.** The copy is written to a ``.partial`` name, checked
  (``PRAGMA integrity_check`` and the schema: ``storage.verdict``), synced, then renamed into place
  atomically and without replacing another file. A kill at any moment leaves either no backup or a
  whole, checked one; a copy that fails its own check raises ``BackupFailed`` and is removed.
- **No litter.** ``.partial`` files left by a killed backup are removed by the next backup in that
  folder (once their process is gone, or after a day for a folder shared with another PC).
- **One moment in time.** The copy is read inside one read transaction, so another program writing
  at the same time neither restarts it (the backup API starts again after every outside write) nor
  mixes two states.
- **Rotation never loses the data.** Only ``auto`` backups are rotated (the newest 14 are kept), and
  never the backup kept for records put aside (``storage.aside``), nor one holding more learners than
  the database now does, unless a tutor said that is right (``aside.accept_current``).
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from trainer.storage import aside, backup_files, clock, files, verdict
from trainer.storage.connection import BUSY_TIMEOUT_MS, connect, connect_readonly, is_disk_full
from trainer.storage.errors import (
    BackupFailed,
    BackupUnreadable,
    DatabaseTooNew,
    DatabaseUnavailable,
    DiskFull,
)
from trainer.storage.integrity import move_aside
from trainer.storage.records import BackupInfo, BackupSummary

AUTO = "auto"
KEEP_AUTO = 14
DUE_AFTER = timedelta(hours=24)
SUFFIX = backup_files.SUFFIX
_COUNTER = backup_files.COUNTER
_NAME = re.compile(r"^(?P<kind>[a-z][a-z-]*?)-(?P<stamp>\d{8}-\d{6})(?:-(?P<note>[\w-]+))?\.sqlite$")


Progress = Callable[[int, int], None]
PAGES_PER_STEP = 256  # 1 MB with 4 KB pages: a progress report every few milliseconds


def make_backup(db_path: Path, dest_file: Path, progress: Progress | None = None) -> Path:
    """Copy a live database to ``dest_file``, or to ``dest_file`` with ``-2``, ``-3``... before the
    suffix if that name is taken meanwhile (a backup never replaces another file). Returns the name.

    Raises ``BackupFailed`` (``disk_full`` set when the disk ran out of space); nothing is left under
    a real name then. ``progress(done, total)`` gets page counts as the copy goes; an exception
    raised from it stops the copy, removes the temporary file and is raised again (Cancel).
    """
    dest_file = Path(dest_file)
    partial = _write_checked(db_path, dest_file, progress)
    try:
        return backup_files.publish(partial, dest_file)
    except OSError as error:
        raise BackupFailed(dest_file, backup_files.cause(error), is_disk_full(error)) from error
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def keep_backup(
    db_path: Path,
    backups_dir: Path,
    kind: str,
    note: str = "",
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """A backup that is never rotated away, e.g. ``pre-upgrade-20240501-083000-v1.sqlite``."""
    return make_backup(db_path, _free_name(backups_dir, kind, note, now or clock.utcnow()), progress)


def auto_backup(
    db_path: Path, backups_dir: Path, reason: str, now: datetime | None = None, keep: int = KEEP_AUTO
) -> Path:
    """``auto-YYYYmmdd-HHMMSS-<reason>.sqlite``, then rotate: see ``rotate``."""
    made = make_backup(db_path, _free_name(backups_dir, AUTO, reason, now or clock.utcnow()))
    rotate(backups_dir, current_learners=_learners_in(made), keep=keep)
    return made


def rotate(backups_dir: Path, current_learners: int | None, keep: int = KEEP_AUTO) -> list[Path]:
    """Delete ``auto`` backups beyond the newest ``keep``, except the one kept for records put aside
    and those holding more learners than ``current_learners`` (unless a tutor accepted fewer learners
    after they were made). Returns what was deleted."""
    autos = [b for b in list_backups(backups_dir, check=False) if b.kind == AUTO]
    protected = aside.protected_backups(backups_dir)
    accepted = aside.fewer_learners_accepted_at(backups_dir)
    deleted = []
    for old in autos[keep:]:
        if old.path.name in protected:
            continue
        if accepted is None or old.created_at >= accepted:
            learners = _learners_in(old.path)
            if current_learners is None or learners is None or learners > current_learners:
                continue  # it may hold people this database lost: keep it until a tutor decides
        old.path.unlink(missing_ok=True)
        deleted.append(old.path)
    return deleted


def backup_due(backups_dir: Path, now: datetime | None = None) -> bool:
    """True when there is no automatic backup from the last 24 hours."""
    now = now or clock.utcnow()
    autos = [b for b in list_backups(backups_dir, check=False) if b.kind == AUTO]
    return not autos or now - autos[0].created_at >= DUE_AFTER


def list_backups(backups_dir: Path, check: bool = True) -> list[BackupInfo]:
    """Every ``*.sqlite`` in the folder, newest first. With ``check``, each one is quick-checked and
    its schema compared (``ok`` and ``learners`` are filled in); a 0-byte or foreign file is not ok."""
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
        if check:
            found_verdict = verdict.check_file(path, full=False)
            found.append(BackupInfo(path, kind, created, found_verdict.ok, found_verdict.learners))
        else:
            found.append(BackupInfo(path, kind, created, True))
    found.sort(key=lambda b: (b.created_at, _counter(b.path), b.path.name), reverse=True)
    return found


def backup_summary(backup_file: Path) -> BackupSummary:
    """Date, schema version and how many learners and attempts a backup holds (restore preview).
    Raises ``BackupUnreadable`` (with the ``storage.verdict`` problem) or ``DatabaseTooNew``."""
    checked = _restorable(Path(backup_file))
    match = _NAME.match(Path(backup_file).name)
    created = (
        clock.from_stamp(match["stamp"])
        if match
        else datetime.fromtimestamp(Path(backup_file).stat().st_mtime, UTC)
    )
    try:
        with closing(connect_readonly(backup_file)) as conn:
            attempts = conn.execute("SELECT count(*) FROM attempt").fetchone()[0]
    except sqlite3.Error as error:
        raise BackupUnreadable(backup_file, verdict.NOT_A_DATABASE, str(error)) from error
    return BackupSummary(Path(backup_file), created, checked.version, checked.learners or 0, attempts)


def restore_backup(
    backup_file: Path, db_path: Path, backups_dir: Path | None = None, progress: Progress | None = None
) -> Path | None:
    """Put ``backup_file``'s content into ``db_path``. Close the ``Database`` first and open it again
    afterwards (that also upgrades an older backup).

    Before anything is replaced, the backup must pass ``storage.verdict`` in full (integrity, a
    known version, exactly the app's tables and triggers): ``BackupUnreadable`` or ``DatabaseTooNew``
    otherwise. The current database is then saved: backed up as ``before-restore-...`` when healthy,
    moved aside as ``.corrupt-...`` when not. The copy itself is one transaction: a kill or a power
    cut leaves the old data or the new, never a mix. Returns where the old data went (None when there
    was none). ``DiskFull`` when there is no room; nothing was changed then.
    """
    backup_file, db_path = Path(backup_file), Path(db_path)
    backups_dir = Path(backups_dir) if backups_dir else db_path.parent / "backups"
    _restorable(backup_file)
    saved = _save_current(db_path, backups_dir) if db_path.exists() else None
    try:
        files.create_private(db_path)
        with closing(connect_readonly(backup_file)) as src, closing(connect(db_path)) as dst:
            src.backup(dst, pages=PAGES_PER_STEP if progress else -1, progress=_pages(progress))
            _sync_capture(dst)
    except sqlite3.Error as error:
        if is_disk_full(error):
            raise DiskFull(db_path, str(error)) from error
        raise DatabaseUnavailable(db_path, _sqlite_name(error)) from error
    except OSError as error:
        if is_disk_full(error):
            raise DiskFull(db_path, backup_files.cause(error)) from error
        raise DatabaseUnavailable(db_path, backup_files.cause(error)) from error
    aside.restored(backups_dir)
    return saved


def _sync_capture(conn: sqlite3.Connection) -> None:
    """Sync's capture triggers are not checked by the verdict: make them again from code (or remove
    them on a PC that does not sync), so a restored file can never bring its own."""
    from trainer.storage.sync import capture

    capture.refresh(conn)


# ------------------------------------------------------------------------------------------------
def _write_checked(db_path: Path, dest_file: Path, progress: Progress | None) -> Path:
    """The copy under a ``.partial`` name, checked and synced; raises ``BackupFailed``."""
    partial = backup_files.partial_name(dest_file)
    uri = Path(db_path).resolve().as_uri() + "?mode=rw"  # never create an empty source by mistake
    try:
        dest_file.parent.mkdir(parents=True, exist_ok=True)
        backup_files.remove_stale_partials(dest_file.parent)
        partial.unlink(missing_ok=True)
        files.create_private(partial)
        with (
            closing(
                sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            ) as src,
            closing(sqlite3.connect(partial, isolation_level=None)) as dst,
        ):
            # one read transaction around the whole copy: outside writes cannot restart it
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            src.backup(dst, pages=PAGES_PER_STEP if progress else -1, progress=_pages(progress))
            src.execute("COMMIT")
            dst.execute("PRAGMA journal_mode = DELETE")
        checked = verdict.check_file(partial, full=True)
        if not checked.ok:
            raise BackupFailed(dest_file, f"the copy failed its check: {checked.problem} ({checked.detail})")
        files.sync_file(partial)
    except BaseException as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if isinstance(error, BackupFailed):
            raise
        if isinstance(error, (sqlite3.Error, OSError)):
            raise BackupFailed(dest_file, backup_files.cause(error), is_disk_full(error)) from error
        raise
    return partial


def _restorable(backup_file: Path) -> verdict.DatabaseVerdict:
    from trainer.storage.migrations import CURRENT_VERSION  # here, not at the top: migrate imports us

    checked = verdict.check_file(backup_file, full=True)
    if checked.problem == verdict.TOO_NEW:
        raise DatabaseTooNew(backup_file, checked.version, CURRENT_VERSION)
    if not checked.ok:
        raise BackupUnreadable(backup_file, checked.problem or "", checked.detail)
    return checked


def _learners_in(path: Path) -> int | None:
    try:
        with closing(connect_readonly(path)) as conn:
            return int(conn.execute("SELECT count(*) FROM learner").fetchone()[0])
    except sqlite3.Error:
        return None


def _counter(path: Path) -> int:
    """The ``-N`` that ``_free_name`` adds for a second backup in the same second (so -10 is newer than -9)."""
    match = _COUNTER.search(path.stem)
    return int(match[1]) if match else 1


def _pages(progress: Progress | None) -> Callable[[int, int, int], None] | None:
    if progress is None:
        return None
    return lambda _status, remaining, total: progress(total - remaining, total)


def _save_current(db_path: Path, backups_dir: Path) -> Path:
    if verdict.check_file(db_path, full=False).problem not in (verdict.NOT_A_DATABASE, verdict.DAMAGED):
        return keep_backup(db_path, backups_dir, "before-restore")
    return move_aside(db_path)


def _free_name(backups_dir: Path, kind: str, note: str, now: datetime) -> Path:
    """The next name for a backup of ``kind`` made at ``now``: after the newest of that second, even
    if rotation removed older ones (a name is never reused). ``_publish`` moves on if it is taken."""
    note = re.sub(r"[^A-Za-z0-9_-]+", "-", note).strip("-")
    base = f"{kind}-{clock.stamp(now)}" + (f"-{note}" if note else "")
    path = Path(backups_dir) / f"{base}{SUFFIX}"
    try:
        taken = [
            _counter(p)
            for p in Path(backups_dir).glob(f"{base}*{SUFFIX}")
            if p.stem == base or _COUNTER.search(p.stem)
        ]
    except OSError as error:
        raise BackupFailed(path, backup_files.cause(error)) from error
    if taken:
        path = Path(backups_dir) / f"{base}-{max(taken) + 1}{SUFFIX}"
    return path


def _sqlite_name(error: sqlite3.Error) -> str:
    return str(getattr(error, "sqlite_errorname", type(error).__name__))
