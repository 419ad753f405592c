"""Runs the sync screen: status, sync now, hub set-up, USB bundles, the centre code, and merging
learners registered twice. Everything slow runs in the background; every problem is said in words a
tutor can act on, and nothing is half-done."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt

from trainer.ui.sync_runner import runner_for
from trainer.ui.tasks import run_in_background
from trainer.ui.tutor.tools import ProgressRelay, ask_open, ask_save

translate = QCoreApplication.translate


def hub_problem_text(problem) -> str:
    reason = getattr(problem, "reason", "failed")
    detail = getattr(problem, "detail", "") or str(problem)
    texts = {
        "not_set_up": translate("TutorSync", "This computer is not connected to a hub yet."),
        "unreachable": translate(
            "TutorSync",
            "The hub cannot be reached. Is the hub computer switched on, and is this computer on the "
            "same network (cable or Wi-Fi)? Learners can go on as usual: their work is kept here and "
            "shared as soon as the hub can be reached again.",
        ),
        "password": translate(
            "TutorSync",
            "The hub did not accept the user name or password. Check them with whoever set up the hub.",
        ),
        "no_database": translate("TutorSync", "The hub has no database with that name. Check the name."),
        "refused": translate("TutorSync", "The hub refused the connection: %1").replace("%1", detail),
        "other_centre": translate(
            "TutorSync",
            "This hub belongs to another centre (“%1”). Nothing was changed. If this computer should "
            "join that centre, choose “Join” below: its learners then belong to that centre too.",
        ).replace("%1", detail),
        "too_new": translate(
            "TutorSync",
            "The hub was set up by a newer version of Digital Bridge. Update this computer first.",
        ),
        "no_centre": translate(
            "TutorSync", "Set up this computer's centre first (tutor mode's first screen), then connect it."
        ),
    }
    return texts.get(
        reason,
        translate("TutorSync", "Sharing did not finish: %1. Nothing was half-done; try again.").replace(
            "%1", detail
        ),
    )


def bundle_problem_text(problem) -> str:
    reason = getattr(problem, "reason", "")
    detail = getattr(problem, "detail", "")
    nothing = translate("TutorSync", "Nothing was loaded.")
    texts = {
        "not_a_bundle": translate("TutorSync", "This file is not a Digital Bridge sharing file."),
        "newer_format": translate(
            "TutorSync", "This file was made by a newer version: update this computer first."
        ),
        "unreadable": translate(
            "TutorSync", "The file cannot be read. Is the USB stick still in? Copy it again."
        ),
        "too_big": translate("TutorSync", "The file is too big to be a sharing file."),
        "other_centre": translate("TutorSync", "This file comes from another centre (“%1”).").replace(
            "%1", detail
        ),
        "no_code": translate("TutorSync", "The centre code is needed the first time (see below)."),
        "tampered": translate(
            "TutorSync",
            "The file was changed or damaged after it was made, or the centre code is not right. Make a "
            "new file on the computer it came from.",
        ),
        "malformed": translate(
            "TutorSync", "The file is damaged. Make a new file on the computer it came from."
        ),
    }
    return texts.get(reason, str(problem)) + " " + nothing


def when_text(moment: datetime | None) -> str:
    if moment is None:
        return translate("TutorSync", "never")
    return QLocale().toString(moment.astimezone(), QLocale.FormatType.ShortFormat)


class SyncFlow(QObject):
    def __init__(self, ctx, screen, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.screen = ctx, screen
        self.runner = runner_for(ctx)
        self.runner.finished.connect(self._sync_ended)
        self.relay = ProgressRelay(self)
        self.relay.moved.connect(screen.show_progress, Qt.ConnectionType.QueuedConnection)
        self._import_path: Path | None = None
        self._join = False  # the file is another centre's and the tutor may join it with its code
        screen.action.connect(self.act)
        screen.connect_hub.connect(self.connect_hub)
        screen.code_given.connect(self._with_code)
        screen.merge_pair.connect(self.merge)
        screen.not_same.connect(self.mark_not_same)

    # --- status ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        db, data = self.ctx.db, self.ctx.paths.data

        def read():
            from trainer.services.sync.status import read_status
            from trainer.storage.sync.store import SyncStore

            return read_status(db, data), SyncStore(db).likely_duplicates()

        run_in_background(read, on_done=self._show, on_error=self._failed)

    def _show(self, result) -> None:
        status, pairs = result
        problem = self._problem_text() if status.hub else ""
        self.screen.show_status(self._state_text(status), self._pcs_text(status), problem)
        self.screen.show_duplicates(pairs)

    def _state_text(self, s) -> str:
        if not s.enabled:
            return translate(
                "TutorSync",
                "This computer does not share its records yet. Connect it to the centre's hub, or carry "
                "the records on a USB stick to computers without a network.",
            )
        lines = [translate("TutorSync", "This computer: %1").replace("%1", s.pc_name)]
        if s.hub:
            lines.append(
                translate("TutorSync", "Hub: %1. Last shared: %2.")
                .replace("%1", s.hub)
                .replace("%2", when_text(s.last_hub_sync))
            )
        else:
            lines.append(translate("TutorSync", "No hub: records travel by USB stick."))
            lines.append(
                translate("TutorSync", "Last saved for another computer: %1.").replace(
                    "%1", when_text(s.last_export)
                )
            )
        lines.append(
            translate("TutorSync", "Last loaded from another computer: %1.").replace(
                "%1", when_text(s.last_import)
            )
        )
        lines.append(
            translate("TutorSync", "Waiting to be shared from this computer: %1 change(s).").replace(
                "%1", str(s.pending)
            )
            if s.pending
            else translate("TutorSync", "Nothing is waiting to be shared from this computer.")
        )
        if s.waiting:
            lines.append(
                translate(
                    "TutorSync",
                    "%1 record(s) wait for the learner they belong to; they come with a later share.",
                ).replace("%1", str(s.waiting))
            )
        if abs(s.clock_offset_ms) >= 60_000:
            lines.append(
                translate(
                    "TutorSync", "This computer's clock is %1 minutes off the hub's; sharing corrects for it."
                ).replace("%1", str(round(abs(s.clock_offset_ms) / 60000)))
            )
        return "\n".join(lines)

    def _pcs_text(self, s) -> str:
        if not s.peers:
            return translate("TutorSync", "No other computer has shared with this one yet.")
        lines = []
        for p in s.peers:
            how = translate("TutorSync", "hub") if p.via == "hub" else translate("TutorSync", "USB stick")
            line = (
                translate("TutorSync", "%1: last shared %2 (%3)")
                .replace("%1", p.name)
                .replace("%2", when_text(p.last_sync_at))
                .replace("%3", how)
            )
            if p.pending:
                line += translate("TutorSync", "; %1 change(s) were still to send then").replace(
                    "%1", str(p.pending)
                )
            lines.append(line)
        return "\n".join(lines)

    def _problem_text(self) -> str:
        return hub_problem_text(self.runner.last_problem) if self.runner.last_problem is not None else ""

    def _failed(self, exc: Exception) -> None:
        self.screen.busy(False)
        self.screen.say(translate("TutorSync", "This could not be done: %1").replace("%1", str(exc)))

    # --- actions ----------------------------------------------------------------------------------
    def act(self, key: str) -> None:
        self.screen.ask_code(False)
        if key == "now":
            if not self.runner.hub_set_up():
                self.screen.say(hub_problem_text(SimpleNamespace(reason="not_set_up", detail="")))
                self.screen.show_setup(True)
                return
            self.screen.busy(True)
            self.screen.say(translate("TutorSync", "Sharing with the hub…"))
            self.runner.poke("tutor")
        elif key == "setup":
            self.screen.show_setup(True)
        elif key == "export":
            self.export()
        elif key == "import":
            self.import_file()
        elif key == "code":
            from trainer.services.sync import settings

            code = settings.load(self.ctx.paths.data).code
            self.screen.say(
                translate(
                    "TutorSync",
                    "The centre code: %1\nKeep it private: with it and a sharing file, anyone can read the centre's records.",
                ).replace("%1", code)
                if code
                else translate(
                    "TutorSync",
                    "There is no centre code yet: it is made the first time records are saved for another computer or a hub is connected.",
                )
            )

    def _sync_ended(self) -> None:
        self.screen.busy(False)
        report, problem = self.runner.last_report, self.runner.last_problem
        if problem is not None:
            self.screen.say(hub_problem_text(problem))
        elif report is not None:
            self.screen.say(
                translate("TutorSync", "Shared: %1 change(s) sent, %2 received.")
                .replace("%1", str(report.sent))
                .replace("%2", str(report.received))
            )
        self.refresh()

    def connect_hub(self, host: str, database: str, user: str, password: str, join: bool) -> None:
        url = f"postgresql://{quote(user, safe='')}:{quote(password, safe='')}@{host}/{quote(database, safe='')}"
        db, data = self.ctx.db, self.ctx.paths.data
        self.screen.busy(True)
        self.screen.say(translate("TutorSync", "Connecting to the hub…"))

        def work():
            from trainer.services.sync.hub import HubProblem, setup_hub

            try:
                return setup_hub(db, data, url, join=join)
            except HubProblem as problem:
                return problem

        def done(result) -> None:
            self.screen.busy(False)
            if hasattr(result, "sent"):
                secure = (
                    translate("TutorSync", "The connection is encrypted.")
                    if result.encrypted
                    else translate(
                        "TutorSync",
                        "The hub does not offer encryption (TLS); ask whoever set it up to switch it on.",
                    )
                )
                self.screen.say(
                    translate("TutorSync", "Connected. %1 change(s) sent, %2 received.")
                    .replace("%1", str(result.sent))
                    .replace("%2", str(result.received))
                    + " "
                    + secure
                )
                self.screen.show_setup(False)
                self.runner.last_problem = None
            else:
                self.screen.say(hub_problem_text(result))
                if getattr(result, "reason", "") == "other_centre":
                    self.screen.offer_join(result.detail)
            self.refresh()

        run_in_background(work, on_done=done, on_error=self._failed)

    def export(self, dest: Path | None = None) -> None:
        """``dest``: the chosen file (tests pass it; people choose it in a dialog)."""
        stamp = datetime.now(UTC).strftime("%Y%m%d")
        dest = dest or ask_save(
            self.screen,
            translate("TutorSync", "Save for another computer"),
            f"centre-{stamp}.dbsync",
            "Digital Bridge (*.dbsync)",
        )
        if dest is None:
            return
        db, data = self.ctx.db, self.ctx.paths.data
        self.screen.busy(True)
        self.screen.say(translate("TutorSync", "Saving…"))

        def work():
            from trainer.services.sync.usb import NoCentre, export_bundle

            try:
                return export_bundle(db, data, dest, self.relay.report)
            except NoCentre:
                return None

        def done(report) -> None:
            self.screen.busy(False)
            if report is None:
                self.screen.say(hub_problem_text(SimpleNamespace(reason="no_centre", detail="")))
            else:
                self.screen.say(
                    translate("TutorSync", "Saved %1 records to %2. Load this file on the other computer.")
                    .replace("%1", str(report.records))
                    .replace("%2", str(report.path))
                )
            self.refresh()

        run_in_background(work, on_done=done, on_error=self._failed)

    def import_file(self, path: Path | None = None, code: str | None = None, join: bool = False) -> None:
        path = path or ask_open(
            self.screen, translate("TutorSync", "Load from another computer"), "Digital Bridge (*.dbsync)"
        )
        if path is None:
            return
        self._import_path = path
        db, data = self.ctx.db, self.ctx.paths.data
        self.screen.busy(True)
        self.screen.say(translate("TutorSync", "Checking and loading…"))

        def work():
            from trainer.services.sync.bundle import BundleRefused
            from trainer.services.sync.usb import import_bundle

            try:
                return import_bundle(db, data, path, code=code, join=join, progress=self.relay.report)
            except BundleRefused as refused:
                return refused

        def done(result) -> None:
            self.screen.busy(False)
            if hasattr(result, "records"):
                self.screen.ask_code(False)
                self.screen.say(
                    translate("TutorSync", "Loaded the file from %1: %2 record(s) changed something here.")
                    .replace("%1", result.from_pc or "?")
                    .replace("%2", str(result.total))
                )
            else:
                self.screen.say(bundle_problem_text(result))
                self._join = result.reason == "other_centre" or (join and result.reason != "no_code")
                if result.reason == "other_centre":
                    self.screen.ask_code(
                        True,
                        translate(
                            "TutorSync",
                            "If this computer belongs to that centre, type that centre's code to join it: "
                            "this computer's learners and tutors then belong to that centre too.",
                        ),
                    )
                elif result.reason == "no_code" or (result.reason == "tampered" and code is not None):
                    self.screen.ask_code(True)
            self.refresh()

        run_in_background(work, on_done=done, on_error=self._failed)

    def _with_code(self, code: str) -> None:
        from trainer.services.sync import settings

        if settings.code_problem(code):
            self.screen.say(
                translate(
                    "TutorSync",
                    "The centre code is 24 letters and digits, for example ABCD-EFGH-IJKL-MNOP-QRST-UVWX.",
                )
            )
            return
        if self._import_path is not None:
            self.import_file(self._import_path, code, join=self._join)

    def merge(self, keep: str, other: str) -> None:
        db = self.ctx.db

        def work():
            from trainer.storage.sync.store import SyncStore

            store = SyncStore(db)
            if not store.enabled():
                store.enable()
            return store.merge_learners(keep, other)

        def done(_kept) -> None:
            self.screen.say(
                translate(
                    "TutorSync",
                    "Merged: every answer of both registrations now belongs to one learner. The other computers merge them at their next share.",
                )
            )
            self.refresh()
            self.runner.poke("merge")

        run_in_background(work, on_done=done, on_error=self._failed)

    def mark_not_same(self, a: str, b: str) -> None:
        db = self.ctx.db

        def work():
            from trainer.storage.sync.store import SyncStore

            store = SyncStore(db)
            if not store.enabled():
                store.enable()
            store.mark_not_same(a, b)

        def done(_) -> None:
            self.screen.say(
                translate("TutorSync", "Noted: they are two people. They will not be suggested again.")
            )
            self.refresh()

        run_in_background(work, on_done=done, on_error=self._failed)
