"""Tutor mode: the voices volunteers recorded (issue 20). Each voice with what it covers and its ways in:
record more, see what is left to record, save it to one file for other centres; and a pack from another
centre can be imported (checked whole first: a bad pack is refused naming the file).

The view only: ``ui.tutor.ops.voices`` finds the voices and their coverage off the UI thread and runs
import and export."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from trainer.services.speech.voice_report import PackReport
from trainer.ui.screens.base import Screen
from trainer.ui.tutor.asking import StatusAndConfirm
from trainer.ui.widgets import Button, Card, FlowLayout, Text

translate = QCoreApplication.translate
LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}


def coverage_line(r: PackReport) -> str:
    """'中文 · 312 of 1204 texts recorded (26%) · 5 to record again'."""
    text = translate("Voices", "%1 of %2 texts recorded (%3%)").replace("%1", str(r.recorded))
    text = text.replace("%2", str(r.total)).replace("%3", str(round(100 * r.share)))
    parts = [LANGUAGE_NAMES.get(r.pack.lang, r.pack.lang), text]
    if r.stale:
        parts.append(
            translate("Voices", "%1 to record again (the lesson's words changed)").replace("%1", str(r.stale))
        )
    return " · ".join(parts)


def sound_line() -> str:
    """Whether this PC can play sound and, if not, the precise cause and what to do, in the tutor's
    language (the learner only reads that it cannot; ``trainer --self-test`` says it in English)."""
    from trainer.services.speech.sound_check import NO_DEVICE, NO_PLAYER, sound_state

    state = sound_state()
    if state.problem == NO_PLAYER:
        return translate(
            "Voices",
            "Sound: this computer has no program to play sound (aplay is missing). "
            "Install alsa-utils: sudo apt install alsa-utils",
        )
    if state.problem == NO_DEVICE:
        return translate(
            "Voices",
            "Sound: this computer has no sound device (no sound card was found). Plug in speakers or "
            "headphones, or install the sound card's driver. Learners see the words but hear nothing.",
        )
    return translate("Voices", "Sound: works on this computer (%1).").replace(
        "%1", ", ".join(state.devices) or str(state.sink)
    )


class VoicesScreen(Screen):
    back_pressed = Signal()
    record = Signal(str)  # a voice's id; "" to make a new voice
    coverage = Signal(str)
    export = Signal(str)
    import_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = Text(role="title")
        self.intro = Text(role="muted")
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        self.sound = Text()  # whether sound can be heard on this PC, and if not why (for the tutor)
        self.sound.setObjectName("voices-sound")
        self.body.addWidget(self.sound)
        top = QWidget()
        flow = FlowLayout(top, spacing=12)
        self.new_voice = Button(role="primary")
        self.new_voice.setObjectName("voices-new")
        self.new_voice.clicked.connect(lambda: self.record.emit(""))
        self.import_button = Button()
        self.import_button.setObjectName("voices-import")
        self.import_button.clicked.connect(self.import_pressed)
        flow.add_widget(self.new_voice)
        flow.add_widget(self.import_button)
        self.body.addWidget(top)
        self.asking = StatusAndConfirm("voices")
        self.status, self.confirm = self.asking.status, self.asking.confirm
        self.body.addWidget(self.status)
        self.body.addWidget(self.confirm)
        self.list_box = QWidget()
        self.list = QVBoxLayout(self.list_box)  # one card per voice, each as wide as the page
        self.list.setContentsMargins(0, 0, 0, 0)
        self.list.setSpacing(12)
        self.body.addWidget(self.list_box)
        self.empty = Text(role="muted")
        self.body.addWidget(self.empty)
        self.body.addStretch(1)
        self.back = Button()
        self.back.setObjectName("voices-back")
        self.back.clicked.connect(self.back_pressed)
        self.bar_layout.addWidget(self.back)
        self.bar_layout.addStretch(1)
        self.bar.show()
        self.reports: list[PackReport] = []
        self.cards: dict[str, Card] = {}
        self.retranslate()

    def show_reports(self, reports: list[PackReport]) -> None:
        self.reports = reports
        for card in self.cards.values():
            self.list.removeWidget(card)
            card.deleteLater()
        self.cards = {}
        for r in reports:
            self.cards[r.pack.id] = self._card(r)
            self.list.addWidget(self.cards[r.pack.id])
        self.empty.setVisible(not reports)
        self.retranslate()
        self.refresh_layout()

    def _card(self, r: PackReport) -> Card:
        card = Card()
        card.setObjectName(f"voice-card-{r.pack.id}")
        box = QVBoxLayout(card)
        box.setContentsMargins(20, 16, 20, 16)
        box.setSpacing(8)
        name = Text(r.pack.label, role="heading")
        line = Text(coverage_line(r), role="muted")
        line.setObjectName(f"voice-coverage-{r.pack.id}")
        box.addWidget(name)
        box.addWidget(line)
        row = QWidget()
        flow = FlowLayout(row, spacing=12)
        for key, signal in (("record", self.record), ("left", self.coverage), ("export", self.export)):
            b = Button()
            b.setObjectName(f"voice-{key}-{r.pack.id}")
            b.setProperty("voice_action", key)
            b.clicked.connect(lambda _=False, s=signal, i=r.pack.id: s.emit(i))
            flow.add_widget(b)
        box.addWidget(row)
        return card

    def say(self, text: str, confirm=None, confirm_label: str = "") -> None:
        """What happened; with ``confirm``, a button (``confirm_label``) that calls it."""
        self.asking.say(text, confirm, confirm_label)

    def retranslate(self) -> None:
        self.title.set_text(translate("Voices", "Recorded voices"))
        self.intro.set_text(
            translate(
                "Voices",
                "A volunteer can record the lessons in their own voice or dialect. Learners choose in "
                "Settings which voice reads to them; what is not recorded is read by the computer's voice.",
            )
        )
        self.new_voice.set_label(
            translate("Voices", "Record with a new voice…"),
            translate("Voices", "Make a new voice and record"),
        )
        self.import_button.set_label(translate("Voices", "Import a voice pack (.dbvoice)…"))
        self.empty.set_text(
            translate("Voices", "No voice has been recorded or imported on this computer yet.")
        )
        labels = {
            "record": translate("Voices", "Record…"),
            "left": translate("Voices", "What is left to record"),
            "export": translate("Voices", "Save to a file for other centres…"),
        }
        for pack_id, card in self.cards.items():
            label = next((r.pack.label for r in self.reports if r.pack.id == pack_id), pack_id)
            for b in card.findChildren(Button):
                key = b.property("voice_action")
                b.set_label(labels[key], f"{labels[key]} {label}")
            for r in self.reports:
                if r.pack.id == pack_id:
                    card.findChild(Text, f"voice-coverage-{pack_id}").set_text(coverage_line(r))
        self.back.set_label(translate("Voices", "Back to the tools"))
        self.sound.set_text(sound_line())

    def on_show(self) -> None:
        self.sound.set_text(sound_line())  # (speakers may have been plugged in meanwhile)
        self.new_voice.setFocus()
