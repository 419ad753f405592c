"""``trainer report learner LEARNER --out FILE.pdf``, ``trainer report class --out FILE.csv|FILE.pdf``,
``trainer report summary --out FILE.json|FILE.csv``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainer.cli.tutordata import lessons, with_database
from trainer.domain.learner import LANGUAGES


def _service(paths, db):
    from trainer.services.reports import ReportService

    return ReportService(db, paths.i18n, lessons(paths))


def _find_learner(db, wanted: str):
    """A learner by id, or by name (any case); None after printing why."""
    from trainer.services.roster import RosterService

    everyone = RosterService(db).learners()
    found = [x for x in everyone if x.id == wanted] or [
        x for x in everyone if "".join(x.name.split()).casefold() == "".join(wanted.split()).casefold()
    ]
    if len(found) == 1:
        return found[0]
    if not found:
        print(f"No learner called {wanted!r}. trainer roster export lists everyone.", file=sys.stderr)
    else:
        print(f"{len(found)} learners are called {wanted!r}; give the id instead:", file=sys.stderr)
        for x in found:
            print(f"  {x.id}  {x.name}  (born {x.birth_year or '?'})", file=sys.stderr)
    return None


def cmd_learner(args: argparse.Namespace) -> int:
    def write(paths, db):
        learner = _find_learner(db, args.learner)
        return (
            None
            if learner is None
            else (learner, _service(paths, db).learner_pdf(learner.id, args.out, args.lang))
        )

    done = with_database(args.out, write)
    if done is None:
        return 1
    learner, out = done
    print(f"Wrote the progress report of {learner.name} to {out}.")
    return 0


def cmd_class(args: argparse.Namespace) -> int:
    suffix = args.out.suffix.lower()
    if suffix not in (".csv", ".pdf"):
        print(
            "The class report is written as .csv or .pdf: end the file name with one of them.",
            file=sys.stderr,
        )
        return 2
    lang = args.lang or _ui_language()

    def write(paths, db):
        service = _service(paths, db)
        return service.class_csv(args.out, lang) if suffix == ".csv" else service.class_pdf(args.out, lang)

    out = with_database(args.out, write)
    if out is None:
        return 1
    print(f"Wrote the class report to {out}.")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    suffix = args.out.suffix.lower()
    if suffix not in (".json", ".csv"):
        print("The summary is written as .json or .csv: end the file name with one of them.", file=sys.stderr)
        return 2

    def write(paths, db):
        service = _service(paths, db)
        return service.summary_json(args.out) if suffix == ".json" else service.summary_csv(args.out)

    out = with_database(args.out, write)
    if out is None:
        return 1
    print(f"Wrote the anonymised participation summary (no names) to {out}.")
    return 0


def _ui_language() -> str:
    from trainer.services.translations import system_language

    return system_language()


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("report", help="progress reports (PDF, CSV) and the participation summary")
    kinds = parser.add_subparsers(dest="report_command", metavar="KIND", required=True)
    one = kinds.add_parser("learner", help="a learner's large-print progress report (PDF)")
    one.add_argument("learner", metavar="LEARNER", help="the learner's name or id")
    one.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    one.add_argument("--lang", choices=LANGUAGES, help="language of the report (default: the learner's)")
    one.set_defaults(func=cmd_learner)
    every = kinds.add_parser("class", help="every learner's progress (CSV or PDF)")
    every.add_argument("--out", type=Path, required=True, metavar="FILE.csv|FILE.pdf")
    every.add_argument("--lang", choices=LANGUAGES, help="language of the report (default: the system's)")
    every.set_defaults(func=cmd_class)
    summary = kinds.add_parser("summary", help="anonymised participation summary (JSON or CSV, no names)")
    summary.add_argument("--out", type=Path, required=True, metavar="FILE.json|FILE.csv")
    summary.set_defaults(func=cmd_summary)
