"""The way into tutor mode: first-run set-up of the centre and its first tutor (then the signing key
and its passphrase), choosing a tutor, and their PIN with the shared lockout."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from trainer.domain.tutoring import (
    Centre,
    LockedOut,
    SignedIn,
    SignInResult,
    Tutor,
    WrongPin,
    tutor_pin_problem,
)
from trainer.ui.operations import Operation
from trainer.ui.problems import pin_problem_text
from trainer.ui.screens.base import Screen
from trainer.ui.tutor.ops.base import TutorSubject

translate = QCoreApplication.translate


class AccessOps(TutorSubject):
    def __init__(self, mode) -> None:
        super().__init__(mode)
        self._setup: tuple[str, str, str, str] | None = None  # centre, place, code, first tutor
        self._pin_first = ""
        self._chosen = ""  # the tutor whose PIN is being entered

    def screens(self) -> dict[str, Callable[[], Screen]]:
        return {
            "tutor-setup": self._setup_screen,
            "tutor-choose": self._choose_screen,
            "tutor-passphrase": self._passphrase_screen,
        }

    def _setup_screen(self) -> Screen:
        from trainer.ui.tutor.gate import TutorSetupScreen

        s = TutorSetupScreen()
        s.cancelled.connect(self.mode.window.go_sign_in)
        s.next_step.connect(self.choose_first_pin)
        return s

    def _choose_screen(self) -> Screen:
        from trainer.ui.tutor.gate import TutorChooseScreen

        s = TutorChooseScreen()
        s.cancelled.connect(self.mode.window.go_sign_in)
        s.chosen.connect(self.ask_pin)
        return s

    def _passphrase_screen(self) -> Screen:
        from trainer.ui.tutor.gate import PassphraseScreen

        s = PassphraseScreen()
        s.done.connect(self.mode.learners.open_dashboard)
        return s

    # signing in ---------------------------------------------------------------------------------
    def enter(self) -> None:
        self.mode.sign_out()
        service = self.ctx.tutor_access
        if not service.is_set_up():
            self.mode.show("tutor-setup")
            return
        screen = self.mode.screen("tutor-choose")
        screen.set_tutors(service.tutors())
        screen.show_message(self._lock_message(service.lock()))
        self.mode.show("tutor-choose")

    @staticmethod
    def _lock_message(locked: LockedOut | None) -> str:
        if locked is None:
            return ""
        when = QLocale().toString(locked.until.astimezone().time(), QLocale.FormatType.ShortFormat)
        return translate("Tutor", "Too many wrong PINs. Tutor sign-in is closed until %1.").replace(
            "%1", when
        )

    def ask_pin(self, tutor_id: str, name: str) -> None:
        self._chosen = tutor_id
        self.mode.show("pin").start("tutor-check", name)

    def pin_entered(self, mode: str, pin: str) -> None:
        """From the PIN pad, in one of its tutor modes (``tutor-check``, ``tutor-new``, ``tutor-confirm``)."""
        pin_screen = self.mode.screen("pin")
        if mode == "tutor-check":
            # the pad takes no more numbers while the PIN is checked (they would be lost when the
            # answer comes), and is ready again once it has come, whatever it was
            pin_screen.keys_enabled(False)
            Operation(pin_screen, self.ctx.tutor_access.sign_in, self._chosen, pin).on_success(
                self._checked
            ).on_failure(pin_screen.show_message).after(lambda: pin_screen.keys_enabled(True)).run()
        elif mode == "tutor-new":
            problem = tutor_pin_problem(pin)
            if problem:
                pin_screen.start("tutor-new")
                pin_screen.show_message(pin_problem_text(problem))
                return
            self._pin_first = pin
            pin_screen.start("tutor-confirm")
        elif mode == "tutor-confirm":
            if pin != self._pin_first:
                pin_screen.start("tutor-new")
                pin_screen.show_mismatch()
                return
            self._finish_setup(pin)

    def _checked(self, result: SignInResult) -> None:
        pin_screen = self.mode.screen("pin")
        if isinstance(result, SignedIn):
            self.mode.signed_in_as(result.tutor)
            self.mode.learners.open_dashboard()
        elif isinstance(result, WrongPin):
            pin_screen.start("tutor-check", pin_screen.person)
            pin_screen.show_message(
                translate(
                    "Tutor", "That PIN is not right. %1 more tries before tutor sign-in closes for a while."
                ).replace("%1", str(result.tries_left))
            )
        elif isinstance(result, LockedOut):
            self.enter()

    # first run ----------------------------------------------------------------------------------
    def choose_first_pin(self, centre: str, place: str, code: str, tutor: str) -> None:
        self._setup = (centre, place, code, tutor)
        self.mode.show("pin").start("tutor-new")

    def _finish_setup(self, pin: str) -> None:
        assert self._setup is not None
        centre, place, code, name = self._setup
        pin_screen = self.mode.screen("pin")
        Operation(pin_screen, self.ctx.tutor_access.set_up, centre, place, code, name, pin).on_success(
            self._set_up
        ).on_failure(self._setup_failed).run()

    def _setup_failed(self, message: str) -> None:
        screen = self.mode.show("tutor-setup")
        screen.error.set_text(message)
        screen.error.show()

    def _set_up(self, made: tuple[Centre, Tutor]) -> None:
        from trainer.services.tutors import create_signing_key, new_passphrase

        _centre, tutor = made
        self.mode.signed_in_as(tutor)
        passphrase = new_passphrase()
        screen = self.mode.screen("tutor-passphrase")
        screen.show_passphrase(passphrase, ready=False)
        self.mode.show("tutor-passphrase")
        Operation(screen, create_signing_key, self.ctx.paths, passphrase).on_success(
            lambda made_key: screen.show_passphrase(passphrase, ready=True, made=bool(made_key))
        ).on_failure(lambda _message: screen.show_passphrase(passphrase, ready=True, made=False)).run()
