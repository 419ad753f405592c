"""Long work (imports, exports, reports, backups): progress reports and cancelling.

Every long service call takes ``progress`` (called as ``progress(done, total)``, from the thread doing
the work: the GUI forwards it to its own thread) and, where stopping half-way is safe, ``cancel`` (a
``CancelToken`` the GUI's Cancel button sets). A cancelled call raises ``Cancelled`` and leaves
nothing half-done behind (an import writes nothing, a file being written is removed).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The person pressed Cancel; nothing was changed."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def reporter(progress: Progress | None, cancel: CancelToken | None) -> Progress:
    """One callable that checks for Cancel, then passes the figures on."""

    def report(done: int, total: int) -> None:
        if cancel is not None:
            cancel.check()
        if progress is not None:
            progress(done, total)

    return report
