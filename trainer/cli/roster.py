"""``trainer roster import FILE.csv`` and ``trainer roster export FILE.csv``.

An import with bad lines lists them (line: reason) and imports nothing, unless ``--skip-bad``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainer.cli.tutordata import open_database, progress_line, with_database

FILE_PROBLEMS = {
    "unreadable": "The file cannot be read as text. Save it from the spreadsheet as CSV and try again.",
    "too_big": "The file is too big for a roster (more than 20 MB).",
    "empty": "The file is empty.",
    "missing_columns": "The first line must name the columns; this one has no column {detail}.",
    "wrong_encoding": (
        "The file is not saved as UTF-8. It looks like {detail}: the first lines read as\n{preview}\n"
        "If that looks right, run again with --encoding {detail}; or save it as 'CSV UTF-8' in the spreadsheet."
    ),
}
ROW_PROBLEMS = {
    "missing_name": "no name",
    "name_too_long": "the name is longer than 40 characters",
    "formula": "the name looks like a spreadsheet formula",
    "bad_characters": "the name has control characters in it",
    "bidi": "the name has right-to-left control characters, which would show it reversed",
    "unclosed_quote": 'a " is never closed, so lines {line} to {other} were read as one line: close the quote',
    "bad_language": "language must be zh_CN or en",
    "bad_birth_year": "birth year must be a year such as 1952",
    "bad_gender": "gender must be female, male or other (or empty)",
    "bad_status": "status must be active or archived",
    "bad_avatar": "unknown picture",
    "too_many_cells": "more cells than columns",
    "duplicate_in_file": "the same learner as on line {other}",
    "already_on_roster": "this learner is already on the roster",
}


def row_problem_text(problem) -> str:
    reason = ROW_PROBLEMS.get(problem.reason, problem.reason).format(
        other=problem.other_line, line=problem.line
    )
    value = f" ({problem.value!r})" if problem.value else ""
    return f"line {problem.line}: {reason}{value}"


def cmd_import(args: argparse.Namespace) -> int:
    from trainer.cli.say import err, storage_problem, translate
    from trainer.services.roster import RosterService
    from trainer.storage.errors import StorageError

    opened = open_database()
    if opened is None:
        return 1
    _paths, db = opened
    try:
        report = RosterService(db).import_csv(
            args.file, skip_bad=args.skip_bad, encoding=args.encoding, progress=progress_line("Importing")
        )
    except StorageError as error:  # a full disk, a read-only database: say so, nothing was imported
        err(storage_problem(error, db.path))
        err(translate("Cli", "Nothing was imported."))
        return 1
    finally:
        db.close()
    if report.file_problem is not None:
        fp = report.file_problem
        preview = "\n".join(f"  {line}" for line in fp.preview)
        print(FILE_PROBLEMS[fp.reason].format(detail=fp.detail, preview=preview), file=sys.stderr)
        print("Nothing was imported.", file=sys.stderr)
        return 1
    for problem in report.problems:
        print(row_problem_text(problem), file=sys.stderr)
    if report.problems and not args.skip_bad:
        lines = len(report.bad_lines)
        print(
            f"Nothing was imported: {lines} line(s) need fixing. Fix them and import again, "
            "or run again with --skip-bad to import only the good lines.",
            file=sys.stderr,
        )
        return 1
    skipped = f", {len(report.skipped)} line(s) left out" if report.skipped else ""
    print(f"Imported {report.imported} learner(s) from {args.file}{skipped}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from trainer.services.roster import RosterService

    count = with_database(
        args.file,
        lambda _paths, db: RosterService(db).export_csv(args.file, include_archived=not args.active_only),
    )
    if count is None:
        return 1
    print(f"Wrote {count} learner(s) to {args.file} (UTF-8 CSV for Excel, WPS and LibreOffice).")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("roster", help="import or export the list of learners (CSV)")
    actions = parser.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="add the learners of a CSV file (see README: columns)")
    imp.add_argument("file", type=Path, metavar="FILE.csv")
    imp.add_argument("--skip-bad", action="store_true", help="import the good lines, leave out the bad ones")
    imp.add_argument("--encoding", help="the file's encoding when it is not UTF-8 (e.g. gb18030)")
    imp.set_defaults(func=cmd_import)
    exp = actions.add_parser("export", help="write every learner to a CSV file")
    exp.add_argument("file", type=Path, metavar="FILE.csv")
    exp.add_argument("--active-only", action="store_true", help="leave out archived learners")
    exp.set_defaults(func=cmd_export)
