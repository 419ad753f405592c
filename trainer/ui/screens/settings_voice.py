"""Settings: which voice reads to the learner. The computer's voice, or one of the voices volunteers
recorded at the centre ("四川话 · 李阿姨"); what a volunteer has not recorded is read by the computer.

Only voices recorded in the learner's language are offered; the card stays hidden while there are none
(a lone "computer voice" button would only puzzle). Choosing a voice lets the learner hear it at once.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from trainer.domain.speech import Utterance
from trainer.domain.voice_pack import VoicePack
from trainer.ui.widgets import Button, ChoiceGroup, FlowLayout, Text


class VoicePanel(QWidget):
    chosen = Signal(str)  # a voice pack's id, or "" for the computer's voice
    listen = Signal(object)  # an Utterance: a few words in the voice just chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(12)
        self.label = Text(role="heading")
        self.help = Text(role="muted")
        self.row = QWidget()
        self.flow = FlowLayout(self.row, spacing=12)  # wraps at large text sizes
        self.flow.setContentsMargins(0, 0, 0, 0)
        for w in (self.label, self.help, self.row):
            box.addWidget(w)
        self.group: ChoiceGroup | None = None
        self.buttons: list[Button] = []
        self.packs: list[VoicePack] = []
        self.lang = ""
        self.rate = "normal"
        self.retranslate()

    @property
    def values(self) -> list[str]:
        return ["", *(p.id for p in self.packs)]

    def show_voices(self, packs: Sequence[VoicePack], current: str, lang: str, rate: str = "normal") -> None:
        """The voices recorded in ``lang`` (``packs`` may hold others: they are left out)."""
        self.packs = sorted((p for p in packs if p.lang == lang), key=lambda p: p.label)
        self.lang, self.rate = lang, rate
        for b in self.buttons:
            self.flow.removeWidget(b)
            b.deleteLater()
        if self.group is not None:
            self.group.deleteLater()
        self.group = ChoiceGroup(self)  # a fresh group for the fresh buttons
        self.group.idClicked.connect(self._clicked)
        self.buttons = []
        for i, value in enumerate(self.values):
            b = Button()
            b.setCheckable(True)
            b.setObjectName(f"voice-{value or 'computer'}")
            self.group.addButton(b, i)
            self.flow.add_widget(b)
            self.buttons.append(b)
        self.set_value(current)
        self.retranslate()

    def set_value(self, value: str) -> None:
        values = self.values
        if self.group is not None and self.buttons:
            self.group.choose(self.buttons[values.index(value) if value in values else 0])

    def value(self) -> str:
        return next((v for v, b in zip(self.values, self.buttons, strict=True) if b.isChecked()), "")

    def _clicked(self, index: int) -> None:
        value = self.values[index]
        self.chosen.emit(value)
        self.listen.emit(self.sample(value))

    def sample(self, value: str) -> Utterance:
        """What the learner hears on choosing: words the volunteer recorded (a lesson's title first), or
        a sentence in the computer's voice."""
        pack = next((p for p in self.packs if p.id == value), None)
        recs = [r for r in pack.recordings if r.lang == pack.lang] if pack else []
        if recs:
            rec = next((r for r in recs if r.string == "title"), recs[0])
            return Utterance(rec.text, self.lang, self.rate, voice=value)
        return Utterance(self.tr("This is the voice that will read your lessons."), self.lang, self.rate)

    def retranslate(self) -> None:
        self.label.set_text(self.tr("Voice"))
        self.help.set_text(
            self.tr(
                "Volunteers at your centre recorded lessons in their own voice. "
                "What they have not recorded is read by the computer's voice."
            )
        )
        labels = [self.tr("Computer voice"), *(p.label for p in self.packs)]
        for b, label in zip(self.buttons, labels, strict=False):  # (no buttons before the voices come)
            b.set_label(label, self.tr("Voice: %1").replace("%1", label))
