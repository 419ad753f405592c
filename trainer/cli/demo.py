"""``trainer demo``: fill the data folder with a demo centre, tutor and learners; prints the tutor's
PIN and the signing passphrase. Refuses a folder with real data."""

from __future__ import annotations

import argparse
import sys

from trainer.cli.tutordata import lessons, open_database, progress_line


def cmd_demo(args: argparse.Namespace) -> int:
    from trainer.services.demo import RealDataPresent, lessons_from, make_demo, synthetic_lessons

    opened = open_database()
    if opened is None:
        return 1
    paths, db = opened
    try:
        if args.tries_per_lesson:
            chosen = synthetic_lessons(args.lessons)
        else:
            chosen = lessons_from(lessons(paths).catalogue)
        result = make_demo(
            db,
            paths,
            chosen,
            learners=args.learners,
            tries_per_lesson=args.tries_per_lesson,
            seed=args.seed,
            progress=progress_line("Writing answers"),
        )
    except RealDataPresent:
        print(
            f"{paths.data} holds real learners, tutors or a centre: the demo never touches real data. "
            "Use an empty folder, for example: TRAINER_HOME=/tmp/trainer-demo trainer demo",
            file=sys.stderr,
        )
        return 1
    finally:
        db.close()
    print(f"Demo centre: {result.centre}; {result.learners} learners, {result.attempts} answers.")
    print(f"Tutor: {result.tutor}")
    print(f"PIN: {result.pin}")
    print(f"Passphrase: {result.passphrase}")
    if not result.signing_key:
        print("(The signing key for certificates was not created; the passphrase is for when it is.)")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser(
        "demo", help="fill an empty data folder with a demo centre, tutor and learners"
    )
    demo.add_argument("--learners", type=int, default=24, help="how many learners (default 24)")
    demo.add_argument(
        "--tries-per-lesson",
        type=int,
        metavar="N",
        help="benchmark shape: every learner does every lesson with N tries (made-up lessons)",
    )
    demo.add_argument(
        "--lessons", type=int, default=30, help="made-up lessons for --tries-per-lesson (default 30)"
    )
    demo.add_argument("--seed", type=int, default=7, help=argparse.SUPPRESS)
    demo.set_defaults(func=cmd_demo)
