"""How the sign-in screen looks before anyone has signed in: the text size and the contrast a tutor
chose for everyone (issue 14: a weak-eyed learner had to find a small tile every time).

A centre-wide setting (``storage.centre_settings``, key ``sign_in_look``): chosen on one PC, it reaches
every PC of the centre that shares its data with the next sync (hub or USB bundle), and the latest
choice wins; a PC that never syncs keeps its own. Read once per showing of the sign-in screen, with one
small stdlib ``sqlite3`` query (also before the database is opened at start-up). Until schema v8 the
choice was a file in the data folder of each PC (``FILE``): ``adopt_file`` moves it into the table once.
A missing or damaged value means the defaults (never an error at start-up)."""

from __future__ import annotations

import json
import sqlite3
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.domain.learner import TEXT_SIZES, LearnerSettings
from trainer.storage import centre_settings

if TYPE_CHECKING:
    from trainer.storage.db import Database

KEY = "sign_in_look"
FILE = "sign-in-look.json"  # this PC's own choice before v8 (moved into the database by adopt_file)
DATABASE = "trainer.db"  # (config.Paths.database, in the data folder)


def load(data: Path) -> LearnerSettings:
    """The settings the sign-in screen is shown with (the defaults when none were chosen)."""
    value = centre_settings.peek(data / DATABASE, KEY)
    if value is None:  # nothing chosen yet, or a database not upgraded yet: this PC's old file, if any
        value = _file_value(data)
    return parse(value)


def parse(value: str | None) -> LearnerSettings:
    chosen = _checked(value)
    if chosen is None:
        return LearnerSettings()
    return LearnerSettings(text_size=chosen[0], high_contrast=chosen[1])


def encode(text_size: int, high_contrast: bool) -> str:
    if text_size not in TEXT_SIZES:
        raise ValueError(f"text size {text_size} is not one of {TEXT_SIZES}")
    return json.dumps({"text_size": text_size, "high_contrast": bool(high_contrast)})


def save(db: Database, text_size: int, high_contrast: bool) -> None:
    """Keep the choice for every PC of the centre (one transaction)."""
    centre_settings.write(db, KEY, encode(text_size, high_contrast))


def choose(db: Database, text_size: int | None = None, flip_contrast: bool = False) -> LearnerSettings:
    """A tutor's change to the centre's choice (a new text size, contrast on or off), read and written
    in one transaction so that a change is never made to a stale copy. Returns the look now chosen."""
    if text_size is not None and text_size not in TEXT_SIZES:
        raise ValueError(f"text size {text_size} is not one of {TEXT_SIZES}")

    def changed(old: str | None) -> str:
        now = parse(old)
        size = now.text_size if text_size is None else text_size
        return encode(size, now.high_contrast != flip_contrast)

    return parse(centre_settings.change(db, KEY, changed)[1])


def adopt_file(db: Database, data: Path) -> bool:
    """Move this PC's pre-v8 choice into the centre setting, once: taken only when the centre has no
    choice yet (a choice already there, made here or received from another PC, is newer); the file goes
    either way (a damaged one too). True when the file's choice was taken."""
    chosen = _checked(_file_value(data))
    try:
        taken = chosen is not None and centre_settings.write(db, KEY, encode(*chosen), only_if_missing=True)
    except sqlite3.Error:  # (busy or read-only now: the file stays, to be moved at the next start)
        return False
    with suppress(OSError):
        (data / FILE).unlink()
    return taken


def _checked(value: str | None) -> tuple[int, bool] | None:
    """(text size, high contrast) from a stored value, or None when there is none or it is damaged."""
    try:
        chosen = json.loads(value) if value is not None else None
        size, contrast = chosen["text_size"], chosen["high_contrast"]
    except (ValueError, KeyError, TypeError):
        return None
    if size not in TEXT_SIZES or not isinstance(contrast, bool):
        return None
    return size, contrast


def _file_value(data: Path) -> str | None:
    try:
        return (data / FILE).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None
