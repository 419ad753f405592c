"""The command line. ``trainer`` with no arguments opens the app; subcommands are for tutors and tests.

Each area registers its own subcommands from a module in this package, so this file stays small.
Imports are lazy: ``trainer --version`` must not pay for Qt or SQLAlchemy.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# modules in trainer.cli that define ``register(subparsers)``
AREAS = (
    "selftest",
    "speech",
    "lessons",
    "certificates",
    "roster",
    "report",
    "backups",
    "demo",
    "sync",
    "learner",
)


def build_parser() -> argparse.ArgumentParser:
    from trainer import __version__

    parser = argparse.ArgumentParser(
        prog="trainer", description="Digital Bridge (数字桥): offline digital-skills trainer."
    )
    parser.add_argument("--version", action="version", version=f"trainer {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this PC (data folder, lessons, speech, fonts) and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for area in AREAS:
        importlib.import_module(f"trainer.cli.{area}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        from trainer.app import run_gui

        return run_gui()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from trainer.cli.selftest import run

        return run(args)
    if args.command is None:
        from trainer.app import run_gui

        return run_gui()
    return int(args.func(args) or 0)
