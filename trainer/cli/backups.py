"""``trainer backup [--out DIR]`` and ``trainer restore FILE``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainer.cli.tutordata import progress_line


def cmd_backup(args: argparse.Namespace) -> int:
    from trainer.cli.tutordata import open_database
    from trainer.services.backups import BackupService
    from trainer.storage.errors import BackupFailed

    opened = open_database()  # creates or upgrades the database, so there is something to copy
    if opened is None:
        return 1
    paths, db = opened
    db.close()
    try:
        made = BackupService.for_paths(paths).backup_now(args.out, progress=progress_line("Backing up"))
    except BackupFailed as error:
        print(f"The backup could not be written to {error.path.parent}: {error.cause}", file=sys.stderr)
        return 1
    print(f"Backed up to {made}.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from trainer.config import resolve_paths
    from trainer.services.backups import BackupService
    from trainer.storage.errors import StorageError

    paths = resolve_paths()
    service = BackupService.for_paths(paths)
    try:
        preview = service.preview(args.file)
    except StorageError:
        print(
            f"{args.file} is not a backup of the trainer, or it is damaged. Nothing was changed.",
            file=sys.stderr,
        )
        return 1
    made = preview.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(f"Backup from {made}: {preview.learners} learner(s), {preview.attempts} answer(s).")
    if not args.yes:
        if not sys.stdin.isatty():
            print("Run again with --yes to restore it (this replaces the data on this PC).", file=sys.stderr)
            return 1
        answer = input("Restore it? The data on this PC now is backed up first. [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "是"):
            print("Nothing was changed.")
            return 1
    try:
        saved = service.restore(args.file, progress=progress_line("Restoring"))
    except StorageError as error:
        print(
            f"Could not restore ({type(error).__name__}: {error}). Is the app open? Close it first.",
            file=sys.stderr,
        )
        return 1
    kept = f" The data that was here is kept in {saved}." if saved else ""
    print(f"Restored.{kept}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help="back up the learners' data now")
    backup.add_argument(
        "--out", type=Path, metavar="DIR", help="a folder or USB stick (default: the backups folder)"
    )
    backup.set_defaults(func=cmd_backup)
    restore = subparsers.add_parser("restore", help="put a backup back (shows what it holds first)")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask before restoring")
    restore.set_defaults(func=cmd_restore)
