"""What a tutor screen says happened and, when that asks for a decision ("Restore this backup?"), the
one button that acts on it. The tools and the voices screens each keep one (their ``status`` and
``confirm``) and lay the two widgets out where they fit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from trainer.ui.widgets import Button, Text

translate = QCoreApplication.translate


def open_file(path: Path) -> None:
    """Open a saved report or certificate in this PC's viewer, where it can be looked at and printed."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class OpenSaved(Button):
    """'Open it (to look at or print)': hidden until a file is saved (``offer``)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.path: Path | None = None
        self.clicked.connect(lambda: self.path is not None and open_file(self.path))
        self.hide()

    def offer(self, path: Path | None) -> None:
        self.path = path
        label = translate("Tutor", "Open it (to look at or print)")
        self.set_label(label, f"{label}: {path.name}" if path else label)
        self.setVisible(path is not None)


class StatusAndConfirm:
    def __init__(self, prefix: str) -> None:
        self.status = Text()
        self.status.setObjectName(f"{prefix}-status")
        self.confirm = Button(role="primary")
        self.confirm.setObjectName(f"{prefix}-confirm")
        self.confirm.hide()
        self.confirm.clicked.connect(self.confirmed)
        self.on_confirm: Callable[[], None] | None = None

    def say(self, text: str, confirm: Callable[[], None] | None = None, confirm_label: str = "") -> None:
        """What happened; with ``confirm``, a button (``confirm_label``) that calls it once."""
        self.status.set_text(text)
        self.on_confirm = confirm
        self.confirm.setVisible(confirm is not None)
        if confirm is not None:
            self.confirm.set_label(confirm_label)
        show_and_tell(self.status, self.confirm)

    def confirmed(self) -> None:
        action, self.on_confirm = self.on_confirm, None
        self.confirm.hide()
        if action is not None:
            action()


def show_and_tell(status: Text, *more) -> None:
    """What happened is brought into the window (it may be below the fold at 36 pt) and told to screen
    readers."""
    from trainer.ui.reveal import reveal

    if status.plain_text():
        reveal(status, *(w for w in more if w.isVisibleTo(w.window())), text=status.plain_text())
