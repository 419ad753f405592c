"""The PIN pad as a person uses it with a keyboard: digits typed wherever the focus is, then Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import make_learner
from trainer.domain.tutoring import TUTOR_SCOPE


def type_keys(qtbot, keys: str) -> None:
    """Each digit and then Enter go to whatever has the keyboard focus, as real key presses do."""
    for key in keys:
        qtbot.keyClick(QApplication.focusWidget(), key)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_a_tutor_types_an_8_digit_pin_and_presses_enter(app_window, qtbot):
    w = app_window
    w.ctx.tutor_access.set_up("Sunshine Centre", "Hangzhou", "HZ-01", "Teacher Li", "80245163")
    qtbot.mouseClick(w.signin.for_tutors, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.screen("tutor-choose").tiles[0], Qt.MouseButton.LeftButton)
    pad = w.screen("pin")
    assert w.current_name() == "pin"
    assert QApplication.focusWidget() is pad.dots, "the focus starts on the PIN, not on a number key"
    assert "○" not in pad.dots.plain_text(), "no fixed number of places for a tutor PIN of 6 to 12"
    for d in "80245163":
        qtbot.keyClick(QApplication.focusWidget(), d)
    assert pad.dots.plain_text().split() == ["●"] * 8
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.current_name() == "tutor-dashboard", timeout=20000)
    assert w.ctx.tutor_access._repo.guard(TUTOR_SCOPE).failed_count == 0  # no wrong PIN was counted


def test_enter_on_a_focused_number_key_enters_the_pin(app_window, qtbot):
    w = app_window
    make_learner(w, "Chen Jing", pin="2468")
    qtbot.mouseClick(w.signin.tiles()[0], Qt.MouseButton.LeftButton)
    pad = w.screen("pin")
    for d in "2468":
        qtbot.mouseClick(pad.keys[d], Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is pad.keys["8"]  # the last key pressed with the mouse
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert w.current_name() == "home" and w.learner.name == "Chen Jing"


def test_a_learner_types_the_pin_and_enter_and_a_short_pin_is_explained(app_window, qtbot):
    w = app_window
    make_learner(w, "Chen Jing", pin="2468")
    qtbot.mouseClick(w.signin.tiles()[0], Qt.MouseButton.LeftButton)
    pad = w.screen("pin")
    type_keys(qtbot, "24")
    assert w.current_name() == "pin" and pad.message.isVisible()
    assert "4 numbers" in pad.message.plain_text()
    assert pad.dots.plain_text().split() == ["●", "●", "○", "○"]
    type_keys(qtbot, "68")
    assert w.current_name() == "home" and w.learner.name == "Chen Jing"
