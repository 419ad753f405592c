"""What surrounds the simulated screen: the body of the phone or computer, the shield beside the
"nothing is sent" banner, and the frame that marks the element to use after two misses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from trainer.ui.steps.simulation.glyphs import glyph
from trainer.ui.theme import Theme
from trainer.ui.widgets import Card, Text

translate = QCoreApplication.translate

PULSE_MS = 700  # the frame breathes slowly (never with reduced motion; never faster than 3 a second)


class ShieldMark(QWidget):
    def __init__(self, colour: str, side: int) -> None:
        super().__init__()
        self.colour = colour
        self.setFixedSize(side, side)

    def paintEvent(self, event) -> None:  # noqa: N802
        glyph(QPainter(self), "shield", QRectF(self.rect()), self.colour)


def nothing_is_sent(theme: Theme, line_px: int) -> tuple[Card, Text, Text]:
    """The banner above every simulation: (the card, its first line, its second line)."""
    card = Card()
    card.setObjectName("practice-banner")
    row = QHBoxLayout(card)
    row.setContentsMargins(16, 10, 16, 10)
    row.addWidget(ShieldMark(theme.success, line_px * 2), 0, Qt.AlignmentFlag.AlignTop)
    words = QVBoxLayout()
    first = Text(translate("Simulation", "Practice — nothing is sent."), role="success")
    more = Text(
        translate(
            "Simulation", "This is a practice copy of an app. Nothing you do here leaves this computer."
        )
    )
    words.addWidget(first)
    words.addWidget(more)
    row.addLayout(words, 1)
    return card, first, more


class Device(QFrame):
    """The body of a phone (or a computer window) around the simulated screen."""

    def __init__(self, colour: str, width: int, phone: bool) -> None:
        super().__init__()
        self.colour, self.phone = QColor(colour), phone
        pad = 14 if phone else 8
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(pad, pad * 2 if phone else 30, pad, pad * 2 if phone else pad)
        self.set_width(width)

    def set_width(self, width: int) -> None:
        self.setFixedWidth(width)
        self.setMinimumHeight(round(width * 1.25) if self.phone else round(width * 0.5))

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.colour)
        p.drawRoundedRect(QRectF(self.rect()), 28 if self.phone else 10, 28 if self.phone else 10)


def set_marked(w: QWidget, value: str) -> None:
    """ "true": the thick frame; "pulse": its thinner breath; "": none (style sheets and painted
    controls both read the ``marked`` property)."""
    w.setProperty("marked", value)
    w.style().unpolish(w)
    w.style().polish(w)
    w.update()


class Marker(QObject):
    """Marks one widget at a time, scrolls it into view, and lets the frame breathe if allowed."""

    def __init__(self, parent: QObject, reduced_motion: bool) -> None:
        super().__init__(parent)
        self.widget: QWidget | None = None
        self.reduced_motion = reduced_motion
        self.timer = QTimer(self)
        self.timer.setInterval(PULSE_MS)
        self.timer.timeout.connect(self._breathe)

    def mark(self, w: QWidget) -> None:
        if self.widget is not None and self.widget is not w:
            set_marked(self.widget, "")
        self.widget = w
        set_marked(w, "true")
        area = w.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            area.ensureWidgetVisible(w, 40, 40)
        if not self.reduced_motion:
            self.timer.start()

    def forget(self) -> None:
        """The marked widget is gone (a new screen) or the practice starts again."""
        self.widget = None
        self.timer.stop()

    def _breathe(self) -> None:
        if self.widget is None:
            self.timer.stop()
            return
        set_marked(self.widget, "pulse" if self.widget.property("marked") == "true" else "true")
