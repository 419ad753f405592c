"""Backups from the tools screen: back up now (to a folder or a USB stick), and restore a backup after
a preview (when it was made, how many learners and answers). Restoring waits for the work in flight,
runs off the UI thread behind a window that says so, then locks tutor mode."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from trainer.ui import operations
from trainer.ui.operations import Operation
from trainer.ui.tutor.ops.base import TutorSubject

translate = QCoreApplication.translate


class BackupOps(TutorSubject):
    def on_dashboard(self, dashboard) -> None:
        dashboard.add_action("backups", lambda: translate("Tutor", "Backups")).clicked.connect(
            self.mode.open_tools
        )

    def on_tools(self, tools) -> None:
        tools.add_section("backups", lambda: translate("Tutor", "Backups"))
        tools.add_button(
            "backups", "backup", lambda: translate("Tutor", "Back up now (for example to a USB stick)")
        ).clicked.connect(lambda: self.back_up())
        tools.add_button(
            "backups", "restore", lambda: translate("Tutor", "Restore from a backup")
        ).clicked.connect(lambda: self.choose_backup())

    def back_up(self, folder: Path | None = None) -> None:
        """``folder``: where the copy goes (tests give it; a tutor chooses it in a dialog)."""
        from trainer.ui.tutor.dialogs import ask_folder

        if self.mode.require() is None:
            return
        tools = self.mode.screen("tutor-tools")
        folder = folder or ask_folder(tools, translate("Tutor", "Choose a folder or USB stick"))
        if folder is None:
            return
        tools.say(translate("Tutor", "Backing up…"))
        Operation(tools, self.ctx.backups.backup_now, folder).with_progress(tools.work).on_success(
            lambda made: tools.say(translate("Tutor", "Backed up to %1.").replace("%1", str(made)))
        ).on_failure(tools.say).run()

    def choose_backup(self, path: Path | None = None) -> None:
        """Check the chosen backup in full (off the UI thread) and say what is in it; restoring it
        needs one more press."""
        from trainer.ui.tutor.dialogs import ask_open

        if self.mode.require() is None:
            return
        tools = self.mode.screen("tutor-tools")
        path = path or ask_open(tools, translate("Tutor", "Choose a backup"), "SQLite (*.sqlite *.db)")
        if path is None:
            return
        Operation(tools, self.ctx.backups.preview, path).on_success(
            lambda summary: self._previewed(path, summary)
        ).on_failure(tools.say).run()

    def _previewed(self, path: Path, summary) -> None:
        from trainer.ui.tutor.dialogs import when_text

        self.mode.screen("tutor-tools").say(
            translate(
                "Tutor",
                "Backup from %1: %2 learners, %3 answers. Restoring replaces what is on this "
                "computer now; a copy of it is kept first.",
            )
            .replace("%1", when_text(summary.created_at))
            .replace("%2", str(summary.learners))
            .replace("%3", str(summary.attempts)),
            lambda: self.restore(path),
            translate("Tutor", "Restore this backup"),
        )

    def restore(self, path: Path) -> None:
        """Wait for the running operations, then restore behind a window (nothing may touch the data
        meanwhile); then tutor mode locks. If it fails, nothing was changed and the tools say why."""
        from trainer.ui.progress import BusyDialog

        if self.mode.require() is None:
            return
        tools = self.mode.screen("tutor-tools")
        self.mode.idle.disarm()  # (not locked half-way through)
        busy = BusyDialog(
            self.mode.window, translate("Tutor", "Restoring the backup… please wait. Nothing will be lost.")
        )
        busy.show()

        def finish() -> None:
            busy.hide()
            busy.deleteLater()

        def restored(_result) -> None:
            finish()
            self.mode.lock()

        def failed(message: str) -> None:
            finish()
            self.mode.idle.arm()
            tools.say(message)

        def start() -> None:
            Operation(None, self.ctx.restore_backup, path).on_success(restored).on_failure(failed).changes(
                self.mode.changed
            ).run()

        operations.when_idle(start)
