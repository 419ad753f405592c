"""Right-click to open a menu and choose from it; drag a photo into the album."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEasingCurve, QPoint, QPropertyAnimation, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from trainer.ui.steps.practice.base import DrillView, at_least
from trainer.ui.steps.practice.panel import Drawn, Panel
from trainer.ui.widgets import Button, Card

translate = QCoreApplication.translate
DRAG_START_PX = 6  # movement below this is a click, not a drag
SNAP_BACK_MS = 250


class RightClickDrill(DrillView):
    def build_area(self) -> QWidget:
        side = max(self.min_px, 160 if self.step.level == "easy" else 110)
        self.panel = Panel(self.theme, max(420, side + 320), translate("Practice", "Practice area"))
        self.panel.on_press = lambda e: self.close_menu()
        self.photo = Drawn(self.theme, "photo", self.label(self.step.target), side, self.panel)
        self.photo.on_press = self.press
        self.photo.move(40, 40)
        self.menu = Card(self.panel)
        self.menu.setObjectName("context-menu")
        self.menu_grid = QGridLayout(self.menu)
        self.menu_grid.setContentsMargins(8, 8, 8, 8)
        self.menu_grid.setSpacing(6)
        self.items: dict[str, Button] = {}
        for item_id, text in self.step.menu:
            b = Button(self.label(text))
            b.setObjectName(f"menu-{item_id}")
            at_least(b, self.min_px)
            b.clicked.connect(lambda _=False, i=item_id: self.choose(i))
            self.items[item_id] = b
        self.menu_columns = 0
        self._arrange_menu(1)
        self.menu.hide()
        return self.panel

    def _arrange_menu(self, columns: int) -> None:
        """The choices one under the other; in two columns when the page is too short for that."""
        if columns == self.menu_columns:
            return
        self.menu_columns = columns
        rows = -(-len(self.items) // columns)
        for n, b in enumerate(self.items.values()):
            self.menu_grid.removeWidget(b)
            self.menu_grid.addWidget(b, n % rows, n // rows)

    def act_on(self, starting: bool) -> list[QWidget]:
        """The area when it opens; then the photo, or the menu while it is open (all of its choices)."""
        if starting:
            return [self.panel]
        return [self.menu] if self.menu.isVisible() else [self.photo]

    def fit_room(self, height: int) -> None:
        self.menu.ensurePolished()  # (the photo, and the menu wherever it opens on it)
        self._arrange_menu(1)
        menu = self.menu.layout().totalSizeHint().height()
        if menu + 16 > height:
            self._arrange_menu(2)
            menu = self.menu.layout().totalSizeHint().height()
        self.panel.fit(height, max(self.photo.y() + self.photo.height() + 16, menu + 16))

    def press(self, e: QMouseEvent) -> None:
        if self.tally.finished:
            return
        if e.button() == Qt.MouseButton.RightButton:
            self.open_menu(self.photo.mapTo(self.panel, e.position().toPoint()))
        elif e.button() == Qt.MouseButton.LeftButton:
            self.close_menu()
            self.miss(
                {"button": "left"},
                translate("Practice", "That was the left button. Press the right button to open the menu."),
            )

    def open_menu(self, at: QPoint) -> None:
        self.menu.adjustSize()
        x = min(at.x(), max(0, self.panel.width() - self.menu.width()))
        y = min(at.y(), max(0, self.panel.height() - self.menu.height()))
        self.menu.move(x, y)
        self.menu.show()
        self.menu.raise_()
        self.say(
            translate("Practice", "The menu is open. Now click “%1”.").replace("%1", self._answer()),
            speak=True,
        )

    def _answer(self) -> str:
        return next(self.label(t) for i, t in self.step.menu if i == self.step.answer)

    def close_menu(self) -> None:
        self.menu.hide()

    def choose(self, item_id: str) -> None:
        self.close_menu()
        if item_id == self.step.answer:
            self.hit({"chose": item_id})
            return
        chosen = next(self.label(t) for i, t in self.step.menu if i == item_id)
        self.miss(
            {"chose": item_id},
            translate("Practice", "That was “%1”. Open the menu again and click “%2”.")
            .replace("%1", chosen)
            .replace("%2", self._answer()),
        )

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Esc closes a menu, as everywhere
        if event.key() == Qt.Key.Key_Escape and self.menu.isVisible():
            self.close_menu()
            return
        super().keyPressEvent(event)

    def reset_area(self) -> None:
        self.close_menu()


class DragDrill(DrillView):
    def build_area(self) -> QWidget:
        side = max(self.min_px, 120 if self.step.level == "easy" else 90)
        self.panel = Panel(self.theme, max(380, side * 2 + 120), translate("Practice", "Practice area"))
        self.album = Drawn(self.theme, "album", self.label(self.step.place), side * 2, self.panel)
        self.album.setCursor(Qt.CursorShape.ArrowCursor)
        self.photo = Drawn(self.theme, "photo", self.label(self.step.target), side, self.panel)
        self.photo.setCursor(Qt.CursorShape.OpenHandCursor)
        self.photo.on_press = self.grab_photo
        self.photo.on_move = self.drag_to  # the press grabs the mouse: moves and the release come here
        self.photo.on_release = self.drop
        self._drag: QPoint | None = None
        self._room = 0  # the page's room for the area (see fit_room)
        self._moved = 0.0
        self._anim: QPropertyAnimation | None = None
        self.panel.on_resize = self.lay_out
        return self.panel

    def fit_room(self, height: int) -> None:
        """On a short page the album is drawn smaller (never smaller than the photo), to show whole."""
        self._room = height
        caption = self.album.height() - self.album.side
        side = max(self.photo.side, min(self.photo.side * 2, height - 24 - caption))
        if side != self.album.side:
            self.album.set_side(side)
        self.panel.fit(height, max(self.album.height(), self.photo.height()) + 24)

    def home(self) -> QPoint:
        return QPoint(40, max(20, (self.panel.height() - self.photo.height()) // 2))

    def lay_out(self) -> None:
        if self._room:  # (the album's caption may have wrapped onto more lines)
            self.fit_room(self._room)
        self.album.move(
            max(self.photo.width() + 100, self.panel.width() - self.album.width() - 40),
            max(10, (self.panel.height() - self.album.height()) // 2),
        )
        if self._drag is None:
            self.photo.move(self.home())

    def grab_photo(self, e: QMouseEvent) -> None:
        if self.tally.finished or e.button() != Qt.MouseButton.LeftButton:
            return
        self._drag = e.position().toPoint()
        self._moved = 0.0
        self.photo.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.photo.raise_()

    def drag_to(self, e: QMouseEvent) -> None:
        if self._drag is None:
            return
        at = self.photo.mapTo(self.panel, e.position().toPoint()) - self._drag
        self._moved = max(self._moved, (at - self.home()).manhattanLength())
        self.photo.move(at)
        self.album.lit = self.album.geometry().contains(self.photo.geometry().center())
        self.album.update()

    def drop(self, e: QMouseEvent) -> None:
        if self._drag is None:
            return
        self._drag = None
        self.photo.setCursor(Qt.CursorShape.OpenHandCursor)
        self.album.lit = False
        self.album.update()
        inside = self.album.geometry().contains(self.photo.geometry().center())
        if inside:
            self.photo.move(self.home())
            self.hit(
                {"dropped": "inside"}, translate("Practice", "It is in the album. Here is the next photo.")
            )
            if self.tally.finished:
                self.photo.hide()
            return
        if self._moved < DRAG_START_PX:
            hint = translate(
                "Practice", "Keep the left button held down while you move the mouse to the album."
            )
        else:
            hint = translate(
                "Practice",
                "The photo went back. Hold the button down until the photo is over the album, then let go.",
            )
        self.snap_back()
        self.miss({"dropped": "outside", "moved_px": round(self._moved)}, hint)

    def snap_back(self) -> None:
        if self.ctx.settings.reduced_motion:
            self.photo.move(self.home())
            return
        self._anim = QPropertyAnimation(self.photo, b"pos", self)
        self._anim.setDuration(SNAP_BACK_MS)
        self._anim.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._anim.setEndValue(self.home())
        self._anim.start()

    def reset_area(self) -> None:
        self.photo.show()
        self.photo.move(self.home())
