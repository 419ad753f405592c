"""The speaker's work off the UI thread (QtCore only): two worker threads and one inbox the UI thread reads.

- ``engine``: synthesis and time-stretching, one part after another (a long passage keeps it busy);
- ``plan``: what to play for an utterance (the rules that say numbers as people do, the voice pack's
  recordings), so planning never waits behind the engine and never runs on the UI thread.

Results come back through a queue that a UI-thread timer empties, only while work is under way. Not a
queued signal: with PySide6 6.11/6.12 a queued call into a Python slot crashed the test run now and then
(a posted meta-call jumping to freed memory, seen in gdb) when speakers came and went.
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer

INBOX_MS = 5  # how often the UI thread looks for finished background work, only while there is some


class Background(QObject):
    def __init__(self, deliver: Callable[[str, Any], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deliver = deliver
        self._pools = {
            "engine": ThreadPoolExecutor(max_workers=1, thread_name_prefix="speech"),
            "plan": ThreadPoolExecutor(max_workers=1, thread_name_prefix="speech-plan"),
        }
        for pool in self._pools.values():
            pool.submit(int)  # start the threads now: starting one waits until it runs, not for a step
        self._results: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._pending = 0
        self._inbox = QTimer(self)
        self._inbox.setInterval(INBOX_MS)
        self._inbox.timeout.connect(self._drain)

    def submit(self, job: Callable[..., None], *args: Any, pool: str = "engine") -> None:
        """Run ``job(*args)`` on that thread; it hands results back with ``put``."""
        self._pending += 1
        self._inbox.start()
        self._pools[pool].submit(self._run, job, *args)

    def put(self, kind: str, payload: Any) -> None:
        """From a worker thread: ``deliver(kind, payload)`` is called soon on the UI thread."""
        self._results.put((kind, payload))

    def _run(self, job: Callable[..., None], *args: Any) -> None:
        try:
            job(*args)
        finally:
            self._results.put(("done", None))

    def _drain(self) -> None:
        while True:
            try:
                kind, payload = self._results.get_nowait()
            except queue.Empty:
                return
            if kind == "done":
                self._pending -= 1
                if self._pending <= 0:
                    self._inbox.stop()
            else:
                self._deliver(kind, payload)

    def close(self) -> None:
        self._inbox.stop()
        for pool in self._pools.values():
            pool.shutdown(wait=False, cancel_futures=True)
