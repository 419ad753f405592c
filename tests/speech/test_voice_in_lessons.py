"""End to end: a learner who chose a volunteer's voice hears the volunteer's recordings in a lesson, through
the real window, the real speaker and a sink that keeps every sample heard; Repeat plays them again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from speech_helpers import needs_espeak, raw_samples
from test_voice_packs import tone

from tests.ui.conftest import app_window, make_learner  # noqa: F401 - the fixture, used by name
from trainer.domain.voice_pack import lesson_strings
from trainer.services.speech import audio


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@needs_espeak
def test_her_recordings_read_the_step_and_repeat(app_window, qtbot, tmp_path, monkeypatch):  # noqa: F811
    """The chosen volunteer reads the step, and Repeat plays her again."""
    from trainer.services.speech.playback import Player
    from trainer.services.speech.qt import QtSpeaker
    from trainer.services.speech.synth import Synthesizer

    heard = tmp_path / "heard.raw"
    monkeypatch.setenv("TRAINER_AUDIO_SINK", f"file:{heard}")
    w = app_window
    learner = make_learner(w, "Wang Fang", language="en")
    w.ctx.learners.save_settings(learner.id, w.ctx.learners.sign_in(learner.id)[1]._replace(voice="en-ann"))
    library = w.ctx.voices
    library.create("en-ann", "Ann", "Yorkshire", "en")
    w.ctx.speaker = QtSpeaker(Synthesizer.for_paths(tmp_path / "cache"), Player(), voices=library)
    try:
        click(qtbot, w.signin.tiles()[0])
        lesson = w.ctx.progress.library.catalogue_for("en").get("mouse-basics")
        second = lesson.steps[1]
        clips = []
        for i, s in enumerate(
            x for x in lesson_strings(lesson, "en") if x.string.startswith(f"{second.id}/text/")
        ):
            clip = audio.read_wav(tone(tmp_path / f"{i}.wav", 0.4, amplitude=3000 * (i + 1)))
            library.add("en-ann", lesson.id, s.string, "en", s.text, clip)
            clips.append(clip)
        assert len(clips) == 2  # the step's two paragraphs, each recorded
        w.open_lesson(lesson.id)
        player = w.screen("player")
        w.ctx.speaker.stop()  # (the first step: the computer reads it, it says the learner's name)
        before = len(raw_samples(heard))
        with qtbot.waitSignal(w.ctx.speaker.finished, timeout=20_000) as done:
            click(qtbot, player.next)
        assert done.args == [True] and player.view.step.id == second.id
        ann = clips[0].samples + clips[1].samples
        assert raw_samples(heard)[before:] == ann  # her two recordings, in order, and nothing else
        with qtbot.waitSignal(w.ctx.speaker.finished, timeout=20_000):
            click(qtbot, player.repeat)
        assert raw_samples(heard)[before:] == ann + ann
        assert w.ctx.speaker.synth.client.starts <= 1  # (at most the first step's synthesis)
    finally:
        w.ctx.speaker.close()
