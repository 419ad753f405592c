"""The tutor commands' messages about the data, in the tutor's language (the system's, or
``TRAINER_LANG``), from the same Qt Linguist files as the app (context ``Cli``).

No Qt application is made: a ``QTranslator`` is read on its own, so a command that later needs a
``QGuiApplication`` (the self-test's font check) can still make one.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def _translator():
    from PySide6.QtCore import QTranslator

    from trainer.config import resource_dir
    from trainer.services.translations import system_language

    language = system_language()
    if language == "en":
        return None
    found = QTranslator()
    return found if found.load(str(Path(resource_dir()) / "i18n" / f"trainer_{language}.qm")) else None


def translate(context: str, text: str) -> str:
    found = _translator()
    return (found.translate(context, text) if found is not None else "") or text


def err(text: str) -> None:
    print(text, file=sys.stderr)


def storage_problem(error: BaseException, path: Path | None = None) -> str:
    """One or two sentences for a storage error: what happened and what to do."""
    from trainer.storage import errors, verdict

    if isinstance(error, errors.DiskFull) or getattr(error, "disk_full", False):
        where = getattr(error, "path", path) or path
        return translate(
            "Cli",
            "The disk is full (%1). Nothing was changed. Free some space on it, then run the command again.",
        ).replace("%1", str(Path(where).parent if where else ""))
    if isinstance(error, errors.BackupUnreadable):
        return (
            {
                verdict.DAMAGED: translate("Cli", "%1 is damaged (it fails its integrity check)."),
                verdict.UNKNOWN_VERSION: translate(
                    "Cli", "%1 is an SQLite database, but not one of the trainer's."
                ),
                verdict.SCHEMA: translate(
                    "Cli", "%1 is not a backup of the trainer: its tables are not the trainer's (%2)."
                ),
                verdict.TRIGGERS: translate(
                    "Cli",
                    "%1 has been altered: its triggers are not the trainer's (%2). It could stop answers from being saved.",
                ),
            }.get(error.problem, translate("Cli", "%1 is not a backup of the trainer, or it is damaged."))
            .replace("%1", str(error.path))
            .replace("%2", error.detail)
        )
    if isinstance(error, errors.DatabaseTooNew):
        return (
            translate(
                "Cli",
                "%1 was made by a newer version of the trainer (schema %2; this one knows %3). Install the newer version.",
            )
            .replace("%1", str(error.path))
            .replace("%2", str(error.found))
            .replace("%3", str(error.supported))
        )
    if isinstance(error, errors.DatabaseUnavailable):
        if error.code in ("SQLITE_BUSY", "SQLITE_LOCKED", "IN_USE"):
            return translate(
                "Cli",
                "The database is in use by another program (is the trainer open?). Close it and try again.",
            )
        if error.code in ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "PermissionError"):
            return (
                translate(
                    "Cli", "The database %1 cannot be written (%2). Give this account write permission to it."
                )
                .replace("%1", str(error.path))
                .replace("%2", error.code)
            )
        return (
            translate("Cli", "The database %1 cannot be used right now (%2).")
            .replace("%1", str(error.path))
            .replace("%2", error.code)
        )
    if isinstance(error, errors.DataFolderNotWritable):
        return translate(
            "Cli", "Cannot write in %1. Give the folder write permission, or free some disk space."
        ).replace("%1", str(error.folder))
    if isinstance(error, errors.DatabaseCorrupt):
        return translate(
            "Cli",
            "The database was damaged and has been put aside (not deleted) as %1. Start the app to use a backup.",
        ).replace("%1", str(error.moved_to))
    if isinstance(error, errors.BackupFailed):
        return (
            translate("Cli", "The backup could not be written to %1: %2")
            .replace("%1", str(error.path.parent))
            .replace("%2", error.cause)
        )
    return f"{type(error).__name__}: {error}"


def put_aside_notice(state) -> str:
    """What every command says while damaged records wait for a tutor's decision."""
    when = state.at.astimezone().strftime("%Y-%m-%d %H:%M")
    text = (
        translate(
            "Cli",
            "Note: on %1 the database was damaged and put aside (kept as %2). The data now may be missing learners.",
        )
        .replace("%1", when)
        .replace("%2", str(state.moved_to[-1]))
    )
    if state.backup is not None:
        made = state.backup_made.astimezone().strftime("%Y-%m-%d %H:%M") if state.backup_made else "?"
        text += "\n" + translate(
            "Cli", "The last good backup from before (%1, %2 learners) is kept: trainer restore %3"
        ).replace("%1", made).replace("%2", str(state.backup_learners)).replace("%3", str(state.backup))
    text += "\n" + translate(
        "Cli", "If the data now is right, a tutor can end this notice with: trainer put-aside --keep-current"
    )
    return text
