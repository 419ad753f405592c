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
    # the other lessons of the curriculum, taken as installed: prerequisites and paths name them
    known = {p.name: "x" for p in LESSONS.iterdir() if (p / "lesson.toml").is_file()}
    known = {k: v for k, v in known.items() if k not in PRACTICE_LESSONS}
    assert taught_prerequisites() <= set(known)
    result = load_packs([dest], known=known)
    assert result.problems == (), [str(p) for p in result.problems]
    return result.catalogue


def taught_prerequisites() -> set[str]:
    """The prerequisites of the practice lessons that are not practice lessons themselves."""
    import tomllib

    wanted: set[str] = set()
    for name in PRACTICE_LESSONS:
        data = tomllib.loads((LESSONS / name / "lesson.toml").read_text(encoding="utf-8"))
        wanted.update(p for p in data.get("prerequisites", []) if p not in PRACTICE_LESSONS)
    return wanted


def centre(w: QWidget) -> QPoint:
    return w.rect().center()


def click(qtbot, w: QWidget, pos: QPoint | None = None, button=Qt.MouseButton.LeftButton) -> None:
    qtbot.mouseClick(w, button, pos=pos if pos is not None else centre(w))
