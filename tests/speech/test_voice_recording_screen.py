"""The tutor's recording screen, driven like a volunteer would, with a WAV file as the microphone."""

from __future__ import annotations

from array import array

from speech_helpers import needs_espeak
from test_voice_packs import HOTLINE, OTHER, lesson, speech_wav, tone

from trainer.services.speech.recorder import WavSource
from trainer.services.speech.voices import VoiceLibrary
from trainer.ui.operations import wait_until_idle
from trainer.ui.tutor.voice_recording import VoiceRecordingScreen


def screen_with(qtbot, tmp_path, source):
    library = VoiceLibrary(tmp_path / "voices")
    screen = VoiceRecordingScreen(library, source_factory=source)
    qtbot.addWidget(screen)
    screen.show()  # (what work off the UI thread brings back goes only to a screen that shows)
    screen.open_for([lesson()])
    return screen, library


@needs_espeak
def test_a_volunteer_makes_a_voice_records_a_string_hears_it_and_keeps_it(qtbot, tmp_path):
    wav = speech_wav(tmp_path / "take.wav", HOTLINE)
    screen, library = screen_with(qtbot, tmp_path, lambda: WavSource(wav, speed=20))
    assert not screen.record.isEnabled()  # no voice yet
    screen.new_variety.setText("四川话")
    screen.new_name.setText("李阿姨")
    screen.lang_buttons["zh_CN"].click()  # the lessons' language it reads
    screen.create.click()
    assert screen.voice.currentText() == "四川话 · 李阿姨"
    assert screen.words.plain_text() == "防骗"  # the lesson's title comes first
    screen.next.click()
    assert screen.words.plain_text() == HOTLINE and "Not recorded yet" in screen.status.plain_text()
    levels = []
    screen.recorder.level.connect(levels.append)
    with qtbot.waitSignal(screen.recorder.finished, timeout=10_000):
        screen.record.click()
        assert screen.record.text() == "Stop"
    assert levels and screen.keep.isEnabled() and screen.play.isEnabled()
    assert "Keep it or record again" in screen.message.plain_text()
    screen.keep.click()
    assert wait_until_idle()  # (kept off the UI thread)
    pack = library.get(screen.voice.currentData())
    assert [r.text for r in pack.recordings] == [HOTLINE]
    assert library.clip(pack.id, "zh_CN", HOTLINE) is not None
    assert screen.words.plain_text() == OTHER  # on to the next text
    assert screen.coverage.plain_text().startswith("1 of 3 recorded")
    screen.previous.click()
    assert "Recorded." in screen.status.plain_text()


def test_a_silent_take_is_not_kept_and_says_why(qtbot, tmp_path):
    silent = tone(tmp_path / "quiet.wav", 1.5, amplitude=0)
    screen, library = screen_with(qtbot, tmp_path, lambda: WavSource(silent, speed=20))
    library.create("wang", "王老师", "普通话", "zh_CN")
    screen.open_for([lesson()])
    with qtbot.waitSignal(screen.recorder.finished, timeout=10_000):
        screen.record.click()
    assert "cannot be used" in screen.message.plain_text() and "silent" in screen.message.plain_text()
    assert not screen.keep.isEnabled()


def test_without_a_recorder_the_tutor_is_told_what_to_install(qtbot, tmp_path):
    screen, library = screen_with(qtbot, tmp_path, lambda: None)
    library.create("wang", "王老师", "普通话", "zh_CN")
    screen.open_for([lesson()])
    screen.record.click()
    assert (
        "cannot record sound" in screen.message.plain_text() and "alsa-utils" in screen.message.plain_text()
    )


@needs_espeak
def test_play_back_plays_the_take_and_record_again_replaces_it_before_it_is_kept(qtbot, tmp_path):
    """Play back is heard (a sink that keeps every sample, played in real time: short takes), and a second
    take replaces the first."""
    from speech_helpers import raw_samples

    from trainer.services.speech import audio
    from trainer.services.speech.playback import Player

    heard = tmp_path / "heard.raw"
    first, second = speech_wav(tmp_path / "a.wav", "好的", 0.3), speech_wav(tmp_path / "b.wav", "谢谢您", 0.3)
    takes = iter([first, second])
    library = VoiceLibrary(tmp_path / "voices")
    library.create("wang", "王老师", "普通话", "zh_CN")
    player = Player(sink=f"file:{heard}")
    screen = VoiceRecordingScreen(
        library, source_factory=lambda: WavSource(next(takes), speed=20), player=player
    )
    qtbot.addWidget(screen)
    screen.show()
    screen.open_for([lesson()])
    screen.next.click()  # the hotline paragraph

    def record_and_play() -> array:
        with qtbot.waitSignal(screen.recorder.finished, timeout=10_000):
            screen.record.click()
        before = len(raw_samples(heard))
        with qtbot.waitSignal(player.finished, timeout=10_000) as done:
            screen.play.click()
        assert done.args == [True]
        return raw_samples(heard)[before:]

    heard_first = record_and_play()
    assert heard_first == screen.take.samples and len(heard_first) > 0.3 * 22050  # the take itself
    taken = screen.take
    heard_second = record_and_play()  # record again: the first take is gone, the new one is heard
    assert heard_second == screen.take.samples != taken.samples
    screen.keep.click()
    assert wait_until_idle()
    kept = library.clip("wang", "zh_CN", HOTLINE)
    assert kept is not None and audio.read_wav(kept).samples == heard_second
