"""The practice surface the mouse drills draw on, and the drawn things on it (targets, photos)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from trainer.ui.steps.simulation.pictures import picture
from trainer.ui.theme import Theme

CAPTION_FLAGS = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)


class Panel(QWidget):
    """A framed surface of a fixed height; presses on it (not on a child) go to ``on_press``."""

    def __init__(self, theme: Theme, height: int, name: str) -> None:
        super().__init__()
        self.theme = theme
        self.on_press = None  # callable(QMouseEvent) set by the drill
        self.on_resize = None  # callable() set by the drill
        self.preferred = height
        self.setMinimumHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(name)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, self.minimumHeight())

    def fit(self, room: int, least: int) -> None:
        """As tall as it was made, or less on a short page (``room``), never under ``least``."""
        height = max(least, min(self.preferred, room))
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
            self.updateGeometry()

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor(self.theme.outline), 2))
        p.setBrush(QColor(self.theme.panel))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 12, 12)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self.on_press is not None:
            self.on_press(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - a quick second press is a press too
        self.mousePressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        for drawn in self.findChildren(Drawn):  # (their captions wrap to the new width)
            drawn.set_side(drawn.side)
        if self.on_resize is not None:
            self.on_resize()


class Drawn(QWidget):
    """A drawn object with its caption underneath: a target, a photo, a folder, an album."""

    def __init__(self, theme: Theme, shape: str, caption: str, side: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.theme, self.shape, self.caption = theme, shape, caption
        self.lit = False
        self.on_press = self.on_move = self.on_release = None  # callables(QMouseEvent) set by the drill
        self.setAccessibleName(caption)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.set_side(side)

    def set_side(self, side: int) -> None:
        """The picture's side; the caption below it wraps onto more lines when it is wider than about
        half the practice area (a long name must never stick out of it)."""
        self.side = side
        if not self.caption or self.shape == "target":
            self.resize(side, side)
            return
        fm = self.fontMetrics()
        room = self.parentWidget().width() // 2 - 24 if self.parentWidget() is not None else 0
        width = max(side, min(fm.horizontalAdvance(self.caption) + 16, max(room, side, 200)))
        text = fm.boundingRect(QRect(0, 0, width - 8, 10_000), CAPTION_FLAGS, self.caption)
        self.resize(width, side + text.height() + 12)

    def changeEvent(self, event) -> None:  # noqa: N802 - the caption's room, in the font it is drawn in
        if event.type() == QEvent.Type.FontChange:
            self.set_side(self.side)
        super().changeEvent(event)

    def art_rect(self) -> QRectF:
        return QRectF((self.width() - self.side) / 2, 0, self.side, self.side)

    def enterEvent(self, event) -> None:  # noqa: N802 - it lights up under the pointer
        self.lit = True
        self.update()

    def leaveEvent(self, event) -> None:  # noqa: N802
        self.lit = False
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.art_rect().adjusted(3, 3, -3, -3)
        t = self.theme
        if self.shape == "target":
            p.setPen(QPen(QColor(t.focus if self.lit else t.outline), 6 if self.lit else 3))
            p.setBrush(QColor(t.primary))
            p.drawEllipse(r)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(t.primary_text))
            p.drawEllipse(r.center(), r.width() * 0.3, r.height() * 0.3)
            p.setBrush(QColor(t.primary))
            p.drawEllipse(r.center(), r.width() * 0.14, r.height() * 0.14)
            return
        picture(p, self.shape, r, t.outline, t.window, t.primary)
        if self.lit:
            p.setPen(QPen(QColor(t.focus), 5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(r.adjusted(-1, -1, 1, 1), 8, 8)
        if self.caption:
            p.setPen(QColor(t.panel_text))
            p.drawText(
                QRectF(4, self.side + 4, self.width() - 8, self.height() - self.side - 4),
                CAPTION_FLAGS,
                self.caption,
            )

    def inside(self, x: float, y: float) -> bool:
        """Round targets count only inside the circle; other things anywhere on their picture or caption."""
        if self.shape != "target":
            return self.rect().contains(round(x), round(y))
        c = self.art_rect().center()
        return (x - c.x()) ** 2 + (y - c.y()) ** 2 <= (self.side / 2) ** 2

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self.on_press is not None:
            self.on_press(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        self.mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self.on_move is not None:
            self.on_move(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self.on_release is not None:
            self.on_release(event)
