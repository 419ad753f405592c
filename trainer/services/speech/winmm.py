"""Recording on Windows: the microphone through winmm's waveIn API (``winmm.dll``, part of every Windows
since 95) called with ctypes, so nothing is added to the bundle. The same ``Source`` as the other sources
(``recorder.py``): 16-bit mono samples in ``chunk``, ``ended`` once it stops.

How: a worker thread opens the default input device (WAVE_MAPPER) for 16-bit mono PCM, queues a ring of
50 ms buffers (``waveInAddBuffer``), starts it and looks every 10 ms for buffers the driver marked done
(``WHDR_DONE``, no callback: no code of ours runs on the driver's thread). A done buffer's samples go to
a queue; the buffer goes back to the driver. A UI-thread timer empties the queue into ``chunk``. Stop:
``waveInReset`` (the driver hands every buffer back), the last samples are passed on, headers are
unprepared and the device closed, then ``ended("")``; a device that cannot be opened ends with
``mic_unavailable``, one that fails while recording with ``mic_stopped``.

The calls go through ``WaveInApi``; ``Winmm`` binds it to winmm.dll. Tests drive the same loop with a
driver that fills the very same ctypes buffers from a WAV file (``tests/speech/test_winmm_source.py``),
so everything but winmm.dll itself is tried on Linux; winmm.dll and real microphones were not.
"""

from __future__ import annotations

import ctypes
import queue
import sys
import threading
import time
from collections import deque
from ctypes import POINTER, Structure, c_size_t, c_uint16, c_uint32, c_void_p
from typing import Protocol

from PySide6.QtCore import QTimer

from trainer.services.speech.recorder import RATE, Source
from trainer.services.speech.signals import emit

WAVE_MAPPER = 0xFFFFFFFF  # the input device the person chose in Windows' sound settings
WAVE_FORMAT_PCM = 1
CALLBACK_NULL = 0
WHDR_DONE = 0x00000001
MMSYSERR_NOERROR = 0
BUFFER_S = 0.05
BUFFERS = 8  # 400 ms queued with the driver: a busy moment on the PC loses nothing
POLL_S = 0.01


class WAVEFORMATEX(Structure):
    _pack_ = 1  # mmsystem.h declares it packed: 18 bytes
    _fields_ = [
        ("wFormatTag", c_uint16),
        ("nChannels", c_uint16),
        ("nSamplesPerSec", c_uint32),
        ("nAvgBytesPerSec", c_uint32),
        ("nBlockAlign", c_uint16),
        ("wBitsPerSample", c_uint16),
        ("cbSize", c_uint16),
    ]


class WAVEHDR(Structure):
    pass


WAVEHDR._fields_ = [
    ("lpData", c_void_p),  # LPSTR: the buffer's address
    ("dwBufferLength", c_uint32),
    ("dwBytesRecorded", c_uint32),
    ("dwUser", c_size_t),  # DWORD_PTR
    ("dwFlags", c_uint32),
    ("dwLoops", c_uint32),
    ("lpNext", POINTER(WAVEHDR)),
    ("reserved", c_size_t),
]


def pcm_format(rate: int = RATE) -> WAVEFORMATEX:
    return WAVEFORMATEX(WAVE_FORMAT_PCM, 1, rate, rate * 2, 2, 16, 0)


class WaveInApi(Protocol):
    """The waveIn functions used (each returns an MMRESULT: 0 is success)."""

    def open(self, handle: c_void_p, fmt: WAVEFORMATEX) -> int: ...
    def prepare(self, handle: c_void_p, hdr: WAVEHDR) -> int: ...
    def add_buffer(self, handle: c_void_p, hdr: WAVEHDR) -> int: ...
    def start(self, handle: c_void_p) -> int: ...
    def reset(self, handle: c_void_p) -> int: ...
    def unprepare(self, handle: c_void_p, hdr: WAVEHDR) -> int: ...
    def close(self, handle: c_void_p) -> int: ...
    def devices(self) -> int: ...


class Winmm:
    """``WaveInApi`` on winmm.dll (Windows only)."""

    def __init__(self) -> None:
        dll = ctypes.WinDLL("winmm")  # type: ignore[attr-defined]
        self._dll = dll
        dll.waveInOpen.argtypes = [POINTER(c_void_p), c_uint32, POINTER(WAVEFORMATEX), c_size_t, c_size_t,
                                   c_uint32]  # fmt: skip
        for name in ("waveInPrepareHeader", "waveInAddBuffer", "waveInUnprepareHeader"):
            getattr(dll, name).argtypes = [c_void_p, POINTER(WAVEHDR), c_uint32]
        for name in ("waveInStart", "waveInReset", "waveInClose"):
            getattr(dll, name).argtypes = [c_void_p]
        for name in ("waveInOpen", "waveInPrepareHeader", "waveInAddBuffer", "waveInUnprepareHeader",
                     "waveInStart", "waveInReset", "waveInClose", "waveInGetNumDevs"):  # fmt: skip
            getattr(dll, name).restype = c_uint32

    def open(self, handle: c_void_p, fmt: WAVEFORMATEX) -> int:
        return self._dll.waveInOpen(ctypes.byref(handle), WAVE_MAPPER, ctypes.byref(fmt), 0, 0, CALLBACK_NULL)

    def prepare(self, handle: c_void_p, hdr: WAVEHDR) -> int:
        return self._dll.waveInPrepareHeader(handle, ctypes.byref(hdr), ctypes.sizeof(WAVEHDR))

    def add_buffer(self, handle: c_void_p, hdr: WAVEHDR) -> int:
        return self._dll.waveInAddBuffer(handle, ctypes.byref(hdr), ctypes.sizeof(WAVEHDR))

    def start(self, handle: c_void_p) -> int:
        return self._dll.waveInStart(handle)

    def reset(self, handle: c_void_p) -> int:
        return self._dll.waveInReset(handle)

    def unprepare(self, handle: c_void_p, hdr: WAVEHDR) -> int:
        return self._dll.waveInUnprepareHeader(handle, ctypes.byref(hdr), ctypes.sizeof(WAVEHDR))

    def close(self, handle: c_void_p) -> int:
        return self._dll.waveInClose(handle)

    def devices(self) -> int:
        return self._dll.waveInGetNumDevs()


def capture(api: WaveInApi, rate: int, stop: threading.Event, out: queue.SimpleQueue) -> None:
    """The worker thread: ``("chunk", bytes)`` for each buffer the driver fills, then ``("end", code)``
    ("" when stopped, ``mic_unavailable`` or ``mic_stopped``)."""
    handle = c_void_p()
    if api.open(handle, pcm_format(rate)) != MMSYSERR_NOERROR:
        out.put(("end", "mic_unavailable"))
        return
    size = int(rate * BUFFER_S) * 2
    buffers = [ctypes.create_string_buffer(size) for _ in range(BUFFERS)]
    headers = [WAVEHDR(ctypes.addressof(b), size, 0, 0, 0, 0, None, 0) for b in buffers]
    problem = ""
    prepared: list[WAVEHDR] = []
    try:
        ring: deque[tuple[WAVEHDR, ctypes.Array]] = deque()
        for hdr, buf in zip(headers, buffers, strict=True):
            if api.prepare(handle, hdr) != MMSYSERR_NOERROR:
                raise OSError("prepare")
            prepared.append(hdr)
            if api.add_buffer(handle, hdr) != MMSYSERR_NOERROR:
                raise OSError("add")
            ring.append((hdr, buf))
        if api.start(handle) != MMSYSERR_NOERROR:
            raise OSError("start")
        while not stop.is_set():
            while ring and ring[0][0].dwFlags & WHDR_DONE:  # the driver fills them in the order given
                hdr, buf = ring.popleft()
                if hdr.dwBytesRecorded:
                    out.put(("chunk", buf.raw[: hdr.dwBytesRecorded - hdr.dwBytesRecorded % 2]))
                hdr.dwFlags &= ~WHDR_DONE
                hdr.dwBytesRecorded = 0
                if api.add_buffer(handle, hdr) != MMSYSERR_NOERROR:
                    raise OSError("add")
                ring.append((hdr, buf))
            time.sleep(POLL_S)
        api.reset(handle)  # every buffer comes back marked done: the last samples are in them
        for hdr, buf in ring:
            if hdr.dwFlags & WHDR_DONE and hdr.dwBytesRecorded:
                out.put(("chunk", buf.raw[: hdr.dwBytesRecorded - hdr.dwBytesRecorded % 2]))
    except OSError:
        problem = "mic_stopped"
        api.reset(handle)
    finally:
        for hdr in prepared:
            api.unprepare(handle, hdr)
        api.close(handle)
        out.put(("end", problem))


class WinmmSource(Source):
    """The microphone on Windows (see the module's docstring); ``api`` is replaced in tests."""

    def __init__(self, api: WaveInApi | None = None, rate: int = RATE, parent=None) -> None:
        super().__init__(parent)
        self.rate = rate
        self._api = api
        self._stop = threading.Event()
        self._out: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._inbox = QTimer(self)
        self._inbox.setInterval(int(POLL_S * 1000))
        self._inbox.timeout.connect(self._drain)

    def start(self) -> None:
        api = self._api or Winmm()
        self._stop.clear()
        self._thread = threading.Thread(
            target=capture, args=(api, self.rate, self._stop, self._out), daemon=True, name="microphone"
        )
        self._thread.start()
        self._inbox.start()

    def stop(self) -> None:
        """Ends at once: the device is reset and closed (well under a second), the last samples and
        ``ended`` are given before this returns."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=1.0)
        self._drain()

    def _drain(self) -> None:
        while True:
            try:
                kind, value = self._out.get_nowait()
            except queue.Empty:
                return
            if kind == "chunk":
                emit(self.chunk, value)
            else:
                self._inbox.stop()
                self._thread = None
                emit(self.ended, value)


def windows_microphone() -> Source | None:
    """A waveIn source when Windows reports an input device, else None."""
    if sys.platform != "win32":
        return None
    try:
        api = Winmm()
        return WinmmSource(api) if api.devices() > 0 else None
    except OSError:
        return None
