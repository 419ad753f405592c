"""The player process: real child processes, real timing. The ``file:`` sink writes, in real time, the
samples that would be heard, so these tests measure when sound stops and starts."""

from __future__ import annotations

import os
import time

import pytest
from speech_helpers import heard_seconds, raw_samples, rms, wav_samples, write_tone

from trainer.services.speech.playback import Player, resolve_sink, sink_command


@pytest.fixture
def tone(tmp_path):
    return write_tone(tmp_path / "tone.wav", 4.0)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[1][0] not in "ZX"
    except FileNotFoundError:
        return False


@pytest.mark.timing
def test_plays_the_samples_of_the_wav_in_real_time(qtbot, tmp_path, tone):
    heard = tmp_path / "heard.raw"
    player = Player(sink=f"file:{heard}")
    t = time.monotonic()
    with qtbot.waitSignal(player.finished, timeout=8000) as done:
        player.play(tone)
    took = time.monotonic() - t
    assert done.args == [True]
    assert 3.9 < took < 4.6  # paced like a sound card, not dumped at once
    played, (source, _) = raw_samples(heard), wav_samples(tone)
    assert played == source and rms(played) > 1000


@pytest.mark.timing
def test_stop_silences_within_100_ms(qtbot, tmp_path, tone):
    heard = tmp_path / "heard.raw"
    player = Player(sink=f"file:{heard}")
    player.play(tone)
    qtbot.waitUntil(lambda: heard_seconds(heard) > 0.5, timeout=3000)
    pid = player._proc.processId()
    before = heard_seconds(heard)
    t = time.monotonic()
    assert player.stop()
    while _alive(pid) and time.monotonic() - t < 1.0:
        time.sleep(0.001)
    gone_after = time.monotonic() - t
    qtbot.wait(300)
    assert gone_after < 0.1, f"player still running {gone_after * 1000:.0f} ms after stop"
    assert heard_seconds(heard) - before <= 0.1  # no more than 100 ms of sound after stop
    assert player.state == "idle"


@pytest.mark.parametrize("by_signal", [True, False], ids=["sigstop", "restart-at-offset"])
@pytest.mark.timing
def test_pause_and_resume_take_effect_within_100_ms(qtbot, tmp_path, tone, by_signal):
    heard = tmp_path / "heard.raw"
    player = Player(sink=f"file:{heard}", pause_by_signal=by_signal)
    player.play(tone)
    qtbot.waitUntil(lambda: heard_seconds(heard) > 0.8, timeout=3000)
    player.pause()
    paused_at = heard_seconds(heard)
    qtbot.wait(400)
    assert player.state == "paused"
    assert heard_seconds(heard) - paused_at <= 0.1
    position = player.position_s()
    assert 0.7 < position < 1.1
    t = time.monotonic()
    player.resume()
    qtbot.waitUntil(lambda: heard_seconds(heard) > paused_at + 0.02, timeout=1000)
    assert time.monotonic() - t < 0.1
    with qtbot.waitSignal(player.finished, timeout=6000) as done:
        pass
    assert done.args == [True]
    total = heard_seconds(heard)
    # by signal: every sample once; by restart: a quarter second heard again after the pause
    assert total == pytest.approx(4.0 if by_signal else 4.25, abs=0.12)


def test_a_missing_sink_program_fails_without_raising(qtbot, tone, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    player = Player(sink="aplay")
    with qtbot.waitSignal(player.finished, timeout=3000) as done:
        player.play(tone)
    assert done.args == [False] and player.state == "idle"


def test_sink_choice(monkeypatch, tmp_path):
    monkeypatch.setenv("TRAINER_AUDIO_SINK", "null")
    assert resolve_sink() == "null"
    assert resolve_sink("aplay:default") == "aplay:default"
    wav = tmp_path / "a.wav"
    assert sink_command("aplay:null", wav)[:4] == ["aplay", "-q", "-D", "null"]
    assert "--start" in sink_command(f"file:{tmp_path / 'x.raw'}", wav, 1.5)
    with pytest.raises(ValueError):
        sink_command("speakers", wav)


@pytest.mark.skipif(not os.path.exists("/usr/bin/aplay"), reason="aplay not installed")
def test_aplay_path_runs_to_the_end_on_the_null_device(qtbot, tone):
    """The real Linux player, to ALSA's null device (it does not pace: this checks the command only)."""
    player = Player(sink="aplay:null")
    with qtbot.waitSignal(player.finished, timeout=5000) as done:
        player.play(tone)
    assert done.args == [True]
