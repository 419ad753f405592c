"""The start screen on a shared PC: one big tile per learner, and "I am new"."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from trainer.services.learners import Tile as LearnerTile
from trainer.services.translations import other_language_label
from trainer.ui.avatars import avatar_icon
from trainer.ui.icons import plus_icon
from trainer.ui.screens.base import Screen
from trainer.ui.widgets import Button, FlowLayout, Text, Tile


class SignInScreen(Screen):
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
        self.flow = FlowLayout(self.tiles_box, spacing=24)
        self.body.addWidget(self.tiles_box)
        self.empty = Text(role="muted")
        self.body.addWidget(self.empty)
        self.body.addStretch(1)
        self.new_tile = Tile(icon=plus_icon())
        self.new_tile.clicked.connect(self.new_learner)
        self.flow.add_widget(self.new_tile)
        self.tutor = Button()
        self.tutor.setObjectName("for-tutors")
        self.tutor.clicked.connect(self.tutor_pressed)
        self.bar_layout.addStretch(1)
        self.bar_layout.addWidget(self.tutor)
        self.bar.show()
        self._tiles: list[Tile] = []
        self._learners: list[LearnerTile] = []
        self._tile_px = 180
        self.retranslate()

    def set_learners(self, learners: list[LearnerTile]) -> None:
        for tile in self._tiles:
            self.flow.removeWidget(tile)
            tile.hide()
            tile.setParent(None)
            tile.deleteLater()
        self._tiles = []
        self._learners = learners
        for learner in learners:
            tile = Tile(learner.name, avatar_icon(learner.avatar, learner.colour, self._tile_px * 2 // 3))
            tile.setObjectName(f"learner-{learner.id}")
            tile.clicked.connect(lambda _=False, lid=learner.id: self.learner_chosen.emit(lid))
            self.flow.add_widget(tile)
            self._tiles.append(tile)
        self.set_tile_size(self._tile_px)
        self.retranslate()
        self.setTabOrder(self.language, self.new_tile)
        prev = self.new_tile
        for tile in self._tiles:
            self.setTabOrder(prev, tile)
            prev = tile

    def set_tile_size(self, px: int) -> None:
        self._tile_px = px
        for tile in [self.new_tile, *self._tiles]:
            tile.setIconSize(QSize(px * 2 // 3, px * 2 // 3))
            tile.setMinimumSize(QSize(px, px))
            tile.setMaximumWidth(px * 2)
        self.tiles_box.updateGeometry()

    def tiles(self) -> list[Tile]:
        return list(self._tiles)

    def retranslate(self) -> None:
        self.title.set_text(self.tr("Digital Bridge"))
        self.question.set_text(self.tr("Who is learning today?"))
        self.hint.set_text(self.tr("Press your picture to begin. New here? Press “I am new”."))
        self.new_tile.setText(self.tr("I am new"))
        self.new_tile.setAccessibleName(self.tr("I am new: make my own picture to sign in"))
        self.language.set_label(*other_language_label())
        self.tutor.set_label(self.tr("For tutors"), self.tr("For tutors: sign in with a tutor PIN"))
        self.empty.set_text(
            self.tr("Nobody has signed up on this computer yet. Press “I am new” to begin.")
            if not self._learners
            else ""
        )
        self.empty.setVisible(not self._learners)
        for tile, learner in zip(self._tiles, self._learners, strict=True):
            name = learner.name
            tile.setAccessibleName(
                self.tr("%1, asks for a PIN").replace("%1", name) if learner.has_pin else name
            )

    def on_show(self) -> None:
        (self._tiles[0] if self._tiles else self.new_tile).setFocus()
