"""The way into tutor mode: first-run set-up of the centre and its first tutor, then choosing a tutor
and entering their PIN. Nothing in a learner's session leads past this screen without a tutor PIN."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from trainer.ui.screens.base import Screen
from trainer.ui.widgets import Button, FlowLayout, Text, Tile

translate = QCoreApplication.translate


class TutorSetupScreen(Screen):
    """First run: the centre (name, place, code) and the first tutor's name; the PIN comes next."""

    cancelled = Signal()
    next_step = Signal(str, str, str, str)  # centre name, place, code, tutor name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = Text(role="title")
        self.intro = Text()
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        self.fields: dict[str, tuple[Text, QLineEdit]] = {}
        for key in ("centre", "place", "code", "tutor"):
            label, edit = Text(role="heading"), QLineEdit()
            edit.setObjectName(f"setup-{key}")
            edit.setMaxLength(80)
            edit.returnPressed.connect(self.go_next)
            self.body.addWidget(label)
            self.body.addWidget(edit)
            self.fields[key] = (label, edit)
        self.error = Text(role="error")
        self.error.hide()
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self.back = Button()
        self.next = Button(role="primary")
        self.next.setObjectName("setup-next")
        self.back.clicked.connect(self.cancelled)
        self.next.clicked.connect(self.go_next)
        self.bar_layout.addWidget(self.back)
        self.bar_layout.addStretch(1)
        self.bar_layout.addWidget(self.next)
        self.bar.show()
        self.retranslate()

    def value(self, key: str) -> str:
        return " ".join(self.fields[key][1].text().split())

    def go_next(self) -> None:
        missing = [k for k in ("centre", "place", "tutor") if not self.value(k)]
        if missing:
            self.error.set_text(
                translate("Tutor", "Please fill in: %1").replace(
                    "%1", ", ".join(self.fields[k][0].plain_text() for k in missing)
                )
            )
            self.error.show()
            self.fields[missing[0]][1].setFocus()
            return
        self.error.hide()
        self.next_step.emit(
            self.value("centre"), self.value("place"), self.value("code"), self.value("tutor")
        )

    def retranslate(self) -> None:
        self.title.set_text(translate("Tutor", "Set up tutor mode"))
        self.intro.set_text(
            translate("Tutor", "This is done once per computer, by a tutor. Learners do not need it.")
        )
        texts = {
            "centre": translate("Tutor", "Name of the centre"),
            "place": translate("Tutor", "Town or village"),
            "code": translate("Tutor", "Centre code (if your network gave you one)"),
            "tutor": translate("Tutor", "Your name (the first tutor)"),
        }
        for key, (label, edit) in self.fields.items():
            label.set_text(texts[key])
            edit.setAccessibleName(texts[key])
        self.back.set_label(translate("Tutor", "Back"))
        self.next.set_label(translate("Tutor", "Next: choose your PIN"))

    def on_show(self) -> None:
        self.fields["centre"][1].setFocus()


class TutorChooseScreen(Screen):
    """Which tutor is signing in (then their PIN)."""

    chosen = Signal(str, str)  # tutor id, name
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = Text(role="title")
        self.message = Text(role="error")
        self.message.hide()
        self.body.addWidget(self.title)
        self.body.addWidget(self.message)
        self.box = QWidget()
        self.flow = FlowLayout(self.box, spacing=16)
        self.body.addWidget(self.box)
        self.body.addStretch(1)
        self.back = Button()
        self.back.setObjectName("tutor-back")
        self.back.clicked.connect(self.cancelled)
        self.bar_layout.addWidget(self.back)
        self.bar_layout.addStretch(1)
        self.bar.show()
        self.tiles: list[Tile] = []
        self.retranslate()

    def set_tutors(self, tutors) -> None:
        for tile in self.tiles:
            self.flow.removeWidget(tile)
            tile.hide()
            tile.setParent(None)
            tile.deleteLater()
        self.tiles = []
        for tutor in tutors:
            tile = Tile(tutor.name)
            tile.setObjectName(f"tutor-{tutor.id}")
            tile.setMinimumSize(220, 90)
            tile.clicked.connect(lambda _=False, t=tutor: self.chosen.emit(t.id, t.name))
            self.flow.add_widget(tile)
            tile.show()
            self.tiles.append(tile)

    def show_message(self, text: str) -> None:
        self.message.set_text(text)
        self.message.setVisible(bool(text))

    def retranslate(self) -> None:
        self.title.set_text(translate("Tutor", "Tutors: who is signing in?"))
        self.back.set_label(translate("Tutor", "Back to the learners"))

    def on_show(self) -> None:
        (self.tiles[0] if self.tiles else self.back).setFocus()


class PassphraseScreen(Screen):
    """After set-up: the centre's signing passphrase, shown once, to be written down."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = Text(role="title")
        self.what = Text()
        self.phrase = Text(role="title")
        self.phrase.setTextInteractionFlags(self.phrase.textInteractionFlags())
        self.status = Text(role="muted")
        for w in (self.title, self.what, self.phrase, self.status):
            self.body.addWidget(w)
        self.body.addStretch(1)
        self.ok = Button(role="primary")
        self.ok.setObjectName("passphrase-done")
        self.ok.clicked.connect(self.done)
        self.bar_layout.addStretch(1)
        self.bar_layout.addWidget(self.ok)
        self.bar.show()
        self._phrase, self._ready, self._made = "", False, False
        self.retranslate()

    def show_passphrase(self, phrase: str, ready: bool, made: bool = False) -> None:
        self._phrase, self._ready, self._made = phrase, ready, made
        self.retranslate()

    def retranslate(self) -> None:
        self.title.set_text(translate("Tutor", "Tutor mode is ready"))
        self.what.set_text(
            translate(
                "Tutor",
                "Certificates from this centre are signed with a key kept on this computer. The key is locked "
                "with the passphrase below. Write it down and keep it somewhere safe: you need it to issue "
                "certificates, and nobody can recover it.",
            )
        )
        self.phrase.set_text(self._phrase)
        if not self._ready:
            status = translate("Tutor", "Making the signing key… this takes a few seconds.")
        elif self._made:
            status = translate("Tutor", "The signing key is ready.")
        else:
            status = translate(
                "Tutor", "The signing key could not be made now. You can make it later from the tutor pages."
            )
        self.status.set_text(status)
        self.ok.set_label(translate("Tutor", "I have written it down"))
        self.ok.setEnabled(self._ready)

    def on_show(self) -> None:
        self.ok.setFocus()
