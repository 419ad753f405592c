"""``trainer sync setup|now|status|export|import|code``: sync across the centre's PCs.

Every command prints what happened in plain words and exits 1 when nothing could be done. The hub's
password is never printed: addresses are shown without it.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from trainer.cli.tutordata import progress_line, with_database

HUB_PROBLEMS = {
    "not_set_up": "This PC has no hub. Connect it with: trainer sync setup postgresql://USER:PASSWORD@HOST/DATABASE",
    "unreachable": (
        "The hub cannot be reached ({detail}). Check that the hub PC is on and connected to the same network, "
        "then try again. Nothing was lost: this PC keeps working and sends its changes next time."
    ),
    "password": "The hub refused the user name or password ({detail}). Check them with whoever set up the hub.",
    "no_database": "The hub has no such database ({detail}). Check the name at the end of the address.",
    "refused": "The hub refused the connection ({detail}).",
    "other_centre": (
        "This hub belongs to another centre ({detail}). Nothing was changed. If this PC should join that "
        "centre (its learners and tutors then become that centre's), run again with --join."
    ),
    "too_new": "The hub was set up by a newer version of Digital Bridge: update this PC first.",
    "no_centre": "Set up tutor mode on this PC first (the centre and its first tutor), then connect it.",
    "failed": "The sync did not finish ({detail}). Nothing was half-done; try again.",
}
BUNDLE_PROBLEMS = {
    "not_a_bundle": "This file is not a Digital Bridge sync file. Nothing was imported.",
    "newer_format": "This file was made by a newer version of Digital Bridge: update this PC first. Nothing was imported.",
    "unreadable": "The file cannot be read ({detail}). Copy it again and retry. Nothing was imported.",
    "too_big": "The file is too big to be a sync file. Nothing was imported.",
    "other_centre": (
        "This file comes from another centre ({detail}). Nothing was imported. If this PC should join that "
        "centre, run again with --join and that centre's code."
    ),
    "no_code": (
        "This PC does not know the centre's code yet. Ask a tutor of the centre for it (trainer sync code "
        "on a PC of the centre) and run again with --code XXXX-XXXX-XXXX-XXXX-XXXX-XXXX. Nothing was imported."
    ),
    "tampered": (
        "The file was changed or damaged after it was made (or the centre code is not right). Nothing was "
        "imported. Make a new file on the PC it came from."
    ),
    "malformed": "The file is damaged ({detail}). Nothing was imported. Make a new file on the PC it came from.",
}


WHAT = {
    "attempt": "answers",
    "learner": "learners",
    "learner_settings": "learners' settings",
    "lesson_progress": "places in lessons",
    "help_request": "help requests",
    "sign_off": "sign-offs",
    "certificate": "certificates",
    "tutor": "tutors",
    "centre": "the centre's details",
    "centre_key": "public keys of issuing PCs",
    "centre_setting": "the centre's settings (the sign-in screen's look)",
    "sign_in_guard": "the tutor lock",
    "sync_erased": "learners erased",
    "sync_merged": "learners merged",
    "sync_not_same": "pairs marked as two people",
}


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "never"


def _hub_problem(error) -> int:
    print(HUB_PROBLEMS.get(error.reason, "{detail}").format(detail=error.detail), file=sys.stderr)
    return 1


def cmd_setup(args: argparse.Namespace) -> int:
    from trainer.services.sync.hub import HubProblem, setup_hub

    def run(paths, db):
        try:
            return setup_hub(db, paths.data, args.url, join=args.join, pc_name=args.name)
        except HubProblem as error:
            return error

    report = with_database("the hub", run)
    if report is None:
        return 1
    if not hasattr(report, "sent"):
        return _hub_problem(report)
    secure = "encrypted (TLS)" if report.encrypted else "not encrypted (the server offers no TLS)"
    print(f"Connected to {report.hub}, {secure}.")
    _print_sync(report)
    print("The address and password are kept in this PC's data folder, readable only by you.")
    return 0


def cmd_now(args: argparse.Namespace) -> int:
    from trainer.services.sync.hub import HubProblem, sync_now

    def run(paths, db):
        try:
            return sync_now(db, paths.data, progress_line("Syncing"))
        except HubProblem as error:
            return error

    report = with_database("the hub", run)
    if report is None:
        return 1
    if not hasattr(report, "sent"):
        return _hub_problem(report)
    _print_sync(report)
    return 0


def _print_sync(report) -> None:
    print(
        f"Synced with {report.hub} in {report.seconds:.1f} s: sent {report.sent} change(s), "
        f"received {report.received}."
    )
    if report.pending:
        print(f"{report.pending} change(s) made meanwhile will go with the next sync.")
    if report.waiting:
        print(
            f"{report.waiting} record(s) wait for the learner or tutor they belong to (they come with a later sync)."
        )
    if abs(report.clock_offset_ms) >= 60_000:
        print(
            f"Note: this PC's clock is {_minutes(report.clock_offset_ms)} off the hub's; sync corrects for it."
        )


def _minutes(ms: int) -> str:
    minutes = round(abs(ms) / 60000)
    side = "behind" if ms > 0 else "ahead of"
    return f"{minutes // 60} h {minutes % 60} min {side}" if minutes >= 60 else f"{minutes} min {side}"


def cmd_status(args: argparse.Namespace) -> int:
    from trainer.services.sync.status import read_status

    status = with_database("status", lambda paths, db: read_status(db, paths.data))
    if status is None:
        return 1
    if not status.enabled:
        print("This PC does not sync yet. Connect it to the centre's hub with trainer sync setup URL,")
        print("or carry records on a USB stick with trainer sync export / trainer sync import.")
        return 0
    print(f"This PC: {status.pc_name} ({status.pc_id[:8]}), centre {status.centre or '?'}")
    if status.hub:
        print(
            f"Hub: {status.hub}; last sync {_when(status.last_hub_sync)}; {status.pending} change(s) to send"
        )
    else:
        print(f"No hub. Last USB export {_when(status.last_export)}; {status.pending} change(s) since then")
    print(f"Last USB import: {_when(status.last_import)}")
    if status.waiting:
        print(f"{status.waiting} record(s) wait for the learner or tutor they belong to.")
    if status.duplicates:
        print(
            f"{status.duplicates} pair(s) of learners look like the same person: see trainer learner duplicates"
        )
    if status.peers:
        print("The centre's PCs, as last heard:")
        for p in status.peers:
            waiting = f", {p.pending} change(s) not yet sent then" if p.pending else ""
            print(f"  {p.name:<20} last sync {_when(p.last_sync_at)} ({p.via}){waiting}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from trainer.services.sync.usb import NoCentre, export_bundle

    def run(paths, db):
        try:
            return export_bundle(db, paths.data, args.out, progress_line("Exporting"))
        except NoCentre:
            return "no_centre"

    report = with_database(args.out, run)
    if report is None:
        return 1
    if report == "no_centre":
        print(HUB_PROBLEMS["no_centre"], file=sys.stderr)
        return 1
    per_thousand = report.size * 1000 // report.attempts if report.attempts else report.size
    print(f"Wrote {report.records} records ({report.attempts} answers) to {report.path}: {report.size} bytes")
    print(
        f"({per_thousand} bytes per 1,000 answers). Import it on another PC of the centre with trainer sync import."
    )
    if report.code_created:
        print("A centre code was made for this centre; see it with trainer sync code.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from trainer.services.sync.bundle import BundleRefused
    from trainer.services.sync.usb import import_bundle

    def run(paths, db):
        try:
            return import_bundle(db, paths.data, args.file, args.code, args.join, progress_line("Importing"))
        except BundleRefused as error:
            return error

    report = with_database(args.file, run)
    if report is None:
        return 1
    if isinstance(report, BundleRefused):
        print(BUNDLE_PROBLEMS[report.reason].format(detail=report.detail), file=sys.stderr)
        return 1
    print(f"Imported {args.file} from {report.from_pc or 'a PC'} (made {_when(report.made_at)}):")
    print(f"  {report.records} records read, {report.total} changed something here.")
    for table, n in sorted(report.changed.items()):
        if n:
            print(f"    {WHAT.get(table, table)}: {n}")
    if report.dropped:
        print(f"  {report.dropped} record(s) of erased learners were left out.")
    if report.waiting:
        print(f"  {report.waiting} record(s) wait for the learner or tutor they belong to.")
    if report.joined:
        print("This PC now belongs to the centre of that file.")
    return 0


def cmd_code(args: argparse.Namespace) -> int:
    from trainer.services.sync import settings as sync_settings

    def run(paths, db):
        return sync_settings.load(paths.data).code

    code = with_database("code", run)
    if not code:
        print(
            "No centre code yet: it is made by the first trainer sync export or hub set-up.", file=sys.stderr
        )
        return 1
    print(code)
    print(
        "Keep it private: with it and a sync file, anyone can read and add the centre's records.",
        file=sys.stderr,
    )
    return 0


def cmd_keys(args: argparse.Namespace) -> int:
    from trainer.services.sync.keys import export_centre_keys

    count = with_database(args.out, lambda paths, db: export_centre_keys(db, args.out))
    if count is None:
        return 1
    print(f"Wrote {count} public key(s) of the centre's issuing PCs to {args.out}.")
    print("Give it to recognition bodies: trainer verify CERT --trusted-keys that file.")
    return 0


def register(sub) -> None:
    parser = sub.add_parser("sync", help="sync with the centre's other PCs (hub or USB stick)")
    actions = parser.add_subparsers(dest="sync_command", metavar="ACTION", required=True)

    setup = actions.add_parser("setup", help="connect this PC to the centre's hub (PostgreSQL)")
    setup.add_argument("url", help="postgresql://USER:PASSWORD@HOST[:PORT]/DATABASE")
    setup.add_argument(
        "--join", action="store_true", help="join the hub's centre even if this PC has another"
    )
    setup.add_argument("--name", help="this PC's name as other PCs see it (default: the computer's name)")
    setup.set_defaults(func=cmd_setup)

    now = actions.add_parser("now", help="sync with the hub at once and print what moved")
    now.set_defaults(func=cmd_now)

    status = actions.add_parser("status", help="the last sync, what is waiting, the centre's PCs")
    status.set_defaults(func=cmd_status)

    export = actions.add_parser("export", help="write everything this PC holds to a file (USB stick)")
    export.add_argument("--out", type=Path, required=True, help="a file, or a folder (a name is made)")
    export.set_defaults(func=cmd_export)

    imp = actions.add_parser("import", help="apply a sync file from another PC of the centre")
    imp.add_argument("file", type=Path)
    imp.add_argument("--code", help="the centre code (needed once on a PC that never synced)")
    imp.add_argument("--join", action="store_true", help="join the file's centre even if this PC has another")
    imp.set_defaults(func=cmd_import)

    code = actions.add_parser("code", help="show the centre code (needed once by a PC joining by USB)")
    code.set_defaults(func=cmd_code)

    keys = actions.add_parser(
        "keys", help="write the public keys of every PC of the centre that issues certificates"
    )
    keys.add_argument("--out", type=Path, required=True)
    keys.set_defaults(func=cmd_keys)
