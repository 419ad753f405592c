"""``trainer backup [--out DIR | --list]``, ``trainer restore FILE`` and ``trainer put-aside``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainer.cli.say import err, storage_problem, translate
from trainer.cli.tutordata import progress_line


def cmd_backup(args: argparse.Namespace) -> int:
    from trainer.cli.tutordata import open_database
    from trainer.services.backups import BackupService
    from trainer.storage.errors import StorageError

    opened = open_database()  # creates or upgrades the database, so there is something to copy
    if opened is None:
        return 1
    paths, db = opened
    db.close()
    service = BackupService.for_paths(paths)
    if args.list:
        return _list(service, args.out)
    try:
        made = service.backup_now(args.out, progress=progress_line("Backing up"))
    except StorageError as error:
        err(storage_problem(error))
        return 1
    print(
        translate("Cli", "Backed up to %1 (checked: it opens and holds everything).").replace("%1", str(made))
    )
    return 0


def _list(service, folder: Path | None) -> int:
    found = service.backups(folder)
    if not found:
        print(translate("Cli", "No backups in %1.").replace("%1", str(folder or service.backups_dir)))
        return 0
    for b in found:
        when = b.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if b.ok:
            state = translate("Cli", "%1 learners").replace("%1", str(b.learners))
        else:
            state = translate("Cli", "DAMAGED or not the trainer's: not offered")
        print(f"{when}  {b.kind:<15} {state:<40} {b.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from trainer.config import resolve_paths
    from trainer.services.backups import BackupService
    from trainer.storage.errors import StorageError

    paths = resolve_paths()
    service = BackupService.for_paths(paths)
    try:
        preview = service.preview(args.file)
    except StorageError as error:
        err(storage_problem(error))
        err(translate("Cli", "Nothing was changed."))
        return 1
    made = preview.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(
        translate("Cli", "Backup from %1: %2 learner(s), %3 answer(s).")
        .replace("%1", made)
        .replace("%2", str(preview.learners))
        .replace("%3", str(preview.attempts))
    )
    if not args.yes:
        if not sys.stdin.isatty():
            err(translate("Cli", "Run again with --yes to restore it (this replaces the data on this PC)."))
            return 1
        answer = input(translate("Cli", "Restore it? The data on this PC now is backed up first. [y/N] "))
        if answer.strip().lower() not in ("y", "yes", "是"):
            print(translate("Cli", "Nothing was changed."))
            return 1
    try:
        saved = service.restore(args.file, progress=progress_line("Restoring"))
    except StorageError as error:
        err(storage_problem(error, paths.database))
        err(translate("Cli", "Nothing was changed."))
        return 1
    print(translate("Cli", "Restored."))
    if saved:
        print(translate("Cli", "The data that was here is kept in %1.").replace("%1", str(saved)))
    return 0


def cmd_put_aside(args: argparse.Namespace) -> int:
    from trainer.cli.say import put_aside_notice
    from trainer.config import resolve_paths
    from trainer.services.backups import BackupService

    service = BackupService.for_paths(resolve_paths())
    state = service.put_aside()
    if state is None:
        print(translate("Cli", "No records are put aside: nothing waits for a decision."))
        return 0
    if not args.keep_current:
        print(put_aside_notice(state))
        return 0
    service.accept_current()
    print(
        translate(
            "Cli",
            "Done: the data now is taken as right. The damaged file stays where it is, and older "
            "backups may now be rotated away.",
        )
    )
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help="back up the learners' data now (or list the backups)")
    backup.add_argument(
        "--out", type=Path, metavar="DIR", help="a folder or USB stick (default: the backups folder)"
    )
    backup.add_argument("--list", action="store_true", help="list the backups, checked, newest first")
    backup.set_defaults(func=cmd_backup)
    restore = subparsers.add_parser("restore", help="put a backup back (shows what it holds first)")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask before restoring")
    restore.set_defaults(func=cmd_restore)
    aside = subparsers.add_parser(
        "put-aside", help="records put aside after damage: show them, or say the data now is right"
    )
    aside.add_argument(
        "--keep-current",
        action="store_true",
        help="a tutor's word: the data now is right (ends the notice; older backups may be rotated)",
    )
    aside.set_defaults(func=cmd_put_aside)
