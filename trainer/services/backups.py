"""Backups for tutors and for the app: automatic rotating copies (on exit and daily, newest 14 kept),
"back up now" to the backups folder or any folder (a USB stick), and restore with a preview.

Restoring replaces the database file: close the ``Database`` first and open it again afterwards (that
also upgrades an older backup). The current database is backed up before it is replaced.
"""

from __future__ import annotations

import logging
from pathlib import Path

from trainer.services.jobs import CancelToken, Progress, reporter
from trainer.storage import aside, backup
from trainer.storage.records import BackupInfo, BackupSummary

log = logging.getLogger(__name__)
MANUAL = "manual"


class BackupService:
    def __init__(self, db_path: Path, backups_dir: Path) -> None:
        self.db_path = Path(db_path)
        self.backups_dir = Path(backups_dir)

    @classmethod
    def for_paths(cls, paths) -> BackupService:
        return cls(paths.database, paths.backups)

    def backups(self, folder: Path | None = None) -> list[BackupInfo]:
        """Backups in ``folder`` (default: the backups folder), newest first, each quick-checked and
        its schema compared (a file that is not the trainer's is listed as not ok)."""
        return backup.list_backups(folder or self.backups_dir)

    def put_aside(self) -> aside.PutAside | None:
        """Damaged records put aside and not decided on yet (the app and every command say so)."""
        return aside.current(self.backups_dir)

    def accept_current(self) -> None:
        """A tutor's word: the data now is right. Ends the put-aside notice and lets rotation delete
        older automatic backups that hold more learners."""
        aside.accept_current(self.backups_dir)
        log.info("a tutor accepted the current data; put-aside notice ended")

    def backup_now(
        self, folder: Path | None = None, progress: Progress | None = None, cancel: CancelToken | None = None
    ) -> Path:
        """A copy now, kept until removed by hand: ``manual-YYYYmmdd-HHMMSS.sqlite`` in ``folder``
        (a USB stick, say; default: the backups folder). Raises ``BackupFailed``, or ``Cancelled``
        (and leaves no file behind)."""
        made = backup.keep_backup(
            self.db_path,
            Path(folder) if folder else self.backups_dir,
            MANUAL,
            progress=reporter(progress, cancel),
        )
        log.info("backup made: %s", made)
        return made

    def auto_backup(self, reason: str = "exit") -> Path:
        """A rotating copy (the newest 14 are kept). For closing the app."""
        return backup.auto_backup(self.db_path, self.backups_dir, reason)

    def daily_backup(self) -> Path | None:
        """A rotating copy when the last one is a day old or more (at start-up, off the UI thread)."""
        if backup.backup_due(self.backups_dir):
            return backup.auto_backup(self.db_path, self.backups_dir, "daily")
        return None

    def preview(self, backup_file: Path) -> BackupSummary:
        """When it was made and how many learners and answers it holds, after checking it in full
        (integrity, version, tables, triggers). Raises ``BackupUnreadable`` or ``DatabaseTooNew``."""
        return backup.backup_summary(backup_file)

    def restore(self, backup_file: Path, progress: Progress | None = None) -> Path | None:
        """Replace the database with ``backup_file`` (the database must be closed). The current one
        is saved first; returns where (None when there was none). Not cancellable once started:
        it is quick, and stopping half-way would only mean starting again."""
        saved = backup.restore_backup(backup_file, self.db_path, self.backups_dir, progress)
        log.info("restored %s; the database before it is in %s", backup_file, saved)
        return saved
