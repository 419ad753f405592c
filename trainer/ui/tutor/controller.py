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
SCREENS = ("tutor-setup", "tutor-choose", "tutor-dashboard", "tutor-learner", "tutor-passphrase")


class TutorController:
    def __init__(self, window) -> None:
        self.w = window
        self.ctx = window.ctx
        self.tutor = None  # the signed-in tutor, or None: tutor screens are locked
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

            self.ctx.tutors = TutorService(self.ctx.db)
        return self.ctx.tutors

    # entering -----------------------------------------------------------------------------------
    def enter(self) -> None:
        """The "For tutors" button on the sign-in screen."""
        self.tutor = None
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
            self.tutor = result.tutor
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
        self.tutor = tutor
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
        if self.tutor is None:
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
        self._dashboard_service().resolve_help(request_id, self.tutor.id)
        self.open_dashboard()

    def open_learner(self, learner_id: str) -> None:
        if not self._require():
            return
        service = self._dashboard_service()
        screen = self.w.screen("tutor-learner")
        lang = self.w.settings_language()
        titles = {x.id: x.title.get(lang) for x in self.ctx.progress.library.catalogue.lessons}
        self.w.show_screen("tutor-learner")
        run_in_background(
            lambda: (service.learner_page(learner_id), service.weekly(learner_id)),
            lambda data: screen.show_page(data[0], titles, data[1]),
        )

    def _sign_off(self, learner_id: str, tier: str, pin: str, note: str) -> None:
        if not self._require():
            return
        tutor_id = self.tutor.id
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

    def lock(self) -> None:
        """Back to the learners' sign-in screen; the tutor screens need a PIN again."""
        self.tutor = None
        self.idle.disarm()
        self.w.go_sign_in()
