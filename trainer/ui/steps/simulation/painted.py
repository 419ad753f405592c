"""Simulated-app controls drawn by hand: round icons, switches, pictures and the QR panel.

Each is a QAbstractButton, so it takes the keyboard focus (Tab), presses with Space, and carries
an accessible name; each draws its own focus ring and the thick frame shown after two misses."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from trainer.ui.steps.simulation.colours import DeviceColours
from trainer.ui.steps.simulation.glyphs import glyph
from trainer.ui.steps.simulation.pictures import picture, qr_pattern


class Painted(QAbstractButton):
    def __init__(self, colours: DeviceColours, target_px: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.c = colours
        self.target_px = target_px
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def event(self, event) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish):
            self.updateGeometry()  # the style sheet's font size arrives after construction
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Enter presses too, like the app's buttons
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)

    def ring(self, p: QPainter, r: QRectF, radius: float) -> None:
        marked = self.property("marked")
        if marked in ("true", "pulse"):
            width = 7 if marked == "true" else 4
            p.setPen(QPen(QColor(self.c.mark), width))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(r.adjusted(width / 2, width / 2, -width / 2, -width / 2), radius, radius)
        elif self.hasFocus():
            p.setPen(QPen(QColor(self.c.mark), 4, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(r.adjusted(2, 2, -2, -2), radius, radius)


class IconButton(Painted):
    """A round icon with its caption underneath (Answer, Mute, Hang up, Scan...)."""

    def __init__(self, icon: str, style: str, colours: DeviceColours, target_px: int) -> None:
        super().__init__(colours, target_px)
        self.icon_name, self.look = icon, style
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def diameter(self) -> int:
        return max(self.target_px, round(self.fontMetrics().height() * 2.6))

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = self.fontMetrics()
        d = self.diameter()
        return QSize(max(d, fm.horizontalAdvance(self.text())) + 20, d + fm.height() + 30)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        d = self.diameter()
        circle = QRectF((self.width() - d) / 2, 4, d, d)
        fill, ink = {
            "go": (self.c.go, self.c.go_text),
            "stop": (self.c.danger, self.c.danger_text),
        }.get(self.look, (self.c.card, self.c.text))
        p.setPen(QPen(QColor(self.c.outline), 2))
        p.setBrush(QColor(fill))
        p.drawEllipse(circle)
        glyph(p, self.icon_name, circle.adjusted(d * 0.24, d * 0.24, -d * 0.24, -d * 0.24), ink)
        p.setPen(QColor(self.c.text))
        text_rect = QRectF(0, circle.bottom() + 6, self.width(), self.fontMetrics().height() + 6)
        p.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.text())
        self.ring(p, QRectF(self.rect()), 12)


class Switch(Painted):
    """A labelled on/off switch. The state is written as well as drawn (On / Off)."""

    def __init__(self, colours: DeviceColours, target_px: int) -> None:
        super().__init__(colours, target_px)
        self.on = False
        self.state_words = ("Off", "On")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_state(self, on: bool, words: tuple[str, str]) -> None:
        self.on, self.state_words = on, words
        self.setAccessibleName(f"{self.text()}: {words[int(on)]}")
        self.update()

    def _side(self) -> int:
        """Room taken by the state word and the track, right of the label."""
        fm = self.fontMetrics()
        h = max(self.target_px, fm.height() + 24)
        return max(fm.horizontalAdvance(w) for w in self.state_words) + round(h * 0.6 * 1.9) + 48

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - a long label wraps onto more lines
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        fm = self.fontMetrics()
        room = max(40, width - self._side() - 20)
        text = fm.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, self.text())
        return max(self.target_px, fm.height() + 24, text.height() + 20)

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = self.fontMetrics()
        width = fm.horizontalAdvance(self.text()) + self._side() + 20
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(
            min(self.sizeHint().width(), self._side() + 120), self.heightForWidth(self._side() + 120)
        )

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        h = self.height()
        fm = self.fontMetrics()
        word = self.state_words[int(self.on)]
        track_h = h * 0.6
        track = QRectF(self.width() - track_h * 1.9 - 10, (h - track_h) / 2, track_h * 1.9, track_h)
        word_w = max(fm.horizontalAdvance(w) for w in self.state_words) + 12
        p.setPen(QColor(self.c.text))
        p.drawText(
            QRectF(10, 0, track.left() - word_w - 20, h),
            Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
            self.text(),
        )
        bold = self.font()
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(
            QRectF(track.left() - word_w - 6, 0, word_w, h),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            word,
        )  # the state in words, not only in colour
        p.setPen(QPen(QColor(self.c.outline), 2))
        p.setBrush(QColor(self.c.accent if self.on else self.c.card))
        p.drawRoundedRect(track, track_h / 2, track_h / 2)
        knob = track_h - 8
        x = track.right() - knob - 4 if self.on else track.left() + 4
        p.setBrush(QColor(self.c.screen))
        p.drawEllipse(QRectF(x, track.top() + 4, knob, knob))
        self.ring(p, QRectF(self.rect()), 10)


class PictureButton(Painted):
    """A built-in drawing or a lesson picture; pressable only when a task uses it."""

    def __init__(
        self, shape: str, path: str | None, colours: DeviceColours, target_px: int, side: int
    ) -> None:
        super().__init__(colours, target_px)
        self.shape = shape
        self.pixmap = QPixmap(path) if path else None
        self.side = side
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.side, round(self.side * 0.75))

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        r = QRectF(self.rect()).adjusted(6, 6, -6, -6)
        if self.pixmap is not None and not self.pixmap.isNull():
            scaled = self.pixmap.scaled(r.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            p.drawPixmap(
                round(r.center().x() - scaled.width() / 2),
                round(r.center().y() - scaled.height() / 2),
                scaled,
            )
        else:
            picture(p, self.shape, r, self.c.outline, self.c.card, self.c.accent)
        self.ring(p, QRectF(self.rect()), 10)


class QrPanel(Painted):
    """A QR-code panel: a drawn pattern (never a real code) with its caption."""

    def __init__(self, seed: str, colours: DeviceColours, target_px: int, side: int) -> None:
        super().__init__(colours, target_px)
        self.seed, self.side = seed, side
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = self.fontMetrics()
        return QSize(max(self.side, fm.horizontalAdvance(self.text()) + 24), self.side + fm.height() + 24)

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        fm = self.fontMetrics()
        code = QRectF((self.width() - self.side) / 2 + 12, 12, self.side - 24, self.side - 24)
        p.fillRect(code.adjusted(-8, -8, 8, 8), QColor("#FFFFFF"))  # a code is dark on white, always
        qr_pattern(p, code, self.seed, "#000000", "#FFFFFF")
        p.setPen(QColor(self.c.text))
        p.drawText(
            QRectF(0, self.side, self.width(), fm.height() + 12), Qt.AlignmentFlag.AlignCenter, self.text()
        )
        self.ring(p, QRectF(self.rect()), 10)
