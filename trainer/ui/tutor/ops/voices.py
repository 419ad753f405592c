"""Recorded voices (issue 20), reached from the tools screen: the voices on this PC with their coverage
(``ui.tutor.voices_screen``), what is left to record per lesson (``ui.tutor.voice_coverage``), recording
(``ui.tutor.voice_recording``), and a voice pack saved to or imported from one ``.dbvoice`` file.

Everything that reads lessons or packs, or writes a file, runs as an ``Operation``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from trainer.ui.operations import Operation
from trainer.ui.screens.base import Screen
from trainer.ui.tutor.ops.base import TutorSubject

translate = QCoreApplication.translate
LANGS = ("zh_CN", "en")


def _reports(voices, lessons, i18n: Path) -> list:
    from trainer.services.speech.app_words import spoken_app_words
    from trainer.services.speech.voice_report import reports

    return reports(
        voices, lambda lang: lessons.catalogue_for(lang).lessons, lambda lang: spoken_app_words(lang, i18n)
    )


def _report(voices, lessons, i18n: Path, pack_id: str):
    from trainer.services.speech.app_words import spoken_app_words
    from trainer.services.speech.voice_report import report
    from trainer.services.speech.voices import PackProblem

    pack = voices.get(pack_id)
    if pack is None:
        raise PackProblem("no_voice", id=pack_id)
    return report(pack, lessons.catalogue_for(pack.lang).lessons, spoken_app_words(pack.lang, i18n))


def _lessons_by_language(lessons, i18n: Path) -> tuple[dict, dict]:
    """The lessons and the app's own spoken sentences, per language: what a volunteer can record."""
    from trainer.services.speech.app_words import spoken_app_words

    return (
        {lang: lessons.catalogue_for(lang).lessons for lang in LANGS},
        {lang: spoken_app_words(lang, i18n) for lang in LANGS},
    )


def _import(voices, path: Path, replace: bool):
    """The imported pack, or ("already here", pack label) when a voice of that id is here and may be
    replaced only if the tutor says so."""
    from trainer.services.speech.voices import PackProblem

    try:
        return voices.import_file(path, replace_existing=replace)
    except PackProblem as exc:
        if exc.code == "already_here" and not replace:
            return ("already here", exc.values.get("label", ""))
        raise


class VoiceOps(TutorSubject):
    def screens(self) -> dict[str, Callable[[], Screen]]:
        return {
            "tutor-voices": self._voices_screen,
            "tutor-voice-coverage": self._coverage_screen,
            "tutor-voice-record": self._record_screen,
        }

    def _voices_screen(self) -> Screen:
        from trainer.ui.tutor.voices_screen import VoicesScreen

        s = VoicesScreen()
        s.back_pressed.connect(self.mode.open_tools)
        s.record.connect(self.record)
        s.coverage.connect(self.show_coverage)
        s.export.connect(self.export)
        s.import_pressed.connect(self.import_pack)
        return s

    def _coverage_screen(self) -> Screen:
        from trainer.ui.tutor.voice_coverage import VoiceCoverageScreen

        s = VoiceCoverageScreen()
        s.back_pressed.connect(self.open)
        s.record.connect(self.record)
        return s

    def _record_screen(self) -> Screen:
        from trainer.services.speech.playback import Player
        from trainer.ui.tutor.voice_recording import VoiceRecordingScreen

        s = VoiceRecordingScreen(self.ctx.voices, player=Player())
        s.done.connect(self.open)
        return s

    def on_tools(self, tools) -> None:
        tools.add_section(
            "voices", lambda: translate("Voices", "Lessons in a volunteer's own voice or dialect")
        )
        tools.add_button(
            "voices", "voices", lambda: translate("Voices", "Recorded voices: record, check, import, export…")
        ).clicked.connect(self.open)

    def _screen(self):
        return self.mode.screen("tutor-voices")

    def open(self) -> None:
        if self.mode.require() is None:
            return
        s = self._screen()
        s.say(translate("Voices", "Looking for the recorded voices…"))
        self.mode.show("tutor-voices")
        self.refresh(clear=True)

    def refresh(self, clear: bool = False) -> None:
        """The voices and their coverage anew; ``clear``: the "looking" line goes once they are found."""
        s = self._screen()
        Operation(s, _reports, self.ctx.voices, self.ctx.progress.library, self.ctx.paths.i18n).on_success(
            lambda found: (s.show_reports(found), s.say("") if clear else None)
        ).on_failure(s.say).run()

    def show_coverage(self, pack_id: str) -> None:
        if self.mode.require() is None:
            return
        s = self._screen()
        s.say(translate("Voices", "Counting what is recorded…"))
        Operation(
            s, _report, self.ctx.voices, self.ctx.progress.library, self.ctx.paths.i18n, pack_id
        ).on_success(self._coverage_found).on_failure(s.say).run()

    def _coverage_found(self, report) -> None:
        self._screen().say("")
        self.mode.screen("tutor-voice-coverage").show_report(report)
        self.mode.show("tutor-voice-coverage")

    def record(self, pack_id: str = "", lesson_id: str = "") -> None:
        if self.mode.require() is None:
            return
        shown = self.mode.screen(self.mode.shown()) if self.mode.shown().startswith("tutor-voice") else None
        s = shown or self._screen()
        Operation(s, _lessons_by_language, self.ctx.progress.library, self.ctx.paths.i18n).on_success(
            lambda found: self._record_with(found, pack_id, lesson_id)
        ).on_failure(self._screen().say).run()

    def _record_with(self, found, pack_id: str, lesson_id: str) -> None:
        lessons, app_words = found
        screen = self.mode.screen("tutor-voice-record")
        screen.open_for(lessons, pack_id, lesson_id, app_words)
        self.mode.show("tutor-voice-record")

    def export(self, pack_id: str, path: Path | None = None) -> None:
        from trainer.ui.tutor.dialogs import ask_save

        if self.mode.require() is None:
            return
        s = self._screen()
        pack = self.ctx.voices.get(pack_id)
        title = translate("Voices", "Save the voice %1 to a file").replace(
            "%1", pack.label if pack else pack_id
        )
        path = path or ask_save(
            s, title, f"{pack_id}.dbvoice", translate("Voices", "Voice packs (*.dbvoice)")
        )
        if path is None:
            return
        s.say(translate("Voices", "Saving the voice…"))
        Operation(s, self.ctx.voices.export, pack_id, path).on_success(
            lambda where: s.say(
                translate("Voices", "Saved %1 (%2 recordings) in %3. Other centres can import this file.")
                .replace("%1", pack.label if pack else pack_id)
                .replace("%2", str(len(pack.recordings) if pack else 0))
                .replace("%3", str(where))
            )
        ).on_failure(s.say).run()

    def import_pack(self, path: Path | None = None, replace: bool = False) -> None:
        from trainer.ui.tutor.dialogs import ask_open

        if self.mode.require() is None:
            return
        s = self._screen()
        path = path or ask_open(
            s, translate("Voices", "Choose a voice pack"), translate("Voices", "Voice packs (*.dbvoice)")
        )
        if path is None:
            return
        s.say(translate("Voices", "Checking every recording in %1…").replace("%1", path.name))
        Operation(s, _import, self.ctx.voices, path, replace).on_success(
            lambda result: self._imported(result, path)
        ).on_failure(s.say).run()

    def _imported(self, result, path: Path) -> None:
        s = self._screen()
        if isinstance(result, tuple):  # a voice of that id is here: replace it only if the tutor says so
            s.say(
                translate("Voices", "The voice %1 is already on this computer. Replace it with the one in %2?")
                .replace("%1", result[1]).replace("%2", path.name),
                lambda: self.import_pack(path, replace=True),
                translate("Voices", "Replace it"),
            )  # fmt: skip
            return
        s.say(
            translate("Voices", "Imported the voice %1 (%2 recordings). Learners can choose it in Settings.")
            .replace("%1", result.label).replace("%2", str(len(result.recordings)))
        )  # fmt: skip
        self.refresh()
