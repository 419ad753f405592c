"""Recorded voice packs: record from a WAV source, keep, export/import whole, stale strings, fallback, Repeat."""

from __future__ import annotations

import json
import math
import subprocess
import time
import zipfile
from array import array
from pathlib import Path

import pytest
from speech_helpers import needs_espeak

from trainer.domain.lessons import Lesson, LessonText, ReadStep
from trainer.domain.speech import Utterance, split_sentences
from trainer.domain.voice_pack import coverage, lesson_strings
from trainer.services.speech import audio
from trainer.services.speech.plan import plan, stretch_for
from trainer.services.speech.recorder import Recorder, WavSource
from trainer.services.speech.voices import PackProblem, VoiceLibrary

HOTLINE = "拿不准就挂电话，打 96110。"
OTHER = "真正的银行不会向您要验证码。"


def speech_wav(path: Path, text: str, pad_s: float = 0.6) -> Path:
    """Real speech (espeak-ng stands in for the volunteer), with silence before and after it."""
    subprocess.run(["espeak-ng", "-v", "cmn-latn-pinyin", "-w", str(path), text], check=True)
    clip = audio.read_wav(path)
    pad = array("h", [0]) * int(clip.rate * pad_s)
    audio.write_wav(path, audio.Clip(clip.rate, pad + clip.samples + pad))
    return path


def tone(path: Path, seconds: float, amplitude: int = 8000, rate: int = 22050) -> Path:
    """A 220 Hz tone; one second is made and repeated (220 whole periods), so ten minutes are quick."""
    second = array(
        "h",
        (
            max(-32768, min(32767, int(amplitude * math.sin(2 * math.pi * 220 * i / rate))))
            for i in range(rate)
        ),
    )
    whole = int(seconds)
    s = second * whole + second[: int((seconds - whole) * rate)]
    audio.write_wav(path, audio.Clip(rate, s))
    return path


def lesson(text: str = HOTLINE) -> Lesson:
    step = ReadStep(
        "intro", LessonText.of({"zh_CN": f"{text}\n\n{OTHER}", "en": "Call 96110.\n\nBanks never ask."})
    )
    return Lesson("scam-calls", 1, "basic", 1, 5, ("4.2",), (), 0.8, LessonText.of({"zh_CN": "防骗", "en": "Scams"}),
                  (), (step,), ("zh_CN", "en"), Path("."))  # fmt: skip


@pytest.fixture
def library(tmp_path) -> VoiceLibrary:
    lib = VoiceLibrary(tmp_path / "voices")
    lib.create("li-ayi", "李阿姨", "四川话", "zh_CN")
    return lib


def record(qtbot, source) -> object:
    rec = Recorder()
    levels: list[float] = []
    rec.level.connect(levels.append)
    with qtbot.waitSignal(rec.finished, timeout=10_000) as got:
        rec.start(source)
    return got.args[0], levels


@needs_espeak
def test_a_take_from_a_wav_source_is_metered_trimmed_and_evened_out(qtbot, tmp_path):
    wav = speech_wav(tmp_path / "take.wav", HOTLINE)
    raw = audio.read_wav(wav)
    clip, levels = record(qtbot, WavSource(wav, speed=20))
    assert isinstance(clip, audio.Clip), clip
    assert len(levels) >= 10 and min(levels) < -80 < max(levels)  # the meter saw the silence and the voice
    assert 2.0 < clip.seconds < raw.seconds - 1.0  # the 0.6 s of silence each side is cut to a 150 ms pad
    lv = audio.levels(clip)
    assert abs(lv.speech_dbfs - audio.TARGET_DBFS) < 1.0 and lv.peak_dbfs <= audio.PEAK_LIMIT_DBFS + 0.01


def test_a_silent_take_is_refused(qtbot, tmp_path):
    silent = tone(tmp_path / "quiet.wav", 2.0, amplitude=0)
    result, _ = record(qtbot, WavSource(silent, speed=20))
    assert isinstance(result, audio.AudioProblem) and "silent" in str(result)


@needs_espeak
def test_export_and_import_round_trip(library, tmp_path):
    wav = speech_wav(tmp_path / "a.wav", HOTLINE)
    clip = audio.prepare(audio.read_wav(wav))
    library.add("li-ayi", "scam-calls", "intro/text/1", "zh_CN", HOTLINE, clip)
    exported = library.export("li-ayi", tmp_path)
    assert exported.name == "li-ayi.dbvoice"
    other = VoiceLibrary(tmp_path / "centre-2")
    pack = other.import_file(exported)
    assert pack.label == "四川话 · 李阿姨" and len(pack.recordings) == 1
    played = other.clip("li-ayi", "zh_CN", HOTLINE)
    assert played is not None and audio.read_wav(played).samples == clip.samples
    with pytest.raises(PackProblem, match="already here"):
        other.import_file(exported)


def _pack_with(tmp_path: Path, library: VoiceLibrary, bad_name: str, bad: Path) -> Path:
    """An exported pack with one good clip and ``bad`` put in under ``bad_name``."""
    good = tone(tmp_path / "good.wav", 1.5)
    library.add("li-ayi", "scam-calls", "intro/text/1", "zh_CN", HOTLINE, audio.read_wav(good))
    src = library.export("li-ayi", tmp_path / "src.dbvoice")
    out = tmp_path / "bad.dbvoice"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w") as zout:
        doc = json.loads(zin.read("voice.json"))
        doc["recordings"].append(dict(doc["recordings"][0], string="intro/text/2", text=OTHER, file=bad_name))
        zout.writestr("voice.json", json.dumps(doc, ensure_ascii=False))
        for info in zin.infolist():
            if info.filename != "voice.json":
                zout.writestr(info, zin.read(info))
        zout.write(bad, bad_name)
    return out


@pytest.mark.parametrize(
    "kind,reason",
    [
        ("corrupt", "not a readable WAV"),
        ("silent", "silent"),
        ("clipped", "too loud"),
        ("quiet", "too quiet"),
        ("loud", "is too loud"),
        ("long", "600 seconds"),
    ],
)
def test_a_pack_with_one_bad_file_is_refused_whole_naming_the_file(library, tmp_path, kind, reason):
    bad = tmp_path / f"{kind}.wav"
    if kind == "corrupt":
        bad.write_bytes(b"RIFF\x00\x00\x00\x00WAVEjunk" + bytes(100))
    elif kind == "silent":
        tone(bad, 2.0, amplitude=0)
    elif kind == "clipped":
        tone(bad, 2.0, amplitude=60000)  # squared off at full scale
    elif kind == "quiet":
        tone(bad, 2.0, amplitude=400)  # heard, but never evened out: -38 dBFS beside the others' -20
    elif kind == "loud":
        tone(bad, 2.0, amplitude=30000)  # not clipped, but -3 dBFS: a shout after the others
    else:
        tone(bad, 600.0, amplitude=3000, rate=16000)
    pack = _pack_with(tmp_path, library, f"clips/{kind}.wav", bad)
    fresh = VoiceLibrary(tmp_path / "centre-2")
    with pytest.raises(PackProblem) as err:
        fresh.import_file(pack)
    assert f"clips/{kind}.wav" in str(err.value) and reason in str(err.value)
    assert fresh.packs() == [] and not any((tmp_path / "centre-2").glob("li-ayi*"))  # nothing half-applied


def test_a_changed_lesson_string_is_marked_stale_and_never_played(library, tmp_path):
    clip = audio.read_wav(tone(tmp_path / "t.wav", 1.0))
    library.add("li-ayi", "scam-calls", "intro/text/1", "zh_CN", HOTLINE, clip)
    pack = library.get("li-ayi")
    before = coverage(pack, lesson())
    assert [s.text for s in before.recorded] == [HOTLINE] and len(before.missing) == 2  # title, 2nd para
    changed = lesson("拿不准就挂掉电话，打 96110 问一问。")
    after = coverage(pack, changed)
    assert after.recorded == () and [(s.text, r.text) for s, r in after.stale] == [
        ("拿不准就挂掉电话，打 96110 问一问。", HOTLINE)
    ]
    assert library.clip("li-ayi", "zh_CN", "拿不准就挂掉电话，打 96110 问一问。") is None


def test_strings_without_a_recording_fall_back_to_the_computer_voice(library, tmp_path):
    library.add(
        "li-ayi", "scam-calls", "intro/text/1", "zh_CN", HOTLINE, audio.read_wav(tone(tmp_path / "t.wav", 1))
    )
    text = f"{HOTLINE}\n{OTHER}"
    u = Utterance(text, "zh_CN", "normal", voice="li-ayi")
    parts = plan(u, split_sentences(text), library)
    assert [p.clip is not None for p in parts] == [True, False]
    assert parts[1].spoken is not None and parts[1].spoken.text == OTHER
    assert (
        parts[0].ready
        and not plan(Utterance(text, "zh_CN", "slow", voice="li-ayi"), split_sentences(text), library)[
            0
        ].ready
    )
    no_voice = plan(Utterance(text, "zh_CN"), split_sentences(text), library)
    assert all(p.clip is None for p in no_voice)
    assert no_voice[0].spoken.text == "拿不准就挂电话，打 九六幺幺零。"


def test_slower_stretches_a_recording_without_changing_its_pitch(tmp_path):
    clip = audio.read_wav(tone(tmp_path / "t.wav", 2.0))
    slow = audio.time_stretch(clip, stretch_for("slow"))
    assert abs(slow.seconds / clip.seconds - 140 / 110) < 0.05

    def crossings(c: audio.Clip) -> float:
        s = c.samples[c.rate // 4 : -c.rate // 4]
        return sum(1 for a, b in zip(s, s[1:], strict=False) if a < 0 <= b) / (len(s) / c.rate)

    assert abs(crossings(slow) - 220) < 5 and abs(crossings(clip) - 220) < 5  # same pitch: 220 Hz


def test_lesson_strings_are_paragraphs_and_skip_texts_with_the_learners_name():
    strings = lesson_strings(lesson(), "zh_CN")
    assert [s.string for s in strings] == ["title", "intro/text/1", "intro/text/2"]
    named = lesson("{name}，您好！")
    assert not lesson_strings(named, "zh_CN")[1].recordable


@needs_espeak
@pytest.mark.timing
def test_repeat_starts_a_recorded_clip_within_100_ms(qtbot, library, tmp_path, monkeypatch):
    from trainer.services.speech.playback import Player
    from trainer.services.speech.qt import QtSpeaker
    from trainer.services.speech.synth import Synthesizer

    monkeypatch.setenv("TRAINER_AUDIO_SINK", "null")
    clip = audio.prepare(audio.read_wav(speech_wav(tmp_path / "a.wav", HOTLINE)))
    library.add("li-ayi", "scam-calls", "intro/text/1", "zh_CN", HOTLINE, clip)
    speaker = QtSpeaker(Synthesizer.for_paths(tmp_path / "cache"), Player(), voices=library)
    try:
        u = Utterance(HOTLINE, "zh_CN", "normal", voice="li-ayi")
        with qtbot.waitSignal(speaker.player.first_sample, timeout=5000):
            speaker.speak(u)
        speaker.stop()
        delays = []
        for _ in range(3):
            t0 = time.monotonic()
            with qtbot.waitSignal(speaker.player.first_sample, timeout=5000) as got:
                speaker.repeat()
            delays.append(got.args[0] - t0)
            speaker.stop()
        assert min(delays) < 0.100, delays
        assert speaker.synth.client.starts == 0  # the engine was never needed
    finally:
        speaker.close()


def test_trainer_voices_lists_packs_with_coverage_and_imports_and_exports(tmp_path, capsys, monkeypatch):
    from trainer.cli import main
    from trainer.config import resolve_paths

    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "home"))
    lib = VoiceLibrary.for_paths(resolve_paths().data)
    lib.create("li-ayi", "李阿姨", "四川话", "zh_CN")
    lib.add("li-ayi", "x", "intro/text/1", "zh_CN", HOTLINE, audio.read_wav(tone(tmp_path / "t.wav", 1.0)))
    assert main(["voices", "--export", "li-ayi", "--to", str(tmp_path)]) == 0
    lib.delete("li-ayi")
    assert main(["voices", "--import", str(tmp_path / "li-ayi.dbvoice")]) == 0
    capsys.readouterr()
    main(["voices"])
    out = capsys.readouterr().out
    assert "Recorded voice packs" in out and "四川话 · 李阿姨" in out and "strings recorded" in out
    (tmp_path / "junk.dbvoice").write_bytes(b"not a zip")
    assert main(["voices", "--import", str(tmp_path / "junk.dbvoice")]) == 1
    assert "junk.dbvoice: is not a voice pack file" in capsys.readouterr().err
