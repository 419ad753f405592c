"""Loading the practice lessons on their own, and pressing things as a learner would."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parents[2]
LESSONS = ROOT / "lessons"
PRACTICE_LESSONS = sorted(p.name for p in LESSONS.iterdir() if p.name.startswith("practice-"))


def load_practice_lessons(dest: Path):
    """The practice lessons in a pack of their own (their prerequisites are taken as installed)."""
    from trainer.content.loader import load_packs

    dest.mkdir(parents=True)
    shutil.copy(LESSONS / "pack.toml", dest / "pack.toml")
    for name in PRACTICE_LESSONS:
        shutil.copytree(LESSONS / name, dest / name)
    known = {"mouse-basics": "x", "mouse-more": "x", "pinyin-input": "x", "keyboard-typing": "x",
             "passwords-codes": "x", "search-online": "x", "wifi-internet": "x"}  # fmt: skip
    result = load_packs([dest], known=known)
    assert result.problems == (), [str(p) for p in result.problems]
    return result.catalogue


def centre(w: QWidget) -> QPoint:
    return w.rect().center()


def click(qtbot, w: QWidget, pos: QPoint | None = None, button=Qt.MouseButton.LeftButton) -> None:
    qtbot.mouseClick(w, button, pos=pos if pos is not None else centre(w))
