"""Run slow work off the UI thread and bring its result (or error) back to the UI thread.

Modelled on Anki's QueryOp: ``run_in_background(work, on_done, on_error)``. Callbacks run on the UI
thread through a queued signal, so they may touch widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
_pending: set[_Relay] = set()


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - handed to the caller's on_error
            log.exception("background task failed")
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
) -> None:
    relay = _Relay()
    _pending.add(relay)

    def finish(callback, value) -> None:
        _pending.discard(relay)
        relay.deleteLater()
        if callback is not None:
            callback(value)

    relay.done.connect(lambda value: finish(on_done, value))
    relay.failed.connect(lambda exc: finish(on_error or _raise_later, exc))
    QThreadPool.globalInstance().start(_Job(work, relay))


def _raise_later(exc: Exception) -> None:
    raise exc


def wait_for_background(timeout_ms: int = 10000) -> bool:
    """For tests and shutdown: wait until every background task has finished."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
