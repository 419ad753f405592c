"""``trainer demo``: fill the data folder with a demo centre, tutor and learners; prints the tutor's
PIN and the signing passphrase. Refuses a folder with real data."""

from __future__ import annotations

import argparse

from trainer.cli.tutordata import lessons, open_database, progress_line


def cmd_demo(args: argparse.Namespace) -> int:
    from trainer.cli.say import err, storage_problem, translate
    from trainer.services.demo import RealDataPresent, lessons_from, make_demo, synthetic_lessons
    from trainer.storage.errors import StorageError

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
        err(
            translate(
                "Cli",
                "%1 holds real learners, tutors or a centre (perhaps added while the demo was being made): "
                "the demo never touches real data, and what it wrote was taken out again. Use an empty "
                "folder, for example: TRAINER_HOME=/tmp/trainer-demo trainer demo",
            ).replace("%1", str(paths.data))
        )
        return 1
    except StorageError as error:
        err(storage_problem(error, paths.database))
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
