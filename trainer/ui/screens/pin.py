"""Entering a PIN with a big number pad (or the keyboard's number keys): a learner's 4 digits, or a
tutor's 6 to 12."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from trainer.domain.learner import PIN_LENGTH
from trainer.ui.screens.base import Screen
from trainer.ui.widgets import Button, Text

TUTOR_PIN_MIN, TUTOR_PIN_MAX = 6, 12


class PinKey(Button):
    """A key of the pad. Space presses it; Enter (and Return) means "OK" wherever the focus is, so a PIN
    typed on the keyboard and ended with Enter is entered, never one digit more."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # the screen handles it
            return
        super().keyPressEvent(event)


class PinDots(Text):
    """The numbers entered so far, as dots: the place to type on the keyboard (it takes the focus)."""

    def __init__(self) -> None:
        super().__init__(role="pin-dots")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)


class PinScreen(Screen):
    """Modes: 'check' (sign in), 'new' then 'confirm' (setting a PIN in settings); the same three
    with a 'tutor-' prefix for tutors, whose PINs have 6 to 12 digits."""

    entered = Signal(str)  # the full PIN, when OK is pressed
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin = ""
        self._name = ""
        self._mode = "check"
        self._accepting = True
        self.min_len = self.max_len = PIN_LENGTH
        self.prompt = Text(role="heading")
        self.dots = PinDots()
        self.dots.setObjectName("pin-dots")
        self.length_hint = Text(role="muted")
        self.length_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = Text(role="error")
        self.message.hide()
        self.body.addWidget(self.prompt)
        self.body.addWidget(self.dots)
        self.body.addWidget(self.length_hint)
        self.body.addWidget(self.message)
        pad = QWidget()
        grid = QGridLayout(pad)
        grid.setSpacing(12)
        self.keys: dict[str, Button] = {}
        layout = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "0", "ok"]
        for i, key in enumerate(layout):
            b = PinKey(key if key.isdigit() else "", role="primary" if key == "ok" else "")
            b.setMinimumSize(120, 80)
            b.setObjectName(f"pin-{key}")
            b.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(b, i // 3, i % 3)
            self.keys[key] = b
        self.body.addWidget(pad, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addStretch(1)
        self.back = Button()
        self.back.clicked.connect(self.cancelled)
        self.bar_layout.addWidget(self.back)
        self.bar_layout.addStretch(1)
        self.bar.show()
        self._wait_until = None  # after several wrong PINs: no try before this (UTC)
        self._wrong = False
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._show_wait)
        self.retranslate()

    @property
    def mode(self) -> str:
        """What the PIN is for: one of the modes above."""
        return self._mode

    @property
    def person(self) -> str:
        """Whose PIN is asked for (shown in the prompt)."""
        return self._name

    def keys_enabled(self, on: bool) -> None:
        """Off while a PIN is being checked: numbers typed meanwhile would be lost with the answer."""
        self._accepting = on
        for key in self.keys.values():
            key.setEnabled(on)

    def start(self, mode: str, name: str = "") -> None:
        self.keys_enabled(True)
        self._mode, self._name, self._pin = mode, name, ""
        self._wait_until = None
        self._wait_timer.stop()
        tutor = mode.startswith("tutor")
        self.min_len, self.max_len = (TUTOR_PIN_MIN, TUTOR_PIN_MAX) if tutor else (PIN_LENGTH, PIN_LENGTH)
        self.message.hide()
        self.retranslate()
        self.dots.setFocus()  # typing goes to the PIN, and Enter enters it

    def show_wrong(self) -> None:
        self._pin = ""
        self.show_message(
            self.tr("That PIN is not right. Please try again. If you have forgotten it, ask your tutor.")
        )
        self.retranslate_dots()
        self.dots.setFocus()

    def show_wait(self, until, wrong: bool = True) -> None:
        """After several wrong PINs the next try waits (``domain.pin_wait``): say how long, counting
        down, and keep OK from checking until then."""
        self._pin = ""
        self._wait_until, self._wrong = until, wrong
        self._wait_timer.start()
        self._show_wait()

    def _show_wait(self) -> None:
        from datetime import UTC, datetime

        if self._wait_until is None:
            return
        left = int((self._wait_until - datetime.now(UTC)).total_seconds() + 0.999)
        if left <= 0:
            self._wait_until = None
            self._wait_timer.stop()
            self.message.set_text(self.tr("You can try your PIN again now."))
            self.message.show()
            self.retranslate_dots()
            return
        if left < 120:
            wait = self.tr("Please wait %1 seconds, then try again.").replace("%1", str(left))
        else:
            wait = self.tr("Please wait %1 minutes, then try again.").replace("%1", str((left + 59) // 60))
        first = self.tr("That PIN is not right.") + " " if self._wrong else ""
        self.message.set_text(first + wait + " " + self.tr("If you have forgotten your PIN, ask your tutor."))
        self.message.show()
        self.retranslate_dots()

    def show_mismatch(self) -> None:
        self._pin = ""
        self.show_message(self.tr("The two PINs were not the same. Please choose your PIN again."))
        self.retranslate_dots()
        self.dots.setFocus()

    def press(self, key: str) -> None:
        if not self._accepting:
            return
        if key == "del":
            self._pin = self._pin[:-1]
        elif key == "ok":
            if self._wait_until is not None:
                self._show_wait()  # not checked (nor counted) before the wait is over
            elif self.min_len <= len(self._pin) <= self.max_len:
                self.entered.emit(self._pin)
                return
            if self.min_len == self.max_len:
                text = self.tr("A PIN has 4 numbers. Please press 4 numbers, then OK.")
            else:
                text = self.tr("A tutor PIN has at least 6 numbers. Please press them all, then OK.")
            self.show_message(text)
        elif len(self._pin) < self.max_len:
            self._pin += key
        self.retranslate_dots()

    def show_message(self, text: str) -> None:
        from trainer.ui.reveal import reveal

        self.message.set_text(text)
        self.message.show()
        reveal(self.message, text=text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("del")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("ok")
        elif event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)

    def retranslate_dots(self) -> None:
        """A learner's PIN has 4 places to fill; a tutor's has no fixed length, so only what is typed
        shows (empty places would tell a tutor with an 8-number PIN to stop at 6)."""
        fixed = self.min_len == self.max_len
        shown = "●" * len(self._pin) + ("○" * max(0, self.min_len - len(self._pin)) if fixed else "")
        self.dots.set_text(" ".join(shown) or " ")
        if fixed:
            name = self.tr("%1 of 4 numbers entered").replace("%1", str(len(self._pin)))
            self.length_hint.hide()
        else:
            name = self.tr("%1 numbers entered").replace("%1", str(len(self._pin)))
            self.length_hint.set_text(self.tr("6 to 12 numbers, then OK or Enter"))
            self.length_hint.show()
        self.dots.setAccessibleName(self.tr("PIN: %1").replace("%1", name))

    def retranslate(self) -> None:
        prompts = {
            "check": self.tr("%1, please enter your PIN.").replace("%1", self._name),
            "new": self.tr("Choose a PIN of 4 numbers. You will enter it each time you sign in."),
            "confirm": self.tr("Please enter the same PIN again, to be sure."),
            "tutor-check": self.tr("%1, please enter your tutor PIN.").replace("%1", self._name),
            "tutor-new": self.tr("Choose a tutor PIN of 6 to 12 numbers. Learners must not see it."),
            "tutor-confirm": self.tr("Please enter the same tutor PIN again, to be sure."),
        }
        self.prompt.set_text(prompts.get(self._mode, prompts["check"]))
        self.keys["del"].set_label(self.tr("Delete"), self.tr("Delete the last number"))
        self.keys["ok"].set_label(self.tr("OK"))
        for d in "0123456789":
            self.keys[d].set_label(d, self.tr("Number %1").replace("%1", d))
        self.back.set_label(self.tr("Back"))
        self.retranslate_dots()
