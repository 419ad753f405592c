"""Simple icons drawn in code (no image files needed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap


def plus_icon(colour: str = "#1E5C22", size: int = 256) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(colour))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(0, 0, size, size)
    pen = QPen(QColor("#FFFFFF"), size * 0.1)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    m = size * 0.28
    p.drawLine(int(size / 2), int(m), int(size / 2), int(size - m))
    p.drawLine(int(m), int(size / 2), int(size - m), int(size / 2))
    p.end()
    return QIcon(pix)
