"""Syncing with the centre's hub in the background: at start, after each lesson, at sign-out and every
few minutes while the hub can be reached. Never on the UI thread, one sync at a time, and a lesson
never waits for it (answers are saved by their own writer; a sync's transactions are short).

A PC without a hub (``trainer sync setup`` never run) does nothing here: USB bundles are the tutor's
choice. When the hub cannot be reached, the PC keeps working and tries again at the next occasion;
``last_problem`` says why, for the tutor screen."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)
INTERVAL_MS = 3 * 60 * 1000


class SyncRunner(QObject):
    finished = Signal()  # a sync ended (see last_report / last_problem)

    def __init__(self, ctx, interval_ms: int = INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.running = False
        self.again = False
        self.last_report = None
        self.last_problem = None  # the HubProblem of the last sync that could not happen
        self.last_finished_at: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.poke("timer"))

    def hub_set_up(self) -> bool:
        if self.ctx.db is None:
            return False
        from trainer.services.sync import settings

        return bool(settings.load(self.ctx.paths.data).hub_url)

    def start(self) -> None:
        """At start-up (after the first screen): one sync now, then every few minutes."""
        self.timer.start()
        self.poke("start")

    def poke(self, reason: str = "") -> bool:
        """Sync soon if there is a hub. True when a sync started (or will, after the running one)."""
        if not self.hub_set_up():
            return False
        if self.running:
            self.again = True  # something changed meanwhile: once more when this one ends
            return True
        self.running = True
        self.again = False
        from trainer.ui.operations import Operation

        progress = getattr(self.ctx, "_progress", None)  # the lesson's answers, if it made any
        writer = progress.writer if progress is not None else None
        self.started = time.monotonic()
        self.reason = reason
        # app-wide (no screen); cancellable: closing the app stops it between two pages
        Operation(None, run_sync, self.ctx.db, self.ctx.paths.data, writer).cancellable().on_success(
            self._done
        ).on_failure(self._failed).run()
        return True

    def _done(self, result) -> None:
        self.running = False
        self.last_finished_at = datetime.now(UTC)
        if hasattr(result, "sent"):
            self.last_report, self.last_problem = result, None
        else:
            self.last_problem = result
            log.info("sync (%s) did not happen: %s", self.reason, getattr(result, "reason", result))
        log.debug("sync (%s) took %.2f s", self.reason, time.monotonic() - self.started)
        self.finished.emit()
        if self.again:
            self.poke("again")

    def _failed(self, message: str) -> None:
        from types import SimpleNamespace

        self._done(SimpleNamespace(reason="failed", detail=message))

    def stop(self) -> None:
        self.timer.stop()
        self.again = False


def run_sync(db, data, writer=None, cancel=None):
    """On the worker: the report, or the ``HubProblem`` that stopped it (a result, not an error: the
    PC just carries on). The lesson's last answers are saved first, so they go with this sync."""
    from trainer.services.sync.hub import HubProblem, sync_now

    if writer is not None:
        writer.flush()
    try:
        return sync_now(db, data, cancel=cancel)
    except HubProblem as problem:
        return problem


def runner_for(ctx) -> SyncRunner:
    """The app's runner (made when first needed, e.g. by the tutor screen in tests)."""
    runner = getattr(ctx, "sync_runner", None)
    if runner is None:
        runner = SyncRunner(ctx)
        ctx.sync_runner = runner
    return runner
