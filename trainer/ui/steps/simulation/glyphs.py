"""Icon glyphs drawn with QPainter as simple strokes (no image files, no brands). Every function
draws inside ``r`` with the colour it is given, so both themes work. Pictures are in ``pictures``."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF


def _pen(colour: QColor | str, width: float) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _pt(r: QRectF, x: float, y: float) -> QPointF:
    """A point at (x, y) in 0..1 units of ``r``."""
    return QPointF(r.left() + x * r.width(), r.top() + y * r.height())


def _poly(r: QRectF, *xy: float) -> QPolygonF:
    return QPolygonF([_pt(r, xy[i], xy[i + 1]) for i in range(0, len(xy), 2)])


def _box(r: QRectF, x: float, y: float, w: float, h: float) -> QRectF:
    return QRectF(_pt(r, x, y), _pt(r, x + w, y + h))


def glyph(p: QPainter, name: str, r: QRectF, colour: QColor | str) -> None:
    """An icon glyph drawn as strokes in a square ``r``."""
    s = min(r.width(), r.height())
    r = QRectF(r.center().x() - s / 2, r.center().y() - s / 2, s, s)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(_pen(colour, max(2.0, s * 0.08)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    draw = _GLYPHS.get(name, _GLYPHS["check"])
    draw(p, r, QColor(colour))
    p.restore()


def _phone(p: QPainter, r: QRectF, c: QColor) -> None:
    path = QPainterPath(_pt(r, 0.25, 0.15))
    path.cubicTo(_pt(r, 0.1, 0.3), _pt(r, 0.45, 0.9), _pt(r, 0.85, 0.75))
    p.drawPath(path)
    p.drawLine(_pt(r, 0.18, 0.18), _pt(r, 0.32, 0.32))
    p.drawLine(_pt(r, 0.68, 0.68), _pt(r, 0.82, 0.82))


def _hang_up(p: QPainter, r: QRectF, c: QColor) -> None:
    path = QPainterPath(_pt(r, 0.12, 0.58))
    path.cubicTo(_pt(r, 0.3, 0.3), _pt(r, 0.7, 0.3), _pt(r, 0.88, 0.58))
    p.drawPath(path)
    p.drawLine(_pt(r, 0.12, 0.58), _pt(r, 0.28, 0.66))
    p.drawLine(_pt(r, 0.88, 0.58), _pt(r, 0.72, 0.66))


def _video(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawRoundedRect(_box(r, 0.1, 0.3, 0.55, 0.42), 4, 4)
    p.drawPolygon(_poly(r, 0.65, 0.45, 0.9, 0.3, 0.9, 0.72, 0.65, 0.57))


def _mic(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawRoundedRect(_box(r, 0.38, 0.12, 0.24, 0.45), r.width() * 0.12, r.width() * 0.12)
    p.drawArc(_box(r, 0.25, 0.3, 0.5, 0.4), 180 * 16, 180 * 16)
    p.drawLine(_pt(r, 0.5, 0.7), _pt(r, 0.5, 0.85))
    p.drawLine(_pt(r, 0.38, 0.87), _pt(r, 0.62, 0.87))


def _crossed(base):
    def draw(p: QPainter, r: QRectF, c: QColor) -> None:
        base(p, r, c)
        p.drawLine(_pt(r, 0.15, 0.12), _pt(r, 0.88, 0.9))

    return draw


def _camera(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawRoundedRect(_box(r, 0.1, 0.3, 0.8, 0.52), 5, 5)
    p.drawLine(_pt(r, 0.35, 0.3), _pt(r, 0.42, 0.18))
    p.drawLine(_pt(r, 0.42, 0.18), _pt(r, 0.58, 0.18))
    p.drawLine(_pt(r, 0.58, 0.18), _pt(r, 0.65, 0.3))
    p.drawEllipse(_pt(r, 0.5, 0.56), r.width() * 0.15, r.width() * 0.15)


def _photo(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawRoundedRect(_box(r, 0.12, 0.2, 0.76, 0.6), 4, 4)
    p.drawPolyline(_poly(r, 0.15, 0.75, 0.38, 0.48, 0.55, 0.65, 0.66, 0.55, 0.85, 0.75))
    p.drawEllipse(_pt(r, 0.68, 0.36), r.width() * 0.06, r.width() * 0.06)


def _send(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawPolygon(_poly(r, 0.12, 0.2, 0.9, 0.5, 0.12, 0.8, 0.25, 0.5))
    p.drawLine(_pt(r, 0.25, 0.5), _pt(r, 0.6, 0.5))


def _attach(p: QPainter, r: QRectF, c: QColor) -> None:
    path = QPainterPath(_pt(r, 0.62, 0.3))
    path.lineTo(_pt(r, 0.62, 0.68))
    path.cubicTo(_pt(r, 0.62, 0.92), _pt(r, 0.3, 0.92), _pt(r, 0.3, 0.68))
    path.lineTo(_pt(r, 0.3, 0.22))
    path.cubicTo(_pt(r, 0.3, 0.06), _pt(r, 0.5, 0.06), _pt(r, 0.5, 0.22))
    path.lineTo(_pt(r, 0.5, 0.62))
    p.drawPath(path)


def _arrow(back: bool):
    def draw(p: QPainter, r: QRectF, c: QColor) -> None:
        x0, x1 = (0.8, 0.2) if back else (0.2, 0.8)
        p.drawLine(_pt(r, x0, 0.5), _pt(r, x1, 0.5))
        tip = 0.45 if back else 0.55
        p.drawPolyline(_poly(r, tip, 0.25, x1, 0.5, tip, 0.75))

    return draw


def _reply(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawPolyline(_poly(r, 0.4, 0.25, 0.15, 0.48, 0.4, 0.7))
    path = QPainterPath(_pt(r, 0.15, 0.48))
    path.cubicTo(_pt(r, 0.6, 0.48), _pt(r, 0.85, 0.55), _pt(r, 0.85, 0.8))
    p.drawPath(path)


def _close(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawLine(_pt(r, 0.25, 0.25), _pt(r, 0.75, 0.75))
    p.drawLine(_pt(r, 0.75, 0.25), _pt(r, 0.25, 0.75))


def _check(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawPolyline(_poly(r, 0.2, 0.52, 0.42, 0.74, 0.8, 0.28))


def _plus(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawLine(_pt(r, 0.5, 0.2), _pt(r, 0.5, 0.8))
    p.drawLine(_pt(r, 0.2, 0.5), _pt(r, 0.8, 0.5))


def _search(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawEllipse(_pt(r, 0.42, 0.42), r.width() * 0.22, r.width() * 0.22)
    p.drawLine(_pt(r, 0.58, 0.58), _pt(r, 0.85, 0.85))


def _wifi(p: QPainter, r: QRectF, c: QColor) -> None:
    for k in (0.2, 0.34, 0.48):
        p.drawArc(_box(r, 0.5 - k, 0.78 - k, 2 * k, 2 * k), 45 * 16, 90 * 16)
    p.setBrush(c)
    p.drawEllipse(_pt(r, 0.5, 0.78), r.width() * 0.04, r.width() * 0.04)


def _lock(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawRoundedRect(_box(r, 0.22, 0.45, 0.56, 0.42), 4, 4)
    p.drawArc(_box(r, 0.32, 0.15, 0.36, 0.6), 0, 180 * 16)


def _shield(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawPolygon(_poly(r, 0.5, 0.1, 0.84, 0.22, 0.78, 0.62, 0.5, 0.9, 0.22, 0.62, 0.16, 0.22))
    _check(p, _box(r, 0.2, 0.15, 0.6, 0.7), c)


def _scan(p: QPainter, r: QRectF, c: QColor) -> None:
    for x, y, dx, dy in ((0.15, 0.15, 1, 1), (0.85, 0.15, -1, 1), (0.15, 0.85, 1, -1), (0.85, 0.85, -1, -1)):
        p.drawPolyline(_poly(r, x + 0.2 * dx, y, x, y, x, y + 0.2 * dy))
    p.drawLine(_pt(r, 0.2, 0.5), _pt(r, 0.8, 0.5))


def _mail(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawRoundedRect(_box(r, 0.12, 0.25, 0.76, 0.5), 3, 3)
    p.drawPolyline(_poly(r, 0.12, 0.27, 0.5, 0.55, 0.88, 0.27))


def _person(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawEllipse(_pt(r, 0.5, 0.35), r.width() * 0.16, r.width() * 0.16)
    p.drawArc(_box(r, 0.2, 0.58, 0.6, 0.5), 0, 180 * 16)


def _home(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawPolyline(_poly(r, 0.15, 0.5, 0.5, 0.18, 0.85, 0.5))
    p.drawPolyline(_poly(r, 0.25, 0.42, 0.25, 0.82, 0.75, 0.82, 0.75, 0.42))


def _settings(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawEllipse(_pt(r, 0.5, 0.5), r.width() * 0.14, r.width() * 0.14)
    for k in range(8):
        a = k * math.pi / 4
        p.drawLine(
            _pt(r, 0.5 + 0.24 * math.cos(a), 0.5 + 0.24 * math.sin(a)),
            _pt(r, 0.5 + 0.36 * math.cos(a), 0.5 + 0.36 * math.sin(a)),
        )


def _bell(p: QPainter, r: QRectF, c: QColor) -> None:
    path = QPainterPath(_pt(r, 0.2, 0.72))
    path.cubicTo(_pt(r, 0.32, 0.6), _pt(r, 0.28, 0.2), _pt(r, 0.5, 0.2))
    path.cubicTo(_pt(r, 0.72, 0.2), _pt(r, 0.68, 0.6), _pt(r, 0.8, 0.72))
    path.closeSubpath()
    p.drawPath(path)
    p.drawLine(_pt(r, 0.44, 0.82), _pt(r, 0.56, 0.82))


def _calendar(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawRoundedRect(_box(r, 0.15, 0.22, 0.7, 0.62), 4, 4)
    p.drawLine(_pt(r, 0.15, 0.4), _pt(r, 0.85, 0.4))
    p.drawLine(_pt(r, 0.33, 0.14), _pt(r, 0.33, 0.28))
    p.drawLine(_pt(r, 0.67, 0.14), _pt(r, 0.67, 0.28))


def _cart(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawPolyline(_poly(r, 0.1, 0.2, 0.24, 0.2, 0.34, 0.64, 0.8, 0.64, 0.88, 0.32, 0.28, 0.32))
    p.drawEllipse(_pt(r, 0.38, 0.8), r.width() * 0.05, r.width() * 0.05)
    p.drawEllipse(_pt(r, 0.74, 0.8), r.width() * 0.05, r.width() * 0.05)


def _doc(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawPolygon(_poly(r, 0.22, 0.12, 0.62, 0.12, 0.8, 0.3, 0.8, 0.88, 0.22, 0.88))
    for y in (0.45, 0.6, 0.75):
        p.drawLine(_pt(r, 0.34, y), _pt(r, 0.68, y))


def _speaker(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawPolygon(_poly(r, 0.15, 0.4, 0.32, 0.4, 0.52, 0.2, 0.52, 0.8, 0.32, 0.6, 0.15, 0.6))
    p.drawArc(_box(r, 0.45, 0.3, 0.3, 0.4), -60 * 16, 120 * 16)
    p.drawArc(_box(r, 0.45, 0.18, 0.45, 0.64), -60 * 16, 120 * 16)


def _clock(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawEllipse(_pt(r, 0.5, 0.5), r.width() * 0.36, r.width() * 0.36)
    p.drawPolyline(_poly(r, 0.5, 0.28, 0.5, 0.5, 0.66, 0.6))


def _map(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawPolygon(
        _poly(
            r, 0.12, 0.25, 0.38, 0.15, 0.62, 0.25, 0.88, 0.15, 0.88, 0.75, 0.62, 0.85, 0.38, 0.75, 0.12, 0.85
        )
    )
    p.drawLine(_pt(r, 0.38, 0.15), _pt(r, 0.38, 0.75))
    p.drawLine(_pt(r, 0.62, 0.25), _pt(r, 0.62, 0.85))


def _warning(p: QPainter, r: QRectF, c: QColor) -> None:
    p.drawPolygon(_poly(r, 0.5, 0.12, 0.9, 0.85, 0.1, 0.85))
    p.drawLine(_pt(r, 0.5, 0.38), _pt(r, 0.5, 0.6))
    p.drawPoint(_pt(r, 0.5, 0.73))


_GLYPHS = {
    "attach": _attach, "back": _arrow(True), "bell": _bell, "calendar": _calendar, "camera": _camera,
    "cart": _cart, "check": _check, "clock": _clock, "close": _close, "map": _map, "doc": _doc, "hang-up": _hang_up, "home": _home,
    "lock": _lock, "mail": _mail, "mic": _mic, "mic-off": _crossed(_mic), "person": _person,
    "phone": _phone, "photo": _photo, "plus": _plus, "reply": _reply, "scan": _scan, "search": _search,
    "send": _send, "settings": _settings, "shield": _shield, "speaker": _speaker, "video": _video,
    "video-off": _crossed(_video), "warning": _warning, "wifi": _wifi, "next": _arrow(False),
}  # fmt: skip
