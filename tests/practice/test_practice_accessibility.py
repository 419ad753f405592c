"""Every drill and every screen of every simulation, at 18 and 36 pt: every control has a name and
is big enough (44 px, 60 px from 26 pt, 80 px for the drills' easy targets), and no text is cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from sim_driver import do_task
from test_simulations import SIMULATIONS

from trainer.domain.practice import PracticeStep

DRILLS = [
    ("practice-mouse", s)
    for s in ("click", "double-click", "right-click", "drag", "scroll-wheel", "scroll-bar")
] + [("practice-keyboard", s) for s in ("keys", "typing", "pinyin")]


def check(view, min_px: int) -> list[str]:
    QApplication.processEvents()
    bad = []
    for w in view.findChildren(QWidget):
        if not w.isVisible():
            continue
        name = w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")
        focusable = bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        control = isinstance(w, QAbstractButton | QLineEdit)
        if (control or focusable) and not name.strip():
            bad.append(f"{type(w).__name__} {w.objectName()!r} has no name")
        if control and (w.width() < min_px or w.height() < min_px):
            bad.append(f"{type(w).__name__} {name!r} is {w.width()}x{w.height()} (< {min_px})")
        if isinstance(w, QLabel) and w.wordWrap() and w.text().strip():
            need = w.heightForWidth(w.width())
            if need > w.height() + 2:
                bad.append(f"label {w.text()[:30]!r} is cut off ({w.height()} < {need})")
    return bad


@pytest.mark.parametrize("size", [18, 36])
@pytest.mark.parametrize(("lesson_id", "step_id"), DRILLS)
def test_drills(show, lesson_id, step_id, size):
    s = show(lesson_id, step_id, text_size=size, high_contrast=size == 36)
    step: PracticeStep = s.view.step
    assert step.level == "easy"
    assert check(s.view, 60 if size >= 26 else 44) == []
    targets = {
        "click": lambda v: [v.target],
        "double-click": lambda v: [v.folder],
        "right-click": lambda v: [v.photo],
        "drag": lambda v: [v.photo],
        "scroll": lambda v: list(v.rows.values()),
        "typing": lambda v: [v.edit, v.check_button],
    }.get(step.drill, lambda v: [])
    for w in targets(s.view):
        assert min(w.width(), w.height()) >= 80, (step.drill, w.width(), w.height())


@pytest.mark.parametrize("size", [18, 36])
@pytest.mark.parametrize(("lesson_id", "step_id"), SIMULATIONS)
def test_every_screen_of_every_simulation(show, qtbot, lesson_id, step_id, size):
    s = show(lesson_id, step_id, lang="zh_CN", name="王芳", text_size=size, high_contrast=size == 36)
    seen = set()
    for task in s.view.step.tasks:
        if s.view.run.screen not in seen:
            seen.add(s.view.run.screen)
            assert check(s.view, 60 if size >= 26 else 44) == [], s.view.run.screen
        do_task(qtbot, s, task)
    assert check(s.view, 60 if size >= 26 else 44) == []


def test_the_check_itself_catches_small_unnamed_and_cut_off_things(show):
    s = show("practice-keep-in-touch", "video-call")
    assert any("(< 200)" in b for b in check(s.view, 200))
    s.view.instruction.setFixedHeight(10)
    answer = s.view.screen_view.widgets["answer"]
    answer.setAccessibleName("")
    answer.setText("")
    found = check(s.view, 44)
    assert any("cut off" in b for b in found) and any("has no name" in b for b in found)
