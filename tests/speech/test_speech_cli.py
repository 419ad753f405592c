"""``trainer voices`` and ``trainer say`` with the real engine."""

from __future__ import annotations

import argparse

import pytest
from speech_helpers import heard_seconds, needs_espeak, rms, wav_samples

from trainer.cli import speech as speech_cli

pytestmark = needs_espeak


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="trainer")
    speech_cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


def test_voices_lists_voices_and_the_choice_per_language(capsys):
    assert run(["voices"]) == 0
    out = capsys.readouterr().out
    assert "sit/cmn-latn-pinyin" in out and "gmw/en-us" in out
    assert "zh_CN uses: sit/cmn-latn-pinyin" in out
    assert "en uses: gmw/en-us" in out


def test_say_writes_a_wav(tmp_path, capsys):
    out = tmp_path / "hello.wav"
    assert run(["say", "你好，欢迎来学习。", "--lang", "zh_CN", "--rate", "slow", "--out", str(out)]) == 0
    samples, rate = wav_samples(out)
    assert rate == 22050 and len(samples) / rate > 1.5 and rms(samples) > 300
    assert "sit/cmn-latn-pinyin" in capsys.readouterr().out


def test_say_plays_through_the_sink(sink_file):
    assert run(["say", "Hello there.", "--rate", "brisk"]) == 0
    assert heard_seconds(sink_file) > 0.5


def test_say_without_a_voice_exits_1_and_tells_the_tutor_what_to_install(english_only, tmp_path, capsys):
    out = tmp_path / "x.wav"
    assert run(["say", "你好", "--lang", "zh_CN", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "No voice for zh_CN" in err and "install espeak-ng" in err
    assert not out.exists()
    assert run(["voices"]) == 0
    assert "zh_CN uses: none" in capsys.readouterr().out


def test_bad_rate_is_refused_by_the_parser():
    with pytest.raises(SystemExit):
        run(["say", "x", "--rate", "fast"])
