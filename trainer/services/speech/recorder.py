"""Recording a volunteer's voice (QtCore only): a source of samples, a level meter, a finished clip.

Audio input, decided (issue 20): a child process that writes raw 16-bit mono samples to its stdout, the
same way the app already plays sound (``playback.py``), not QtMultimedia. Weighed:

- QtMultimedia needs PySide6-Addons (a 59 MB wheel; its QtMultimedia part brings libQt6Multimedia and,
  through the FFmpeg media plugin, about 20 MB of FFmpeg libraries and QtNetwork, which the offline
  bundle now leaves out) into a bundle that must stay under 150 MB (129 MB today). Which of those parts
  QAudioSource really needs differs by Qt version and platform, and none of it can be tried on a machine
  without a sound card, as here.
- A recorder process adds nothing to the bundle on Linux: ``arecord`` comes with alsa-utils, which the
  app already needs for ``aplay`` (through ALSA's default device it records from PulseAudio or
  PipeWire on a desktop). It can be stopped at once, cannot freeze the app, and is tested the same way
  as playback. macOS: ``rec`` from SoX when installed (not tried). Windows has no such program:
  there the same ``Source`` reads winmm's waveIn through ctypes (``winmm.py``; not tried on Windows).

Whatever the source, the samples go through the same code (``Recorder``): level meter, stop, trim,
loudness. Tests drive it with ``WavSource``, a WAV file played in as if spoken into the microphone.
"""

from __future__ import annotations

import math
import queue
import shutil
import sys
import threading
import time
import wave
from array import array
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from trainer.services.speech import audio
from trainer.services.speech.signals import emit

RATE = 22_050
CHUNK_S = 0.05
MAX_RECORD_S = audio.MAX_SECONDS


def microphone_command(rate: int = RATE) -> list[str] | None:
    """The recorder process for this computer, or None when there is no way to record."""
    if sys.platform == "win32":
        return None  # no recorder process: Windows records through winmm's waveIn (``winmm.py``)
    if sys.platform == "darwin":
        rec = shutil.which("rec")
        return (
            [rec, "-q", "-t", "raw", "-b", "16", "-e", "signed", "-c", "1", "-r", str(rate), "-"]
            if rec
            else None
        )
    arecord = shutil.which("arecord")
    return [arecord, "-q", "-t", "raw", "-f", "S16_LE", "-c", "1", "-r", str(rate)] if arecord else None


class Source(QObject):
    """Where samples come from. ``chunk(bytes)``: 16-bit mono samples; ``ended(str)``: "" or a problem
    (``mic_stopped``, ``mic_unavailable``: codes of ``audio.AUDIO_PROBLEMS``)."""

    chunk = Signal(bytes)
    ended = Signal(str)
    rate = RATE

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError


class WavSource(Source):
    """A WAV file fed in at the pace it would be spoken (``speed`` > 1 feeds it faster, for tests)."""

    def __init__(self, path: Path, speed: float = 1.0, parent=None) -> None:
        super().__init__(parent)
        with wave.open(str(path), "rb") as w:
            if w.getsampwidth() != 2:
                raise audio.AudioProblem("width", bits=8 * w.getsampwidth())
            if w.getnchannels() != 1:
                raise audio.AudioProblem("channels", channels=w.getnchannels())
            self.rate = w.getframerate()
            self._data = w.readframes(w.getnframes())
        self._pos = 0
        self._step = int(self.rate * CHUNK_S) * 2
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, int(CHUNK_S * 1000 / speed)))
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._pos = 0
        self._timer.start()

    def _tick(self) -> None:
        piece = self._data[self._pos : self._pos + self._step]
        self._pos += self._step
        if piece:
            emit(self.chunk, piece)
        if self._pos >= len(self._data):
            self._timer.stop()
            emit(self.ended, "")

    def stop(self) -> None:
        self._timer.stop()


class ProcessSource(Source):
    """The microphone through a recorder process (``microphone_command``)."""

    def __init__(self, command: list[str], rate: int = RATE, parent=None) -> None:
        super().__init__(parent)
        self.rate = rate
        self._command = command
        self._proc: QProcess | None = None
        self._stopping = False
        self._odd = b""

    def start(self) -> None:
        proc = QProcess(self)
        proc.setProgram(self._command[0])
        proc.setArguments(self._command[1:])
        proc.setStandardErrorFile(QProcess.nullDevice())
        proc.readyReadStandardOutput.connect(self._read)
        proc.finished.connect(self._done)
        proc.errorOccurred.connect(self._error)
        self._proc, self._stopping = proc, False
        proc.start()

    def _read(self) -> None:
        if self._proc is None:
            return
        data = self._odd + bytes(self._proc.readAllStandardOutput().data())
        cut = len(data) - len(data) % 2
        self._odd = data[cut:]
        if cut:
            emit(self.chunk, data[:cut])

    def _done(self, code: int, status: QProcess.ExitStatus) -> None:
        self._read()
        self._proc = None
        emit(self.ended, "" if self._stopping or code == 0 else "mic_stopped")

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._proc = None
            emit(self.ended, "mic_unavailable")

    def stop(self) -> None:
        self._stopping = True
        if self._proc is not None:
            self._proc.terminate()
            if not self._proc.waitForFinished(300):
                self._proc.kill()


class Recorder(QObject):
    """One take: ``level(float)`` about 20 times a second (dBFS, for the meter), then ``finished(object)``
    with the prepared ``audio.Clip`` (trimmed, loudness evened out) or an ``audio.AudioProblem``."""

    level = Signal(float)
    finished = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.source: Source | None = None
        self._samples = array("h")
        self._started = 0.0
        self._results: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._inbox = QTimer(self)
        self._inbox.setInterval(10)
        self._inbox.timeout.connect(self._collect)

    @property
    def recording(self) -> bool:
        return self.source is not None

    def start(self, source: Source) -> None:
        self.cancel()
        self.source = source
        self._samples = array("h")
        self._started = time.monotonic()
        source.chunk.connect(self._on_chunk)
        source.ended.connect(self._on_ended)
        source.start()

    def _on_chunk(self, data: bytes) -> None:
        piece = array("h")
        piece.frombytes(data)
        self._samples.extend(piece)
        rms = math.sqrt(sum(x * x for x in piece) / len(piece)) if piece else 0.0
        emit(self.level, audio.dbfs(rms))
        if self.source is not None and len(self._samples) / self.source.rate >= MAX_RECORD_S:
            self.stop()

    def stop(self) -> None:
        """End the take; ``finished`` follows once the source has given its last samples."""
        if self.source is not None:
            self.source.stop()
            if self.source is not None:  # a source that ends only by itself (a WAV): finish now
                self._on_ended("")

    def cancel(self) -> None:
        source, self.source = self.source, None
        if source is not None:
            source.chunk.disconnect(self._on_chunk)
            source.ended.disconnect(self._on_ended)
            source.stop()

    def _on_ended(self, problem: str) -> None:
        source, self.source = self.source, None
        if source is None:
            return
        source.chunk.disconnect(self._on_chunk)
        source.ended.disconnect(self._on_ended)
        if problem:
            emit(self.finished, audio.AudioProblem(problem))  # a code from the source
            return
        # trimming and evening out a long take takes a moment: a thread does it, a UI timer collects it
        threading.Thread(
            target=self._prepare, args=(audio.Clip(source.rate, self._samples),), daemon=True
        ).start()
        self._inbox.start()

    def _prepare(self, clip: audio.Clip) -> None:
        try:
            prepared: object = audio.prepare(clip)
            audio.check(prepared)  # type: ignore[arg-type]
        except audio.AudioProblem as exc:
            prepared = exc
        except Exception as exc:  # never lose the app over a take
            prepared = audio.AudioProblem("unreadable", detail=exc)
        self._results.put(prepared)

    def _collect(self) -> None:
        try:
            result = self._results.get_nowait()
        except queue.Empty:
            return
        self._inbox.stop()
        emit(self.finished, result)


def microphone() -> Source | None:
    """This computer's microphone as a ``Source``, or None when there is no way to record here."""
    if sys.platform == "win32":
        from trainer.services.speech.winmm import windows_microphone

        return windows_microphone()
    command = microphone_command()
    return ProcessSource(command) if command else None
