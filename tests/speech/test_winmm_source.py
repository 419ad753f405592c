"""Recording on Windows (winmm waveIn through ctypes), tried here with a driver that behaves like winmm's:
it fills the very ctypes buffers the source hands it, in order, from a WAV file, marks them done, hands
back a half-filled one on reset and refuses to unprepare a buffer it still holds. What is not tried here:
winmm.dll itself and a real microphone (see README)."""

from __future__ import annotations

import ctypes
import math
import struct
import threading
import time
from array import array
from collections import deque

import pytest

from trainer.services.speech import audio
from trainer.services.speech.recorder import Recorder
from trainer.services.speech.winmm import (
    WAVE_FORMAT_PCM,
    WAVEFORMATEX,
    WAVEHDR,
    WHDR_DONE,
    WinmmSource,
    windows_microphone,
)

WHDR_PREPARED = 0x2
WAVERR_STILLPLAYING, WAVERR_UNPREPARED, MMSYSERR_BADDEVICEID = 33, 34, 2


def speech_like(seconds: float, rate: int = 22050) -> bytes:
    """A tone that comes and goes (syllables), 16-bit mono."""
    s = array(
        "h",
        (int(7000 * math.sin(2 * math.pi * 200 * i / rate) * (0.5 + 0.5 * math.sin(i / rate * 12))) for i in
         range(int(seconds * rate))),
    )  # fmt: skip
    return s.tobytes()


class FakeDriver:
    """winmm's waveIn as a driver sees it: buffers queued with add_buffer are filled in order."""

    def __init__(self, data: bytes, speed: float = 10.0, fail_open: bool = False, fail_add_after: int = 0):
        self.data, self.speed = data, speed
        self.fail_open, self.fail_add_after = fail_open, fail_add_after
        self.pos = 0
        self.queue: deque = deque()
        self.lock = threading.Lock()
        self.running = threading.Event()
        self.format: dict = {}
        self.adds = 0
        self.unprepared = 0
        self.closed = False
        self.thread: threading.Thread | None = None

    def devices(self) -> int:
        return 1

    def open(self, handle, fmt: WAVEFORMATEX) -> int:
        if self.fail_open:
            return MMSYSERR_BADDEVICEID
        self.format = {name: getattr(fmt, name) for name, _ in WAVEFORMATEX._fields_}
        handle.value = 0x1234
        return 0

    def prepare(self, handle, hdr: WAVEHDR) -> int:
        hdr.dwFlags |= WHDR_PREPARED
        return 0

    def add_buffer(self, handle, hdr: WAVEHDR) -> int:
        self.adds += 1
        if self.fail_add_after and self.adds > self.fail_add_after:
            return 5  # MMSYSERR_NOMEM: a driver in trouble
        if not hdr.dwFlags & WHDR_PREPARED:
            return WAVERR_UNPREPARED
        with self.lock:
            self.queue.append(hdr)
        return 0

    def start(self, handle) -> int:
        self.running.set()
        self.thread = threading.Thread(target=self._fill, daemon=True)
        self.thread.start()
        return 0

    def _fill(self) -> None:
        while self.running.is_set():
            with self.lock:
                if self.queue and self.pos < len(self.data):
                    hdr = self.queue.popleft()
                    self._put(hdr, hdr.dwBufferLength)
            time.sleep(0.05 / self.speed)

    def _put(self, hdr: WAVEHDR, room: int) -> None:
        piece = self.data[self.pos : self.pos + room]
        ctypes.memmove(hdr.lpData, piece, len(piece))
        hdr.dwBytesRecorded = len(piece)
        hdr.dwFlags |= WHDR_DONE
        self.pos += len(piece)

    def reset(self, handle) -> int:
        self.running.clear()
        if self.thread is not None:
            self.thread.join()
        with self.lock:
            if self.queue:  # the buffer being filled comes back with what it holds so far
                hdr = self.queue.popleft()
                self._put(hdr, hdr.dwBufferLength // 2)
            for hdr in self.queue:
                hdr.dwBytesRecorded = 0
                hdr.dwFlags |= WHDR_DONE
            self.queue.clear()
        return 0

    def unprepare(self, handle, hdr: WAVEHDR) -> int:
        with self.lock:
            if hdr in self.queue:
                return WAVERR_STILLPLAYING
        hdr.dwFlags &= ~WHDR_PREPARED
        self.unprepared += 1
        return 0

    def close(self, handle) -> int:
        self.closed = True
        return 0


def test_the_structures_have_winmms_layout():
    assert ctypes.sizeof(WAVEFORMATEX) == 18  # packed, as mmsystem.h declares it
    pointer = ctypes.sizeof(ctypes.c_void_p)
    assert ctypes.sizeof(WAVEHDR) == (48 if pointer == 8 else 32)
    assert [getattr(WAVEHDR, f).offset for f in ("dwBufferLength", "dwFlags", "lpNext", "reserved")] == (
        [8, 24, 32, 40] if pointer == 8 else [4, 16, 24, 28]
    )
    fmt = WAVEFORMATEX(WAVE_FORMAT_PCM, 1, 22050, 44100, 2, 16, 0)
    assert bytes(fmt) == struct.pack("<HHIIHHH", 1, 1, 22050, 44100, 2, 16, 0)


def test_every_sample_the_driver_gives_arrives_in_order_and_the_device_is_closed(qtbot):
    data = speech_like(1.2)
    driver = FakeDriver(data)
    source = WinmmSource(driver)
    got: list[bytes] = []
    ended: list[str] = []
    source.chunk.connect(got.append)
    source.ended.connect(ended.append)
    source.start()
    qtbot.waitUntil(lambda: driver.pos >= len(data) // 2, timeout=5000)
    source.stop()  # (stops at once: the last samples and ended come before it returns)
    assert ended == [""] and driver.closed and driver.unprepared == 8
    assert driver.format == {"wFormatTag": 1, "nChannels": 1, "nSamplesPerSec": 22050,
                             "nAvgBytesPerSec": 44100, "nBlockAlign": 2, "wBitsPerSample": 16, "cbSize": 0}  # fmt: skip
    heard = b"".join(got)
    assert heard == data[: driver.pos] and len(heard) > len(data) // 2  # nothing lost, nothing twice
    assert driver.adds > 8  # buffers went back to the driver and were filled again


def test_a_take_through_the_recorder_is_metered_and_prepared(qtbot):
    pad = bytes(22050)  # half a second of silence each side
    driver = FakeDriver(pad + speech_like(1.5) + pad, speed=20)
    rec = Recorder()
    levels: list[float] = []
    rec.level.connect(levels.append)
    rec.start(WinmmSource(driver))
    qtbot.waitUntil(lambda: driver.pos >= len(driver.data), timeout=5000)
    with qtbot.waitSignal(rec.finished, timeout=5000) as done:
        rec.stop()
    clip = done.args[0]
    assert isinstance(clip, audio.Clip) and 1.5 < clip.seconds < 2.2  # the silence trimmed to a short pad
    assert min(levels) < -80 < max(levels)


@pytest.mark.parametrize("trouble,code", [("open", "mic_unavailable"), ("add", "mic_stopped")])
def test_a_microphone_that_cannot_open_or_fails_midway_is_said_plainly(qtbot, trouble, code):
    driver = FakeDriver(
        speech_like(2.0), fail_open=trouble == "open", fail_add_after=12 if trouble == "add" else 0
    )
    rec = Recorder()
    with qtbot.waitSignal(rec.finished, timeout=5000) as done:
        rec.start(WinmmSource(driver))
    problem = done.args[0]
    assert isinstance(problem, audio.AudioProblem) and problem.code == code
    assert driver.closed == (trouble != "open")  # opened: closed again; never opened: nothing to close
    assert not rec.recording


def test_there_is_no_winmm_microphone_off_windows():
    assert windows_microphone() is None
