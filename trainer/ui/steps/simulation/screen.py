"""One screen of a simulated app, built from its elements. It only shows and reports: presses, typing
and number-pad keys go out as signals, and the simulation view decides what they mean."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.lessons import LessonText
from trainer.domain.simulation import HOLD_MS, Element, SimScreen
from trainer.ui.steps.simulation.colours import DeviceColours
from trainer.ui.steps.simulation.flow import CentredFlow
from trainer.ui.steps.simulation.painted import IconButton, PictureButton, QrPanel, Switch
from trainer.ui.widgets import plain_tooltip, wrap_text

translate = QCoreApplication.translate
PAD_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", ".", "0", "del")  # "." only for amounts


def _label(text: str, sim: str, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("sim", sim)
    if style:
        label.setProperty("simstyle", style)
    label.setAccessibleName(text)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class PadKey(QPushButton):
    """A number-pad key; digits typed on the keyboard while a key has focus count too."""

    def __init__(self, pad: Numpad, key: str) -> None:
        super().__init__()
        self.pad, self.key = pad, key
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clicked.connect(lambda: pad.pressed.emit(key))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        text = event.text()
        if (text.isdigit() and text.isascii()) or (text == "." and not self.pad.mask):
            self.pad.pressed.emit(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.pad.pressed.emit("del")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        else:
            super().keyPressEvent(event)


class Numpad(QWidget):
    pressed = Signal(str)

    def __init__(self, caption: str, mask: bool) -> None:
        super().__init__()
        self.mask = mask
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.caption = _label(caption, "text", "title")
        self.display = _label("", "bubble")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.caption)
        box.addWidget(self.display)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.keys: dict[str, PadKey] = {}
        for n, key in enumerate(PAD_KEYS):
            if key == "." and mask:
                continue  # a PIN has digits only
            b = PadKey(self, key)
            word = translate("Simulation", "Delete") if key == "del" else key
            b.setText(word)
            b.setAccessibleName(word)
            b.setObjectName(f"key-{key}")
            grid.addWidget(b, n // 3, n % 3)
            self.keys[key] = b
        box.addLayout(grid)
        self.show_digits("")

    def show_digits(self, digits: str) -> None:
        shown = "●" * len(digits) if self.mask else digits
        self.display.setText(shown or " ")
        count = translate("Simulation", "Digits entered: %1").replace("%1", str(len(digits)))
        self.display.setAccessibleName(count if self.mask else digits or count)


class Field(QWidget):
    typed = Signal(str)
    submitted = Signal(str)

    def __init__(self, caption: str, compact: bool = False) -> None:
        super().__init__()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self.caption = _label(caption, "text", "muted")
        self.caption.setVisible(not compact)  # in a row (a chat box) the caption is the placeholder
        self.edit = QLineEdit()
        if compact:
            self.edit.setPlaceholderText(caption)
        self.edit.setAccessibleName(caption)
        self.edit.textEdited.connect(self.typed)
        self.edit.returnPressed.connect(lambda: self.submitted.emit(self.edit.text()))
        box.addWidget(self.caption)
        box.addWidget(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)


class ScreenView(QFrame):
    """Lays out one SimScreen. ``widgets`` maps element ids to what the learner presses or types into."""

    pressed = Signal(str)
    held = Signal(str)  # kept pressed for HOLD_MS (a long press); the release that follows is not a press
    toggled = Signal(str)
    typed = Signal(str, str)
    submitted = Signal(str, str)
    key = Signal(str, str)

    def __init__(
        self,
        screen: SimScreen,
        tr: Callable[[LessonText | None], str],
        colours: DeviceColours,
        target_px: int,
        width: int,
        asset: Callable[[str], str],
        visible: Callable[[Element], bool],
        pressable: Callable[[Element], bool],
    ) -> None:
        super().__init__()
        self.setObjectName("sim-screen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.screen = screen
        self.tr, self.c, self.target_px, self.width_px = tr, colours, target_px, width
        self.asset, self.pressable = asset, pressable
        self.widgets: dict[str, QWidget] = {}
        self.elements = {e.id: e for e in screen.elements}
        self._hold_timer = QTimer(self)
        self._hold_timer.setSingleShot(True)
        self._hold_timer.setInterval(HOLD_MS)
        self._hold_timer.timeout.connect(self._held)
        self._holding: str | None = None  # the element being pressed down
        self._was_held: str | None = None  # its release must not count as a press
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        status = _label(translate("Simulation", "Practice · nothing is sent"), "status")
        outer.addWidget(status)
        shown = list(screen.elements)  # all of them: those with "after" wait hidden (see refresh)
        if shown and shown[0].type == "header" and not screen.dialog:
            outer.addWidget(self._make(shown.pop(0)))  # the title bar, flush with the screen's edges
        body = QWidget()
        body_box = QVBoxLayout(body)
        body_box.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(body, 1)
        host = body_box
        if screen.dialog:
            body.setObjectName("sim-dim")
            body_box.setContentsMargins(24, 48, 24, 48)
            card = QFrame()
            card.setObjectName("sim-dialog")
            body_box.addWidget(card)
            body_box.addStretch(1)
            host = QVBoxLayout(card)
        host.setContentsMargins(16, 12, 16, 16)
        host.setSpacing(12)
        self._build(host, shown)
        if not any(e.type == "space" for e in shown):
            host.addStretch(1)  # room to spare goes below, not between the lines
        self.refresh(visible)
        title = next((self.tr(e.label) for e in shown if e.type == "header"), "")
        self.setAccessibleName(translate("Simulation", "Practice screen") + (f": {title}" if title else ""))

    def _press_or_hold(self, w: QAbstractButton, element_id: str) -> None:
        """A press goes out as ``pressed``; kept down for HOLD_MS (mouse button or Space), as ``held``."""
        w.pressed.connect(lambda i=element_id: self._down(i))
        w.released.connect(self._hold_timer.stop)
        w.clicked.connect(lambda _=False, i=element_id: self._clicked(i))

    def _down(self, element_id: str) -> None:
        self._holding, self._was_held = element_id, None
        self._hold_timer.start()

    def _held(self) -> None:
        if self._holding is not None:
            self._was_held = self._holding
            self.held.emit(self._holding)

    def _clicked(self, element_id: str) -> None:
        if self._was_held == element_id:  # the release after a long press
            self._was_held = None
            return
        self._hold_timer.stop()
        self.pressed.emit(element_id)

    def refresh(self, visible: Callable[[Element], bool]) -> None:
        """Show the elements whose task is done (a sent message appears), without rebuilding."""
        for eid, w in self.widgets.items():
            w.setVisible(visible(self.elements[eid]))

    def _rows(self, elements: list[Element]) -> list[list[Element]]:
        rows: list[list[Element]] = []
        for e in elements:
            joins = rows and (e.inline or (e.type == "icon" and all(x.type == "icon" for x in rows[-1])))
            if joins:
                rows[-1].append(e)
            else:
                rows.append([e])
        return rows

    def _build(self, host: QVBoxLayout, elements: list[Element]) -> None:
        for row in self._rows(elements):
            if row[0].type == "space":
                host.addStretch(1)
                host.addSpacing(self.target_px // 2)
                continue
            if len(row) == 1 and row[0].type == "bubble":  # wraps within 80% of the width, on its side
                line = QHBoxLayout()
                if row[0].style == "out":
                    line.addStretch(1)
                line.addWidget(self._make(row[0]), 4)
                if row[0].style != "out":
                    line.addStretch(1)
                host.addLayout(line)
                continue
            if len(row) == 1:
                w = self._make(row[0])
                align = self._align(row[0])
                host.addWidget(w, 0, align) if align else host.addWidget(w)
                continue
            if any(e.type == "field" for e in row):
                line = QHBoxLayout()
                line.setSpacing(12)
                for e in row:
                    w = self._make(e, compact=True)
                    line.addWidget(w, 1 if e.type == "field" else 0, Qt.AlignmentFlag.AlignVCenter)
                host.addLayout(line)
                continue
            holder = QWidget()
            flow = CentredFlow(holder)
            for e in row:
                flow.add_widget(self._make(e))
            host.addWidget(holder)

    @staticmethod
    def _align(e: Element) -> Qt.AlignmentFlag | None:
        if e.type == "bubble":
            return Qt.AlignmentFlag.AlignRight if e.style == "out" else Qt.AlignmentFlag.AlignLeft
        if e.type in ("icon", "picture", "qr"):
            return Qt.AlignmentFlag.AlignHCenter
        return None

    def _make(self, e: Element, compact: bool = False) -> QWidget:
        label = self.tr(e.label)
        w: QWidget
        if e.type == "header":
            w = _label(label, "header")
        elif e.type in ("text", "bubble"):
            w = _label(label, e.type, e.style)
            if e.style in ("big", "caption"):
                w.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        elif e.type in ("button", "item"):
            w = QPushButton()
            w.setAutoDefault(True)  # Enter presses it, as Space does (a list row too)
            w.setProperty("sim", e.type)
            w.setProperty("simstyle", e.style)
            detail = self.tr(e.detail) if e.detail is not None else ""
            # long words wrap onto more lines at large text sizes; like a real message list, an
            # item's second line (a message's start) ends in "…" when it is wider than the screen.
            # The whole text stays the accessible name.
            w.ensurePolished()
            room = max(120, round(self.width_px * 0.8))
            shown_label = wrap_text(label, w.fontMetrics(), room)
            shown = detail
            if detail and e.type == "item":
                shown = w.fontMetrics().elidedText(detail, Qt.TextElideMode.ElideRight, room)
            w.setText(f"{shown_label}\n{shown}" if detail else shown_label)
            w.setAccessibleName(f"{label}, {detail}" if detail else label)
            self._press_or_hold(w, e.id)
        elif e.type == "icon":
            w = IconButton(e.icon, e.style, self.c, self.target_px)
            w.setText(label)
            w.setAccessibleName(label)
            self._press_or_hold(w, e.id)
        elif e.type == "toggle":
            w = Switch(self.c, self.target_px)
            w.setText(label)
            w.clicked.connect(lambda _=False, i=e.id: self.toggled.emit(i))
        elif e.type == "picture":
            side = min(round(self.width_px * 0.6), max(240, self.target_px * 3))
            w = PictureButton(
                e.shape, self.asset(e.picture) if e.picture else None, self.c, self.target_px, side
            )
            w.setAccessibleName(label)
            w.setToolTip(plain_tooltip(label))
            if self.pressable(e):
                self._press_or_hold(w, e.id)
            else:  # only a picture: not in the Tab order, and a press on it is not a miss
                w.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                w.setCursor(Qt.CursorShape.ArrowCursor)
        elif e.type == "qr":
            w = QrPanel(e.id, self.c, self.target_px, min(round(self.width_px * 0.6), 320))
            w.setText(label)
            w.setAccessibleName(label)
            w.clicked.connect(lambda _=False, i=e.id: self.pressed.emit(i))
        elif e.type == "field":
            w = Field(label, compact)
            w.typed.connect(lambda text, i=e.id: self.typed.emit(i, text))
            w.submitted.connect(lambda text, i=e.id: self.submitted.emit(i, text))
        else:  # numpad
            w = Numpad(label, e.mask)
            w.pressed.connect(lambda k, i=e.id: self.key.emit(i, k))
        w.setObjectName(f"el-{e.id}")
        self.widgets[e.id] = w
        return w

    def control(self, element_id: str) -> QWidget | None:
        """The widget that takes the press or the typing (a field's text box)."""
        w = self.widgets.get(element_id)
        return w.edit if isinstance(w, Field) else w
