"""Learner pictures: a white drawing on the learner's colour, in a circle."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from trainer.config import resource_dir


def avatar_path(avatar: str) -> Path:
    return resource_dir() / "assets" / "avatars" / f"{avatar}.svg"


def circle_svg(colour: str) -> QByteArray:
    return QByteArray(
        b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
        b'<circle cx="50" cy="50" r="50" fill="' + colour.encode("ascii", "replace") + b'"/></svg>'
    )


@lru_cache(maxsize=256)
def avatar_pixmap(avatar: str, colour: str, size: int) -> QPixmap:
    # Drawn from SVG only: painting with a QColor brush names Qt.* enums (a default argument), and
    # the sign-in screen must not do that before it is painted (see trainer.ui.widgets).
    pix = QPixmap(size, size)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(circle_svg(QColor(colour).name())).render(p, QRectF(0, 0, size, size))
    renderer = QSvgRenderer(str(avatar_path(avatar)))
    if renderer.isValid():
        inset = size * 0.2
        renderer.render(p, QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
    p.end()
    return pix


def avatar_icon(avatar: str, colour: str, size: int) -> QIcon:
    return QIcon(avatar_pixmap(avatar, colour, size))
