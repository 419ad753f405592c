"""The worker process and the synthesizer with the real engine (pyttsx3 driving espeak-ng)."""

from __future__ import annotations

import os
import signal
import time

import pytest
from speech_helpers import needs_espeak, rms, wav_samples

from trainer.services.speech.client import WorkerError
from trainer.services.speech.synth import NoVoice

pytestmark = needs_espeak

SENTENCE = "Please press the green button at the bottom of the screen to send your message."
CHINESE = "请按屏幕下方的绿色按钮发送信息。"
SILENCE_FLOOR = 300.0  # 16-bit RMS; espeak speech measures in the thousands, silence near 0


def test_wav_exists_is_not_silent_and_words_are_timed(synth):
    r = synth.render(SENTENCE, "en", "normal")
    samples, rate = wav_samples(r.wav)
    assert rate == 22050 and len(samples) / rate == pytest.approx(r.seconds, abs=0.01)
    assert 2.0 < r.seconds < 15.0
    assert rms(samples) > SILENCE_FLOOR
    assert not r.cached and r.voice == "gmw/en-us"
    words = [SENTENCE[w.start : w.start + w.length] for w in r.words]
    assert words[:3] == ["Please", "press", "the"]
    assert [w.at_ms for w in r.words] == sorted(w.at_ms for w in r.words)
    assert r.words[-1].at_ms < r.seconds * 1000


def test_chinese_is_read_by_the_mandarin_voice(synth):
    assert synth.voice_for("zh_CN").id == "sit/cmn-latn-pinyin"
    assert synth.voice_for("en").id == "gmw/en-us"
    r = synth.render(CHINESE, "zh_CN", "normal")
    samples, _ = wav_samples(r.wav)
    assert r.voice == "sit/cmn-latn-pinyin" and rms(samples) > SILENCE_FLOOR
    # 16 characters: a voice reading them as Chinese takes seconds, not the blip of unknown symbols
    assert r.seconds > 2.5
    assert [CHINESE[w.start] for w in r.words[:3]] == ["请", "按", "屏"]


@pytest.mark.parametrize(("lang", "text"), [("en", SENTENCE), ("zh_CN", CHINESE)])
def test_slow_lasts_at_least_1_4_times_brisk(synth, lang, text):
    slow = synth.render(text, lang, "slow").seconds
    normal = synth.render(text, lang, "normal").seconds
    brisk = synth.render(text, lang, "brisk").seconds
    assert slow > normal > brisk
    assert slow >= 1.4 * brisk, (slow, brisk)


@pytest.mark.timing
def test_second_render_comes_from_the_cache(synth):
    first = synth.render(SENTENCE, "en", "brisk")
    t = time.monotonic()
    again = synth.render(SENTENCE, "en", "brisk")
    assert again.cached and again.wav == first.wav and again.words == first.words
    assert time.monotonic() - t < 0.05


def test_a_killed_worker_is_replaced_and_the_next_utterance_is_made(synth):
    synth.render("First.", "en", "normal")
    pid = synth.client.pid
    os.kill(pid, signal.SIGKILL)
    r = synth.render("After the crash.", "en", "normal")
    assert r.seconds > 0.5 and not r.cached
    assert synth.client.pid != pid and synth.client.starts == 2


@pytest.mark.timing
def test_a_hung_worker_times_out_is_killed_and_replaced(synth):
    synth.client.request_timeout = 1.0
    synth.render("First.", "en", "normal")
    pid = synth.client.pid
    os.kill(pid, signal.SIGSTOP)  # alive but answering nothing: a hang
    t = time.monotonic()
    with pytest.raises(WorkerError):
        synth.render("This one hangs.", "en", "normal")
    assert time.monotonic() - t < 3.0
    assert not os.path.exists(f"/proc/{pid}") or _zombie_or_gone(pid)
    r = synth.render("And this one plays.", "en", "normal")
    assert r.seconds > 0.5 and synth.client.pid != pid


def _zombie_or_gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[1][0] in "ZX"
    except FileNotFoundError:
        return True


def test_no_chinese_voice_raises_no_voice_and_english_still_works(english_only, synth):
    with pytest.raises(NoVoice):
        synth.render(CHINESE, "zh_CN", "normal")
    assert synth.render(SENTENCE, "en", "normal").seconds > 2.0


def test_engine_errors_do_not_end_the_worker(synth):
    with pytest.raises(RuntimeError):
        synth.client.request("synth", text="x", voice="no/such-voice", rate=140, out="/nonexistent/x.wav")
    pid = synth.client.pid
    assert synth.render("Still here.", "en", "normal").seconds > 0.3
    assert synth.client.pid == pid
