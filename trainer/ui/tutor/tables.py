"""The tutor screens' tables (learners, lessons, certificates) sized to what they hold."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget

CELL_STYLE = "QTableView::item { padding: 0px 10px; }"  # (numbers of neighbouring columns never touch)


def fit(table: QTableWidget, rows_in_view: int = 6, least: int = 260) -> None:
    """Columns to their contents, then rows to theirs, in this order: rows measured against the columns'
    old widths wrapped each cell into a row taller than the table at large text sizes (one name in view,
    cut in half). Then the table is made tall enough for ``rows_in_view`` rows (at least ``least`` px), so
    that the page, not the table, scrolls for a short list."""
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(r) for r in range(min(table.rowCount(), rows_in_view)))
    chrome = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    chrome += table.horizontalScrollBar().sizeHint().height()
    table.setMinimumHeight(max(least, rows + chrome))
