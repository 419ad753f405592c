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
