"""Charts drawn with QPainter in the theme's colours, each with the same figures as text (for screen
readers and for anyone who prefers numbers). High contrast uses the high-contrast theme's colours."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from trainer.ui.theme import Theme

translate = QCoreApplication.translate
BARS_MIN = 160  # px: the bars' least height
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
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # more rows of legend and labels on a narrow page: taller
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_data(self, title: str, labels: list[str], series: list[Series], unit: str = "") -> None:
        self.labels, self.series, self.unit = labels, series, unit
        self.setAccessibleName(title)
        self.setAccessibleDescription(self.as_text())
        self.updateGeometry()
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
        return QSize(600, self.heightForWidth(600))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        """Room for the legend's rows and the labels' lines at this width, and bars at least 160 px."""
        plan = self.plan(width)
        return plan.top + BARS_MIN + plan.bottom

    def plan(self, width: int) -> Plan:
        """Where the legend and the labels go at ``width``: the legend wraps onto more rows, labels
        wrap onto more lines, and when even one word of a label is wider than its bar group, only
        every n-th label is written (centred under its group), so none is cut or runs into another."""
        fm = QFontMetricsF(self.font())
        line = fm.height()
        left, right = fm.horizontalAdvance("0000") + 16, 12
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        legend: list[tuple[QRectF, QRectF]] = []  # the box of each series and its name (may wrap)
        x, y, row_h = 4.0, 4.0, line  # (from the left edge: the row of numbers is below)
        for s in self.series:
            free = width - right - x - line - 6
            name_w = fm.horizontalAdvance(s.name) + 4
            if x > 4 and name_w > free:  # on the next row
                x, y, row_h = 4.0, y + row_h + 8, line
                free = width - right - x - line - 6
            name = fm.boundingRect(QRectF(0, 0, max(free, line), 10_000), flags, s.name)
            legend.append(
                (QRectF(x, y, line, line), QRectF(x + line + 6, y, name.width() + 4, name.height()))
            )
            row_h = max(row_h, name.height())
            x += line + 6 + name.width() + 30
        top = round(y + row_h + 16) if self.series else 8
        group_w = (width - left - right) / max(1, len(self.labels))
        widest_word = max((fm.horizontalAdvance(w) for x in self.labels for w in x.split()), default=0)
        every = max(1, math.ceil((widest_word + 4) / group_w)) if group_w > 0 else 1
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
        lines = max(
            (fm.boundingRect(QRectF(0, 0, group_w * every, 10_000), flags, x).height() for x in self.labels),
            default=line,
        )
        return Plan(left, right, top, round(lines + 12), group_w, every, legend, len(self.labels))

    def paintEvent(self, _event) -> None:  # noqa: N802
        t = self.theme
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(t.window))
        if not self.labels or not self.series:
            p.end()
            return
        p.setFont(self.font())
        fm = p.fontMetrics()
        plan = self.plan(self.width())
        left, top, bottom, group_w = plan.left, plan.top, plan.bottom, plan.group_w
        area = QRectF(left, top, self.width() - left - plan.right, self.height() - top - bottom)
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
            rect = plan.label_rect(i, area.bottom())
            if rect is not None:
                p.setPen(QColor(t.text))
                p.drawText(rect, plan.label_align | Qt.TextFlag.TextWordWrap, label)
        for k, (box, name_rect) in enumerate(plan.legend):
            p.setPen(QPen(QColor(t.text), 2))
            p.setBrush(colours[k % len(colours)])
            p.drawRect(box)
            if PATTERNS[k % len(PATTERNS)] != Qt.BrushStyle.SolidPattern:
                p.fillRect(box, _pattern(t.window, PATTERNS[k % len(PATTERNS)]))
            p.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, self.series[k].name)
        p.end()


@dataclass(frozen=True)
class Plan:
    """Where a chart's parts go at one width (``BarChart.plan``)."""

    left: int
    right: int
    top: int  # the legend's rows above this
    bottom: int  # the labels' lines below the bars
    group_w: float
    every: int  # a label under every n-th group only
    legend: list[tuple[QRectF, QRectF]]  # (box, name) of each series

    count: int  # labels

    def label_rect(self, i: int, baseline: float) -> QRectF | None:
        """Under its group; with ``every`` > 1 from its group's left edge over the next groups (written
        from the left, see ``label_align``), only when they are all there."""
        if i % self.every or (self.every > 1 and i + self.every > self.count):
            return None
        return QRectF(self.left + i * self.group_w, baseline + 6, self.group_w * self.every, self.bottom - 6)

    @property
    def label_align(self) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignHCenter if self.every == 1 else Qt.AlignmentFlag.AlignLeft


def _pattern(colour: str, style):
    from PySide6.QtGui import QBrush

    return QBrush(QColor(colour), style)


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
