"""Locks the tutor screens after a while without any mouse or keyboard use."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from trainer.domain.tutoring import IDLE_LOCK

TUTOR_IDLE_S = IDLE_LOCK.total_seconds()
INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits ``idle`` once when no input arrived for ``limit_s`` seconds while it is armed."""

    idle = Signal()

    def __init__(self, app, limit_s: float = TUTOR_IDLE_S, clock=time.monotonic, parent=None) -> None:
        """Watches ``app``'s input; lives as long as ``parent`` (the tutor mode of one window), else
        as long as the app."""
        super().__init__(parent if parent is not None else app)
        self.limit_s = limit_s
        self._clock = clock
        self._last = clock()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check)
        app.installEventFilter(self)

    def arm(self) -> None:
        self._last = self._clock()
        self._armed = True
        self._timer.start()

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()

    @property
    def armed(self) -> bool:
        return self._armed

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if self._armed and event.type() in INPUT_EVENTS:
            self._last = self._clock()
        return False

    def check(self) -> None:
        if self._armed and self._clock() - self._last >= self.limit_s:
            self.disarm()
            self.idle.emit()
