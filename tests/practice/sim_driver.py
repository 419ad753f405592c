"""Doing a simulation's tasks as a learner would: real clicks on the screen and real key presses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from trainer.ui.steps.simulation.screen import Field, Numpad

LEFT = Qt.MouseButton.LeftButton


def widget_for(view, element_id: str):
    return view.screen_view.widgets[element_id]


def visible(host: QScrollArea, w) -> None:
    host.ensureWidgetVisible(w, 20, 20)
    QApplication.processEvents()


def press(qtbot, shown, element_id: str) -> None:
    w = widget_for(shown.view, element_id)
    visible(shown.host, w)
    qtbot.mouseClick(w, LEFT, pos=w.rect().center())
    QApplication.processEvents()  # a new screen is built once the click is over


def hold(qtbot, shown, element_id: str, ms: int | None = None) -> None:
    """Press the mouse button on an element and keep it down (a long press), then let go."""
    from trainer.domain.simulation import HOLD_MS

    w = widget_for(shown.view, element_id)
    visible(shown.host, w)
    qtbot.mousePress(w, LEFT, pos=w.rect().center())
    qtbot.wait((HOLD_MS + 150) if ms is None else ms)
    if shown.view.screen_view is not None and w in shown.view.screen_view.widgets.values():
        qtbot.mouseRelease(w, LEFT, pos=w.rect().center())
    QApplication.processEvents()


def type_into(qtbot, shown, element_id: str, text: str) -> None:
    """Letters and digits as key presses; Chinese as an input method delivers it (a committed string)."""
    field = widget_for(shown.view, element_id)
    assert isinstance(field, Field)
    visible(shown.host, field.edit)
    qtbot.mouseClick(field.edit, LEFT, pos=field.edit.rect().center())
    if text.isascii():
        qtbot.keyClicks(field.edit, text)
    else:
        for ch in text:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(field.edit, event)
    QApplication.processEvents()


def key_in(qtbot, shown, pad_id: str, digits: str) -> None:
    pad = widget_for(shown.view, pad_id)
    assert isinstance(pad, Numpad)
    for d in digits:
        visible(shown.host, pad.keys[d])
        qtbot.mouseClick(pad.keys[d], LEFT, pos=pad.keys[d].rect().center())
    QApplication.processEvents()


def do_task(qtbot, shown, task) -> None:
    """The right action for ``task``, with the mouse and the keyboard."""
    view = shown.view
    if task.action in ("press", "toggle"):
        press(qtbot, shown, task.target)
    elif task.action == "hold":
        hold(qtbot, shown, task.target)
    elif task.action == "type":
        answer = view.ctx.text(task.answer).split("|")[0]
        type_into(qtbot, shown, task.target, answer)
    else:
        key_in(qtbot, shown, task.target, task.digits)
    QApplication.processEvents()
