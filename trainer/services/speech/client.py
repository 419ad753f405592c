"""Talks to the speech worker process: starts it, times it out, kills and restarts it.

Plain Python (no Qt), blocking calls: the CLI calls it directly, the app from a background thread.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import queue
import subprocess
import sys
import threading
from typing import Any

START_TIMEOUT_S = 20.0  # importing pyttsx3 and loading the engine; slow PCs and first runs
REQUEST_TIMEOUT_S = 10.0  # plus a little per character (see synth_timeout)


class WorkerError(RuntimeError):
    """The worker could not answer: it has no engine, hung (and was killed) or died."""


class EngineMissing(WorkerError):
    """The worker started but found no speech engine (no espeak-ng, no SAPI5, no pyttsx3)."""


class _Died(Exception):
    """The worker's output ended."""


def synth_timeout(text: str, base: float = REQUEST_TIMEOUT_S) -> float:
    """espeak makes a sentence in tens of ms; a slow PC and a long text get more, never forever."""
    return base + len(text) / 50.0


def worker_command() -> list[str]:
    if getattr(sys, "frozen", False):  # a PyInstaller build has no ``-m``: the app runs the worker itself
        return [sys.executable, "speech-worker"]
    return [sys.executable, "-m", "trainer.services.speech.worker"]


class WorkerClient:
    def __init__(
        self,
        command: list[str] | None = None,
        start_timeout: float = START_TIMEOUT_S,
        request_timeout: float = REQUEST_TIMEOUT_S,
    ) -> None:
        self.command = command or worker_command()
        self.start_timeout = start_timeout
        self.request_timeout = request_timeout
        self.info: dict[str, Any] = {}
        self.starts = 0  # how many processes were started (restarts = starts - 1)
        self._proc: subprocess.Popen[bytes] | None = None
        self._lines: queue.Queue[bytes | None] = queue.Queue()
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc and self._proc.poll() is None else None

    @property
    def engine_id(self) -> str:
        return str(self.info.get("engine_id", ""))

    @property
    def engine(self) -> str:
        return str(self.info.get("engine", ""))

    def request(self, op: str, timeout: float | None = None, **fields: Any) -> dict[str, Any]:
        """Send one request and wait for its answer.

        Raises WorkerError when the worker hung (it is killed; the next request starts a new one) or
        died twice running, or RuntimeError(the engine's message) when the engine refused the request.
        A worker found dead (killed or crashed since the last request) is replaced and the request sent
        again once: requests are idempotent.
        """
        timeout = self.request_timeout if timeout is None else timeout
        with self._lock:
            for attempt in (1, 2):
                self._ensure_started()
                msg_id = next(self._ids)
                line = json.dumps({"id": msg_id, "op": op, **fields}, ensure_ascii=False) + "\n"
                try:
                    assert self._proc is not None and self._proc.stdin is not None
                    self._proc.stdin.write(line.encode("utf-8"))
                    self._proc.stdin.flush()
                    return self._answer(msg_id, timeout)
                except (OSError, _Died):
                    self._kill()
                    if attempt == 2:
                        raise WorkerError("the speech engine stopped") from None
        raise AssertionError("unreachable")

    def _answer(self, msg_id: int, timeout: float) -> dict[str, Any]:
        lines = self._lines
        while True:
            try:
                raw = lines.get(timeout=timeout)
            except queue.Empty:
                self._kill()
                raise WorkerError(f"the speech engine did not answer in {timeout:.0f} s") from None
            if raw is None:
                raise _Died
            try:
                msg = json.loads(raw.decode("utf-8"))
            except ValueError:
                continue
            if msg.get("id") != msg_id:
                continue  # an answer to a request that timed out earlier
            if not msg.get("ok"):
                raise RuntimeError(str(msg.get("error", "speech engine error")))
            return dict(msg)

    def _ensure_started(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            return
        self._kill()
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONUNBUFFERED="1")
        try:
            self._proc = subprocess.Popen(
                self.command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                creationflags=flags,
            )
        except OSError as exc:
            self._proc = None
            raise WorkerError(f"could not start the speech engine: {exc}") from exc
        self.starts += 1
        self._lines = queue.Queue()
        threading.Thread(target=_pump, args=(self._proc, self._lines), daemon=True).start()
        try:
            raw = self._lines.get(timeout=self.start_timeout)
        except queue.Empty:
            raw = None
        ready = json.loads(raw.decode("utf-8")) if raw else {"ready": False, "error": "no answer"}
        if not ready.get("ready"):
            self._kill()
            raise EngineMissing(f"the speech engine could not start: {ready.get('error', '')}")
        self.info = ready

    def _kill(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)
        for stream in (proc.stdin, proc.stdout):
            try:
                if stream:
                    stream.close()
            except OSError:
                pass

    def close(self) -> None:
        """End the worker now, without waiting for a request in progress (that one gets WorkerError)."""
        proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.kill()


def _pump(proc: subprocess.Popen[bytes], lines: queue.Queue[bytes | None]) -> None:
    """Copy the worker's answers into a queue, so a read can time out. None marks its end."""
    assert proc.stdout is not None
    try:
        for raw in proc.stdout:
            lines.put(raw)
    except (OSError, ValueError):
        pass
    lines.put(None)
