"""Simple icons drawn in code (no image files needed)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

# Drawn from SVG text: painting with pens and brushes names Qt.* enums, and "I am new" and the
# learners' pictures (ui.avatars) are on the sign-in screen, which must not do that before it is
# painted (see trainer.ui.widgets). CIRCLE is a filled circle with a drawing ``inside`` it.
CIRCLE = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
    '<circle cx="50" cy="50" r="50" fill="{fill}"/>{inside}</svg>'
)
PLUS = '<path d="M50 28 V72 M28 50 H72" stroke="#FFFFFF" stroke-width="10" stroke-linecap="round"/>'


def svg_pixmap(svg: str, size: int) -> QPixmap:
    """``svg`` (a square drawing) on a transparent ``size`` x ``size`` pixmap, smoothed."""
    pix = QPixmap(size, size)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(p, QRectF(0, 0, size, size))
    p.end()
    return pix


def plus_icon(colour: str = "#1E5C22", size: int = 256) -> QIcon:
    return QIcon(svg_pixmap(CIRCLE.format(fill=QColor(colour).name(), inside=PLUS), size))
