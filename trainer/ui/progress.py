"""How far long work has got, and a way to stop it: the progress views of ``ui.operations``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QProgressBar, QVBoxLayout, QWidget

from trainer.services.jobs import CancelToken
from trainer.ui.widgets import Button, Text

translate = QCoreApplication.translate


class WorkProgress(QWidget):
    """A progress bar (busy until the first figures arrive) and a Cancel button, hidden between jobs.
    ``stopping`` is emitted when Cancel is pressed: the screen says that nothing will be half-done.
    The owning screen calls ``retranslate()`` from its own."""

    stopping = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setObjectName(f"{name}-progress")
        self.bar.hide()
        self.cancel = Button()
        self.cancel.setObjectName(f"{name}-cancel")
        self.cancel.hide()
        self.cancel.clicked.connect(self._cancel)
        box.addWidget(self.bar)
        box.addWidget(self.cancel)
        self._token: CancelToken | None = None
        self._busy = False
        self.retranslate()

    @property
    def busy(self) -> bool:
        return self._busy

    def start_work(self, token: CancelToken | None) -> None:
        """Show the bar (and Cancel when the work can stop cleanly: it was given ``token``)."""
        self._token = token
        self._busy = True
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel.setVisible(token is not None)

    def show_progress(self, done: int, total: int) -> None:
        if total > 0 and self._busy:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            self.bar.setAccessibleName(
                translate("Tutor", "%1 of %2 done").replace("%1", str(done)).replace("%2", str(total))
            )

    def end_work(self) -> None:
        self.bar.hide()
        self.cancel.hide()
        self._token = None
        self._busy = False

    def _cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.stopping.emit()

    def retranslate(self) -> None:
        self.cancel.set_label(translate("Tutor", "Cancel"), translate("Tutor", "Stop this work"))
        self.bar.setAccessibleName(translate("Tutor", "Progress"))


class BusyDialog(QDialog):
    """A small window over the app while it finishes work that must not be interrupted (closing the
    app, restoring a backup): what is happening, a busy bar, and, where the work can stop cleanly,
    a button to stop it. It blocks the window behind it (nothing may touch the data meanwhile), never
    the event loop: the work's results still arrive."""

    stop_pressed = Signal()

    def __init__(self, parent: QWidget, text: str, stop_label: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("busy-dialog")
        self.setModal(True)
        self.setWindowTitle(translate("Problems", "Please wait"))
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(16)
        self.text = Text(text)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(text)
        box.addWidget(self.text)
        box.addWidget(self.bar)
        self.stop = Button(stop_label)
        self.stop.setObjectName("busy-stop")
        self.stop.set_label(stop_label)
        self.stop.setVisible(bool(stop_label))
        self.stop.clicked.connect(self._stop)
        box.addWidget(self.stop)
        self.setMinimumWidth(480)

    def say(self, text: str) -> None:
        self.text.set_text(text)
        self.bar.setAccessibleName(text)

    def _stop(self) -> None:
        self.stop.setEnabled(False)
        self.stop_pressed.emit()

    def reject(self) -> None:  # Escape and the window's close button do not hide it: the work goes on
        pass
