"""The learner's PIN pad after several wrong PINs: it says how long to wait, counts down, and checks
(and counts) nothing until then; a tutor's reset lifts the wait."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import make_learner
from trainer.domain.pin_wait import FREE_TRIES


def test_the_pin_pad_says_how_long_to_wait_and_checks_nothing_meanwhile(app_window, qtbot):
    w = app_window
    ann = make_learner(w, "Chen Jing", pin="2468")
    for _ in range(FREE_TRIES + 1):
        w.ctx.learners.try_pin(ann.id, "1111")
    qtbot.mouseClick(w.signin.tiles()[0], Qt.MouseButton.LeftButton)
    pin = w.screen("pin")
    assert w.current_name() == "pin" and pin.message.isVisible()
    assert "Please wait" in pin.message.plain_text() and "seconds" in pin.message.plain_text()
    for d in "2468":
        qtbot.keyClick(pin, d)
    qtbot.keyClick(pin, Qt.Key.Key_Return)
    assert w.current_name() == "pin"  # the right PIN is not checked before the wait is over
    w.ctx.learners.reset_pin_wait(ann.id)
    pin.start("check", "Chen Jing")
    for d in "2468":
        qtbot.keyClick(pin, d)
    qtbot.keyClick(pin, Qt.Key.Key_Return)
    assert w.current_name() == "home"
