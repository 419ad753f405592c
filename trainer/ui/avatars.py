"""Learner pictures: a white drawing on the learner's colour, in a circle."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from trainer.config import resource_dir


def avatar_path(avatar: str) -> Path:
    return resource_dir() / "assets" / "avatars" / f"{avatar}.svg"


@lru_cache(maxsize=256)
def avatar_pixmap(avatar: str, colour: str, size: int) -> QPixmap:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    p.drawEllipse(0, 0, size, size)
    renderer = QSvgRenderer(str(avatar_path(avatar)))
    if renderer.isValid():
        inset = size * 0.2
        renderer.render(p, QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
    p.end()
    return pix


def avatar_icon(avatar: str, colour: str, size: int) -> QIcon:
    return QIcon(avatar_pixmap(avatar, colour, size))
