"""A press always acts on what is under the pointer (issue 14, defect 3).

Every button of a screen is scrolled so that only part of it shows (its upper half at the bottom of the
page's window, then its lower half at the top), and is pressed and released with the mouse at the
centre of the part that shows, through the window as a real click is delivered. It must act (its
``clicked`` fires) and must not move away from under the pointer between the press and the release."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from tests.ui.conftest import make_learner
from tests.ui.screen_tour import settle
from trainer.domain.learner import TEXT_SIZES, LearnerSettings
from trainer.services import translations
from trainer.services.lessons import LessonLibrary
from trainer.ui.style import apply_settings

LEFT = Qt.MouseButton.LeftButton


def visible_part(screen, button) -> QRect:
    """The part of ``button`` that shows in the page's window, in window coordinates."""
    viewport = screen.scroll.viewport()
    top_left = button.mapTo(viewport, QPoint(0, 0))
    shown = QRect(top_left, button.size()).intersected(viewport.rect())
    return QRect(viewport.mapTo(screen.window(), shown.topLeft()), shown.size())


def press_and_release(window, point: QPoint) -> None:
    handle = window.windowHandle()
    QTest.mousePress(handle, LEFT, Qt.KeyboardModifier.NoModifier, point)
    settle()
    QTest.mouseRelease(handle, LEFT, Qt.KeyboardModifier.NoModifier, point)
    settle()


def check_every_button(window, screen) -> list[str]:
    """Presses each button of ``screen``'s page when partly scrolled; returns those that did not act."""
    settle()
    buttons = [
        b
        for b in screen.page.findChildren(QAbstractButton)
        if b.isVisible() and b.isEnabled() and b.height() >= 20
    ]
    assert buttons
    pressed: list[QAbstractButton] = []
    for b in buttons:
        b.clicked.disconnect()  # only this test's spy: a press must not leave the screen
        b.clicked.connect(lambda _=False, b=b: pressed.append(b))
    bar = screen.scroll.verticalScrollBar()
    viewport = screen.scroll.viewport()
    failures = []
    for b in buttons:
        top = b.mapTo(screen.page, QPoint(0, 0)).y()
        for name, value in (
            ("upper half at the bottom", top + b.height() // 2 - viewport.height()),
            ("lower half at the top", top + b.height() // 2),
        ):
            if not bar.minimum() <= value <= bar.maximum():
                continue  # (cannot be scrolled there: the page ends)
            bar.setValue(value)
            settle()
            part = visible_part(screen, b)
            if part.height() < 8:
                continue
            pressed.clear()
            before = bar.value()
            press_and_release(window, part.center())
            if pressed != [b] or bar.value() != before:
                what = b.accessibleName() or b.text()
                failures.append(
                    f"{what!r} ({name}): pressed {len(pressed)} times, page moved {bar.value() - before}"
                )
    return failures


@pytest.fixture
def big_text(app_window, paths):
    """A 1024x768 window at the largest text size, signed in."""
    w = app_window
    w.resize(1024, 768)
    learner = make_learner(w, "Wang Fang")
    translations.install("en", paths.i18n)
    w.sign_in(learner.id)
    settings = LearnerSettings(text_size=TEXT_SIZES[-1])
    w.ctx.learners.save_settings(learner.id, settings)
    w.settings = settings
    apply_settings(QApplication.instance(), settings)
    settle()
    return w


@pytest.mark.parametrize("screen_name", ["settings", "lessons", "home"])
def test_a_partly_scrolled_button_acts_when_pressed(big_text, screen_name):
    w = big_text
    if screen_name == "settings":
        w.open_settings()
    elif screen_name == "lessons":
        w.open_tier("basic")
    else:
        w.open_home()
    failures = check_every_button(w, w.screen(screen_name))
    assert not failures, "\n".join(failures)


def test_add_to_cart_in_the_shop_acts_when_partly_scrolled(big_text, paths):
    w = big_text
    w.ctx.progress.library = LessonLibrary(paths)  # the real shop simulation
    lesson = w.ctx.progress.library.catalogue.get("online-shopping")
    index = next(i for i, s in enumerate(lesson.steps) if s.kind == "simulation")
    w.open_lesson(lesson.id, restart=True)
    player = w.screen("player")
    player.session.go_to(index)
    player.show_step()
    failures = check_every_button(w, player)
    assert not failures, "\n".join(failures)
