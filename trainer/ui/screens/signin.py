"""The start screen on a shared PC: one big tile per learner, and "I am new"."""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QWidget

from trainer.services.learners import LearnerTile
from trainer.services.translations import other_language_label
from trainer.ui.avatars import avatar_icon
from trainer.ui.icons import plus_icon
from trainer.ui.screens.base import Screen
from trainer.ui.theme import SCROLL_BAR_PX
from trainer.ui.widgets import Button, Text, Tile

SPACING = 24
FIRST_TILES = 17  # with "I am new", three rows of six on a 1366 px screen: all that shows at first


class SignInScreen(Screen):
    """The tiles sit in a grid with as many columns as fit the page: Qt lays a grid out by itself (the
    first screen is drawn sooner than with the Python flow layout the other screens use), and the
    columns line up."""

    learner_chosen = Signal(str)  # learner id
    new_learner = Signal()
    language_toggled = Signal()
    tutor_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        top = QHBoxLayout()
        self.title = Text(role="title")
        self.language = Button()
        self.language.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        self.language.clicked.connect(self.language_toggled)
        top.addWidget(self.title, 1)
        top.addWidget(self.language)
        self.body.addLayout(top)
        self.question = Text(role="heading")
        self.hint = Text(role="muted")
        self.body.addWidget(self.question)
        self.body.addWidget(self.hint)
        self.tiles_box = QWidget()
        self.grid = QGridLayout(self.tiles_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(SPACING)
        self._columns = 0
        self.body.addWidget(self.tiles_box)
        self.empty = Text(role="muted")
        self.body.addWidget(self.empty)
        self.body.addStretch(1)
        self.new_tile = Tile(icon=plus_icon())
        self.new_tile.clicked.connect(self.new_learner)
        self.for_tutors = Button()
        self.for_tutors.setObjectName("for-tutors")
        self.for_tutors.clicked.connect(self.tutor_pressed)
        self.bar_layout.addStretch(1)
        self.bar_layout.addWidget(self.for_tutors)
        self.bar.show()
        self._tiles: list[Tile] = []
        self._learners: list[LearnerTile] = []
        self._tile_px = 180
        self._rest_pending = False
        self._size_tile(self.new_tile, self._tile_px)
        self._place_tiles()
        self.retranslate()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_tiles()  # as many columns as fit the new width

    def _column_count(self) -> int:
        # the screen's width less the page's margins and room for the scroll bar, which shows when
        # the tiles do not fit (the page itself is never narrower than its grid)
        m = self.body.contentsMargins()
        width = self.width() - m.left() - m.right() - SCROLL_BAR_PX
        tiles = [self.new_tile, *self._tiles]
        tile = max(max(t.sizeHint().width(), t.minimumWidth()) for t in tiles)
        return max(1, (width + SPACING) // (tile + SPACING))

    def _place_tiles(self, again: bool = False) -> None:
        """Row by row, "I am new" first; only when the number of columns changed (or ``again``)."""
        columns = self._column_count()
        if columns == self._columns and not again:
            return
        while self.grid.count():
            self.grid.takeAt(0)
        for index, tile in enumerate([self.new_tile, *self._tiles]):
            self.grid.addWidget(tile, index // columns, index % columns)
        self.grid.setColumnStretch(self._columns, 0)
        self.grid.setColumnStretch(columns, 1)  # the room left over stays at the right
        self._columns = columns

    def set_learners(self, learners: list[LearnerTile]) -> None:
        """One tile per learner. The first rows are made at once; the rest right after the screen is
        drawn, so that a PC with many learners shows its sign-in screen as soon as one with few."""
        for tile in self._tiles:
            self.grid.removeWidget(tile)
            tile.hide()
            tile.setParent(None)
            tile.deleteLater()
        self._tiles = []
        self._learners = list(learners)
        self._add_tiles(FIRST_TILES)
        self._rest_pending = len(self._tiles) < len(self._learners)  # made once the screen is drawn
        self._show_empty()  # (the new tiles were named as they were made)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._rest_pending:
            self._rest_pending = False
            QTimer.singleShot(0, self, self._add_tiles)  # (of whichever learners are shown by then)

    def _add_tiles(self, up_to: int | None = None) -> None:
        start = len(self._tiles)
        end = len(self._learners) if up_to is None else min(up_to, len(self._learners))
        if end <= start:
            return
        px = self._tile_px
        for learner in self._learners[start:end]:
            tile = Tile(learner.name, avatar_icon(learner.avatar, learner.colour, px * 2 // 3))
            tile.setObjectName(f"learner-{learner.id}")
            tile.clicked.connect(lambda _=False, lid=learner.id: self.learner_chosen.emit(lid))
            self._size_tile(tile, px)
            self._name_tile(tile, learner)
            self._tiles.append(tile)
        self._place_tiles(again=True)
        prev = self._tiles[start - 1] if start else self.new_tile
        if not start:
            self.setTabOrder(self.language, self.new_tile)
        for tile in self._tiles[start:]:
            self.setTabOrder(prev, tile)
            prev = tile

    @staticmethod
    def _size_tile(tile: Tile, px: int) -> None:
        # as tall as the tallest in its row (a Chinese caption is a little taller than a Latin one)
        tile.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        tile.setIconSize(QSize(px * 2 // 3, px * 2 // 3))
        tile.setMinimumSize(QSize(px, px))
        tile.setMaximumWidth(px * 2)

    def _name_tile(self, tile: Tile, learner: LearnerTile) -> None:
        name = learner.name
        tile.setAccessibleName(self.tr("%1, asks for a PIN").replace("%1", name) if learner.has_pin else name)

    def set_tile_size(self, px: int) -> None:
        if px == self._tile_px:
            return
        self._tile_px = px
        for tile in [self.new_tile, *self._tiles]:
            self._size_tile(tile, px)
        self._place_tiles(again=True)

    def tiles(self) -> list[Tile]:
        """Every learner's tile (those not made yet are made now)."""
        self._add_tiles()
        return list(self._tiles)

    def retranslate(self) -> None:
        self.title.set_text(self.tr("Digital Bridge"))
        self.question.set_text(self.tr("Who is learning today?"))
        self.hint.set_text(self.tr("Press your picture to begin. New here? Press “I am new”."))
        self.new_tile.setText(self.tr("I am new"))
        self.new_tile.setAccessibleName(self.tr("I am new: make my own picture to sign in"))
        self.language.set_label(*other_language_label())
        self.for_tutors.set_label(self.tr("For tutors"), self.tr("For tutors: sign in with a tutor PIN"))
        self._show_empty()
        for tile, learner in zip(self._tiles, self._learners, strict=False):  # (the rest: when made)
            self._name_tile(tile, learner)

    def _show_empty(self) -> None:
        """The note for a computer nobody has signed up on yet, shown only then."""
        self.empty.set_text(
            self.tr("Nobody has signed up on this computer yet. Press “I am new” to begin.")
            if not self._learners
            else ""
        )
        self.empty.setVisible(not self._learners)

    def on_show(self) -> None:
        (self._tiles[0] if self._tiles else self.new_tile).setFocus()
