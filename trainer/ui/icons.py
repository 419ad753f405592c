"""Simple icons drawn in code (no image files needed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QIcon, QPixmap

# Drawn from SVG text: painting with pens and brushes names Qt.* enums, and "I am new" and the
# learners' pictures (ui.avatars) are on the sign-in screen, which must not do that before it is
# painted (see trainer.ui.widgets). CIRCLE is a filled circle with a drawing ``inside`` it.
CIRCLE = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
    '<circle cx="50" cy="50" r="50" fill="{fill}"/>{inside}</svg>'
)
PLUS = '<path d="M50 28 V72 M28 50 H72" stroke="#FFFFFF" stroke-width="10" stroke-linecap="round"/>'


def svg_pixmap(svg: str, size: int) -> QPixmap:
    """``svg`` (a square drawing with a viewBox and no width or height) on a transparent ``size`` x
    ``size`` pixmap, smoothed.

    Qt's SVG image reader draws it at the size written into it: the same pixels as a QSvgRenderer
    on a QPainter (tested), without making those classes (and QByteArray's and the XML reader's)
    in Python, ~4 ms before the first screen. Without the reader (a bundle that lost Qt's
    image-format plug-ins) the renderer draws it."""
    pix = QPixmap()
    sized = svg.replace("<svg", f'<svg width="{size}" height="{size}"', 1)
    if pix.loadFromData(sized.encode("utf-8"), "SVG"):
        return pix
    return render_svg(svg, size)


def render_svg(svg: str | Path, size: int, pix: QPixmap | None = None, inset: float = 0) -> QPixmap:
    """``svg`` drawn with QSvgRenderer onto ``pix`` (a new transparent one when None), ``inset``
    pixels in from each edge. ``svg`` is SVG text or the path of an SVG file."""
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    if pix is None:
        pix = QPixmap(size, size)
        pix.fill(QColor(0, 0, 0, 0))
    renderer = QSvgRenderer(str(svg) if isinstance(svg, Path) else QByteArray(svg.encode("utf-8")))
    if renderer.isValid():
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(p, QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
        p.end()
    return pix


def plus_icon(colour: str = "#1E5C22", size: int = 256) -> QIcon:
    return QIcon(svg_pixmap(CIRCLE.format(fill=QColor(colour).name(), inside=PLUS), size))


# Line icons beside the words of buttons (never instead of them): one style for all, drawn on a
# 24-unit grid with round 2.2-unit strokes in the text's own colour, no fill (see docs/design.md).
LINES = {
    "back": "M19 12H5 M11 6l-6 6 6 6",
    "next": "M5 12h14 M13 6l6 6-6 6",
    "finish": "M4.5 12.5l5 5 10-11",
    "check": "M4.5 12.5l5 5 10-11",
    "cross": "M6.5 6.5l11 11 M17.5 6.5l-11 11",
    "repeat": "M3.5 9.5h4l5-4.5v14l-5-4.5h-4z M16 9a4.2 4.2 0 0 1 0 6 M18.6 6.4a8 8 0 0 1 0 11.2",
    "slower": "M3.5 17.5a8.5 8.5 0 1 1 17 0 M12 17.5 7.8 13.3 M12 9v1.2 M6.2 11.4l.9.8 M17.8 11.4l-.9.8",
    "help": "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z M9.3 9.4a2.8 2.8 0 1 1 3.9 2.6c-.8.3-1.2 1-1.2 1.8v.6 M12 17.3v.2",
    "leave": "M13.5 4H19v16h-5.5 M9.5 8l-4 4 4 4 M5.5 12h10",
    "home": "M3.5 11.5 12 4l8.5 7.5 M6 10v10h4.5v-5.5h3V20H18V10",
    "settings": "M4 7h9 M17 7h3 M4 17h3 M11 17h9 M15 4.8v4.4 M9 14.8v4.4",
    "sign-out": "M10 4H5v16h5 M14.5 8l4 4-4 4 M18.5 12H9",
    "lock": "M5.5 11h13v9.5h-13z M8.5 11V8a3.5 3.5 0 0 1 7 0v3",
    "language": "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M3 12h18 M12 3c3.2 3.4 3.2 14.6 0 18 M12 3c-3.2 3.4-3.2 14.6 0 18",
    "plus": "M12 5v14 M5 12h14",
    "up": "M6 15l6-6 6 6",
    "down": "M6 9l6 6 6-6",
    "delete": "M9 6h11v12H9l-6-6z M12 9.5l5 5 M17 9.5l-5 5",
    "start": "M8 5.5v13l10.5-6.5z",
    "again": "M4.5 12a7.5 7.5 0 1 0 2.2-5.3 M4.5 4v4.5H9",
    "bigger": "M10.5 17.5a7 7 0 1 0 0-14 7 7 0 0 0 0 14z M15.5 15.5l5 5 M10.5 7.5v6 M7.5 10.5h6",
    "smaller": "M10.5 17.5a7 7 0 1 0 0-14 7 7 0 0 0 0 14z M15.5 15.5l5 5 M7.5 10.5h6",
    "print": "M7 9V4h10v5 M7 17H4.5v-7.5h15V17H17 M7 13.5h10V20H7z",
    "open": "M3.5 6.5h6l2 2h9v10.5h-17z",
    "levels": "M4 20V14 M10 20V9 M16 20V4 M3 20h18",
    "test": "M9 4h6 M12 4v3 M12 21a7 7 0 1 0 0-14 7 7 0 0 0 0 14z M12 11v3.5l2.5 1.5",
}
LINE_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="{d}" fill="none" '
    'stroke="{colour}" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/></svg>'
)
_line_icons: dict[tuple[str, str, int], QIcon] = {}


GAP = 0.3  # room between an icon and its words, as a share of the icon's side


def line_icon(name: str, colour: str, side: int, ratio: float = 1.0) -> QIcon:
    """The icon ``name`` of LINES, ``side`` pixels high and ``icon_width(side)`` wide (the drawing at
    the left, then room before the words), sharp at the screen's pixel ratio."""
    px = max(8, round(side * ratio))
    key = (name, colour, px)
    if key not in _line_icons:
        drawing = LINE_SVG.format(d=LINES[name], colour=colour)
        width = round(px * (1 + GAP))
        wide = drawing.replace('viewBox="0 0 24 24"', f'viewBox="0 0 {24 * (1 + GAP):g} 24"', 1)
        pix = QPixmap()
        sized = wide.replace("<svg", f'<svg width="{width}" height="{px}"', 1)
        if not pix.loadFromData(sized.encode("utf-8"), "SVG"):
            pix = svg_pixmap(drawing, px)
        pix.setDevicePixelRatio(px / max(1, side))
        _line_icons[key] = QIcon(pix)
    return _line_icons[key]


def icon_width(side: int) -> int:
    return round(side * (1 + GAP))


# The marks of answers and choices: round for one of several, square for any of several; filled or
# ticked when chosen (the same line style, drawn: colour is never the only sign).
MARKS = {
    "radio-off": '<circle cx="12" cy="12" r="9" fill="none" stroke="{c}" stroke-width="2.4"/>',
    "radio-on": '<circle cx="12" cy="12" r="9" fill="none" stroke="{c}" stroke-width="2.4"/>'
    '<circle cx="12" cy="12" r="5" fill="{c}"/>',
    "box-off": '<rect x="3.5" y="3.5" width="17" height="17" rx="3" fill="none" stroke="{c}" stroke-width="2.4"/>',
    "box-on": '<rect x="3.5" y="3.5" width="17" height="17" rx="3" fill="none" stroke="{c}" stroke-width="2.4"/>'
    '<path d="M7.3 12.2l3.2 3.2 6.4-7" fill="none" stroke="{c}" stroke-width="3" stroke-linecap="round" '
    'stroke-linejoin="round"/>',
}
_marks: dict[tuple[str, str, int], QPixmap] = {}


def mark_pixmap(name: str, colour: str, side: int, ratio: float = 1.0) -> QPixmap:
    """The mark ``name`` of MARKS in ``colour``, ``side`` pixels square, sharp at ``ratio``."""
    px = max(8, round(side * ratio))
    key = (name, colour, px)
    if key not in _marks:
        inside = MARKS[name].format(c=colour)
        pix = svg_pixmap(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">{inside}</svg>', px)
        pix.setDevicePixelRatio(px / max(1, side))
        _marks[key] = pix
    return _marks[key]
