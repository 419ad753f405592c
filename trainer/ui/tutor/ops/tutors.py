"""The centre's tutors (the "Tutors" screen, from the dashboard): adding a tutor, renaming, retiring and
bringing back, and changing one's own PIN. Every PIN check counts against the shared lockout."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from trainer.domain.tutoring import LockedOut, SignedIn, Tutor, WrongPin
from trainer.ui.operations import Operation
from trainer.ui.screens.base import Screen
from trainer.ui.tutor.ops.base import TutorSubject

translate = QCoreApplication.translate


def locked_text() -> str:
    return translate("Tutor", "Tutor sign-in is closed for a while after too many wrong PINs.")


class TutorOps(TutorSubject):
    def __init__(self, mode) -> None:
        super().__init__(mode)
        mode.data_changed.connect(self._changed_elsewhere)

    def screens(self) -> dict[str, Callable[[], Screen]]:
        return {"tutor-tutors": self._screen}

    def _screen(self) -> Screen:
        from trainer.ui.tutor.tutors import TutorsScreen

        s = TutorsScreen()
        s.back_pressed.connect(self.mode.learners.open_dashboard)
        s.add_requested.connect(self.add)
        s.rename_requested.connect(self.rename)
        s.retire_confirmed.connect(lambda tutor_id: self.retire(tutor_id, True))
        s.bring_back.connect(lambda tutor_id: self.retire(tutor_id, False))
        s.pin_change_requested.connect(self.change_pin)
        return s

    def on_dashboard(self, dashboard) -> None:
        dashboard.add_action("tutors", lambda: translate("Tutor", "Tutors and my PIN")).clicked.connect(
            self.open
        )

    def open(self) -> None:
        if self.mode.require() is None:
            return
        self.mode.screen("tutor-tutors").say("")
        self.mode.show("tutor-tutors")
        self._load()

    def _load(self) -> None:
        tutor = self.mode.signed_in
        if tutor is None:
            return
        screen = self.mode.screen("tutor-tutors")
        Operation(screen, self.ctx.tutor_access.tutors, include_archived=True).on_success(
            lambda tutors: screen.show_tutors(tutors, tutor.id)
        ).on_failure(screen.say).run()

    def _changed_elsewhere(self) -> None:
        if self.mode.shown() == "tutor-tutors":
            self._load()

    # changes ------------------------------------------------------------------------------------
    def add(self, name: str, new_pin: str, my_pin: str) -> None:
        """A new tutor with their PIN, confirmed with the signed-in tutor's PIN."""
        me = self.mode.require()
        if me is None:
            return
        screen = self.mode.screen("tutor-tutors")

        def done(result) -> None:
            if isinstance(result, LockedOut):
                screen.add_failed(locked_text())
            elif isinstance(result, WrongPin):
                screen.add_failed(
                    translate("Tutor", "That is not your PIN. Nothing was added."), screen.add_my_pin
                )
            else:
                screen.added(
                    translate("Tutor", "%1 can now sign in as a tutor with their PIN.").replace(
                        "%1", result.name
                    )
                )

        Operation(screen, self.ctx.tutor_access.add_tutor_as, me.id, my_pin, name, new_pin).on_success(
            done
        ).on_failure(screen.add_failed).changes(self.mode.changed, when=lambda r: isinstance(r, Tutor)).run()

    def rename(self, tutor_id: str, name: str) -> None:
        me = self.mode.require()
        if me is None:
            return
        screen = self.mode.screen("tutor-tutors")

        def done(tutor: Tutor) -> None:
            if tutor.id == me.id and self.mode.signed_in is not None:
                self.mode.signed_in = tutor  # (certificates print the signed-in tutor's name)
            screen.say(translate("Tutor", "Saved: %1.").replace("%1", tutor.name))

        Operation(screen, self.ctx.tutor_access.rename_tutor, tutor_id, name).on_success(done).on_failure(
            screen.say
        ).changes(self.mode.changed).run()

    def retire(self, tutor_id: str, retired: bool) -> None:
        """Retire a tutor (they can no longer sign in; their sign-offs stay), or bring one back."""
        me = self.mode.require()
        if me is None or (retired and tutor_id == me.id):
            return
        screen = self.mode.screen("tutor-tutors")
        Operation(screen, self.ctx.tutor_access.archive_tutor, tutor_id, retired).on_success(
            lambda _none: screen.say("")
        ).on_failure(screen.say).changes(self.mode.changed).run()

    def change_pin(self, old_pin: str, new_pin: str) -> None:
        me = self.mode.require()
        if me is None:
            return
        screen = self.mode.screen("tutor-tutors")

        def done(result) -> None:
            if isinstance(result, SignedIn):
                screen.pin_changed(translate("Tutor", "Your PIN is changed. Use the new one from now on."))
            elif isinstance(result, LockedOut):
                screen.pin_failed(locked_text())
            else:
                screen.pin_failed(
                    translate(
                        "Tutor",
                        "That is not your current PIN. Nothing was changed. %1 more tries before tutor "
                        "sign-in closes for a while.",
                    ).replace("%1", str(result.tries_left))
                )

        Operation(screen, self.ctx.tutor_access.change_pin, me.id, old_pin, new_pin).on_success(
            done
        ).on_failure(screen.pin_failed).run()
