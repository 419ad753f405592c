"""What the speaker plays for a line with a chosen voice pack, and where that is worked out (never on the
UI thread: the rules that say numbers as people do took 45-135 ms there the first time)."""

from __future__ import annotations

import threading

import pytest
from speech_helpers import needs_espeak, raw_samples, rms
from test_voice_packs import HOTLINE, OTHER, tone

from trainer.domain.speech import Utterance, split_sentences
from trainer.services.speech import audio
from trainer.services.speech import plan as plan_module
from trainer.services.speech.plan import plan
from trainer.services.speech.voices import VoiceLibrary

SAFE = "这只是练习：没有付钱，也没有发出任何东西。"


@pytest.fixture
def library(tmp_path) -> VoiceLibrary:
    lib = VoiceLibrary(tmp_path / "voices")
    lib.create("li-ayi", "李阿姨", "四川话", "zh_CN")
    clip = audio.read_wav(tone(tmp_path / "t.wav", 1.0))
    for i, text in enumerate((HOTLINE, OTHER, "挂断电话")):
        lib.add("li-ayi", "scam-calls", f"s/{i}", "zh_CN", text, clip)
    return lib


def kinds(text: str, library: VoiceLibrary, voice: str = "li-ayi", lang: str = "zh_CN") -> list[str]:
    sentences = split_sentences(text)
    parts = plan(Utterance(text, lang, voice=voice), sentences, library)
    return [("clip:" if p.clip else "said:") + sentences[p.sentence].text for p in parts]


def test_a_numbered_choice_plays_its_recording_after_the_number_is_said(library):
    assert kinds("1. 回拨过去\n2. 挂断电话", library) == [
        "said:1.",
        "said:回拨过去",
        "said:2.",
        "clip:挂断电话",
    ]


def test_a_hint_with_the_apps_own_words_after_it_plays_the_recorded_part(library):
    # a simulation's trap text and the app's "only practice" line are one feedback line on screen
    assert kinds(f"{OTHER}{SAFE}", library) == [f"clip:{OTHER}", f"said:{SAFE}"]
    assert kinds(f"{SAFE}{HOTLINE}", library) == [f"said:{SAFE}", f"clip:{HOTLINE}"]
    # the longest recorded run wins: a paragraph of two sentences recorded as one string
    two = "拿不准就挂电话。打 96110。"
    library.add("li-ayi", "x", "p/1", "zh_CN", two, audio.read_wav(library.clip("li-ayi", "zh_CN", HOTLINE)))
    assert kinds(f"{two}{SAFE}", library) == ["clip:拿不准就挂电话。", f"said:{SAFE}"]
    assert len(plan(Utterance(two, "zh_CN", voice="li-ayi"), split_sentences(two), library)) == 1


def test_a_pack_of_another_language_or_one_that_is_gone_reads_with_the_computer_voice(library):
    assert kinds(HOTLINE, library, lang="en") == [f"said:{HOTLINE}"]
    assert kinds(HOTLINE, library, voice="gone") == [f"said:{HOTLINE}"]
    assert kinds(HOTLINE, library, voice="") == [f"said:{HOTLINE}"]


def test_a_pack_with_thousands_of_recordings_finds_a_line_by_its_words(library, tmp_path):
    from dataclasses import replace

    from trainer.domain.voice_pack import Recording

    pack = library.get("li-ayi")
    many = tuple(Recording("x", f"s/{i}", "zh_CN", f"第{i}句话。", "clips/x.wav", 1.0) for i in range(5000))
    big = replace(pack, recordings=many + pack.recordings)
    assert big.clip_for("zh_CN", "第4321句话。").string == "s/4321"
    assert big.clip_for("zh_CN", f"  {HOTLINE} ") is not None  # spaces around the words do not matter
    assert big.clip_for("en", HOTLINE) is None


@needs_espeak
def test_the_speaker_plans_off_the_ui_thread_and_synthesises_what_was_not_recorded(
    qtbot, tmp_path, monkeypatch, library
):
    from trainer.services.speech.playback import Player
    from trainer.services.speech.qt import QtSpeaker
    from trainer.services.speech.synth import Synthesizer

    heard = tmp_path / "heard.raw"
    monkeypatch.setenv("TRAINER_AUDIO_SINK", f"file:{heard}")
    on_ui: list[str] = []
    spoken_form, clip = plan_module.spoken_form, library.clip

    def watch(name, real):
        def wrapper(*args, **kwargs):
            if threading.current_thread() is threading.main_thread():
                on_ui.append(name)
            return real(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(plan_module, "spoken_form", watch("spoken_form", spoken_form))
    monkeypatch.setattr(library, "clip", watch("clip", clip))
    speaker = QtSpeaker(Synthesizer.for_paths(tmp_path / "cache"), Player(), voices=library)
    try:
        text = f"{HOTLINE}\n请打 12381 举报。"
        with qtbot.waitSignal(speaker.finished, timeout=30_000) as done:
            speaker.speak(Utterance(text, "zh_CN", voice="li-ayi"))
        assert done.args == [True]
        assert on_ui == []
        recorded = audio.read_wav(library.clip("li-ayi", "zh_CN", HOTLINE)).samples
        said = raw_samples(heard)
        assert said[: len(recorded)] == recorded  # her recording first, then the computer reads the rest
        assert len(said) > len(recorded) + 0.5 * 22050 and rms(said[len(recorded) :]) > 300
    finally:
        speaker.close()


def test_a_voice_id_in_settings_is_what_a_pack_id_may_be():
    from trainer.domain.learner import LearnerSettings, is_voice_id
    from trainer.domain.voice_pack import ID_PATTERN

    for value in (
        "li-ayi",
        "voice-2-wang",
        "a",
        "x" * 64,
        "",
        "-x",
        "_x",
        "Li",
        "x" * 65,
        "李",
        "a b",
        None,
        3,
    ):
        assert is_voice_id(value) == bool(isinstance(value, str) and ID_PATTERN.match(value)), value
    assert LearnerSettings(voice="../etc").normalised().voice == ""
    assert LearnerSettings(voice="li-ayi").normalised().voice == "li-ayi"
