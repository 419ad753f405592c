"""Charts drawn with QPainter in the theme's colours, each with the same figures as text (for screen
readers and for anyone who prefers numbers). High contrast uses the high-contrast theme's colours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from trainer.ui.theme import Theme

translate = QCoreApplication.translate
PATTERNS = (Qt.BrushStyle.SolidPattern, Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.DiagCrossPattern)


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]


class BarChart(QWidget):
    """Grouped bars: one group per label, one bar per series. Series differ by fill pattern as well
    as by colour, so the chart reads in greyscale and for colour-blind tutors."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.labels: list[str] = []
        self.series: list[Series] = []
        self.unit = ""
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_data(self, title: str, labels: list[str], series: list[Series], unit: str = "") -> None:
        self.labels, self.series, self.unit = labels, series, unit
        self.setAccessibleName(title)
        self.setAccessibleDescription(self.as_text())
        self.update()

    def as_text(self) -> str:
        """The chart's figures as sentences: what a screen reader reads instead of the picture."""
        lines = []
        for i, label in enumerate(self.labels):
            parts = [f"{s.name} {_fmt(s.values[i])}{self.unit}" for s in self.series if i < len(s.values)]
            figures = parts[0] if parts else ""
            for part in parts[1:]:  # (Chinese lists and labels take full-width marks: ，and ：)
                figures = translate("Chart", "%1, %2").replace("%1", figures).replace("%2", part)
            lines.append(translate("Chart", "%1: %2").replace("%1", label).replace("%2", figures))
        return "\n".join(lines)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, 300)

    def paintEvent(self, _event) -> None:  # noqa: N802
        t = self.theme
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(t.window))
        if not self.labels or not self.series:
            p.end()
            return
        font = QFont(self.font())
        p.setFont(font)
        fm = p.fontMetrics()
        legend_h = fm.height() + 12
        left, right, top, bottom = fm.horizontalAdvance("0000") + 16, 12, legend_h + 8, fm.height() * 2 + 12
        area = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        peak = max((v for s in self.series for v in s.values), default=0) or 1
        colours = [QColor(t.primary), QColor(t.chunk), QColor(t.focus)]
        p.setPen(QPen(QColor(t.text), 2))
        p.drawLine(area.bottomLeft(), area.bottomRight())
        p.drawText(
            QRectF(0, area.top() - fm.height() / 2, left - 8, fm.height()),
            Qt.AlignmentFlag.AlignRight,
            _fmt(peak),
        )
        p.drawText(
            QRectF(0, area.bottom() - fm.height() / 2, left - 8, fm.height()),
            Qt.AlignmentFlag.AlignRight,
            "0",
        )
        group_w = area.width() / len(self.labels)
        bar_w = group_w * 0.8 / len(self.series)
        for i, label in enumerate(self.labels):
            x0 = area.left() + i * group_w + group_w * 0.1
            for k, s in enumerate(self.series):
                value = s.values[i] if i < len(s.values) else 0
                h = area.height() * value / peak
                rect = QRectF(x0 + k * bar_w, area.bottom() - h, bar_w - 4, h)
                p.setPen(QPen(QColor(t.text), 2))
                p.setBrush(colours[k % len(colours)])
                p.drawRect(rect)
                if PATTERNS[k % len(PATTERNS)] != Qt.BrushStyle.SolidPattern:
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.fillRect(rect, _pattern(t.window, PATTERNS[k % len(PATTERNS)]))
            p.setPen(QColor(t.text))
            p.drawText(
                QRectF(area.left() + i * group_w, area.bottom() + 6, group_w, bottom - 6),
                Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
                label,
            )
        x = left
        for k, s in enumerate(self.series):
            box = QRectF(x, 4, fm.height(), fm.height())
            p.setPen(QPen(QColor(t.text), 2))
            p.setBrush(colours[k % len(colours)])
            p.drawRect(box)
            if PATTERNS[k % len(PATTERNS)] != Qt.BrushStyle.SolidPattern:
                p.fillRect(box, _pattern(t.window, PATTERNS[k % len(PATTERNS)]))
            p.drawText(QRectF(box.right() + 6, 4, fm.horizontalAdvance(s.name) + 8, fm.height()), s.name)
            x = box.right() + fm.horizontalAdvance(s.name) + 30
        p.end()


def _pattern(colour: str, style):
    from PySide6.QtGui import QBrush

    return QBrush(QColor(colour), style)


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
