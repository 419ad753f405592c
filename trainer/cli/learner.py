"""``trainer learner erase LEARNER --yes``, ``trainer learner duplicates``, ``trainer learner merge``.

Erasing is the tutor screen's erasure: everything of the learner goes, on every PC of the centre as
the erasure travels (it is kept as a tombstone, so nothing brings the learner back). Their data is
written to a file first unless ``--no-export``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from trainer.cli.report import _find_learner
from trainer.cli.tutordata import with_database


def cmd_erase(args: argparse.Namespace) -> int:
    from trainer.services.roster import RosterService

    def run(paths, db):
        learner = _find_learner(db, args.learner)
        if learner is None:
            return None
        if not args.yes:
            print(
                f"This erases {learner.name} (born {learner.birth_year or '?'}) and every answer, lesson and "
                "request of theirs, on every PC of the centre. Certificates keep the printed name.\n"
                "Run again with --yes to do it.",
                file=sys.stderr,
            )
            return None
        roster = RosterService(db)
        saved = None
        if not args.no_export:
            folder = Path(args.out) if args.out else paths.data / "exports"
            folder.mkdir(parents=True, exist_ok=True)
            if folder == paths.data / "exports" and os.name == "posix":
                os.chmod(folder, 0o700)  # a learner's data: readable by this user only
            saved = roster.export_learner_data(learner.id, folder)
        roster.erase(learner.id)
        return learner, saved

    done = with_database(args.out or "the export file", run)
    if done is None:
        return 1
    learner, saved = done
    if saved is not None:
        print(f"Saved {learner.name}'s data to {saved}.")
    print(f"Erased {learner.name}. Other PCs erase them at their next sync.")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    from trainer.storage.sync.store import SyncStore

    pairs = with_database("duplicates", lambda paths, db: SyncStore(db).likely_duplicates())
    if pairs is None:
        return 1
    if not pairs:
        print("No two learners look like the same person.")
        return 0
    print("These look like the same person registered twice (same name and birth year):")
    for a, b in pairs:
        print(f"  {a.name} (born {a.birth_year or '?'}): {a.id}  and  {b.id}")
    print("Merge a pair with: trainer learner merge KEEP_ID OTHER_ID --yes")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from trainer.storage.errors import NotFound
    from trainer.storage.sync.store import SyncStore

    if not args.yes:
        print(
            "Merging keeps every answer of both under the first learner and removes the second tile, on every PC "
            "of the centre. Run again with --yes to do it.",
            file=sys.stderr,
        )
        return 1

    def run(paths, db):
        store = SyncStore(db)
        if not store.enabled():
            store.enable()
        try:
            return store.merge_learners(args.keep, args.other)
        except NotFound as error:
            return error

    kept = with_database("merge", run)
    if kept is None:
        return 1
    if isinstance(kept, Exception):
        print(
            f"No learner with the id {kept.key}. trainer learner duplicates lists the pairs.", file=sys.stderr
        )
        return 1
    print(f"Merged: every answer of both now belongs to {kept}.")
    return 0


def register(sub) -> None:
    parser = sub.add_parser("learner", help="erase a learner; find and merge learners registered twice")
    actions = parser.add_subparsers(dest="learner_command", metavar="ACTION", required=True)

    erase = actions.add_parser("erase", help="erase a learner and all their data, on every PC of the centre")
    erase.add_argument("learner", help="the learner's name or id")
    erase.add_argument(
        "--yes", action="store_true", help="really erase (without it, only says what would go)"
    )
    erase.add_argument("--no-export", action="store_true", help="do not save the learner's data first")
    erase.add_argument(
        "--out", type=Path, help="folder for the saved data (default: exports/ in the data folder)"
    )
    erase.set_defaults(func=cmd_erase)

    dups = actions.add_parser("duplicates", help="learners that look like the same person registered twice")
    dups.set_defaults(func=cmd_duplicates)

    merge = actions.add_parser("merge", help="merge two registrations of one person (keeps every answer)")
    merge.add_argument("keep", help="id of the learner to keep")
    merge.add_argument("other", help="id of the other registration")
    merge.add_argument("--yes", action="store_true")
    merge.set_defaults(func=cmd_merge)
