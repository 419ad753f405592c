"""Can this PC play sound, and if not, why: for the tutor (``trainer --self-test``, tutor mode). The
learner only reads one short line in their language (``ui.screens.player``).

Causes told apart: no player program (Linux without ``aplay``: alsa-utils), and a player but no sound
device (``aplay`` installed on a PC without a sound card, and no PulseAudio or PipeWire server that
could take the sound elsewhere). Only files are read (no process is started): fast enough anywhere."""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from trainer.services.speech.playback import resolve_sink

NO_PLAYER, NO_DEVICE = "no_player", "no_device"
CARDS = Path("/proc/asound/cards")  # ALSA's list of sound cards (Linux)


@dataclass(frozen=True)
class SoundState:
    problem: str | None  # None (sound can play), NO_PLAYER or NO_DEVICE
    sink: str | None  # how sound is played (``playback.resolve_sink``)
    devices: tuple[str, ...] = ()  # the sound cards found (Linux), or the sound server


def sound_state(sink_spec: str | None = None, cards: Path | None = None) -> SoundState:
    """``cards``: ALSA's list of sound cards (default ``CARDS``)."""
    sink = resolve_sink(sink_spec)
    if sink is None:
        return SoundState(NO_PLAYER, None)
    if sink != "aplay" or not sys.platform.startswith("linux"):  # (a chosen device, a file, Windows, macOS)
        return SoundState(None, sink)
    devices = alsa_cards(cards or CARDS) + sound_servers()
    return SoundState(None if devices else NO_DEVICE, sink, devices)


def alsa_cards(path: Path) -> tuple[str, ...]:
    """The names of the sound cards ALSA knows (``0 [PCH ]: HDA-Intel - HDA Intel PCH``)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ()
    return tuple(m.group(1).strip() for m in re.finditer(r"(?m)^\s*\d+\s+\[[^\]]*\]:\s*(.+)$", text))


def sound_servers() -> tuple[str, ...]:
    """A PulseAudio or PipeWire server of this user (it may play through Bluetooth or USB)."""
    found = []
    runtime = Path(os.environ.get("XDG_RUNTIME_DIR", "") or f"/run/user/{os.getuid()}")
    if os.environ.get("PULSE_SERVER") or (runtime / "pulse" / "native").exists():
        found.append("PulseAudio")
    if (runtime / "pipewire-0").exists():
        found.append("PipeWire")
    return tuple(found)


def describe(state: SoundState) -> str:
    """For the tutor, in English (the command line; tutor mode says it in the tutor's language)."""
    if state.problem == NO_PLAYER:
        return "no player program: aplay is missing. Install alsa-utils (sudo apt install alsa-utils)."
    if state.problem == NO_DEVICE:
        return (
            "no sound device: aplay is installed, but this PC has no sound card (none in /proc/asound/cards) "
            "and no PulseAudio or PipeWire. Plug in speakers or headphones, or install the sound card's driver."
        )
    if state.devices:
        return f"{state.sink}, through {', '.join(state.devices)}"
    return str(state.sink)
