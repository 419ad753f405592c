"""'I am new': a learner makes their own tile in three steps: name, picture, language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from trainer.domain.learner import AVATARS, name_problem
from trainer.services.learners import colour_for
from trainer.services.translations import current_language
from trainer.ui.avatars import avatar_icon
from trainer.ui.screens.base import Screen
from trainer.ui.widgets import Button, ChoiceGroup, FlowLayout, Text, Tile

translate = QCoreApplication.translate

STEPS = 3


class NewLearnerScreen(Screen):
    cancelled = Signal()
    finished = Signal(str, str, str)  # name, avatar, language

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = Text(role="muted")
        self.body.addWidget(self.progress)
        self.pages = QStackedWidget()
        self.body.addWidget(self.pages)
        self._build_name_page()
        self._build_picture_page()
        self._build_language_page()
        self.body.addStretch(1)
        self.back = Button()
        self.next = Button(role="primary")
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        self.bar_layout.addWidget(self.back)
        self.bar_layout.addStretch(1)
        self.bar_layout.addWidget(self.next)
        self.bar.show()
        self.retranslate()

    # pages -------------------------------------------------------------------------------------
    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.pages.addWidget(page)
        return page, layout

    @staticmethod
    def _end(layout: QVBoxLayout) -> None:
        layout.addStretch(1)

    def _build_name_page(self) -> None:
        _, layout = self._page()
        self.name_q = Text(role="heading")
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(40)
        self.name_edit.returnPressed.connect(self.go_next)
        self.name_error = Text(role="error")
        self.name_error.hide()
        layout.addWidget(self.name_q)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.name_error)
        self._end(layout)

    def _build_picture_page(self) -> None:
        _, layout = self._page()
        self.picture_q = Text(role="heading")
        layout.addWidget(self.picture_q)
        box = QWidget()
        flow = FlowLayout(box, spacing=16)
        self.avatar_group = ChoiceGroup(self)
        self.avatar_tiles: dict[str, Tile] = {}
        for avatar in AVATARS:
            tile = Tile(icon=avatar_icon(avatar, colour_for(avatar), 192))
            tile.setCheckable(True)
            tile.setIconSize(QSize(110, 110))
            tile.setObjectName(f"avatar-{avatar}")
            tile.clicked.connect(lambda: self.next.setFocus())
            self.avatar_group.addButton(tile)
            self.avatar_tiles[avatar] = tile
            flow.add_widget(tile)
        self.avatar_group.choose(self.avatar_tiles[AVATARS[0]])
        layout.addWidget(box)
        self._end(layout)

    def _build_language_page(self) -> None:
        _, layout = self._page()
        self.language_q = Text(role="heading")
        layout.addWidget(self.language_q)
        self.language_group = ChoiceGroup(self)
        self.language_buttons: dict[str, Button] = {}
        for code, label in (("zh_CN", "中文"), ("en", "English")):
            b = Button(label)
            b.setCheckable(True)
            b.setMinimumHeight(90)
            b.setObjectName(f"language-{code}")
            self.language_group.addButton(b)
            self.language_buttons[code] = b
            b.clicked.connect(lambda: self.next.setFocus())
            layout.addWidget(b)
        self._end(layout)

    # flow --------------------------------------------------------------------------------------
    def start(self) -> None:
        self.name_edit.clear()
        self.name_error.hide()
        self.avatar_group.choose(self.avatar_tiles[AVATARS[0]])
        language = current_language() if current_language() in self.language_buttons else "zh_CN"
        self.language_group.choose(self.language_buttons[language])
        self._go(0)

    def step(self) -> int:
        return self.pages.currentIndex()

    def chosen_avatar(self) -> str:
        for avatar, tile in self.avatar_tiles.items():
            if tile.isChecked():
                return avatar
        return AVATARS[0]

    def chosen_language(self) -> str:
        for code, b in self.language_buttons.items():
            if b.isChecked():
                return code
        return "zh_CN"

    def go_back(self) -> None:
        if self.step() == 0:
            self.cancelled.emit()
        else:
            self._go(self.step() - 1)

    def go_next(self) -> None:
        if self.step() == 0:
            problem = name_problem(self.name_edit.text())
            if problem:
                self.name_error.set_text(self._name_message(problem))
                self.name_error.show()
                self.name_edit.setFocus()
                return
            self.name_error.hide()
        if self.step() < STEPS - 1:
            self._go(self.step() + 1)
        else:
            self.finished.emit(self.name_edit.text(), self.chosen_avatar(), self.chosen_language())

    def _go(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.retranslate()
        focus = [
            self.name_edit,
            self.avatar_tiles[self.chosen_avatar()],
            self.language_buttons[self.chosen_language()],
        ]
        focus[index].setFocus(Qt.FocusReason.OtherFocusReason)

    def _name_message(self, problem: str) -> str:
        if problem == "too_long":
            return self.tr("That name is too long. Please use at most 40 letters.")
        if problem in ("bidi", "bad_characters"):
            return self.tr(
                "That name has invisible characters in it. Please type it again with letters only."
            )
        return self.tr(
            "Please type your name first. Your family name and given name are fine, or a nickname."
        )

    def on_show(self) -> None:
        self._go(self.step())

    def retranslate(self) -> None:
        step = self.step() + 1
        self.progress.set_text(self.tr("Step %1 of %2").replace("%1", str(step)).replace("%2", str(STEPS)))
        self.name_q.set_text(self.tr("What is your name?"))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("Type your name here"))
        self.picture_q.set_text(self.tr("Choose a picture. You will press it to sign in."))
        names = avatar_names()
        for avatar, tile in self.avatar_tiles.items():
            tile.setText(names[avatar])
            tile.setAccessibleName(names[avatar])
        self.language_q.set_text(self.tr("Which language would you like?"))
        self.back.set_label(self.tr("Back"))
        last = self.step() == STEPS - 1
        self.next.set_label(self.tr("Finish") if last else self.tr("Next"))


def avatar_names() -> dict[str, str]:
    return {
        "sun": translate("Avatar", "Sun"),
        "flower": translate("Avatar", "Flower"),
        "tree": translate("Avatar", "Tree"),
        "fish": translate("Avatar", "Fish"),
        "bird": translate("Avatar", "Bird"),
        "house": translate("Avatar", "House"),
        "teapot": translate("Avatar", "Teapot"),
        "moon": translate("Avatar", "Moon"),
        "mountain": translate("Avatar", "Mountain"),
        "boat": translate("Avatar", "Boat"),
        "cat": translate("Avatar", "Cat"),
        "apple": translate("Avatar", "Apple"),
    }
