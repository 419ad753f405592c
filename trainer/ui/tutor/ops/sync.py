"""Sharing with the centre's other PCs (issue 19): the sync screen, reached from the tools screen. The
screen and its flow live in ``ui.tutor.sync_screen`` and ``ui.tutor.sync_flow``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from trainer.ui.screens.base import Screen
from trainer.ui.tutor.ops.base import TutorSubject

translate = QCoreApplication.translate


class SyncOps(TutorSubject):
    def __init__(self, mode) -> None:
        super().__init__(mode)
        self.flow = None  # the sync screen's flow, made with the screen

    def screens(self) -> dict[str, Callable[[], Screen]]:
        return {"tutor-sync": self._sync_screen}

    def _sync_screen(self) -> Screen:
        from trainer.ui.tutor.sync_flow import SyncFlow
        from trainer.ui.tutor.sync_screen import SyncScreen

        s = SyncScreen()
        s.back_pressed.connect(self.mode.open_tools)
        self.flow = SyncFlow(self.ctx, s, s)
        return s

    def on_tools(self, tools) -> None:
        tools.add_section("sync", lambda: translate("Tutor", "The centre's other computers"))
        tools.add_button(
            "sync", "sync", lambda: translate("Tutor", "Share records with the other computers…")
        ).clicked.connect(self.open)

    def open(self) -> None:
        if self.mode.require() is None:
            return
        self.mode.screen("tutor-sync")
        self.flow.refresh()
        self.mode.show("tutor-sync")
