"""Learner pictures: a white drawing on the learner's colour, in a circle."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QColor, QIcon, QPixmap

from trainer.config import resource_dir
from trainer.ui.icons import CIRCLE, render_svg, svg_pixmap


def avatar_path(avatar: str) -> Path:
    return resource_dir() / "assets" / "avatars" / f"{avatar}.svg"


_ROOT = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?<svg\b([^>]*)>(.*)</svg>\s*$", re.DOTALL)
_VIEW_BOX = re.compile(r'\sviewBox="\s*([-\d.]+)[\s,]+([-\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"')
_DROP = re.compile(r'\s(?:xmlns(?::\w+)?|viewBox|width|height|x|y)="[^"]*"')


@lru_cache(maxsize=64)
def _drawing(avatar: str) -> tuple[str, str, float, float, float] | None:
    """(attributes, content, x, y, scale to 60 units) of a picture's square SVG, or None if it is not
    one; the picture then goes inside the circle's own SVG and is read and drawn once."""
    try:
        text = avatar_path(avatar).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    root, box = _ROOT.match(text), None
    if root is not None:
        box = _VIEW_BOX.search(root.group(1))
    if root is None or box is None:
        return None
    x, y, w, h = (float(v) for v in box.groups())
    if w <= 0 or abs(w - h) > 1e-6:
        return None
    return _DROP.sub("", root.group(1)), root.group(2), x, y, 60 / w


@lru_cache(maxsize=256)
def avatar_pixmap(avatar: str, colour: str, size: int) -> QPixmap:
    # Drawn from SVG only: painting with a QColor brush names Qt.* enums (a default argument), and
    # the sign-in screen must not do that before it is painted (see trainer.ui.widgets).
    fill = QColor(colour).name()
    drawing = _drawing(avatar)
    if drawing is not None:  # the picture in the middle 60% of the circle, one SVG for both
        attributes, content, x, y, scale = drawing
        inside = f'<g transform="translate(20 20) scale({scale:.6f}) translate({-x:g} {-y:g})"{attributes}>'
        return svg_pixmap(CIRCLE.format(fill=fill, inside=f"{inside}{content}</g>"), size)
    # any other SVG file: its own renderer draws it over the circle
    return render_svg(
        avatar_path(avatar), size, svg_pixmap(CIRCLE.format(fill=fill, inside=""), size), size * 0.2
    )


def avatar_icon(avatar: str, colour: str, size: int) -> QIcon:
    return QIcon(avatar_pixmap(avatar, colour, size))
