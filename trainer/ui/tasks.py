"""The old way to run work in the background, kept as a thin layer on ``ui.operations`` while the tutor
screens move to ``Operation``: the work is counted like every operation (closing the app waits for
it), its callbacks run on the UI thread. New code uses ``trainer.ui.operations.Operation``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from trainer.ui.operations import Operation, wait_until_idle


class _Task(Operation):
    def __init__(self, work: Callable[[], Any], on_error: Callable[[Exception], None] | None) -> None:
        super().__init__(None, work)
        self._on_error = on_error

    def _failed(self, exc: BaseException, shows: bool) -> None:
        if self._on_error is None:
            super()._failed(exc, shows)
            return
        from trainer.ui.operations import log

        log.info("%s failed: %r", self.description, exc)
        self._on_error(exc)  # type: ignore[arg-type]


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
) -> None:
    task = _Task(work, on_error)
    if on_done is not None:
        task.on_success(on_done)
    task.run()


def wait_for_background(timeout_ms: int = 10000) -> bool:
    """For tests: wait until every operation has finished and delivered its result."""
    return wait_until_idle(timeout_ms)
