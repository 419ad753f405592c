"""Backups from the tools screen: back up now (to a folder or a USB stick), and restore a backup after
a preview (when it was made, how many learners and answers). Restoring waits for the work in flight,
runs off the UI thread behind a window that says so, then locks tutor mode. A file that is not a whole,
unaltered backup of the trainer is refused with the reason before anything changes (``ui.problems``).

While damaged records are put aside (``storage.aside``), the tools screen shows what to decide: restore
the last good backup made before the damage, or say that the records now are right. A learner's page
offers to lift the wait after wrong PINs (``domain.pin_wait``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject

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
        # records put aside after damage: shown only while a decision is waiting
        tools.add_section("put-aside", lambda: translate("Tutor", "Records put aside after damage"))
        tools.add_button("put-aside", "restore-before-damage", self._restore_label).clicked.connect(
            self.restore_before_damage
        )
        tools.add_button(
            "put-aside", "records-right", lambda: translate("Tutor", "The records now are right")
        ).clicked.connect(self.ask_records_right)
        self._watch = _ShownWatch(self.refresh_put_aside)
        tools.installEventFilter(self._watch)

    def on_learner_page(self, page) -> None:
        button = page.add_record_action(
            "pin-wait", lambda: translate("Tutor", "Let them try their PIN again now")
        )
        button.clicked.connect(lambda: self.lift_pin_wait(page))
        page.installEventFilter(_ShownWatch(lambda: self._pin_wait_shown(page, button), page))

    # records put aside --------------------------------------------------------------------------------
    def _put_aside(self):
        return self.ctx.backups.put_aside()

    def _restore_label(self) -> str:
        from trainer.ui.tutor.dialogs import when_text

        state = self._put_aside()
        if state is None or state.backup is None:
            return translate("Tutor", "Restore the last good backup from before the damage")
        made = when_text(state.backup_made) if state.backup_made else "?"
        return (
            translate("Tutor", "Restore the backup from %1 (%2 learners)")
            .replace("%1", made)
            .replace("%2", str(state.backup_learners))
        )

    def refresh_put_aside(self) -> None:
        """Show the put-aside section only while a decision is waiting (the tools screen is shown)."""
        tools = self.mode.screen("tutor-tools")
        state = self._put_aside()
        tools.sections["put-aside"].setVisible(state is not None)
        tools.buttons["restore-before-damage"].setVisible(state is not None and state.backup is not None)
        tools.buttons["records-right"].setVisible(state is not None)
        tools.buttons["restore-before-damage"].set_label(self._restore_label())

    def restore_before_damage(self) -> None:
        state = self._put_aside()
        if state is not None and state.backup is not None:
            self.choose_backup(state.backup)

    def ask_records_right(self) -> None:
        if self.mode.require() is None:
            return
        self.mode.screen("tutor-tools").say(
            translate(
                "Tutor",
                "Are the records on this computer now right? Then the notice ends, the damaged file stays "
                "where it is, and older backups (also those with more learners) may be rotated away.",
            ),
            self.records_right,
            translate("Tutor", "Yes, the records now are right"),
        )

    def records_right(self) -> None:
        if self.mode.require() is None:
            return
        tools = self.mode.screen("tutor-tools")
        Operation(tools, self.ctx.backups.accept_current).on_success(lambda _: self._decided()).on_failure(
            tools.say
        ).run()

    def _decided(self) -> None:
        self.mode.window.show_put_aside()
        self.refresh_put_aside()
        self.mode.screen("tutor-tools").say(
            translate("Tutor", "Done: the records on this computer are kept as they are.")
        )

    # a learner's PIN wait -------------------------------------------------------------------------------
    def _pin_wait_shown(self, page, button) -> None:
        learner = page.learner_id
        button.setVisible(bool(learner) and self.ctx.learners.pin_wait(learner) is not None)

    def lift_pin_wait(self, page) -> None:
        if self.mode.require() is None or not page.learner_id:
            return
        learner = page.learner_id
        Operation(page, self.ctx.learners.reset_pin_wait, learner).on_success(
            lambda _: (
                page.say(
                    translate("Tutor", "Done: %1 can try their PIN again now.").replace(
                        "%1", page.learner_name
                    )
                ),
                self._pin_wait_shown(page, page.manage_buttons["pin-wait"]),
            )
        ).on_failure(page.say).run()

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

        operations.when_idle(start, self.mode.window)


class _ShownWatch(QObject):
    """Calls ``shown()`` each time the watched screen is shown (screens know nothing of subjects)."""

    def __init__(self, shown, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown = shown

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show:
            self._shown()
        return False
