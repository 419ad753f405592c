"""Shared by the tutor commands (roster, report, backup, restore, demo): opening the data folder's
database with a plain message instead of a traceback, and a progress line on the terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable


def open_database():
    """(paths, Database) or None after printing what went wrong. While damaged records wait for a
    tutor's decision (``storage.aside``), every command says so first."""
    from trainer.cli.say import err, put_aside_notice, storage_problem, translate
    from trainer.config import resolve_paths
    from trainer.storage.db import Database
    from trainer.storage.errors import StorageError

    paths = resolve_paths()
    try:
        db = Database.open(paths)
    except StorageError as error:
        err(storage_problem(error, paths.database))
        err(translate("Cli", "Start the app to see what to do, or run trainer --self-test."))
        return None
    state = db.put_aside
    if state is not None:
        err(put_aside_notice(state))
    return paths, db


def with_database(target, work: Callable):
    """``work(paths, db)`` on the opened database, which is closed afterwards; its result, or None
    after printing why (the database would not open, or ``target`` could not be written)."""
    opened = open_database()
    if opened is None:
        return None
    paths, db = opened
    try:
        return work(paths, db)
    except OSError as error:
        print(f"Could not write {target}: {error.strerror or error}.", file=sys.stderr)
        return None
    finally:
        db.close()


def progress_line(what: str) -> Callable[[int, int], None] | None:
    """Prints ``what: 45%`` on one line of a terminal; nothing when the output is not a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        print(f"\r{what}: {percent}%", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return show


def lessons(paths):
    from trainer.services.lessons import LessonLibrary

    return LessonLibrary(paths)
