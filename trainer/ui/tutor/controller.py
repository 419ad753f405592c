"""Tutor mode's flow: set-up, sign-in with the lockout, the dashboard and the learner pages, and
locking again (button, sign-out, or ten idle minutes). Keeps MainWindow free of tutor details."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from trainer.domain.tutoring import LockedOut, SignedIn, WrongPin
from trainer.ui.tasks import run_in_background
from trainer.ui.theme import theme_for
from trainer.ui.tutor.idle import IdleWatcher

translate = QCoreApplication.translate
log = logging.getLogger(__name__)
SCREENS = (
    "tutor-setup",
    "tutor-choose",
    "tutor-dashboard",
    "tutor-learner",
    "tutor-passphrase",
    "tutor-add",
    "tutor-tools",
    "tutor-sync",
)


REPORT_JOBS = {
    "class-pdf": ("class-report.pdf", "PDF (*.pdf)", lambda r, p, lang: r.class_pdf(p, lang)),
    "class-csv": ("class-report.csv", "CSV (*.csv)", lambda r, p, lang: r.class_csv(p, lang)),
    "summary-json": ("participation-summary.json", "JSON (*.json)", lambda r, p, lang: r.summary_json(p)),
    "summary-csv": ("participation-summary.csv", "CSV (*.csv)", lambda r, p, lang: r.summary_csv(p)),
}


def job_problem(exc: Exception) -> str:
    """Why long work stopped, in words a tutor can act on."""
    if type(exc).__name__ == "Cancelled":
        return translate("Tutor", "Stopped. Nothing was changed.")
    return translate("Tutor", "This could not be done: %1").replace("%1", str(exc))


def certificate_problem(exc: Exception) -> str:
    """What went wrong issuing a certificate, in words a tutor can act on."""
    name = type(exc).__name__
    return {
        "WrongPassphrase": translate(
            "Tutor", "That passphrase is not right. Nothing was issued. Please type it again."
        ),
        "NoSigningKey": translate(
            "Tutor",
            "This computer has no signing key yet. Set up tutor mode again, or run: trainer keys create",
        ),
        "KeyFileDamaged": translate(
            "Tutor", "The signing key file is damaged. Restore it from a backup of the data folder."
        ),
        "NotEligible": translate("Tutor", "This learner has not finished every lesson of that level yet."),
    }.get(name, translate("Tutor", "The certificate could not be made: %1").replace("%1", str(exc)))


class TutorController:
    def __init__(self, window) -> None:
        self.w = window
        self.ctx = window.ctx
        self.signed_in = None  # the signed-in tutor, or None: tutor screens are locked
        self._setup: tuple[str, str, str, str] | None = None
        self._pin_first = ""
        self.idle = IdleWatcher(QApplication.instance())
        self.idle.idle.connect(self.lock)

    # building -----------------------------------------------------------------------------------
    def build(self, name: str):
        if name == "tutor-setup":
            from trainer.ui.tutor.gate import TutorSetupScreen

            s = TutorSetupScreen()
            s.cancelled.connect(self.w.go_sign_in)
            s.next_step.connect(self._setup_pin)
        elif name == "tutor-choose":
            from trainer.ui.tutor.gate import TutorChooseScreen

            s = TutorChooseScreen()
            s.cancelled.connect(self.w.go_sign_in)
            s.chosen.connect(self._choose)
        elif name == "tutor-dashboard":
            from trainer.ui.tutor.dashboard import DashboardScreen

            s = DashboardScreen(theme_for(self.w.settings))
            s.action.connect(self._action)
            s.resolve_help.connect(self._resolve_help)
            s.open_learner.connect(self.open_learner)
        elif name == "tutor-learner":
            from trainer.ui.tutor.learner import LearnerPageScreen

            s = LearnerPageScreen(theme_for(self.w.settings))
            s.back.clicked.connect(self.open_dashboard)
            s.sign_off_requested.connect(self._sign_off)
            s.manage.connect(self.manage_learner)
            s.certificate_requested.connect(self.issue_certificate)
        elif name == "tutor-add":
            from trainer.ui.tutor.tools import AddLearnerScreen

            s = AddLearnerScreen()
            s.done.connect(self.open_dashboard)
            s.save.connect(self._add_learner)
        elif name == "tutor-tools":
            from trainer.ui.tutor.tools import ToolsScreen

            s = ToolsScreen()
            s.back_pressed.connect(self.open_dashboard)
            s.job.connect(self.run_job)
        elif name == "tutor-sync":  # sharing with the centre's other PCs (issue 19)
            from trainer.ui.tutor.sync_flow import SyncFlow
            from trainer.ui.tutor.sync_screen import SyncScreen

            s = SyncScreen()
            s.back_pressed.connect(lambda: self.w.show_screen("tutor-tools"))
            self.sync_flow = SyncFlow(self.ctx, s, s)
        elif name == "tutor-passphrase":
            from trainer.ui.tutor.gate import PassphraseScreen

            s = PassphraseScreen()
            s.done.connect(self.open_dashboard)
        else:
            raise KeyError(name)
        return s

    @property
    def service(self):
        if getattr(self.ctx, "tutors", None) is None:
            from trainer.services.tutors import TutorService

            self.ctx.tutor_access = TutorService(self.ctx.db)
        return self.ctx.tutor_access

    # entering -----------------------------------------------------------------------------------
    def enter(self) -> None:
        """The "For tutors" button on the sign-in screen."""
        self.signed_in = None
        if not self.service.is_set_up():
            self.w.show_screen("tutor-setup")
            return
        screen = self.w.screen("tutor-choose")
        screen.set_tutors(self.service.tutors())
        screen.show_message(self._lock_message())
        self.w.show_screen("tutor-choose")

    def _lock_message(self) -> str:
        locked = self.service.lock()
        if locked is None:
            return ""
        when = QLocale().toString(locked.until.astimezone().time(), QLocale.FormatType.ShortFormat)
        return translate("Tutor", "Too many wrong PINs. Tutor sign-in is closed until %1.").replace(
            "%1", when
        )

    def _choose(self, tutor_id: str, name: str) -> None:
        self._tutor_choice = tutor_id
        self.w.show_screen("pin").start("tutor-check", name)

    def pin_entered(self, mode: str, pin: str) -> None:
        pin_screen = self.w.screen("pin")
        if mode == "tutor-check":
            tutor_id = self._tutor_choice
            run_in_background(lambda: self.service.sign_in(tutor_id, pin), self._signed_in)
        elif mode == "tutor-new":
            from trainer.domain.tutoring import tutor_pin_problem

            problem = tutor_pin_problem(pin)
            if problem:
                pin_screen.start("tutor-new")
                pin_screen.message.set_text(self._pin_problem_text(problem))
                pin_screen.message.show()
                return
            self._pin_first = pin
            pin_screen.start("tutor-confirm")
        elif mode == "tutor-confirm":
            if pin != self._pin_first:
                pin_screen.start("tutor-new")
                pin_screen.show_mismatch()
                return
            self._finish_setup(pin)

    @staticmethod
    def _pin_problem_text(problem: str) -> str:
        if problem == "too_simple":
            return translate(
                "Tutor", "That PIN is too easy to guess (like 123456 or 111111). Please choose another."
            )
        return translate("Tutor", "A tutor PIN has 6 to 12 numbers. Please choose another.")

    def _signed_in(self, result) -> None:
        pin_screen = self.w.screen("pin")
        if isinstance(result, SignedIn):
            self.signed_in = result.tutor
            self.idle.arm()
            self.open_dashboard()
        elif isinstance(result, WrongPin):
            pin_screen.start("tutor-check", pin_screen._name)
            pin_screen.message.set_text(
                translate(
                    "Tutor", "That PIN is not right. %1 more tries before tutor sign-in closes for a while."
                ).replace("%1", str(result.tries_left))
            )
            pin_screen.message.show()
        elif isinstance(result, LockedOut):
            self.enter()

    # first run ----------------------------------------------------------------------------------
    def _setup_pin(self, centre: str, place: str, code: str, tutor: str) -> None:
        self._setup = (centre, place, code, tutor)
        self.w.show_screen("pin").start("tutor-new")

    def _finish_setup(self, pin: str) -> None:
        from trainer.services.tutors import create_signing_key, new_passphrase

        centre, place, code, name = self._setup
        _centre, tutor = self.service.set_up(centre, place, code, name, pin)
        self.signed_in = tutor
        self.idle.arm()
        passphrase = new_passphrase()
        screen = self.w.screen("tutor-passphrase")
        screen.show_passphrase(passphrase, ready=False)
        self.w.show_screen("tutor-passphrase")
        paths = self.ctx.paths
        run_in_background(
            lambda: create_signing_key(paths, passphrase),
            lambda made: screen.show_passphrase(passphrase, ready=True, made=bool(made)),
            lambda exc: screen.show_passphrase(passphrase, ready=True, made=False),
        )

    # signed in ----------------------------------------------------------------------------------
    def _require(self) -> bool:
        if self.signed_in is None:
            self.w.go_sign_in()
            return False
        return True

    def open_dashboard(self) -> None:
        if not self._require():
            return
        screen = self.w.screen("tutor-dashboard")
        service = self._dashboard_service()
        titles = {
            x.id: x.title.get(self.w.settings_language()) for x in self.ctx.progress.library.catalogue.lessons
        }

        def load():
            return service.overview(), service.open_help()

        def show(data) -> None:
            rows, help_items = data
            screen.set_data(rows, help_items, titles)

        self.w.show_screen("tutor-dashboard")
        run_in_background(load, show)

    def _dashboard_service(self):
        from trainer.services.dashboard import DashboardService

        return DashboardService(self.ctx.db, self.ctx.progress.library)

    def _resolve_help(self, request_id: str) -> None:
        if not self._require():
            return
        self._dashboard_service().resolve_help(request_id, self.signed_in.id)
        self.open_dashboard()

    def open_learner(self, learner_id: str) -> None:
        if not self._require():
            return
        service = self._dashboard_service()
        screen = self.w.screen("tutor-learner")
        lang = self.w.settings_language()
        titles = {x.id: x.title.get(lang) for x in self.ctx.progress.library.catalogue.lessons}
        self.w.show_screen("tutor-learner")
        certificates = self._certificates()
        run_in_background(
            lambda: (
                service.learner_page(learner_id),
                service.weekly(learner_id),
                certificates.eligible(learner_id),
            ),
            lambda data: screen.show_page(data[0], titles, data[1], data[2]),
        )

    def _certificates(self):
        from trainer.services.certificates.service import CertificateService

        return CertificateService(self.ctx.db, self.ctx.paths, self.ctx.progress.library)

    def issue_certificate(self, learner_id: str, tier, passphrase: str, out_dir=None) -> None:
        """Issue a level (``tier``) or progress certificate; files go to the data folder's
        certificates archive and, when chosen, to ``out_dir`` (a folder or USB stick)."""
        from trainer.ui.tutor import tools

        if not self._require():
            return
        screen = self.w.screen("tutor-learner")
        if out_dir is None:
            out_dir = tools.ask_folder(screen, translate("Tutor", "Where should the certificate files go?"))
        service = self._certificates()
        paths = self.ctx.paths

        def work():
            from trainer.services.certificates.keys import load_signing_key

            key = load_signing_key(paths, passphrase)
            issuer = service.centre()
            learner = service.learner(learner_id)
            achievement = service.achievement(learner_id, tier)
            assessment = service.assessment(learner_id, achievement)
            return service.issue(
                key, issuer, learner, achievement, assessment, out_dir, issued_by=self.signed_in.name
            )

        def done(issued) -> None:
            where = str(out_dir) if out_dir else str(issued.pdf.parent)
            screen.certificate_done(
                translate(
                    "Tutor",
                    "Certificate %1 is ready: the PDF to print, and the signed files for "
                    "recognition bodies, are in %2.",
                )
                .replace("%1", issued.id)
                .replace("%2", where)
            )

        run_in_background(work, done, lambda exc: screen.certificate_done(certificate_problem(exc)))

    def _sign_off(self, learner_id: str, tier: str, pin: str, note: str) -> None:
        if not self._require():
            return
        tutor_id = self.signed_in.id
        screen = self.w.screen("tutor-learner")
        run_in_background(
            lambda: self.service.sign_off(tutor_id, pin, learner_id, tier=tier, note=note or None),
            lambda result: self._signed_off(learner_id, result, screen),
        )

    def _signed_off(self, learner_id, result, screen) -> None:
        if isinstance(result, WrongPin | LockedOut):
            screen.sign_off_failed(isinstance(result, LockedOut))
            return
        self.open_learner(learner_id)

    def _action(self, key: str) -> None:
        if key == "lock":
            self.lock()
        elif key == "add":
            self.w.screen("tutor-add").start()
            self.w.show_screen("tutor-add")
        elif key in ("roster", "backups", "reports"):
            self.w.screen("tutor-tools").say("")
            self.w.show_screen("tutor-tools")

    @property
    def roster(self):
        from trainer.services.roster import RosterService

        return RosterService(self.ctx.db)

    def _add_learner(self, name: str, language: str, year, gender) -> None:
        from trainer.storage.errors import InvalidValue

        if not self._require():
            return
        try:
            self.roster.add(name, language, birth_year=year, gender=gender)
        except InvalidValue as problem:
            self.w.screen("tutor-add").show_error(
                translate("Tutor", "This could not be saved: %1. Please check it.").replace(
                    "%1", problem.field
                )
            )
            return
        self.open_dashboard()

    # roster and backups -------------------------------------------------------------------------
    def run_job(self, job: str, path=None) -> None:
        """``path``: the chosen file or folder (tests pass it; people choose it in a dialog)."""
        from trainer.ui.tutor import tools

        if not self._require():
            return
        screen = self.w.screen("tutor-tools")
        ask = path is None
        if job == "sync":
            self.w.screen("tutor-sync")
            self.sync_flow.refresh()
            self.w.show_screen("tutor-sync")
            return
        if job in ("import", "import-skip"):
            if job == "import" or self._import_path is None:
                path = path or (
                    tools.ask_open(screen, translate("Tutor", "Choose the CSV file"), "CSV (*.csv)")
                    if ask
                    else None
                )
                self._import_path = path
            path = self._import_path
            if path is None:
                return
            skip = job == "import-skip"
            progress, cancel = screen.start_work(translate("Tutor", "Reading the file…"))
            run_in_background(
                lambda: self.roster.import_csv(path, skip_bad=skip, progress=progress, cancel=cancel),
                lambda r: (screen.end_work(), self._imported(r, screen)),
                lambda exc: (screen.end_work(), screen.say(job_problem(exc))),
            )
        elif job in REPORT_JOBS:
            name, pattern, make = REPORT_JOBS[job]
            path = path or (
                tools.ask_save(screen, translate("Tutor", "Save the report"), name, pattern) if ask else None
            )
            if path is None:
                return
            from trainer.services.reports import ReportService

            reports = ReportService(self.ctx.db, self.ctx.paths.i18n, self.ctx.progress.library)
            lang = self.w.settings_language()
            screen.say(translate("Tutor", "Making the report…"))
            run_in_background(
                lambda: make(reports, path, lang),
                lambda done: screen.say(translate("Tutor", "Saved in %1.").replace("%1", str(path))),
                lambda exc: screen.say(
                    translate("Tutor", "Could not save there: %1").replace("%1", str(exc))
                ),
            )
        elif job == "export":
            path = path or (
                tools.ask_save(screen, translate("Tutor", "Save the list"), "learners.csv", "CSV (*.csv)")
                if ask
                else None
            )
            if path is None:
                return
            progress, cancel = screen.start_work(translate("Tutor", "Saving the list…"))
            run_in_background(
                lambda: self.roster.export_csv(path, progress=progress, cancel=cancel),
                lambda n: (
                    screen.end_work(),
                    screen.say(
                        translate("Tutor", "Saved %1 learners in %2.")
                        .replace("%1", str(n))
                        .replace("%2", str(path))
                    ),
                ),
                lambda exc: (screen.end_work(), screen.say(job_problem(exc))),
            )
        elif job == "backup":
            path = path or (
                tools.ask_folder(screen, translate("Tutor", "Choose a folder or USB stick")) if ask else None
            )
            if path is None:
                return
            from trainer.services.backups import BackupService

            service = BackupService.for_paths(self.ctx.paths)
            progress, cancel = screen.start_work(translate("Tutor", "Backing up…"))
            run_in_background(
                lambda: service.backup_now(path, progress=progress, cancel=cancel),
                lambda done: (
                    screen.end_work(),
                    screen.say(translate("Tutor", "Backed up to %1.").replace("%1", str(done))),
                ),
                lambda exc: (screen.end_work(), screen.say(job_problem(exc))),
            )
        elif job == "restore":
            path = path or (
                tools.ask_open(screen, translate("Tutor", "Choose a backup"), "SQLite (*.sqlite *.db)")
                if ask
                else None
            )
            if path is None:
                return
            from trainer.storage.backup import backup_summary
            from trainer.storage.errors import StorageError

            try:
                summary = backup_summary(path)
            except StorageError:
                screen.say(
                    translate(
                        "Tutor",
                        "That file is not a backup of the trainer, or it is damaged. Nothing was changed.",
                    )
                )
                return
            self._restore_path = path
            screen.say(
                translate(
                    "Tutor",
                    "Backup from %1: %2 learners, %3 answers. Restoring replaces what is on this "
                    "computer now; a copy of it is kept first.",
                )
                .replace("%1", tools.when_text(summary.created_at))
                .replace("%2", str(summary.learners))
                .replace("%3", str(summary.attempts)),
                "restore-confirm",
                translate("Tutor", "Restore this backup"),
            )
        elif job == "restore-confirm":
            self.ctx.restore_backup(self._restore_path)
            self.lock()

    def manage_learner(self, job: str, learner_id: str, path=None) -> None:
        from trainer.ui.tutor import tools

        if not self._require():
            return
        screen = self.w.screen("tutor-learner")
        name = screen.page_data.summary.name if screen.page_data else ""
        if job == "export":
            path = path or tools.ask_folder(screen, translate("Tutor", "Choose a folder or USB stick"))
            if path is None:
                return
            run_in_background(
                lambda: self.roster.export_learner_data(learner_id, path),
                lambda done: screen.say(translate("Tutor", "Saved in %1.").replace("%1", str(done))),
                lambda exc: screen.say(
                    translate("Tutor", "Could not save there: %1").replace("%1", str(exc))
                ),
            )
        elif job == "archive":
            archived = bool(screen.page_data and screen.page_data.summary.archived)
            self.roster.archive(learner_id, not archived)
            self.open_learner(learner_id)
        elif job == "erase-ask":
            screen.say(
                translate(
                    "Tutor",
                    "Erasing removes %1 and all their progress from this computer for ever. "
                    "Save their data first if they may want it (the button above).",
                ).replace("%1", name),
                erase_confirm=True,
            )
        elif job == "erase":
            self.roster.erase(learner_id)
            self.open_dashboard()
        elif job == "report":
            self._learner_report(learner_id, screen, path)

    def _learner_report(self, learner_id: str, screen, path=None) -> None:
        from trainer.services.reports import learner_report_pdf
        from trainer.ui.tutor import tools

        path = path or tools.ask_save(
            screen, translate("Tutor", "Save the report"), "report.pdf", "PDF (*.pdf)"
        )
        if path is None:
            return
        screen.say(translate("Tutor", "Making the report…"))
        lang = self.w.settings_language()
        run_in_background(
            lambda: learner_report_pdf(self.ctx, learner_id, path, lang),
            lambda done: screen.say(translate("Tutor", "Saved in %1.").replace("%1", str(path))),
            lambda exc: screen.say(translate("Tutor", "Could not save there: %1").replace("%1", str(exc))),
        )

    _import_path = None
    _restore_path = None

    def _imported(self, report, screen) -> None:
        from trainer.ui.tutor.tools import MAX_LINES_SHOWN, file_problem_text, row_problem_text

        if report.file_problem is not None:
            screen.say(file_problem_text(report.file_problem))
        elif report.imported:
            text = translate("Tutor", "Added %1 learners.").replace("%1", str(report.imported))
            if report.skipped:
                text += " " + translate("Tutor", "Lines left out: %1").replace(
                    "%1", ", ".join(map(str, report.skipped))
                )
            screen.say(text)
        elif report.problems:
            lines = [row_problem_text(p) for p in report.problems[:MAX_LINES_SHOWN]]
            more = len(report.problems) - len(lines)
            if more > 0:
                lines.append(translate("Tutor", "… and %1 more.").replace("%1", str(more)))
            head = translate(
                "Tutor",
                "Nothing was imported. Please fix these lines in the file and import it again, "
                "or import only the good lines:",
            )
            screen.say(
                head + "\n" + "\n".join(lines),
                "import-skip",
                translate("Tutor", "Import only the good lines"),
            )
        else:
            screen.say(translate("Tutor", "The file has no learners in it."))

    def lock(self) -> None:
        """Back to the learners' sign-in screen; the tutor screens need a PIN again."""
        self.signed_in = None
        self.idle.disarm()
        self.w.go_sign_in()
