"""Playing a WAV in a child process that can be stopped at once (QtCore only: QProcess, no widgets).

One process per sound: ``aplay`` on Linux, ``afplay`` on macOS, ``play.py`` with winsound on Windows, or
``play.py`` pacing the samples in real time into nothing (``null``) or into a file (``file:PATH``) where
there is no sound card. Stop kills the process (the kernel silences it at once); pause sends SIGSTOP and
resume SIGCONT on POSIX; on Windows pause stops and resume starts again where it was.

``TRAINER_AUDIO_SINK`` chooses: ``auto`` (default), ``aplay``, ``aplay:DEVICE``, ``afplay``, ``winsound``,
``null`` or ``file:PATH``.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Signal

from trainer.services.speech.signals import emit

_NOT_RUNNING = QProcess.ProcessState.NotRunning
APLAY_BUFFER_US = 100_000  # what is already in the sound card when paused: bounds pause latency
RESUME_BACK_S = 0.25  # after a pause by restarting, go back a little so the word is heard whole


def resolve_sink(spec: str | None = None) -> str | None:
    """The sink to use, or None when this computer has no way to play sound."""
    spec = (spec if spec is not None else os.environ.get("TRAINER_AUDIO_SINK", "")).strip() or "auto"
    if spec != "auto":
        return spec
    if sys.platform == "win32":
        return "winsound"
    if sys.platform == "darwin":
        return "afplay"
    return "aplay" if shutil.which("aplay") else None


def can_seek(sink: str) -> bool:
    return sink in ("null", "winsound") or sink.startswith("file:")


def sink_command(sink: str, wav: Path, start_s: float = 0.0) -> list[str]:
    if sink == "aplay" or sink.startswith("aplay:"):
        device = ["-D", sink.split(":", 1)[1]] if ":" in sink else []
        return ["aplay", "-q", *device, f"--buffer-time={APLAY_BUFFER_US}", str(wav)]
    if sink == "afplay":
        return ["afplay", str(wav)]
    to = sink.split(":", 1)[1] if sink.startswith("file:") else sink
    if to not in ("null", "winsound") and not sink.startswith("file:"):
        raise ValueError(f"unknown audio sink {sink!r}")
    args = [str(wav), "--to", to, "--start", f"{max(0.0, start_s):.3f}"]
    if getattr(sys, "frozen", False):
        return [sys.executable, "speech-play", *args]
    return [sys.executable, "-I", "-S", str(Path(__file__).with_name("play.py")), *args]


class Player(QObject):
    """Plays one WAV at a time. Every call returns at once; the child process does the waiting."""

    started = Signal()
    first_sample = Signal(float)  # time.monotonic() when the sink reported its first samples (if it does)
    finished = Signal(bool)  # True: played to the end; False: stopped, or the sink failed

    def __init__(self, sink: str | None = None, pause_by_signal: bool | None = None, parent=None) -> None:
        super().__init__(parent)
        self.sink = resolve_sink(sink)
        self.pause_by_signal = (os.name == "posix") if pause_by_signal is None else pause_by_signal
        self._proc: QProcess | None = None
        # Every QProcess stays referenced here until it has ended and two newer ones exist: never
        # deleteLater, never a parent. A DeferredDelete of a QProcess made from Python crashed
        # (SIGBUS in ~QObject, seen in gdb) when its Player went away first; and a QProcess must not
        # be freed inside its own finished signal, which is where the next sound is started.
        self._procs: list[QProcess] = []
        self._wav: Path | None = None
        self._offset = 0.0  # seconds of this WAV before the current process's start
        self._started_at: float | None = None
        self._paused_at: float | None = None
        self._paused_total = 0.0

    @property
    def available(self) -> bool:
        return self.sink is not None

    @property
    def state(self) -> str:
        if self._paused_at is not None:
            return "paused"
        return "playing" if self._proc is not None else "idle"

    def position_s(self) -> float:
        """Seconds into the WAV heard so far (by the clock: the sink does not report its position)."""
        if self._started_at is None:
            return self._offset
        now = self._paused_at if self._paused_at is not None else time.monotonic()
        return self._offset + max(0.0, now - self._started_at - self._paused_total)

    def play(self, wav: Path, start_s: float = 0.0) -> None:
        self.stop()
        if self.sink is None:
            emit(self.finished, False)
            return
        self._wav, self._offset = wav, start_s if can_seek(self.sink) else 0.0
        self._start(sink_command(self.sink, wav, self._offset))

    def _start(self, argv: list[str]) -> None:
        self._procs = [
            p for i, p in enumerate(self._procs) if i >= len(self._procs) - 2 or p.state() != _NOT_RUNNING
        ]
        proc = QProcess()
        self._procs.append(proc)
        proc.setProgram(argv[0])
        proc.setArguments(argv[1:])
        proc.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        proc.setStandardErrorFile(QProcess.nullDevice())
        proc.started.connect(self._on_started)
        proc.readyReadStandardOutput.connect(self._on_output)
        proc.finished.connect(self._on_finished)
        proc.errorOccurred.connect(self._on_error)
        self._proc = proc
        self._started_at, self._paused_at, self._paused_total = time.monotonic(), None, 0.0
        proc.start()

    def stop(self) -> bool:
        """Silence now. Emits nothing (the caller knows); returns whether something was playing."""
        proc, self._proc = self._proc, None
        was_paused = self._paused_at is not None
        self._started_at = self._paused_at = None
        if proc is None:
            return was_paused
        for sig in (proc.started, proc.readyReadStandardOutput, proc.finished, proc.errorOccurred):
            sig.disconnect()
        if proc.state() != _NOT_RUNNING:
            proc.kill()  # SIGKILL; a stopped (paused) process dies too
        return True

    def close(self) -> None:
        """Stop, and reap the killed processes (a few ms), so none outlives the player."""
        self.stop()
        for proc in self._procs:
            if proc.state() != _NOT_RUNNING:
                proc.kill()
                proc.waitForFinished(500)
        self._procs.clear()

    def pause(self) -> None:
        proc = self._proc
        if proc is None or self._paused_at is not None:
            return
        pid = proc.processId()
        if self.pause_by_signal and hasattr(signal, "SIGSTOP") and pid > 0:
            os.kill(pid, signal.SIGSTOP)
            self._paused_at = time.monotonic()
            return
        # no signals (Windows): remember where we are and stop; resume starts from there
        where, wav = self.position_s(), self._wav
        self._proc = None
        proc.blockSignals(True)
        proc.kill()
        self._wav, self._offset = wav, where
        self._paused_at = time.monotonic()
        self._started_at = None

    def resume(self) -> None:
        if self._paused_at is None:
            return
        if self._proc is not None:  # paused by signal
            self._paused_total += time.monotonic() - self._paused_at
            self._paused_at = None
            pid = self._proc.processId()
            if pid > 0:
                os.kill(pid, signal.SIGCONT)
            return
        self._paused_at = None
        if self._wav is not None and self.sink is not None:
            start = max(0.0, self._offset - RESUME_BACK_S) if can_seek(self.sink) else 0.0
            self._offset = start
            self._start(sink_command(self.sink, self._wav, start))

    def _on_started(self) -> None:
        emit(self.started)

    def _on_output(self) -> None:
        proc = self._proc
        if proc is None:
            return
        for raw in bytes(proc.readAllStandardOutput().data()).splitlines():
            if raw.startswith(b"first-sample "):
                at = float(raw.split()[1])
                if self._started_at is not None and self._paused_at is None:
                    self._started_at = at  # the clock of position_s starts with the first sample
                emit(self.first_sample, at)

    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._proc = None
        self._started_at = None
        emit(self.finished, status == QProcess.ExitStatus.NormalExit and code == 0)

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self._proc is not None:
            self._proc = None
            self._started_at = None
            emit(self.finished, False)
