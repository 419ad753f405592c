"""Tutor mode: a volunteer records a lesson string by string in their own voice or dialect, and sees what
is left to record. Built as its own screen; the tutor controller opens it (``open_for``).

One string at a time: its words, whether it is recorded, to record again (the lesson's words changed) or
missing; Record / Stop with a level meter; Play back; Keep (the take, trimmed and evened out); Previous /
Next. A take is never kept by itself: the volunteer hears it first and keeps it or records again.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QProgressBar, QWidget

from trainer.domain.lessons import Lesson
from trainer.domain.voice_pack import LessonString, coverage, lesson_strings
from trainer.services.speech import audio
from trainer.services.speech.recorder import ProcessSource, Recorder, Source, microphone_command
from trainer.services.speech.voices import PackProblem, VoiceLibrary
from trainer.ui.screens.base import Screen
from trainer.ui.widgets import Button, FlowLayout, Text

translate = QCoreApplication.translate


def microphone() -> Source | None:
    command = microphone_command()
    return ProcessSource(command) if command else None


class VoiceRecordingScreen(Screen):
    done = Signal()

    def __init__(self, library: VoiceLibrary, source_factory: Callable[[], Source | None] = microphone,
                 player=None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.library, self.source_factory = library, source_factory
        self.player = player
        self.lessons: list[Lesson] = []
        self.strings: list[LessonString] = []
        self.index = 0
        self.take: audio.Clip | None = None
        self._take_file = Path(tempfile.gettempdir()) / f"trainer-take-{id(self)}.wav"
        self.recorder = Recorder(self)
        self.recorder.level.connect(self._on_level)
        self.recorder.finished.connect(self._on_take)

        self.title = Text(role="title")
        self.voice_label, self.lesson_label = Text(role="heading"), Text(role="heading")
        self.voice = QComboBox()
        self.voice.currentIndexChanged.connect(lambda _i: self._load_lesson())
        self.new_name, self.new_variety = QLineEdit(), QLineEdit()
        self.create = Button()
        self.create.clicked.connect(self.create_voice)
        self.new_box = QWidget()
        new_row = FlowLayout(self.new_box, spacing=12)  # wraps at large text sizes instead of clipping
        for w in (self.new_variety, self.new_name, self.create):
            w.setMinimumWidth(260)
            new_row.addWidget(w)
        self.lesson = QComboBox()
        self.lesson.currentIndexChanged.connect(lambda _i: self._load_lesson())
        self.coverage = Text(role="muted")
        self.position, self.words, self.status = Text(role="heading"), Text(), Text(role="muted")
        self.meter = QProgressBar()
        self.meter.setRange(0, 60)
        self.meter.setTextVisible(False)
        self.record, self.play, self.keep = Button(role="primary"), Button(), Button()
        self.previous, self.next = Button(), Button()
        self.record.clicked.connect(self.toggle_record)
        self.play.clicked.connect(self.play_take)
        self.keep.clicked.connect(self.keep_take)
        self.previous.clicked.connect(lambda: self.go(self.index - 1))
        self.next.clicked.connect(lambda: self.go(self.index + 1))
        self.message = Text(role="success")
        self.actions = QWidget()
        row = FlowLayout(self.actions, spacing=12)
        for b in (self.record, self.play, self.keep):
            row.addWidget(b)
        for w in (self.title, self.voice_label, self.voice):
            self.body.addWidget(w)
        self.body.addWidget(self.new_box)
        for w in (
            self.lesson_label,
            self.lesson,
            self.coverage,
            self.position,
            self.words,
            self.status,
            self.meter,
        ):
            self.body.addWidget(w)
        self.body.addWidget(self.actions)
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.back = Button()
        self.back.clicked.connect(self.leave)
        for b in (self.back, self.previous, self.next):
            self.bar_layout.addWidget(b)
        self.bar.show()
        self.retranslate()

    # -- opening ------------------------------------------------------------------------------------
    def open_for(self, lessons: Sequence[Lesson]) -> None:
        self.lessons = list(lessons)
        self._fill_voices()

    def _fill_voices(self, select: str = "") -> None:
        self.voice.blockSignals(True)
        self.voice.clear()
        for pack in self.library.packs():
            self.voice.addItem(pack.label, pack.id)
        if select:
            self.voice.setCurrentIndex(max(0, self.voice.findData(select)))
        self.voice.blockSignals(False)
        self._fill_lessons()

    def _fill_lessons(self) -> None:
        pack = self._pack()
        self.lesson.blockSignals(True)
        self.lesson.clear()
        for lesson in self.lessons:
            if pack is not None and pack.lang in lesson.languages:
                c = coverage(pack, lesson)
                share = f"{len(c.recorded)}/{c.total}"
                self.lesson.addItem(f"{lesson.title.get(pack.lang)}  ({share})", lesson.id)
        self.lesson.blockSignals(False)
        self._load_lesson()

    def _pack(self):
        pack_id = self.voice.currentData()
        return self.library.get(pack_id) if pack_id else None

    def _current_lesson(self) -> Lesson | None:
        return next((x for x in self.lessons if x.id == self.lesson.currentData()), None)

    def _load_lesson(self) -> None:
        pack, lesson = self._pack(), self._current_lesson()
        self.strings = (
            [s for s in lesson_strings(lesson, pack.lang) if s.recordable] if pack and lesson else []
        )
        self.go(0)

    # -- one string at a time -----------------------------------------------------------------------
    def go(self, index: int) -> None:
        self.recorder.cancel()
        self.take = None
        self.index = max(0, min(index, len(self.strings) - 1))
        self.message.hide()
        self.show_string()

    def show_string(self) -> None:
        pack, lesson = self._pack(), self._current_lesson()
        has = bool(self.strings)
        for b in (self.record, self.previous, self.next):
            b.setEnabled(has)
        self.previous.setEnabled(has and self.index > 0)
        self.next.setEnabled(has and self.index < len(self.strings) - 1)
        self.play.setEnabled(self.take is not None)
        self.keep.setEnabled(self.take is not None)
        if not has or pack is None or lesson is None:
            self.position.set_text(translate("Voices", "Choose or make a voice, then a lesson."))
            self.words.set_text("")
            self.status.set_text("")
            self.coverage.set_text("")
            return
        s = self.strings[self.index]
        c = coverage(pack, lesson)
        self.coverage.set_text(
            translate("Voices", "%1 of %2 recorded; %3 to record again because the words changed; %4 left.")
            .replace("%1", str(len(c.recorded))).replace("%2", str(c.total))
            .replace("%3", str(len(c.stale))).replace("%4", str(len(c.missing)))
        )  # fmt: skip
        self.position.set_text(
            translate("Voices", "Text %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.strings)))
        )  # fmt: skip
        self.words.set_text(s.text)
        if pack.clip_for(s.lang, s.text) is not None:
            state = translate("Voices", "Recorded. You can record it again.")
        elif any(x.string == s.string for x, _ in c.stale):
            state = translate("Voices", "The words changed since it was recorded: please record it again.")
        else:
            state = translate("Voices", "Not recorded yet.")
        self.status.set_text(state)

    # -- recording ----------------------------------------------------------------------------------
    def toggle_record(self) -> None:
        if self.recorder.recording:
            self.recorder.stop()
            return
        source = self.source_factory()
        if source is None:
            self._say(
                translate("Voices", "This computer cannot record sound. Tutor: install alsa-utils (arecord).")
            )
            return
        self.take = None
        self.message.hide()
        self.recorder.start(source)
        self.record.set_label(translate("Voices", "Stop"), translate("Voices", "Stop recording"))

    def _on_level(self, dbfs: float) -> None:
        self.meter.setValue(int(max(0.0, min(60.0, dbfs + 60.0))))

    def _on_take(self, result: object) -> None:
        self.meter.setValue(0)
        self.retranslate()
        if isinstance(result, audio.Clip):
            self.take = result
            audio.write_wav(self._take_file, result)
            self._say(translate("Voices", "Listen to it with Play back, then Keep it or record again."))
        else:
            self.take = None
            self._say(
                translate("Voices", "That recording cannot be used: %1. Please record again.").replace(
                    "%1", str(result)
                )
            )
        self.show_string()

    def play_take(self) -> None:
        if self.take is not None and self.player is not None:
            self.player.play(self._take_file)

    def keep_take(self) -> None:
        pack = self._pack()
        if self.take is None or pack is None or not self.strings:
            return
        s = self.strings[self.index]
        try:
            self.library.add(pack.id, s.lesson, s.string, s.lang, s.text, self.take)
        except (PackProblem, audio.AudioProblem, OSError) as exc:
            self._say(translate("Voices", "It could not be kept: %1").replace("%1", str(exc)))
            return
        self.take = None
        self._fill_lessons_keep_place()
        self._say(translate("Voices", "Kept."))

    def _fill_lessons_keep_place(self) -> None:
        lesson_id, index = self.lesson.currentData(), self.index
        self._fill_lessons()
        self.lesson.setCurrentIndex(max(0, self.lesson.findData(lesson_id)))
        self.go(min(index + 1, len(self.strings) - 1))

    def create_voice(self) -> None:
        name, variety = self.new_name.text().strip(), self.new_variety.text().strip()
        if not name:
            self._say(translate("Voices", "Write the volunteer's name first."))
            return
        pack_id = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in name.lower()).strip("-")
        pack_id = f"voice-{len(self.library.packs()) + 1}" + (f"-{pack_id}" if pack_id else "")
        lang = self.lessons[0].languages[0] if self.lessons else "zh_CN"
        try:
            self.library.create(pack_id[:60], name, variety, lang)
        except PackProblem as exc:
            self._say(str(exc))
            return
        self.new_name.clear()
        self.new_variety.clear()
        self._fill_voices(select=pack_id[:60])

    def _say(self, text: str) -> None:
        self.message.set_text(text)
        self.message.show()

    def leave(self) -> None:
        self.recorder.cancel()
        if self.player is not None:
            self.player.stop()
        self.done.emit()

    def retranslate(self) -> None:
        self.title.set_text(translate("Voices", "Record lessons in your own voice"))
        self.voice_label.set_text(translate("Voices", "Voice"))
        self.voice.setAccessibleName(translate("Voices", "Voice"))
        self.lesson_label.set_text(translate("Voices", "Lesson"))
        self.lesson.setAccessibleName(translate("Voices", "Lesson"))
        self.new_variety.setPlaceholderText(translate("Voices", "Dialect, e.g. 四川话"))
        self.new_variety.setAccessibleName(translate("Voices", "Dialect or variety of the new voice"))
        self.new_name.setPlaceholderText(translate("Voices", "Name, e.g. 李阿姨"))
        self.new_name.setAccessibleName(translate("Voices", "Name of the new voice"))
        self.create.set_label(
            translate("Voices", "New voice"), translate("Voices", "Make a new voice with this name")
        )
        self.meter.setAccessibleName(translate("Voices", "Sound level"))
        self.record.set_label(translate("Voices", "Record"), translate("Voices", "Record this text"))
        self.play.set_label(translate("Voices", "Play back"), translate("Voices", "Listen to the recording"))
        self.keep.set_label(translate("Voices", "Keep"), translate("Voices", "Keep this recording"))
        self.previous.set_label(
            translate("Voices", "Previous text"), translate("Voices", "Go to the text before")
        )
        self.next.set_label(translate("Voices", "Next text"), translate("Voices", "Go to the next text"))
        self.back.set_label(translate("Voices", "Back"), translate("Voices", "Back to tutor mode"))
        if self.strings:
            self.show_string()
