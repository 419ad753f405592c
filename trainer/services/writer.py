"""Saving a learner's progress on one background thread, in order, without ever dropping an answer
because the disk said no.

Saving an answer is an fsync (``synchronous=FULL``), so it never runs on the UI thread. When a save
fails for a reason that can pass (the disk is full, the file is read-only, another program holds the
database longer than the busy timeout, an I/O error), that save and every one after it stay in
memory, in order, and are tried again every ``RETRY_SECONDS`` and at each new save. Whoever listens
(``on_problem``) is told at once, and told again (with None) when everything is saved: the learner
gets a calm notice, the tutor the cause. A save that can never work (a learner erased meanwhile) is
logged and dropped, so it cannot hold up the ones behind it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import NamedTuple

log = logging.getLogger(__name__)
RETRY_SECONDS = 5.0

DISK_FULL, READ_ONLY, BUSY, IO_ERROR = "disk_full", "read_only", "busy", "io_error"


class SaveProblem(NamedTuple):
    kind: str  # DISK_FULL, READ_ONLY, BUSY or IO_ERROR
    detail: str  # the error, for the tutor and the log
    unsaved: int  # saves waiting in memory
    since: float  # time.time() of the first failure


def problem_kind(error: BaseException) -> str | None:
    """Which passing problem stopped a save, or None for one that retrying cannot fix."""
    import sqlite3

    from trainer.storage.connection import is_disk_full, is_read_only

    if is_disk_full(error):
        return DISK_FULL
    if is_read_only(error):
        return READ_ONLY
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, sqlite3.OperationalError):
            code = getattr(cause, "sqlite_errorcode", 0) & 0xFF
            return BUSY if code in (5, 6) else IO_ERROR  # SQLITE_BUSY, SQLITE_LOCKED; IOERR, CANTOPEN...
        if isinstance(cause, OSError):
            return IO_ERROR
        cause = getattr(cause, "orig", None) or cause.__cause__
    return None


class _Job(NamedTuple):
    fn: Callable
    args: tuple
    future: Future


class Writer:
    """``submit`` saves in order on one thread; ``flush`` waits until all is saved (or kept in memory
    because saving fails for now); ``problem`` is the current ``SaveProblem`` or None."""

    def __init__(self, retry_seconds: float = RETRY_SECONDS) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="progress-writer")
        self._queue: deque[_Job] = deque()
        self._lock = threading.Condition()
        self._draining = False
        self._problem: SaveProblem | None = None
        self._listeners: list[Callable[[SaveProblem | None], None]] = []
        self._retry_seconds = retry_seconds
        self._timer: threading.Timer | None = None
        self._closed = False

    # what the rest of the app uses --------------------------------------------------------------
    def submit(self, fn, *args) -> Future:
        job = _Job(fn, args, Future())
        with self._lock:
            self._queue.append(job)
        self._kick()
        return job.future

    def flush(self, timeout: float = 30.0) -> None:
        """Wait until every save is done, or is kept in memory because saving fails for now."""
        with self._lock:
            self._lock.wait_for(
                lambda: not self._draining and (not self._queue or self._problem is not None), timeout
            )

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    @property
    def problem(self) -> SaveProblem | None:
        return self._problem

    def on_problem(self, listener: Callable[[SaveProblem | None], None]) -> None:
        """``listener(problem)`` from the writer's thread when saving starts failing, and with None
        once everything kept in memory is saved."""
        self._listeners.append(listener)

    def retry_now(self) -> None:
        self._kick()

    def close(self) -> None:
        """Save what can be saved; what still cannot is logged (the process is ending)."""
        self.flush()
        if self._problem is not None:
            self._kick()
            self.flush()
        with self._lock:
            self._closed = True
            if self._timer is not None:
                self._timer.cancel()
            left = len(self._queue)
        if left:
            log.error("closing with %d save(s) that could not be written: %s", left, self._problem)
        self._pool.shutdown(wait=True)

    # the writer's thread ------------------------------------------------------------------------
    def _kick(self) -> None:
        with self._lock:
            if self._closed and not self._queue:
                return
            self._draining = True
        try:
            self._pool.submit(self._drain)
        except RuntimeError:  # shut down
            with self._lock:
                self._draining = False
                self._lock.notify_all()

    def _drain(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    recovered = self._problem is not None
                    self._problem = None
                    self._draining = False
                    self._lock.notify_all()
                    break
                job = self._queue[0]
            try:
                result = job.fn(*job.args)
            except Exception as error:  # noqa: BLE001 - sorted below: kept and retried, or dropped
                kind = problem_kind(error)
                if kind is None:
                    log.error("saving progress failed; this save is dropped", exc_info=error)
                    self._pop(job)
                    job.future.set_exception(error)
                    continue
                self._failed(kind, error)
                return
            self._pop(job)
            job.future.set_result(result)
        if recovered:
            log.info("saving works again: everything kept in memory is saved")
            self._tell(None)

    def _pop(self, job: _Job) -> None:
        with self._lock:
            if self._queue and self._queue[0] is job:
                self._queue.popleft()

    def _failed(self, kind: str, error: BaseException) -> None:
        with self._lock:
            first = self._problem is None
            since = time.time() if first else self._problem.since
            self._problem = SaveProblem(kind, f"{type(error).__name__}: {error}", len(self._queue), since)
            problem = self._problem
            self._draining = False
            self._lock.notify_all()
            if not self._closed:
                if self._timer is not None:
                    self._timer.cancel()
                self._timer = threading.Timer(self._retry_seconds, self._kick)
                self._timer.daemon = True
                self._timer.start()
        if first:
            log.error(
                "saving progress failed (%s); %d save(s) kept in memory and retried", kind, problem.unsaved
            )
        self._tell(problem)

    def _tell(self, problem: SaveProblem | None) -> None:
        for listener in list(self._listeners):
            try:
                listener(problem)
            except Exception:  # noqa: BLE001 - a listener must not stop the saving
                log.exception("save-problem listener failed")
