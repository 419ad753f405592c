"""Comfort settings for the signed-in learner. Every change applies at once and is remembered."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from trainer.domain.learner import DOUBLE_CLICK_RANGE, TEXT_SIZES, LearnerSettings
from trainer.ui.screens.base import Screen
from trainer.ui.widgets import Button, Card, ChoiceGroup, FlowLayout, Text


class SettingChoice(QWidget):
    """A row of big buttons of which exactly one is chosen (clearer than a switch for new users)."""

    changed = Signal(object)

    def __init__(self, values: list, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = values
        self.group = ChoiceGroup(self)
        row = FlowLayout(self, spacing=12)  # wraps onto a new row when the text is large
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[Button] = []
        for i, _ in enumerate(values):
            b = Button()
            b.setCheckable(True)
            b.setObjectName(f"{name}-{i}")
            self.group.addButton(b, i)
            row.add_widget(b)
            self.buttons.append(b)
        self.group.idClicked.connect(lambda i: self.changed.emit(self.values[i]))

    def set_labels(self, labels: list[str], prefix: str) -> None:
        for b, label in zip(self.buttons, labels, strict=True):
            b.set_label(label, f"{prefix}: {label}")

    def set_value(self, value) -> None:
        if value in self.values:
            self.group.choose(self.buttons[self.values.index(value)])


class SettingsScreen(Screen):
    changed = Signal(object)  # LearnerSettings
    language_chosen = Signal(str)
    listen = Signal(object)  # Utterance: a voice just chosen, heard at once
    pin_pressed = Signal()
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = LearnerSettings()
        self.has_pin = False
        self.title = Text(role="title")
        self.body.addWidget(self.title)
        self.sample = Text()

        self.size_label, size_box = self._card()
        row = QHBoxLayout()
        self.smaller = Button()
        self.smaller.setObjectName("text-smaller")
        self.bigger = Button()
        self.bigger.setObjectName("text-bigger")
        self.smaller.clicked.connect(lambda: self._apply(self.settings.smaller_text()))
        self.bigger.clicked.connect(lambda: self._apply(self.settings.bigger_text()))
        self.size_value = Text(role="muted")
        row.addWidget(self.smaller)
        row.addWidget(self.bigger)
        row.addStretch(1)
        size_box.addLayout(row)
        size_box.addWidget(self.size_value)
        size_box.addWidget(self.sample)

        self.contrast_label, box = self._card()
        self.contrast = SettingChoice([False, True], "contrast")
        self.contrast.changed.connect(lambda v: self._apply(self.settings._replace(high_contrast=v)))
        box.addWidget(self.contrast)

        self.speech_label, box = self._card()
        self.speech = SettingChoice([True, False], "speech")
        self.speech.changed.connect(lambda v: self._apply(self.settings._replace(speech_on=v)))
        box.addWidget(self.speech)
        self.rate_label = Text()
        box.addWidget(self.rate_label)
        self.rate = SettingChoice(["slow", "normal", "brisk"], "rate")
        self.rate.changed.connect(lambda v: self._apply(self.settings._replace(speech_rate=v)))
        box.addWidget(self.rate)

        from trainer.ui.screens.settings_voice import VoicePanel

        self.voice_card = Card()  # shown once voices recorded in the learner's language are found
        box = QVBoxLayout(self.voice_card)
        box.setContentsMargins(20, 16, 20, 16)
        self.voice = VoicePanel()
        self.voice.chosen.connect(lambda v: self._apply(self.settings._replace(voice=v)))
        self.voice.listen.connect(lambda u: self.listen.emit(u.at_rate(self.settings.speech_rate)))
        box.addWidget(self.voice)
        self.body.addWidget(self.voice_card)
        self.voice_card.hide()

        self.dclick_label, box = self._card()
        lo, hi = DOUBLE_CLICK_RANGE
        self.dclick = SettingChoice(list(range(lo, hi + 1, 200)), "double-click")
        self.dclick.changed.connect(lambda v: self._apply(self.settings._replace(double_click_ms=v)))
        self.dclick_help = Text(role="muted")
        box.addWidget(self.dclick_help)
        box.addWidget(self.dclick)

        self.motion_label, box = self._card()
        self.motion = SettingChoice([False, True], "motion")
        self.motion.changed.connect(lambda v: self._apply(self.settings._replace(reduced_motion=v)))
        box.addWidget(self.motion)

        self.language_label, box = self._card()
        self.language = SettingChoice(["zh_CN", "en"], "language")
        self.language.changed.connect(lambda v: self.language_chosen.emit(v))
        box.addWidget(self.language)

        self.pin_label, box = self._card()
        self.pin_state = Text(role="muted")
        self.pin_button = Button()
        self.pin_button.setObjectName("pin")
        self.pin_button.clicked.connect(self.pin_pressed)
        box.addWidget(self.pin_state)
        box.addWidget(self.pin_button)

        self.body.addStretch(1)
        self.done_button = Button(role="primary")
        self.done_button.setObjectName("done")
        self.done_button.clicked.connect(self.done)
        self.bar_layout.addStretch(1)
        self.bar_layout.addWidget(self.done_button)
        self.bar.show()
        self.retranslate()

    def _card(self) -> tuple[Text, QVBoxLayout]:
        card = Card()
        box = QVBoxLayout(card)
        box.setContentsMargins(20, 16, 20, 16)
        box.setSpacing(12)
        label = Text(role="heading")
        box.addWidget(label)
        self.body.addWidget(card)
        return label, box

    def show_settings(self, settings: LearnerSettings, language: str, has_pin: bool) -> None:
        self.settings, self.has_pin = settings, has_pin
        self.contrast.set_value(settings.high_contrast)
        self.speech.set_value(settings.speech_on)
        self.rate.set_value(settings.speech_rate)
        self.dclick.set_value(settings.double_click_ms)
        self.motion.set_value(settings.reduced_motion)
        self.language.set_value(language)
        self.voice.set_value(settings.voice)
        self.retranslate()

    def show_voices(self, packs: list, language: str) -> None:
        """The recorded voices on this PC (found off the UI thread); those in ``language`` are offered."""
        self.voice.show_voices(packs, self.settings.voice, language, self.settings.speech_rate)
        self.voice_card.setVisible(bool(self.voice.packs))
        self.refresh_layout()

    def _apply(self, settings: LearnerSettings) -> None:
        self.settings = settings.normalised()
        self.retranslate()
        self.changed.emit(self.settings)

    def retranslate(self) -> None:
        s = self.settings
        self.title.set_text(self.tr("Settings"))
        self.size_label.set_text(self.tr("Text size"))
        self.smaller.set_label(self.tr("A  Smaller"), self.tr("Make the text smaller"))
        self.bigger.set_label(self.tr("A  Bigger"), self.tr("Make the text bigger"))
        step = TEXT_SIZES.index(s.text_size) + 1
        self.size_value.set_text(
            self.tr("Size %1 of %2").replace("%1", str(step)).replace("%2", str(len(TEXT_SIZES)))
        )
        self.sample.set_text(self.tr("This is how your lessons will look."))
        self.smaller.setEnabled(step > 1)
        self.bigger.setEnabled(step < len(TEXT_SIZES))
        self.contrast_label.set_text(self.tr("Colours"))
        self.contrast.set_labels([self.tr("Normal"), self.tr("High contrast")], self.tr("Colours"))
        self.speech_label.set_text(self.tr("Read aloud"))
        self.speech.set_labels([self.tr("On"), self.tr("Off")], self.tr("Read aloud"))
        self.rate_label.set_text(self.tr("Reading speed"))
        self.rate.set_labels([self.tr("Slow"), self.tr("Normal"), self.tr("Brisk")], self.tr("Reading speed"))
        self.dclick_label.set_text(self.tr("Double-click"))
        self.dclick_help.set_text(
            self.tr(
                "How much time you have for the second click. If double-clicking is hard, choose more time."
            )
        )
        self.dclick.set_labels(
            [self.tr("%1 seconds").replace("%1", f"{v / 1000:.1f}") for v in self.dclick.values],
            self.tr("Time for a double-click"),
        )
        self.motion_label.set_text(self.tr("Movement on screen"))
        self.motion.set_labels([self.tr("Normal"), self.tr("Less movement")], self.tr("Movement on screen"))
        self.voice.retranslate()
        self.language_label.set_text(self.tr("Language"))
        self.language.set_labels(["中文", "English"], self.tr("Language"))
        self.pin_label.set_text(self.tr("PIN"))
        if self.has_pin:
            self.pin_state.set_text(self.tr("Your picture asks for your PIN when you sign in."))
            self.pin_button.set_label(self.tr("Remove my PIN"))
        else:
            self.pin_state.set_text(
                self.tr("You can add a PIN of 4 numbers so that only you can open your lessons.")
            )
            self.pin_button.set_label(self.tr("Add a PIN"))
        self.done_button.set_label(self.tr("Done"))

    def on_show(self) -> None:
        self.bigger.setFocus() if self.bigger.isEnabled() else self.smaller.setFocus()
