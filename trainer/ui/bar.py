"""The bar of main actions below each screen's scrolling page. It never cuts a word off: the buttons
sit in one row when they fit, else in rows of equal cells, and a button wider than the whole bar
wraps its words onto more lines. The bar sits below the page (never over it), so it cannot cover
anything that can be pressed."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLayout, QSizePolicy, QWidget, QWidgetItem


class BarLayout(QLayout):
    """Buttons added before ``addStretch`` go at the left, those after it at the right (as in a
    QHBoxLayout, so screens build their bar the same way). When one row is too narrow, the buttons
    take equal cells, row after row, and the right-hand ones stay last and at the right."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 16) -> None:
        super().__init__(parent)
        self._items: list[tuple[QWidgetItem, bool]] = []  # (item, at the right end)
        self._end = False
        self._gap = spacing
        self._hfw: tuple[int, int] | None = None

    # building, as with a QHBoxLayout ----------------------------------------------------------------
    def addStretch(self, stretch: int = 0) -> None:  # noqa: N802
        self._end = True

    def addItem(self, item) -> None:  # noqa: N802
        self._items.append((item, self._end))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index][0] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        if not 0 <= index < len(self._items):
            return None
        self.invalidate()
        return self._items.pop(index)[0]

    def setSpacing(self, spacing: int) -> None:  # noqa: N802
        self._gap = spacing
        self.invalidate()

    def spacing(self) -> int:
        return self._gap

    def invalidate(self) -> None:
        self._hfw = None
        super().invalidate()

    # sizes --------------------------------------------------------------------------------------------
    def _shown(self) -> list[tuple[QWidgetItem, bool]]:
        return [(i, end) for i, end in self._items if not i.isEmpty()]

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if self._hfw is None or self._hfw[0] != width:
            self._hfw = (width, self._place(QRect(0, 0, width, 0), apply=False))
        return self._hfw[1]

    def sizeHint(self) -> QSize:  # noqa: N802
        shown = self._shown()
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i, _ in shown) + self._gap * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i, _ in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        m = self.contentsMargins()
        size = QSize(0, 0)
        for item, _ in self._shown():
            size = size.expandedTo(item.minimumSize())
        return QSize(size.width() + m.left() + m.right(), size.height() + m.top() + m.bottom())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, apply=True)

    # placing ------------------------------------------------------------------------------------------
    def _place(self, rect: QRect, apply: bool) -> int:
        """Lays the buttons out in ``rect`` (when ``apply``); returns the height they need."""
        m = self.contentsMargins()
        left, top = rect.x() + m.left(), rect.y() + m.top()
        room = max(1, rect.width() - m.left() - m.right())
        shown = self._shown()
        if not shown:
            return 0
        widths = [i.sizeHint().width() for i, _ in shown]
        if sum(widths) + self._gap * (len(shown) - 1) <= room:  # one row
            height = max(i.sizeHint().height() for i, _ in shown)
            if apply:
                x = left
                for (item, end), w in zip(shown, widths, strict=True):
                    if not end:
                        item.setGeometry(QRect(x, top, w, height))
                        x += w + self._gap
                x = left + room
                for (item, end), w in reversed(list(zip(shown, widths, strict=True))):
                    if end:
                        x -= w
                        item.setGeometry(QRect(x, top, w, height))
                        x -= self._gap
            return height + m.top() + m.bottom()
        # rows of equal cells; the right-hand buttons last, in the last cells of their row
        columns = max(1, min(len(shown), (room + self._gap) // (max(widths) + self._gap)))
        cell = (room - self._gap * (columns - 1)) // columns
        lead = [i for i, end in shown if not end]
        tail = [i for i, end in shown if end]
        slots = list(range(len(lead)))
        first_tail = len(lead)
        if tail and (len(lead) % columns) + len(tail) > columns and len(lead) % columns:
            first_tail = (len(lead) // columns + 1) * columns  # a row of their own
        row_end = ((first_tail + len(tail) - 1) // columns + 1) * columns
        slots += list(range(row_end - len(tail), row_end)) if tail else []
        rows: dict[int, list[tuple[QWidgetItem, int]]] = {}
        for item, slot in zip(lead + tail, slots, strict=True):
            rows.setdefault(slot // columns, []).append((item, slot % columns))
        y = top
        for row in sorted(rows):
            cells = rows[row]
            height = max(_height(item, cell) for item, _ in cells)
            if apply:
                for item, column in cells:
                    item.setGeometry(QRect(left + column * (cell + self._gap), y, cell, height))
            y += height + self._gap
        return y - self._gap - top + m.top() + m.bottom()


def _height(item: QWidgetItem, width: int) -> int:
    return item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()


class ActionBar(QWidget):
    """The bar itself: its height follows its width (rows of buttons)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("action-bar")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.bar_layout = BarLayout(self)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.bar_layout.heightForWidth(width)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.bar_layout.minimumSize()
