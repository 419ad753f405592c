"""A drawn keyboard (the usual layout, with English key caps as on real keyboards) and the drill
that asks for one key at a time. At the easy level the key is marked at once; at the standard level
after a few seconds without a key press."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from trainer.ui.steps.base import sentences
from trainer.ui.steps.practice.base import DrillView
from trainer.ui.theme import Theme
from trainer.ui.widgets import Text

translate = QCoreApplication.translate
HINT_AFTER_MS = 5000
_ROWS = [
    ["`", *"1234567890", "-", "=", ("Backspace", 2, "backspace")],
    [("Tab", 1.5, ""), *"QWERTYUIOP", "[", "]", ("\\", 1.5, "")],
    [("Caps", 1.75, ""), *"ASDFGHJKL", ";", "'", ("Enter", 2.25, "enter")],
    [("Shift", 2.25, "shift"), *"ZXCVBNM", ",", ".", "/", ("Shift", 2.75, "shift")],
    [("Ctrl", 1.5, ""), ("Alt", 1.5, ""), ("", 7, "space"), ("Alt", 1.5, ""), ("Ctrl", 1.5, "")],
]
_ARROWS = [("↑", 16.5, 3, "up"), ("←", 15.5, 4, "left"), ("↓", 16.5, 4, "down"), ("→", 17.5, 4, "right")]
WIDTH_UNITS = 18.5
QT_KEYS = {
    Qt.Key.Key_Return: "enter",
    Qt.Key.Key_Enter: "enter",
    Qt.Key.Key_Backspace: "backspace",
    Qt.Key.Key_Space: "space",
    Qt.Key.Key_Shift: "shift",
    Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down",
    Qt.Key.Key_Left: "left",
    Qt.Key.Key_Right: "right",
}


def key_name(key: str) -> str:
    return {
        "enter": translate("Practice", "Enter"),
        "backspace": translate("Practice", "Backspace"),
        "space": translate("Practice", "the space bar"),
        "shift": translate("Practice", "Shift"),
        "up": translate("Practice", "the Up arrow"),
        "down": translate("Practice", "the Down arrow"),
        "left": translate("Practice", "the Left arrow"),
        "right": translate("Practice", "the Right arrow"),
    }[key]


def key_place(key: str) -> str:
    arrows = translate(
        "Practice", "The four arrow keys are at the bottom right, set out like an upside-down T."
    )
    return {
        "enter": translate("Practice", "Enter is the big key at the right end of the letters."),
        "backspace": translate(
            "Practice", "Backspace is at the top right, at the end of the row of numbers."
        ),
        "space": translate("Practice", "The space bar is the long bar at the bottom, under the letters."),
        "shift": translate(
            "Practice", "There are two Shift keys, one at each end of the lowest row of letters."
        ),
    }.get(key, arrows)


class KeyboardPicture(QWidget):
    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.marked = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, 280)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return round(width / WIDTH_UNITS * 5.2) + 8

    def resizeEvent(self, event) -> None:  # noqa: N802
        self.setFixedHeight(self.heightForWidth(event.size().width()))
        super().resizeEvent(event)

    def keys(self) -> list[tuple[str, float, float, float, str]]:
        """(cap, x, row, width, name) in key units."""
        out = []
        for row, keys in enumerate(_ROWS):
            x = 0.0
            for k in keys:
                cap, w, name = (k, 1.0, "") if isinstance(k, str) else k
                out.append((cap, x, row, w, name))
                x += w
        out += [(cap, x, row, 1.0, name) for cap, x, row, name in _ARROWS]
        return out

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        u = (self.width() - 8) / WIDTH_UNITS
        font = QFont(self.font())
        font.setPixelSize(max(10, round(u * 0.32)))
        p.setFont(font)
        t = self.theme
        if self.hasFocus():
            p.setPen(QPen(QColor(t.focus), 4))
            p.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), 8, 8)
        for cap, x, row, w, name in self.keys():
            r = QRectF(4 + x * u + 2, 4 + row * u + 2, w * u - 4, u - 4)
            mark = bool(name) and name == self.marked
            p.setPen(QPen(QColor(t.focus if mark else t.outline), 5 if mark else 1.5))
            p.setBrush(QColor(t.primary if mark else t.panel))
            p.drawRoundedRect(r, 5, 5)
            p.setPen(QColor(t.primary_text if mark else t.panel_text))
            wide = p.fontMetrics().horizontalAdvance(cap)
            if wide > r.width() - 6:  # a long name on a small keyboard: smaller, never cut
                small = QFont(font)
                small.setPixelSize(max(6, int(font.pixelSize() * (r.width() - 6) / wide)))
                p.setFont(small)
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, cap)
            p.setFont(font)


class KeysDrill(DrillView):
    def build_area(self) -> QWidget:
        self.index = 0
        self._room = 0  # the page's room for the area, once the player has said it (fit_room)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        self.ask = Text(role="title")
        self.ask.setObjectName("key-to-press")
        self.focus_note = Text(
            translate("Practice", "Click on the keyboard picture first, then press the key."), role="muted"
        )
        self.keyboard = KeyboardPicture(self.theme)
        self.keyboard.setAccessibleName(translate("Practice", "Keyboard picture"))
        self.keyboard.installEventFilter(self)
        box.addWidget(self.ask)
        box.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignHCenter)  # (narrower on a short page)
        box.addWidget(self.focus_note)  # (below: when it comes and goes the keyboard stays put)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(HINT_AFTER_MS)
        self.idle.timeout.connect(self.show_key)
        self.ask_key()
        return holder

    def act_on(self, starting: bool) -> list[QWidget]:
        return [self.ask, self.keyboard]

    def fit_room(self, height: int) -> None:
        """On a short page the keyboard is drawn narrower (its height follows its width)."""
        self._room = height
        width = self.width()
        if width < 400:  # (not laid out yet: again when it is, see resizeEvent)
            return
        ask = self.ask.heightForWidth(width) + self.area.layout().spacing()
        most = round((height - ask - 8) / 5.2 * WIDTH_UNITS)
        self.keyboard.setMaximumWidth(max(400, most) if most < width else 16777215)

    def resizeEvent(self, event) -> None:  # noqa: N802 - the question may take more or fewer lines
        super().resizeEvent(event)
        if self._room and event.size().width() != event.oldSize().width():
            self.fit_room(self._room)

    @property
    def wanted(self) -> str:
        return self.step.keys[min(self.index, len(self.step.keys) - 1)]

    def ask_key(self) -> None:
        self.ask.set_text(translate("Practice", "Press: %1").replace("%1", key_name(self.wanted)))
        self.keyboard.marked = self.wanted if self.step.level == "easy" else ""
        self.keyboard.update()
        self.idle.start()

    def show_key(self) -> None:
        self.keyboard.marked = self.wanted
        self.keyboard.update()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        kind = event.type()
        if watched is self.keyboard and kind in (event.Type.FocusIn, event.Type.FocusOut):
            self.focus_note.setVisible(kind == event.Type.FocusOut)
        tab = kind == event.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if watched is self.keyboard and kind == event.Type.KeyPress and not tab and not event.isAutoRepeat():
            self.key_pressed(event)
            return True
        return False

    def key_pressed(self, event) -> None:
        if self.tally.finished:
            return
        self.idle.start()
        name = QT_KEYS.get(Qt.Key(event.key()))
        if name == self.wanted:
            self.index += 1
            self.hit(
                {"key": name}, translate("Practice", "Right, that was %1.").replace("%1", key_name(name))
            )
            if not self.tally.finished:
                self.ask_key()
            else:
                self.idle.stop()
            return
        if name:
            pressed = key_name(name)
        elif event.text().strip() and event.text().isprintable():
            pressed = translate("Practice", "the key “%1”").replace("%1", event.text().upper())
        else:
            pressed = translate("Practice", "another key")
        self.show_key()
        self.miss(
            {"key": name or event.text() or str(event.key()), "wanted": self.wanted},
            sentences(
                self.ctx.lang,
                translate("Practice", "That was %1.").replace("%1", pressed),
                key_place(self.wanted),
            ),
        )

    def reset_area(self) -> None:
        self.index = 0
        self.ask_key()
        self.keyboard.setFocus()

    def focus_first(self) -> None:
        self.keyboard.setFocus()

    def extra_parts(self) -> list[tuple[str, QWidget]]:
        return [(self.ask.plain_text(), self.ask)]
