"""Runs the sync screen: status, sync now, hub set-up, USB bundles, the centre code, and merging
learners registered twice. Everything slow runs in the background; every problem is said in words a
tutor can act on, and nothing is half-done."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from trainer.ui.operations import Operation
from trainer.ui.sync_runner import runner_for
from trainer.ui.tutor.dialogs import ask_open, ask_save

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
        self._import_path: Path | None = None
        self._join = False  # the file is another centre's and the tutor may join it with its code
        screen.action.connect(self.act)
        screen.connect_hub.connect(self.connect_hub)
        screen.code_given.connect(self._with_code)
        screen.merge_pair.connect(self.merge)
        screen.not_same.connect(self.mark_not_same)

    # --- status ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        Operation(self.screen, read_screen, self.ctx.db, self.ctx.paths.data).on_success(
            self._show
        ).on_failure(self._failed).run()

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

    def _failed(self, message: str) -> None:
        self.screen.busy(False)
        self.screen.say(message)

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
        self.screen.say(translate("TutorSync", "Connecting to the hub…"))

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

        Operation(self.screen, connect_work, self.ctx.db, self.ctx.paths.data, url, join).with_progress(
            self.screen
        ).on_success(done).on_failure(self._failed).run()

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
        self.screen.say(translate("TutorSync", "Saving…"))

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

        Operation(self.screen, export_work, self.ctx.db, self.ctx.paths.data, dest).with_progress(
            self.screen
        ).on_success(done).on_failure(self._failed).run()

    def import_file(self, path: Path | None = None, code: str | None = None, join: bool = False) -> None:
        path = path or ask_open(
            self.screen, translate("TutorSync", "Load from another computer"), "Digital Bridge (*.dbsync)"
        )
        if path is None:
            return
        self._import_path = path
        self.screen.say(translate("TutorSync", "Checking and loading…"))

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

        Operation(self.screen, import_work, self.ctx.db, self.ctx.paths.data, path, code, join).with_progress(
            self.screen
        ).on_success(done).on_failure(self._failed).run()

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
        def done(_kept) -> None:
            self.screen.say(
                translate(
                    "TutorSync",
                    "Merged: every answer of both registrations now belongs to one learner. The other computers merge them at their next share.",
                )
            )
            self.refresh()
            self.runner.poke("merge")

        Operation(self.screen, merge_work, self.ctx.db, keep, other).on_success(done).on_failure(
            self._failed
        ).run()

    def mark_not_same(self, a: str, b: str) -> None:
        def done(_) -> None:
            self.screen.say(
                translate("TutorSync", "Noted: they are two people. They will not be suggested again.")
            )
            self.refresh()

        Operation(self.screen, not_same_work, self.ctx.db, a, b).on_success(done).on_failure(
            self._failed
        ).run()


# --- the work, on a worker thread (arguments read on the UI thread) ------------------------------------


def read_screen(db, data):
    from trainer.services.sync.duplicates import likely_duplicates
    from trainer.services.sync.status import read_status

    return read_status(db, data), likely_duplicates(db)


def connect_work(db, data, url, join, progress=None, cancel=None):
    from trainer.services.sync.hub import HubProblem, setup_hub

    try:
        return setup_hub(db, data, url, join=join, progress=progress, cancel=cancel)
    except HubProblem as problem:
        return problem


def export_work(db, data, dest, progress=None, cancel=None):
    from trainer.services.sync.usb import NoCentre, export_bundle

    try:
        return export_bundle(db, data, dest, progress, cancel)
    except NoCentre:
        return None


def import_work(db, data, path, code, join, progress=None, cancel=None):
    from trainer.services.sync.bundle import BundleRefused
    from trainer.services.sync.usb import import_bundle

    try:
        return import_bundle(db, data, path, code=code, join=join, progress=progress, cancel=cancel)
    except BundleRefused as refused:
        return refused


def merge_work(db, keep, other):
    from trainer.services.sync.duplicates import merge_learners

    return merge_learners(db, keep, other)


def not_same_work(db, a, b):
    from trainer.services.sync.duplicates import mark_not_same

    mark_not_same(db, a, b)
