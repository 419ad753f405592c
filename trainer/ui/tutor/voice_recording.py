"""Tutor mode: a volunteer records a lesson string by string in their own voice or dialect (issue 20).

The app's own spoken sentences (drill hints, quiz verdicts: ``domain.app_words``) are one more
"lesson" in the list, recorded the same way. One text at a time: its words, whether it is recorded, to record again (the lesson's words changed) or
missing; Record / Stop with a level meter; Play back (the take, or the recording kept before); Keep (the
take, trimmed and evened out, saved off the UI thread); Previous / Next. A take is never kept by itself:
the volunteer hears it first and keeps it or records again. Opened from the voices screen
(``ui.tutor.ops.voices``) with the lessons of each language (``open_for``).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QProgressBar, QWidget

from trainer.domain.app_words import APP_WORDS
from trainer.domain.lessons import Lesson
from trainer.domain.voice_pack import LessonString, VoicePack, coverage_of, lesson_strings
from trainer.services.speech import audio
from trainer.services.speech.recorder import Recorder, Source, microphone
from trainer.services.speech.voices import VoiceLibrary
from trainer.ui.screens.base import Screen
from trainer.ui.tutor.voice_coverage import app_words_title
from trainer.ui.voice_problems import audio_problem_text
from trainer.ui.widgets import Button, ChoiceGroup, FlowLayout, Text

translate = QCoreApplication.translate


def no_recorder_text() -> str:
    if sys.platform == "win32":
        return translate(
            "Voices", "No microphone was found. Plug one in (or switch it on in Windows' sound settings)."
        )
    if sys.platform == "darwin":
        return translate(
            "Voices", "This computer cannot record sound. Tutor: install SoX (brew install sox)."
        )
    return translate("Voices", "This computer cannot record sound. Tutor: install alsa-utils (arecord).")


def new_pack_id(name: str, taken: set[str]) -> str:
    """voice-N-name (Latin letters and digits of the name), N the first number not taken."""
    slug = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in name.lower()).strip("-")[:40]
    n = 1
    while (pack_id := f"voice-{n}" + (f"-{slug}" if slug else "")) in taken:
        n += 1
    return pack_id


class VoiceRecordingScreen(Screen):
    done = Signal()
    changed = Signal()  # a recording was kept or a voice made

    def __init__(self, library: VoiceLibrary, source_factory: Callable[[], Source | None] = microphone,
                 player=None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.library, self.source_factory, self.player = library, source_factory, player
        self.lessons: Mapping[str, Sequence[Lesson]] | Sequence[Lesson] = ()
        self.app_words: Mapping[str, Sequence[LessonString]] = {}
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
        self.voice.currentIndexChanged.connect(lambda _i: self._fill_lessons())
        self.new_label = Text(role="muted")
        self.new_name, self.new_variety = QLineEdit(), QLineEdit()
        self.new_langs = ChoiceGroup(self)
        self.lang_buttons: dict[str, Button] = {}
        self.create = Button()
        self.create.clicked.connect(self.create_voice)
        self.new_box = QWidget()
        new_row = FlowLayout(self.new_box, spacing=12)  # wraps at large text sizes instead of clipping
        for w in (self.new_variety, self.new_name):
            w.setMinimumWidth(260)
            new_row.addWidget(w)
        for code, label in (("zh_CN", "中文"), ("en", "English")):
            b = Button(label)
            b.setObjectName(f"voice-lang-{code}")
            self.new_langs.addButton(b)
            new_row.addWidget(b)
            self.lang_buttons[code] = b
        new_row.addWidget(self.create)
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
        for w in (self.title, self.voice_label, self.voice, self.new_label, self.new_box, self.lesson_label):
            self.body.addWidget(w)
        for w in (self.lesson, self.coverage, self.position, self.words, self.status, self.meter):
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
    def open_for(
        self,
        lessons: Mapping[str, Sequence[Lesson]] | Sequence[Lesson],
        pack_id: str = "",
        lesson_id: str = "",
        app_words: Mapping[str, Sequence[LessonString]] | None = None,
    ) -> None:
        """``lessons``: per language, what a learner in it sees (or one list for every language);
        ``app_words``: per language, the app's own spoken sentences (``services.speech.app_words``).
        ``pack_id``/``lesson_id`` (or ``APP_WORDS``): start there, at its first text to record (again)."""
        self.lessons = lessons
        self.app_words = app_words or {}
        self.new_langs.choose(self.lang_buttons.get(self._ui_language(), self.lang_buttons["zh_CN"]))
        self._fill_voices(select=pack_id, lesson_id=lesson_id)

    @staticmethod
    def _ui_language() -> str:
        from trainer.services import translations

        return translations.current_language() or "zh_CN"

    def _lessons_in(self, lang: str) -> list[Lesson]:
        found = self.lessons.get(lang, ()) if isinstance(self.lessons, Mapping) else self.lessons
        return [x for x in found if lang in x.languages]

    def _fill_voices(self, select: str = "", lesson_id: str = "") -> None:
        self.voice.blockSignals(True)
        self.voice.clear()
        for pack in self.library.packs():
            self.voice.addItem(pack.label, pack.id)
        if select:
            self.voice.setCurrentIndex(max(0, self.voice.findData(select)))
        self.voice.blockSignals(False)
        self._fill_lessons(lesson_id)

    def _fill_lessons(self, lesson_id: str = "") -> None:
        pack = self._pack()
        self.lesson.blockSignals(True)
        self.lesson.clear()
        for lesson in self._lessons_in(pack.lang) if pack is not None else ():
            self.lesson.addItem(lesson.title.get(pack.lang), lesson.id)
        if pack is not None and self.app_words.get(pack.lang):  # after the lessons
            self.lesson.addItem(app_words_title(), APP_WORDS)
        if lesson_id:
            self.lesson.setCurrentIndex(max(0, self.lesson.findData(lesson_id)))
        self.lesson.blockSignals(False)
        self._load_lesson(first_to_do=bool(lesson_id))

    def _pack(self) -> VoicePack | None:
        pack_id = self.voice.currentData()
        return self.library.get(pack_id) if pack_id else None

    def _chosen(self) -> tuple[str, list[LessonString]] | None:
        """The lesson chosen (or the app's own words): its id and every text of it a learner hears."""
        pack = self._pack()
        if pack is None:
            return None
        if self.lesson.currentData() == APP_WORDS:
            return APP_WORDS, list(self.app_words.get(pack.lang, ()))
        lesson = next((x for x in self._lessons_in(pack.lang) if x.id == self.lesson.currentData()), None)
        return (lesson.id, lesson_strings(lesson, pack.lang)) if lesson is not None else None

    def _load_lesson(self, first_to_do: bool = False) -> None:
        pack, chosen = self._pack(), self._chosen()
        self.strings = [s for s in chosen[1] if s.recordable] if pack and chosen else []
        start = 0
        if first_to_do and pack is not None:
            start = next((i for i, s in enumerate(self.strings) if pack.clip_for(s.lang, s.text) is None), 0)
        self.go(start)

    # -- one text at a time -------------------------------------------------------------------------
    def go(self, index: int) -> None:
        self.recorder.cancel()
        self.take = None
        self.index = max(0, min(index, len(self.strings) - 1))
        self.message.hide()
        self.show_string()

    def _kept_clip(self) -> Path | None:
        pack = self._pack()
        if pack is None or not self.strings:
            return None
        s = self.strings[self.index]
        return self.library.clip(pack.id, s.lang, s.text)

    def show_string(self) -> None:
        pack, chosen = self._pack(), self._chosen()
        has = bool(self.strings)
        self.record.setEnabled(has)
        self.previous.setEnabled(has and self.index > 0)
        self.next.setEnabled(has and self.index < len(self.strings) - 1)
        self.play.setEnabled(self.take is not None or self._kept_clip() is not None)
        self.keep.setEnabled(self.take is not None)
        if not has or pack is None or chosen is None:
            self.position.set_text(translate("Voices", "Choose or make a voice, then a lesson."))
            for t in (self.words, self.status, self.coverage):
                t.set_text("")
            return
        s = self.strings[self.index]
        c = coverage_of(pack, *chosen)
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
            self._say(no_recorder_text())
            return
        self.take = None
        self.message.hide()
        if self.player is not None:
            self.player.stop()
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
            why = audio_problem_text(result) if isinstance(result, audio.AudioProblem) else str(result)
            self._say(
                translate("Voices", "That recording cannot be used: %1. Please record again.").replace(
                    "%1", why
                )
            )
        self.show_string()

    def play_take(self) -> None:
        wav = self._take_file if self.take is not None else self._kept_clip()
        if wav is not None and self.player is not None:
            self.player.play(wav)

    def keep_take(self) -> None:
        from trainer.ui.operations import Operation

        pack = self._pack()
        if self.take is None or pack is None or not self.strings:
            return
        s = self.strings[self.index]
        self.keep.setEnabled(False)  # (saving: the voice's list of recordings is written anew)
        Operation(self, self.library.add, pack.id, s.lesson, s.string, s.lang, s.text, self.take).on_success(
            lambda _rec: self._kept(s)
        ).on_failure(
            lambda text: self._say(translate("Voices", "It could not be kept: %1").replace("%1", text))
        ).run()

    def _kept(self, s: LessonString) -> None:
        self.changed.emit()
        if self.strings and self.strings[self.index] == s:
            self.go(min(self.index + 1, len(self.strings) - 1))
        self._say(translate("Voices", "Kept."))

    def create_voice(self) -> None:
        name, variety = self.new_name.text().strip(), self.new_variety.text().strip()
        if not name:
            self._say(translate("Voices", "Write the volunteer's name first."))
            return
        lang = next(code for code, b in self.lang_buttons.items() if b.isChecked())
        pack_id = new_pack_id(name, {p.id for p in self.library.packs()})
        try:
            self.library.create(pack_id, name, variety, lang)
        except (OSError, ValueError) as exc:
            from trainer.ui.problems import problem_text

            self._say(problem_text(exc))
            return
        self.new_name.clear()
        self.new_variety.clear()
        self.changed.emit()
        self._fill_voices(select=pack_id)

    def _say(self, text: str) -> None:
        self.message.set_text(text)
        self.message.show()

    def hideEvent(self, event) -> None:  # noqa: N802 - left, or tutor mode locked: let the microphone go
        self.recorder.cancel()
        if self.player is not None:
            self.player.stop()
        super().hideEvent(event)

    def leave(self) -> None:
        self.recorder.cancel()
        if self.player is not None:
            self.player.stop()
        self._take_file.unlink(missing_ok=True)
        self.done.emit()

    def retranslate(self) -> None:
        self.title.set_text(translate("Voices", "Record lessons in your own voice"))
        self.voice_label.set_text(translate("Voices", "Voice"))
        self.voice.setAccessibleName(translate("Voices", "Voice"))
        self.new_label.set_text(
            translate("Voices", "Or make a new voice: dialect, name and the lessons' language.")
        )
        self.lesson_label.set_text(translate("Voices", "Lesson"))
        self.lesson.setAccessibleName(translate("Voices", "Lesson"))
        self.new_variety.setPlaceholderText(translate("Voices", "Dialect, e.g. 四川话"))
        self.new_variety.setAccessibleName(translate("Voices", "Dialect or variety of the new voice"))
        self.new_name.setPlaceholderText(translate("Voices", "Name, e.g. 李阿姨"))
        self.new_name.setAccessibleName(translate("Voices", "Name of the new voice"))
        for b in self.lang_buttons.values():
            b.set_label(b.text(), translate("Voices", "Lessons in %1").replace("%1", b.text()))
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
        self.back.set_label(translate("Voices", "Back"), translate("Voices", "Back to the voices"))
        if self.strings:
            self.show_string()
