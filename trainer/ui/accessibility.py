"""What screen readers need that Qt's widgets do not say by themselves: a screen's title and a step's
question are headings (screen-reader users jump from heading to heading), not plain text.

``install()`` adds a factory that Qt asks for each label's accessible interface; labels with the role
"title" or "heading" (``widgets.Text(role=...)``) answer as headings. (Answers are real radio buttons
and check boxes, see ``trainer.ui.answers``.)"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QLabel

HEADING_ROLES = ("title", "heading")
_installed = False


class HeadingInterface(QAccessibleInterface):
    """A label that is a heading: its words, its place, and the heading role."""

    def __init__(self, label: QLabel) -> None:
        super().__init__()
        self.label = label

    def isValid(self) -> bool:  # noqa: N802
        return True

    def object(self):
        return self.label

    def window(self):
        return self.label.window().windowHandle()

    def role(self):
        return QAccessible.Role.Heading

    def text(self, kind) -> str:
        if kind == QAccessible.Text.Name:
            return self.label.accessibleName() or self.label.text()
        if kind == QAccessible.Text.Description:
            return self.label.accessibleDescription()
        return ""

    def setText(self, kind, text: str) -> None:  # noqa: N802
        pass

    def rect(self) -> QRect:
        if not self.label.isVisible():
            return QRect()
        return QRect(self.label.mapToGlobal(self.label.rect().topLeft()), self.label.size())

    def state(self):
        state = QAccessible.State()
        state.invisible = not self.label.isVisible()
        return state

    def parent(self):
        parent = self.label.parentWidget()
        return QAccessible.queryAccessibleInterface(parent) if parent is not None else None

    def child(self, index: int):
        return None

    def childCount(self) -> int:  # noqa: N802
        return 0

    def indexOfChild(self, child) -> int:  # noqa: N802
        return -1

    def childAt(self, x: int, y: int):  # noqa: N802
        return None

    def focusChild(self):  # noqa: N802
        return None


def _factory(_class_name: str, obj):
    if isinstance(obj, QLabel) and obj.property("role") in HEADING_ROLES:
        interface = HeadingInterface(obj)
        obj._accessible = interface  # kept alive as long as the label (Qt keeps the C++ side)
        return interface
    return None


def install() -> None:
    """Once per run, before screen readers ask about the labels."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
