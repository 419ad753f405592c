"""A row of controls that wraps onto new lines when the text is large, each line centred
(like the buttons at the bottom of a call screen)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

from trainer.ui.widgets import FlowLayout


class CentredFlow(FlowLayout):
    """FlowLayout's items and wrapping, with each line centred and a one-line size hint."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 16) -> None:
        super().__init__(parent, spacing)
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def sizeHint(self) -> QSize:  # noqa: N802
        w = sum(self._hint(i).width() for i in self._visible()) + self._gap * max(0, len(self._visible()) - 1)
        h = max((self._hint(i).height() for i in self._visible()), default=0)
        return QSize(w, h)

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(self._hint(item))
        return size

    def _visible(self) -> list:
        parent = self.parentWidget()
        return [i for i in self._items if i.widget() is None or i.widget().isVisibleTo(parent)]

    @staticmethod
    def _hint(item) -> QSize:
        w = item.widget()
        hint = item.sizeHint()
        return hint.expandedTo(w.minimumSizeHint()).expandedTo(w.minimumSize()) if w is not None else hint

    def _place(self, rect: QRect, apply: bool) -> int:
        lines: list[list] = [[]]
        used = 0
        for item in self._visible():
            w = self._hint(item).width()
            if lines[-1] and used + self._gap + w > rect.width():
                lines.append([])
                used = 0
            used += (self._gap if lines[-1] else 0) + w
            lines[-1].append(item)
        y = rect.y()
        for line in lines:
            if not line:
                continue
            widths = [self._hint(i).width() for i in line]
            row_h = max(self._hint(i).height() for i in line)
            x = rect.x() + max(0, (rect.width() - sum(widths) - self._gap * (len(line) - 1)) // 2)
            for item, w in zip(line, widths, strict=True):
                if apply:
                    item.setGeometry(QRect(x, y, min(w, rect.width()), row_h))
                x += w + self._gap
            y += row_h + self._gap
        return max(0, y - rect.y() - self._gap)
