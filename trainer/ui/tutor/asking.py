"""What a tutor screen says happened and, when that asks for a decision ("Restore this backup?"), the
one button that acts on it. The tools and the voices screens each keep one (their ``status`` and
``confirm``) and lay the two widgets out where they fit."""

from __future__ import annotations

from collections.abc import Callable

from trainer.ui.widgets import Button, Text


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

    def confirmed(self) -> None:
        action, self.on_confirm = self.on_confirm, None
        self.confirm.hide()
        if action is not None:
            action()
