"""A simulated app fits the window it is shown in: at 36 pt on a 1024x768 screen nothing of the lesson
page is cut at the sides (the practice copy of a computer program was 1100 px wide, so "Leave this
lesson" and the program's left edge were cut off); and after a task brings a new screen of the app,
the page shows that new screen's top."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from tests.ui.conftest import show_step_of, sign_in_to_the_curriculum
from tests.ui.test_accessibility import layout_problems
from tests.ui.test_new_lesson_screens import _do
from tests.ui.walk import settle
from trainer.domain.learner import TEXT_SIZES, LearnerSettings
from trainer.ui.reveal import finish_movement


def _open(w, paths, language: str, size: int, width: int = 1024, height: int = 768):
    settings = LearnerSettings(text_size=size, reduced_motion=True)
    return sign_in_to_the_curriculum(w, paths, language, settings, width, height)


def _sims(catalogue, device: str):
    for lesson in catalogue.lessons:
        for index, step in enumerate(lesson.steps):
            if step.kind == "simulation" and step.device == device:
                yield lesson, index, step


def _sideways(player) -> list[str]:
    """What the page's window does not show at the sides."""
    out = []
    viewport = player.scroll.viewport()
    inside = QRect(0, 0, viewport.width(), viewport.height())
    for name, widget in (("Leave", player.leave_button), ("the app", player.view.device)):
        r = QRect(widget.mapTo(viewport, widget.rect().topLeft()), widget.size())
        if r.left() < inside.left() or r.right() > inside.right():
            out.append(f"{name} is cut at the side: {r.left()}..{r.right()} in 0..{inside.right()}")
    return out


@pytest.mark.slow  # every computer program of the curriculum (about 15), a few seconds
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_computer_program_fits_1024x768_at_36pt(app_window, paths, language):
    w = app_window
    catalogue = _open(w, paths, language, TEXT_SIZES[-1])
    failures, seen = [], 0
    for lesson, index, step in _sims(catalogue, "computer"):
        player = show_step_of(w, lesson, index, reopen=False)
        seen += 1
        label = f"{lesson.id}/{step.id}"
        failures += [f"{label}: {p}" for p in _sideways(player) + layout_problems(player)]
    assert seen >= 5
    assert not failures, "\n".join(failures[:40])


def test_a_phone_keeps_its_size_where_there_is_room(app_window, paths):
    """The narrowing is for small windows only: on 1366x768 at 18 pt the phone and the computer keep
    the sizes they were drawn for."""
    w = app_window
    catalogue = _open(w, paths, "en", TEXT_SIZES[0], 1366, 768)
    lesson, index, _ = next(_sims(catalogue, "phone"))
    assert show_step_of(w, lesson, index, reopen=False).view.device.width() == 432  # 18 pt * 24
    lesson, index, _ = next(_sims(catalogue, "computer"))
    assert show_step_of(w, lesson, index, reopen=False).view.device.width() == 792  # 18 pt * 44


def test_a_new_screen_of_the_app_shows_from_its_top(app_window, paths):
    """Scrolled down to the button at the bottom of a long screen, the learner presses it: the next
    screen of the app is shown from its top (in one jump with "less movement")."""
    w = app_window
    catalogue = _open(w, paths, "zh_CN", TEXT_SIZES[-1])
    moved = 0
    for lesson, index, step in _sims(catalogue, "computer"):
        player = show_step_of(w, lesson, index, reopen=False)
        view = player.view
        for task in step.tasks:
            bar = player.scroll.verticalScrollBar()
            bar.setValue(bar.maximum())  # down at the bottom, where the last button was
            before = view.screen_view
            _do(view, task)
            settle()
            finish_movement(player.scroll)
            if view.screen_view is before:
                continue
            moved += 1
            viewport = player.scroll.viewport()
            top = view.screen_view.mapTo(viewport, view.screen_view.rect().topLeft()).y()
            assert 0 <= top < viewport.height() // 2, f"{lesson.id}/{step.id} after {task.id}: top at {top}"
        if moved >= 3:
            break
    assert moved >= 3
