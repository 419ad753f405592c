"""The tutor screens' tables (learners, lessons, certificates) sized to what they hold."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableWidget

CELL_STYLE = "QTableView::item { padding: 0px 10px; }"  # (numbers of neighbouring columns never touch)


PAD = 2 * 10 + 16  # a cell's padding (CELL_STYLE), the focus frame and the grid line, with a little air


# Chinese wraps between any two characters (and before or after a run of Latin letters or digits)
_PIECES = re.compile(
    r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef][\u3000-\u303f\uff0c\uff1a\uff1b\uff09]?|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+"
)

_FIGURE = re.compile(r"[\d\s/:.,%()\-–]*\d[\d\s/:.,%()\-–]*(?:\s?[a-z]{1,3}\.?)?(?:\s[\d]+\s?[a-z]{1,3})?")


def _widest_word(metrics: QFontMetrics, text: str) -> int:
    """The widest piece ``text`` cannot be wrapped inside (a figure such as "11 / 16" or "1 h 30 min" is
    one piece)."""
    if _FIGURE.fullmatch(text.strip()):
        return metrics.horizontalAdvance(text.strip())
    return max((metrics.horizontalAdvance(w) for w in _PIECES.findall(text)), default=0)


def _widest_line(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)


class _Sharer(QObject):
    """Shares the width out again when the table's width, font or style changes. What the cells need
    (``measure``) is kept until the contents, font or style change: a resize only shares it out."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.needs: tuple[dict[int, int], dict[int, int]] | None = None  # (least, wants) per column

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.needs = None
        if kind in (QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.StyleChange) or (
            kind == QEvent.Type.Resize and event.size().width() != event.oldSize().width()
        ):
            share_width(watched)
        return False


def wrap_column(table: QTableWidget, column: int = 0) -> None:
    """``column`` (the names) takes the width the other columns (the figures) leave, and wraps; a figure
    column is as wide as its widest cell, and its header wraps to its longest word. So at the largest text
    on an old 1024x768 screen the figures stay in view and the table never scrolls sideways."""
    table.setProperty("wrap-column", column)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
    )
    table.setWordWrap(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    table.installEventFilter(_Sharer(table))


def _sharer(table: QTableWidget) -> _Sharer | None:
    return next((c for c in table.children() if isinstance(c, _Sharer)), None)


def measure(table: QTableWidget, column: int) -> tuple[dict[int, int], dict[int, int]]:
    """Per column, the least width (its widest unbreakable piece) and the width with every cell on one
    line. Each distinct text is measured once (a class's figures repeat)."""
    table.ensurePolished()  # the style sheet's text size, not the default font's
    table.horizontalHeader().ensurePolished()
    cells = QFontMetrics(table.font())
    heads = QFontMetrics(table.horizontalHeader().font())
    least: dict[int, int] = {}
    wants: dict[int, int] = {}
    for c in range(table.columnCount()):
        title = table.horizontalHeaderItem(c).text() if table.horizontalHeaderItem(c) else ""
        texts = {table.item(r, c).text() for r in range(table.rowCount()) if table.item(r, c) is not None}
        least[c] = max([_widest_word(heads, title)] + [_widest_word(cells, t) for t in texts]) + PAD
        wants[c] = max([least[c] - PAD] + [_widest_line(cells, t) for t in texts]) + PAD
        # Chinese: at least two characters a line in a figure's title, four in a name
        least[c] = max(least[c], heads.horizontalAdvance("国" * (4 if c == column else 2)) + PAD)
    return least, wants


def share_width(table: QTableWidget, new_contents: bool = False) -> None:
    """The widths of a ``wrap_column`` table for its current width and contents; then its rows and
    header to their wrapped text (``new_contents``: measured again, and laid out even if the widths
    stay)."""
    column = table.property("wrap-column")
    if column is None:
        return
    sharer = _sharer(table)
    if sharer is not None and new_contents:
        sharer.needs = None
    if sharer is None or sharer.needs is None:
        needs = measure(table, column)
        if sharer is not None:
            sharer.needs = needs
    else:
        needs = sharer.needs
    least, wants = needs
    count = table.columnCount()
    room = table.viewport().width()
    widths = dict(wants)
    over = sum(widths.values()) - room
    if over > 0:  # too wide: the names give way first, then every column in proportion to what it can
        give = min(over, widths[column] - least[column])
        widths[column] -= give
        over -= give
        slack = {c: widths[c] - least[c] for c in range(count) if c != column}
        total = sum(slack.values())
        if over > 0 and total > 0:
            for c, can in slack.items():
                widths[c] -= min(can, -(-over * can // total))
    spare = room - sum(widths.values())
    if spare > 0:  # a wide screen: the names get the room (the figures stay together on the right)
        widths[column] += spare
    if not new_contents and all(table.columnWidth(c) == widths[c] for c in range(count)):
        return  # (the rows and the header already fit these widths)
    for c in range(count):
        table.setColumnWidth(c, widths[c])
    # the header as tall as its most wrapped title
    heads = QFontMetrics(table.horizontalHeader().font())
    tallest = 0
    for c in range(count):
        item = table.horizontalHeaderItem(c)
        if item is not None:
            box = heads.boundingRect(
                QRect(0, 0, max(1, widths[c] - PAD), 10_000), Qt.TextFlag.TextWordWrap, item.text()
            )
            tallest = max(tallest, box.height())
    table.horizontalHeader().setFixedHeight(tallest + 16)
    table.resizeRowsToContents()


def fit(table: QTableWidget, rows_in_view: int = 6, least: int = 260) -> None:
    """Columns to their contents, then rows to theirs, in this order: rows measured against the columns'
    old widths wrapped each cell into a row taller than the table at large text sizes (one name in view,
    cut in half). Then the table is made tall enough for ``rows_in_view`` rows (at least ``least`` px), so
    that the page, not the table, scrolls for a short list; but never taller than 60% of the window, so
    that the whole table can be brought into view (with the keyboard's focus on it) at the largest text."""
    if table.property("wrap-column") is not None:
        share_width(table, new_contents=True)
    else:
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
    rows = sum(table.rowHeight(r) for r in range(min(table.rowCount(), rows_in_view)))
    header = table.horizontalHeader()
    chrome = max(header.sizeHint().height(), header.minimumHeight()) + 2 * table.frameWidth()
    chrome += table.horizontalScrollBar().sizeHint().height()
    room = int(table.window().height() * 0.6)
    table.setMinimumHeight(max(least, min(rows + chrome, room)))
