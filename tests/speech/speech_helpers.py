"""Measuring sound and the event loop in tests."""

from __future__ import annotations

import math
import os
import shutil
import time
import wave
from array import array
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

# On a developer's PC without espeak-ng these skip; in CI (CI=true) they run, and fail, so a machine
# without the engine cannot pass quietly.
needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None and not os.environ.get("CI"), reason="espeak-ng is not installed"
)

RATE = 22050  # espeak-ng's sample rate; raw files from the ``file:`` sink are 16-bit mono at this rate


def rms(samples: array) -> float:
    if not samples:
        return 0.0
    return math.sqrt(sum(s * s for s in samples) / len(samples))


def wav_samples(path: Path) -> tuple[array, int]:
    with wave.open(str(path), "rb") as w:
        assert w.getsampwidth() == 2 and w.getnchannels() == 1
        data = array("h", w.readframes(w.getnframes()))
        return data, w.getframerate()


def raw_samples(path: Path) -> array:
    data = array("h")
    if path.exists():
        raw = path.read_bytes()
        data.frombytes(raw[: len(raw) // 2 * 2])
    return data


def heard_seconds(path: Path) -> float:
    return path.stat().st_size / 2 / RATE if path.exists() else 0.0


def write_tone(path: Path, seconds: float, freq: float = 440.0) -> Path:
    n = int(RATE * seconds)
    data = array("h", (int(8000 * math.sin(2 * math.pi * freq * i / RATE)) for i in range(n)))
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(data.tobytes())
    return path


class StallMeter:
    """Ticks every ``interval_ms`` on the UI thread; the longest gap between ticks is the worst stall."""

    def __init__(self, interval_ms: int = 5) -> None:
        self.interval = interval_ms / 1000.0
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0

    def start(self) -> None:
        self.last = time.monotonic()
        self.timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self.worst = max(self.worst, now - self.last - self.interval)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.worst
