"""One way to run work from the UI: off the UI thread, for a screen, counted (after Anki's
``qt/aqt/operations``: ``QueryOp`` and ``CollectionOp``).

    Operation(screen, roster.export_csv, path)      # the inputs are taken now, on the UI thread
        .with_progress(screen.work)                  # passes progress= and cancel= to the work
        .on_success(lambda n: screen.say(...))       # runs on the UI thread, only if the screen still shows
        .on_failure(screen.say)                      # the problem in the person's language (ui.problems)
        .changes(mode.data_changed.emit)             # after a change: told even if the screen has gone
        .run()

The rules it keeps:

- **Inputs on the UI thread.** ``work`` is called on a worker thread with the arguments given here, which
  were read on the UI thread. Pass values (ids, paths, names), never ``self``-reading lambdas: a lambda
  reading ``self.signed_in.name`` on the worker races ``lock()`` setting it to None.
- **Results only to a screen that still shows.** ``on_success``/``on_failure`` run only when ``screen``
  is None (app-wide work) or is still alive and visible; otherwise the result is dropped (and logged),
  so a report finished after the tutor locked the screens never pops up in a learner's session.
- **Typed problems become messages.** ``on_failure`` gets ``problems.problem_text(exc)``, chosen by type.
  Every failure is logged with its traceback; an operation without ``on_failure`` shows the calm message.
- **Counted.** ``running()``, ``when_idle(callback)`` and ``wait_until_idle()`` let closing the app, signing
  out and restoring a backup wait for the work in flight; ``cancel_all()`` stops what can stop cleanly
  (work given a ``CancelToken`` leaves nothing half-done: ``services.jobs``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from trainer.services.jobs import CancelToken

log = logging.getLogger(__name__)
T = TypeVar("T")


class ProgressView(Protocol):
    """Where long work shows how far it has got (``ui.progress.WorkProgress`` is one)."""

    def start_work(self, token: CancelToken | None) -> None: ...

    def show_progress(self, done: int, total: int) -> None: ...

    def end_work(self) -> None: ...


class _Signals(QObject):
    """Made on the UI thread. Its signals are emitted on the worker and connected to its own slots, so
    they are queued and the slots run on the UI thread (a plain Python callable as receiver would
    give no such guarantee)."""

    moved = Signal(int, int)
    finished = Signal(object, object)  # result, exception (one of them is None)

    def __init__(self, on_moved: Callable[[int, int], None], on_finished: Callable[[Any, Any], None]) -> None:
        super().__init__()
        self.on_moved: Callable[[int, int], None] | None = on_moved
        self.on_finished = on_finished
        self.moved.connect(self._moved)
        self.finished.connect(self._finished)

    @Slot(int, int)
    def _moved(self, done: int, total: int) -> None:
        if self.on_moved is not None:  # (None once the work has finished)
            self.on_moved(done, total)

    @Slot(object, object)
    def _finished(self, result: Any, exc: Any) -> None:
        self.on_moved = None
        self.on_finished(result, exc)


class _Runnable(QRunnable):
    def __init__(self, call: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._call = call
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._call()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI thread
            self._signals.finished.emit(None, exc)
        else:
            self._signals.finished.emit(result, None)


class Operation(Generic[T]):
    def __init__(self, screen: Any, work: Callable[..., T], *args: Any, **kwargs: Any) -> None:
        self.screen = screen
        self._work = work
        self._args = args
        self._kwargs = kwargs
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[str], Any] | None = None
        self._changed: Callable[[], Any] | None = None
        self._changed_when: Callable[[T], bool] | None = None
        self._after: Callable[[], Any] | None = None
        self._view: ProgressView | None = None
        self.token: CancelToken | None = None
        self.description = getattr(work, "__qualname__", repr(work))
        self._signals: _Signals | None = None

    def on_success(self, callback: Callable[[T], Any]) -> Operation[T]:
        self._success = callback
        return self

    def on_failure(self, callback: Callable[[str], Any]) -> Operation[T]:
        """``callback(message)``: what went wrong, in the person's language (``problems.problem_text``)."""
        self._failure = callback
        return self

    def changes(self, notify: Callable[[], Any], when: Callable[[T], bool] | None = None) -> Operation[T]:
        """``notify()`` after the work succeeded (and after ``on_success``), even if the screen has
        gone: the data did change, and the screens that show it must learn it. ``when(result)``: only
        for results that are a change (a sign-off, not a wrong PIN)."""
        self._changed = notify
        self._changed_when = when
        return self

    def after(self, callback: Callable[[], Any]) -> Operation[T]:
        """``callback()`` once the work has ended, whatever happened (delivered, failed or dropped):
        to undo what the start did, such as a control disabled meanwhile."""
        self._after = callback
        return self

    def cancellable(self) -> Operation[T]:
        """Pass ``cancel=`` (a ``CancelToken``) to the work; ``cancel_all()`` and ``cancel()`` set it."""
        self.token = CancelToken()
        self._kwargs["cancel"] = self.token
        return self

    def with_progress(self, view: ProgressView, cancellable: bool = True) -> Operation[T]:
        """Long work: passes ``progress=`` (and ``cancel=`` unless not ``cancellable``) to the work and
        shows both on ``view``."""
        if cancellable:
            self.cancellable()
        self._view = view
        return self

    def cancel(self) -> None:
        if self.token is not None:
            self.token.cancel()

    def run(self) -> Operation[T]:
        signals = _Signals(self._show_progress, self._finish)
        self._signals = signals
        if self._view is not None:
            self._kwargs["progress"] = signals.moved.emit
            self._view.start_work(self.token)
        work, args, kwargs = self._work, self._args, dict(self._kwargs)
        _tracker.add(self)
        QThreadPool.globalInstance().start(_Runnable(lambda: work(*args, **kwargs), signals))
        return self

    def _show_progress(self, done: int, total: int) -> None:
        if self._view is not None:
            self._view.show_progress(done, total)

    def screen_shows(self) -> bool:
        if self.screen is None:
            return True
        from shiboken6 import isValid

        return isValid(self.screen) and self.screen.isVisible()

    def _finish(self, result: Any, exc: BaseException | None) -> None:
        try:
            shows = self.screen_shows()
            if self._view is not None and (shows or self.screen is None):
                self._view.end_work()
            if exc is not None:
                self._failed(exc, shows)
                return
            if shows and self._success is not None:
                self._success(result)
            elif not shows:
                log.info("%s finished after its screen closed: result dropped", self.description)
            if self._changed is not None and (self._changed_when is None or self._changed_when(result)):
                self._changed()
        finally:
            if self._signals is not None:
                self._signals.deleteLater()
                self._signals = None
            try:
                if self._after is not None:
                    self._after()
            finally:
                _tracker.discard(self)

    def _failed(self, exc: BaseException, shows: bool) -> None:
        from trainer.services.jobs import Cancelled

        if isinstance(exc, Cancelled):
            log.info("%s was cancelled", self.description)
        else:
            log.error("%s failed", self.description, exc_info=(type(exc), exc, exc.__traceback__))
        if not shows:
            return
        if self._failure is not None:
            from trainer.ui.problems import problem_text

            self._failure(problem_text(exc))
        elif not isinstance(exc, Cancelled):  # (stopping was asked for: nothing to explain)
            from trainer.ui.errors import show_calm_message

            show_calm_message()


class _Tracker(QObject):
    """The operations running now; ``idle`` when the last one has finished."""

    idle = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.running: list[Operation] = []

    def add(self, op: Operation) -> None:
        self.running.append(op)

    def discard(self, op: Operation) -> None:
        if op in self.running:
            self.running.remove(op)
            if not self.running:
                self.idle.emit()


class _Lazy:
    """The tracker is a QObject: made on first use (after the QApplication), on the UI thread."""

    def __init__(self) -> None:
        self.made: _Tracker | None = None

    def __getattr__(self, name: str) -> Any:
        if self.made is None:
            self.made = _Tracker()
        return getattr(self.made, name)


_tracker: Any = _Lazy()


def running() -> tuple[Operation, ...]:
    return tuple(_tracker.running)


def when_idle(callback: Callable[[], Any], owner: QObject) -> None:
    """``callback()`` now if nothing is running, else once the running operations have all finished
    (including any started meanwhile). ``owner`` is the object the callback works on (the window, a
    tutor's screen): if it has been deleted by then, the callback is dropped rather than called on what
    is gone (a window deleted while it waited to close)."""
    if not _tracker.running:
        callback()
        return

    def once() -> None:
        _tracker.idle.disconnect(once)
        from shiboken6 import isValid

        if not isValid(owner):
            log.info("the work to do when idle was dropped: what it was for has been closed")
            return
        callback()

    _tracker.idle.connect(once)


def cancel_all() -> int:
    """Ask every cancellable operation to stop; returns how many were asked."""
    ops = [op for op in _tracker.running if op.token is not None]
    for op in ops:
        op.cancel()
    return len(ops)


def wait_until_idle(timeout_ms: int = 20000) -> bool:
    """Run the event loop until every operation has finished and delivered (tests; the last resort of
    closing). False when some are still running after ``timeout_ms``."""
    if not _tracker.running:
        return True
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    _tracker.idle.connect(loop.quit)
    timer.start(timeout_ms)
    try:
        loop.exec()
    finally:
        _tracker.idle.disconnect(loop.quit)
        timer.stop()
    return not _tracker.running
