"""How the sign-in screen looks on this PC before anyone has signed in: the text size and the contrast a
tutor chose for everyone (issue 14: a weak-eyed learner had to find a small tile every time). Kept
beside the database in a small file of its own, for this PC's screen; written whole or not at all. A
missing or damaged file means the defaults (never an error at start-up)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from trainer.domain.learner import TEXT_SIZES, LearnerSettings

FILE = "sign-in-look.json"


def load(data: Path) -> LearnerSettings:
    """The settings the sign-in screen is shown with (the defaults when none were chosen)."""
    try:
        chosen = json.loads((data / FILE).read_text(encoding="utf-8"))
        size, contrast = chosen["text_size"], chosen["high_contrast"]
    except (OSError, ValueError, KeyError, TypeError):
        return LearnerSettings()
    if size not in TEXT_SIZES or not isinstance(contrast, bool):
        return LearnerSettings()
    return LearnerSettings(text_size=size, high_contrast=contrast)


def save(data: Path, text_size: int, high_contrast: bool) -> None:
    if text_size not in TEXT_SIZES:
        raise ValueError(f"text size {text_size} is not one of {TEXT_SIZES}")
    partial = data / (FILE + ".partial")
    partial.write_text(json.dumps({"text_size": text_size, "high_contrast": high_contrast}), encoding="utf-8")
    os.replace(partial, data / FILE)
