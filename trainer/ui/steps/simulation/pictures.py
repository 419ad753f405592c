"""Built-in pictures (a person, a photo, a hospital...) and the QR-code pattern, drawn with QPainter
in the colours given, so both themes work. No image files, no brands, never a real code."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from trainer.ui.steps.simulation.glyphs import _box, _pen, _poly, _pt


def picture(
    p: QPainter, name: str, r: QRectF, ink: QColor | str, paper: QColor | str, accent: QColor | str
) -> None:
    """A built-in picture: ink for outlines, paper behind, one accent colour."""
    ink, paper, accent = QColor(ink), QColor(paper), QColor(accent)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    w = max(2.0, min(r.width(), r.height()) * 0.025)
    p.setPen(_pen(ink, w))
    p.setBrush(paper)
    p.drawRoundedRect(r.adjusted(w, w, -w, -w), 8, 8)
    inner = r.adjusted(r.width() * 0.12, r.height() * 0.12, -r.width() * 0.12, -r.height() * 0.12)
    s = min(inner.width(), inner.height())
    sq = QRectF(inner.center().x() - s / 2, inner.center().y() - s / 2, s, s)
    p.setBrush(accent)
    if name == "person":
        p.drawEllipse(_pt(sq, 0.5, 0.33), s * 0.2, s * 0.2)
        p.drawChord(_box(sq, 0.12, 0.6, 0.76, 0.8), 0, 180 * 16)
    elif name == "album":  # a closed photo album: cover, spine, a small photo on the cover
        p.drawRoundedRect(_box(inner, 0.05, 0.0, 0.9, 1.0), 6, 6)
        p.setBrush(ink)
        p.drawRect(_box(inner, 0.05, 0.0, 0.12, 1.0))
        p.setBrush(paper)
        frame = _box(inner, 0.32, 0.25, 0.5, 0.42)
        p.drawRect(frame)
        p.setBrush(accent)
        p.drawPolygon(_poly(frame, 0.05, 0.95, 0.4, 0.45, 0.6, 0.75, 0.75, 0.55, 0.95, 0.95))
    elif name == "photo":
        p.setBrush(paper)
        p.drawRect(inner)
        p.setBrush(accent)
        p.drawPolygon(_poly(inner, 0.0, 1.0, 0.35, 0.45, 0.6, 0.78, 0.75, 0.6, 1.0, 1.0))
        p.drawEllipse(_pt(inner, 0.75, 0.28), s * 0.1, s * 0.1)
    elif name in ("document", "folder"):
        if name == "folder":
            p.drawPolygon(_poly(inner, 0.0, 0.15, 0.38, 0.15, 0.46, 0.28, 1.0, 0.28, 1.0, 0.9, 0.0, 0.9))
        else:
            p.setBrush(paper)
            p.drawPolygon(_poly(sq, 0.18, 0.0, 0.65, 0.0, 0.82, 0.18, 0.82, 1.0, 0.18, 1.0))
            for y in (0.35, 0.52, 0.69, 0.86):
                p.drawLine(_pt(sq, 0.3, y), _pt(sq, 0.7, y))
    elif name == "fruit":
        p.drawEllipse(_pt(sq, 0.36, 0.6), s * 0.26, s * 0.26)
        p.drawEllipse(_pt(sq, 0.66, 0.58), s * 0.24, s * 0.24)
        p.drawLine(_pt(sq, 0.36, 0.34), _pt(sq, 0.42, 0.14))
    elif name in ("building", "hospital"):
        p.setBrush(paper)
        p.drawRect(_box(sq, 0.1, 0.25, 0.8, 0.75))
        p.drawPolyline(_poly(sq, 0.05, 0.28, 0.5, 0.02, 0.95, 0.28))
        p.setBrush(accent)
        if name == "hospital":
            p.drawRect(_box(sq, 0.43, 0.32, 0.14, 0.36))
            p.drawRect(_box(sq, 0.32, 0.43, 0.36, 0.14))
        else:
            for x in (0.2, 0.42, 0.64):
                p.drawRect(_box(sq, x, 0.4, 0.12, 0.45))
    elif name == "product":
        p.drawRoundedRect(_box(sq, 0.32, 0.12, 0.36, 0.86), s * 0.08, s * 0.08)
        p.setBrush(paper)
        p.drawRect(_box(sq, 0.36, 0.0, 0.28, 0.12))
    elif name == "map":
        p.setBrush(paper)
        p.drawPolygon(
            _poly(sq, 0.0, 0.15, 0.33, 0.0, 0.66, 0.15, 1.0, 0.0, 1.0, 0.85, 0.66, 1.0, 0.33, 0.85, 0.0, 1.0)
        )
        p.setBrush(accent)
        p.drawEllipse(_pt(sq, 0.55, 0.42), s * 0.1, s * 0.1)
    elif name == "card":
        p.drawRoundedRect(_box(inner, 0.0, 0.15, 1.0, 0.7), 6, 6)
        p.setBrush(paper)
        p.drawRect(_box(inner, 0.1, 0.35, 0.18, 0.18))
    p.restore()


def qr_pattern(p: QPainter, r: QRectF, seed: str, ink: QColor | str, paper: QColor | str) -> None:
    """A QR-like pattern: three finder squares and modules from a hash. It is not a real code."""
    n = 25
    s = min(r.width(), r.height())
    cell = s / n
    x0, y0 = r.center().x() - s / 2, r.center().y() - s / 2
    p.save()
    p.fillRect(QRectF(x0, y0, s, s), QColor(paper))
    bits = "".join(f"{b:08b}" for b in hashlib.sha256(seed.encode()).digest() * 3)
    ink = QColor(ink)

    def finder(cx: int, cy: int) -> bool:
        return cx < 8 and cy < 8 or cx >= n - 8 and cy < 8 or cx < 8 and cy >= n - 8

    for cy in range(n):
        for cx in range(n):
            if finder(cx, cy):
                continue
            if bits[(cy * n + cx) % len(bits)] == "1":
                p.fillRect(QRectF(x0 + cx * cell, y0 + cy * cell, cell + 0.5, cell + 0.5), ink)
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        p.fillRect(QRectF(x0 + fx * cell, y0 + fy * cell, 7 * cell, 7 * cell), ink)
        p.fillRect(QRectF(x0 + (fx + 1) * cell, y0 + (fy + 1) * cell, 5 * cell, 5 * cell), QColor(paper))
        p.fillRect(QRectF(x0 + (fx + 2) * cell, y0 + (fy + 2) * cell, 3 * cell, 3 * cell), ink)
    p.restore()
