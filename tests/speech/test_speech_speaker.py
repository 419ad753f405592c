"""The app's speaker end to end: real worker, real espeak-ng, real player processes, the Qt event loop."""

from __future__ import annotations

import os
import signal
import time

import pytest
from speech_helpers import StallMeter, heard_seconds, needs_espeak, raw_samples, rms, wav_samples, write_tone

from trainer.domain.speech import Utterance, split_sentences
from trainer.services.speech.playback import Player
from trainer.services.speech.qt import QtSpeaker
from trainer.services.speech.speaker import Speaker

pytestmark = needs_espeak

TWO = "Press the green button. Then wait for the bell."
PASSAGE = (
    "Your phone can make video calls to your family. First, open the app with the green icon. "
    "Then find your daughter's name in the list of contacts, and touch it once. "
    "Look for the small picture of a camera at the top of the screen. Touch the camera to start the call. "
    "Hold the phone in front of your face, about an arm's length away, so that she can see you clearly. "
    "When you want to finish, touch the red button at the bottom. The call ends at once. "
    "You can try this again as many times as you like. Nothing can break."
)


@pytest.fixture
def speaker(qtbot, synth, sink_file):
    sp = QtSpeaker(synth=synth, player=Player())
    yield sp
    sp.close()


class Events:
    def __init__(self, sp: QtSpeaker) -> None:
        self.log: list[tuple] = []
        sp.started.connect(lambda: self.log.append(("started",)))
        sp.sentence_changed.connect(lambda i: self.log.append(("sentence", i)))
        sp.word_changed.connect(lambda s, n: self.log.append(("word", s, n)))
        sp.finished.connect(lambda ok: self.log.append(("finished", ok)))
        sp.notice.connect(lambda n: self.log.append(("notice", n.kind, n.lang)))

    def of(self, kind: str) -> list[tuple]:
        return [e for e in self.log if e[0] == kind]


def test_reads_each_sentence_in_turn_and_highlights_words(qtbot, speaker, sink_file):
    assert isinstance(speaker, Speaker)
    ev = Events(speaker)
    with qtbot.waitSignal(speaker.finished, timeout=20000) as done:
        speaker.speak(Utterance(TWO, "en", "brisk"))
    assert done.args == [True]
    assert ev.of("sentence") == [("sentence", 0), ("sentence", 1)]
    assert ev.log[0] == ("started",) and ev.log[-1] == ("finished", True)
    words = [TWO[s : s + n] for _, s, n in ev.of("word")]
    assert words[:2] == ["Press", "the"] and "bell" in words  # positions are in the whole text
    assert rms(raw_samples(sink_file)) > 300 and heard_seconds(sink_file) > 2.0


@pytest.mark.slow
@pytest.mark.timing
def test_event_loop_never_stalls_over_30_ms_during_a_30_second_passage(qtbot, speaker, sink_file):
    meter = StallMeter()
    meter.start()
    sentences = []
    speaker.sentence_changed.connect(sentences.append)
    with qtbot.waitSignal(speaker.finished, timeout=90000) as done:
        speaker.speak(Utterance(PASSAGE, "en", "normal"))
    worst = meter.stop()
    assert done.args == [True]
    assert heard_seconds(sink_file) > 28.0  # it really was a 30-second passage, synthesized and heard
    assert sentences == list(range(len(split_sentences(PASSAGE))))
    assert worst < 0.030, f"event loop stalled {worst * 1000:.1f} ms"


@pytest.mark.timing
def test_stop_silences_within_100_ms_and_finishes_unfinished(qtbot, speaker, sink_file):
    ev = Events(speaker)
    speaker.speak(Utterance(PASSAGE, "en", "normal"))
    qtbot.waitUntil(lambda: heard_seconds(sink_file) > 1.0, timeout=10000)
    speaker.stop()
    at_stop = heard_seconds(sink_file)
    qtbot.wait(500)
    assert heard_seconds(sink_file) - at_stop <= 0.1
    assert ev.log[-1] == ("finished", False) and speaker.state == "idle"


@pytest.mark.timing
def test_pause_and_resume(qtbot, speaker, sink_file):
    speaker.speak(Utterance(PASSAGE, "en", "normal"))
    qtbot.waitUntil(lambda: heard_seconds(sink_file) > 1.0, timeout=10000)
    speaker.pause()
    at_pause = heard_seconds(sink_file)
    qtbot.wait(400)
    assert speaker.state == "paused" and heard_seconds(sink_file) - at_pause <= 0.1
    speaker.resume()
    qtbot.waitUntil(lambda: heard_seconds(sink_file) > at_pause + 0.05, timeout=150)
    speaker.stop()


def test_a_killed_worker_is_replaced_and_the_next_utterance_plays(qtbot, speaker, sink_file):
    with qtbot.waitSignal(speaker.finished, timeout=20000):
        speaker.speak(Utterance("Hello.", "en"))
    pid = speaker.synth.client.pid
    os.kill(pid, signal.SIGKILL)
    heard = heard_seconds(sink_file)
    with qtbot.waitSignal(speaker.finished, timeout=20000) as done:
        speaker.speak(Utterance("The next one plays.", "en"))
    assert done.args == [True] and heard_seconds(sink_file) > heard + 1.0
    assert speaker.synth.client.pid not in (None, pid)


@pytest.mark.timing
@pytest.mark.slow
def test_a_hung_engine_never_freezes_the_app_and_is_restarted(qtbot, speaker, sink_file):
    speaker.synth.client.request_timeout = 1.0
    ev = Events(speaker)
    with qtbot.waitSignal(speaker.finished, timeout=20000):
        speaker.speak(Utterance("Hello.", "en"))
    os.kill(speaker.synth.client.pid, signal.SIGSTOP)
    meter = StallMeter()
    meter.start()
    with qtbot.waitSignal(speaker.finished, timeout=10000) as failed:
        speaker.speak(Utterance("This request meets a hung engine.", "en"))
    assert meter.stop() < 0.030
    assert failed.args == [False] and ("notice", "engine_failed", "en") in ev.log
    with qtbot.waitSignal(speaker.finished, timeout=20000) as done:
        speaker.speak(Utterance("The next one plays.", "en"))
    assert done.args == [True]


def test_no_chinese_voice_keeps_the_text_and_says_so_once(qtbot, english_only, speaker):
    ev = Events(speaker)
    for text in ("你好。", "再见。"):
        with qtbot.waitSignal(speaker.finished, timeout=20000) as done:
            speaker.speak(Utterance(text, "zh_CN"))
        assert done.args == [False]
    notices = ev.of("notice")
    assert notices == [("notice", "no_voice", "zh_CN")]
    assert "espeak-ng" in speaker.notices[0].message and not speaker.is_available("zh_CN")
    with qtbot.waitSignal(speaker.finished, timeout=20000) as done:
        speaker.speak(Utterance("English still speaks.", "en"))
    assert done.args == [True]


def test_a_recorded_clip_is_played_instead_of_synthesis(qtbot, speaker, sink_file, tmp_path):
    clip = write_tone(tmp_path / "clip.wav", 0.5, freq=660.0)
    with qtbot.waitSignal(speaker.finished, timeout=5000) as done:
        speaker.speak(Utterance("点击这里。", "zh_CN", clip=clip))
    assert done.args == [True]
    assert raw_samples(sink_file) == wav_samples(clip)[0]
    assert speaker.synth.client.starts == 0  # the engine was not even started


@pytest.mark.timing
@pytest.mark.slow
def test_repeat_starts_at_once_from_the_cache_and_slower_is_slower(qtbot, speaker, sink_file):
    first = []
    speaker.player.first_sample.connect(first.append)
    with qtbot.waitSignal(speaker.finished, timeout=20000):
        speaker.speak(Utterance("Touch the red button.", "en", "normal"))
    normal = heard_seconds(sink_file)
    t = time.monotonic()
    with qtbot.waitSignal(speaker.finished, timeout=20000):
        speaker.repeat()
    assert first[-1] - t < 0.1, f"repeat took {(first[-1] - t) * 1000:.0f} ms to the first sample"
    before = heard_seconds(sink_file)
    with qtbot.waitSignal(speaker.finished, timeout=20000):
        speaker.slower()
    assert speaker.last.rate == "slow"
    assert heard_seconds(sink_file) - before > 1.15 * normal
