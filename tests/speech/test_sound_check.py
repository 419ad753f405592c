"""Why sound cannot play, told apart for the tutor (issue 14, defect 5): no player program, or a player
but no sound device (aplay installed on a PC without a sound card: it was reported as a missing aplay)."""

from __future__ import annotations

import shutil
import sys

import pytest

from trainer.services.speech.sound_check import NO_DEVICE, NO_PLAYER, alsa_cards, describe, sound_state

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ALSA: Linux only")

CARDS = """ 0 [PCH            ]: HDA-Intel - HDA Intel PCH
                      HDA Intel PCH at 0xf7f10000 irq 33
 1 [Device         ]: USB-Audio - USB Audio Device
                      C-Media Electronics Inc. USB Audio Device at usb-0000:00:14.0-2, full speed
"""


@pytest.fixture
def no_server(tmp_path, monkeypatch):
    runtime = tmp_path / "run"
    runtime.mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    return runtime


def test_aplay_without_a_sound_card_is_no_device_not_a_missing_player(tmp_path, no_server):
    if shutil.which("aplay") is None:
        pytest.skip("aplay is not installed here")
    empty = tmp_path / "cards"
    empty.write_text("--- no soundcards ---\n")
    state = sound_state("auto", empty)
    assert state.problem == NO_DEVICE and "no sound device" in describe(state)
    assert "alsa-utils" not in describe(state)
    assert sound_state("auto", tmp_path / "missing").problem == NO_DEVICE  # no /proc/asound at all


def test_a_sound_card_or_a_sound_server_plays(tmp_path, no_server):
    if shutil.which("aplay") is None:
        pytest.skip("aplay is not installed here")
    cards = tmp_path / "cards"
    cards.write_text(CARDS)
    assert alsa_cards(cards) == ("HDA-Intel - HDA Intel PCH", "USB-Audio - USB Audio Device")
    state = sound_state("auto", cards)
    assert state.problem is None and "HDA Intel PCH" in describe(state)
    empty = tmp_path / "none"
    empty.write_text("--- no soundcards ---\n")
    (no_server / "pipewire-0").touch()  # no card, but PipeWire (Bluetooth headphones)
    assert sound_state("auto", empty).problem is None


def test_no_player_program(tmp_path, monkeypatch, no_server):
    monkeypatch.setenv("PATH", str(tmp_path))  # no aplay anywhere
    state = sound_state("auto", tmp_path / "cards")
    assert state.problem == NO_PLAYER and "alsa-utils" in describe(state)
