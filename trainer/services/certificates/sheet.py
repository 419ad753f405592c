"""Drawing the certificate in millimetres on a QPainter: wrapped text, lines, the double frame, the
emblem, ornaments and the QR code as vectors. Every text drawn is recorded (``written``): the tests
check each one against what pdftotext gives back."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QTextLayout, QTextOption

from trainer.services.pdf.page import MM_PER_INCH, draw_modules

NAVY, GOLD, INK, GREY = "#1B365D", "#A8802A", "#1A1A1A", "#4A4A4A"


@dataclass
class Sheet:
    painter: QPainter
    resolution: int
    written: list[str] = field(default_factory=list)

    def px(self, mm: float) -> float:
        return mm / MM_PER_INCH * self.resolution

    def mm(self, px: float) -> float:
        return px * MM_PER_INCH / self.resolution

    # text ------------------------------------------------------------------------------------
    def _layout(
        self, text: str, font: QFont, width_mm: float, align, leading: float | None
    ) -> tuple[QTextLayout, float]:
        """``text`` broken into lines ``width_mm`` wide, each line ``leading`` x the type size high (None:
        the fonts' own line height). Returns the layout and its height in px."""
        layout = QTextLayout(text, font, self.painter.device())
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        pitch = None if leading is None else self.px(font.pointSizeF() * leading * MM_PER_INCH / 72)
        y = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.px(width_mm))
            line.setPosition(QPointF(0, y))
            y += line.height() if pitch is None else pitch
        layout.endLayout()
        return layout, y

    def height(self, text: str, font: QFont, width_mm: float, leading: float | None = None) -> float:
        """The height (mm) of ``text`` wrapped to ``width_mm``."""
        return self.mm(self._layout(text, font, width_mm, Qt.AlignLeft, leading)[1])

    def width(self, text: str, font: QFont) -> float:
        self.painter.setFont(font)
        return self.mm(self.painter.boundingRect(QRectF(0, 0, 1e6, 1e6), int(Qt.AlignLeft), text).width())

    def text(
        self,
        text: str,
        font: QFont,
        x_mm: float,
        y_mm: float,
        width_mm: float,
        align: Qt.AlignmentFlag = Qt.AlignLeft,
        colour: str = INK,
        leading: float | None = None,
    ) -> float:
        """Draw a wrapped paragraph with its top at ``y_mm``; returns its height in mm."""
        layout, h = self._layout(text, font, width_mm, align, leading)
        self.painter.setPen(QColor(colour))
        layout.draw(self.painter, QPointF(self.px(x_mm), self.px(y_mm)))
        self.written.append(text)
        return self.mm(h)

    # lines and shapes ------------------------------------------------------------------------
    def pen(self, colour: str, width_mm: float, style: Qt.PenStyle = Qt.SolidLine) -> None:
        pen = QPen(QColor(colour), self.px(width_mm), style)
        pen.setJoinStyle(Qt.MiterJoin)
        self.painter.setPen(pen)
        self.painter.setBrush(Qt.NoBrush)

    def line(
        self, x1: float, y1: float, x2: float, y2: float, colour: str = GREY, width_mm: float = 0.3
    ) -> None:
        self.pen(colour, width_mm)
        self.painter.drawLine(QPointF(self.px(x1), self.px(y1)), QPointF(self.px(x2), self.px(y2)))

    def rect(
        self, x: float, y: float, w: float, h: float, colour: str, width_mm: float, style=Qt.SolidLine
    ) -> None:
        self.pen(colour, width_mm, style)
        self.painter.drawRect(QRectF(self.px(x), self.px(y), self.px(w), self.px(h)))

    def diamond(self, cx: float, cy: float, r: float, colour: str) -> None:
        path = QPainterPath()
        path.moveTo(self.px(cx), self.px(cy - r))
        for dx, dy in ((r, 0), (0, r), (-r, 0)):
            path.lineTo(self.px(cx + dx), self.px(cy + dy))
        path.closeSubpath()
        self.painter.fillPath(path, QColor(colour))

    def frame(self, w: float, h: float) -> None:
        """A double border: a strong outer line, a fine gold inner one, ornaments at the corners."""
        self.rect(8, 8, w - 16, h - 16, NAVY, 1.2)
        self.rect(11.5, 11.5, w - 23, h - 23, GOLD, 0.45)
        for cx, cy in ((11.5, 11.5), (w - 11.5, 11.5), (11.5, h - 11.5), (w - 11.5, h - 11.5)):
            self.diamond(cx, cy, 2.2, GOLD)

    def ornament_rule(self, cx: float, y: float, half: float) -> None:
        """A gold rule with a diamond in its middle."""
        self.line(cx - half, y, cx - 3.5, y, GOLD, 0.4)
        self.line(cx + 3.5, y, cx + half, y, GOLD, 0.4)
        self.diamond(cx, y, 1.6, GOLD)

    def emblem(self, cx: float, cy: float, r: float) -> None:
        """The Digital Bridge emblem: a navy ring, a gold ring, a bridge arch over water, a dotted rim."""
        p = self.painter
        p.setRenderHint(QPainter.Antialiasing, True)
        self.pen(NAVY, r * 0.09)
        p.drawEllipse(QPointF(self.px(cx), self.px(cy)), self.px(r), self.px(r))
        self.pen(GOLD, r * 0.035)
        p.drawEllipse(QPointF(self.px(cx), self.px(cy)), self.px(r * 0.8), self.px(r * 0.8))
        for k in range(24):  # a ring of small dots between the two circles
            a = 2 * math.pi * k / 24
            dot = r * 0.9
            p.setPen(Qt.NoPen)
            p.setBrush(QBrush(QColor(NAVY)))
            p.drawEllipse(
                QPointF(self.px(cx + dot * math.cos(a)), self.px(cy + dot * math.sin(a))),
                self.px(r * 0.025),
                self.px(r * 0.025),
            )
        # the bridge: an arch, its deck and piers
        arch = QPainterPath()
        left, right, deck = cx - r * 0.58, cx + r * 0.58, cy + r * 0.1
        arch.moveTo(self.px(left), self.px(deck))
        arch.quadTo(self.px(cx), self.px(cy - r * 0.75), self.px(right), self.px(deck))
        self.pen(NAVY, r * 0.085)
        p.drawPath(arch)  # (a bridge over water: the Digital Bridge between people and technology)
        self.line(left - r * 0.08, deck, right + r * 0.08, deck, NAVY, r * 0.085)
        for k in range(1, 6):  # hangers from the arch to the deck
            x = left + (right - left) * k / 6
            t = (x - left) / (right - left)
            top = (1 - t) ** 2 * deck + 2 * (1 - t) * t * (cy - r * 0.75) + t**2 * deck
            self.line(x, top, x, deck, NAVY, r * 0.03)
        for k in range(2):  # water
            y = deck + r * (0.2 + 0.14 * k)
            wave = QPainterPath()
            wave.moveTo(self.px(cx - r * 0.5), self.px(y))
            for j in range(4):
                x0 = cx - r * 0.5 + j * r * 0.25
                wave.quadTo(
                    self.px(x0 + r * 0.0625), self.px(y - r * 0.06), self.px(x0 + r * 0.125), self.px(y)
                )
                wave.quadTo(
                    self.px(x0 + r * 0.1875), self.px(y + r * 0.06), self.px(x0 + r * 0.25), self.px(y)
                )
            self.pen(GOLD, r * 0.04)
            p.drawPath(wave)
        p.setBrush(Qt.NoBrush)

    def qr(self, modules, x: float, y: float, size: float, quiet: int = 4) -> None:
        """The QR code as vector squares with its white quiet zone: sharp at any print size."""
        draw_modules(
            self.painter, modules, QRectF(self.px(x), self.px(y), self.px(size), self.px(size)), quiet
        )
