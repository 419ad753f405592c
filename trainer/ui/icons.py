"""Simple icons drawn in code (no image files needed)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

# Drawn from SVG text: painting with pens and brushes names Qt.* enums, and "I am new" is on the
# sign-in screen, which must not do that before it is painted (see trainer.ui.widgets).
PLUS = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
    '<circle cx="50" cy="50" r="50" fill="{colour}"/>'
    '<path d="M50 28 V72 M28 50 H72" stroke="#FFFFFF" stroke-width="10" stroke-linecap="round"/></svg>'
)


def plus_icon(colour: str = "#1E5C22", size: int = 256) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    svg = PLUS.format(colour=QColor(colour).name())
    QSvgRenderer(QByteArray(svg.encode("ascii"))).render(p, QRectF(0, 0, size, size))
    p.end()
    return QIcon(pix)
