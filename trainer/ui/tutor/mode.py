"""Tutor mode: who is signed in, locking (button, sign-out, ten idle minutes), the screens by name, and
one ``data_changed`` signal after every change. The work itself is done by subjects (``ui.tutor.ops``):
access (set-up, sign-in), learners, roster, reports, backups, certificates.

Adding a tutor screen (a sync screen, a voice-recording screen...):

1. a module with the screen (``Screen`` subclass, one signal per thing the tutor does) and a subject in
   ``ops/`` (``ops/sync.py`` is one): ``class SyncOps(TutorSubject)`` with ``screens()`` ->
   ``{"tutor-sync": factory}`` and plain methods (``open()``...) that run their work as
   ``ui.operations.Operation``s;
2. one line in ``TutorMode.__init__`` below (``self.sync = SyncOps(self)``) and its place in
   ``subjects`` (and ``tool_sections``); its ``screens()`` are found;
3. a way in: ``on_dashboard(dashboard)`` adds a button with ``dashboard.add_action(...)``, or
   ``on_learner_page(page)`` one with ``page.add_record_action(...)``, or ``on_tools(tools)`` a section
   with ``tools.add_section(...)``; connect its ``clicked`` to a plain method;
4. after a change, ``.changes(self.mode.changed)`` on the operation: the dashboard or learner page
   showing reloads itself, the others on their next showing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from trainer.domain.tutoring import Tutor
from trainer.ui.screens.base import Screen
from trainer.ui.tutor.idle import IdleWatcher


class TutorMode(QObject):
    """Made by the window when tutor mode is first opened."""

    data_changed = Signal()  # after every change of the data (the screens that show it reload)

    def __init__(self, window) -> None:
        super().__init__(window)  # goes with its window (and so does its idle watcher)
        from trainer.ui.tutor.ops.access import AccessOps
        from trainer.ui.tutor.ops.backups import BackupOps
        from trainer.ui.tutor.ops.certificates import CertificateOps
        from trainer.ui.tutor.ops.learners import LearnerOps
        from trainer.ui.tutor.ops.observations import ObservationOps
        from trainer.ui.tutor.ops.reports import ReportOps
        from trainer.ui.tutor.ops.roster import RosterOps
        from trainer.ui.tutor.ops.sign_in_look import SignInLookOps
        from trainer.ui.tutor.ops.sync import SyncOps
        from trainer.ui.tutor.ops.tutors import TutorOps
        from trainer.ui.tutor.ops.voices import VoiceOps

        self.window = window
        self.ctx = window.ctx
        self.signed_in: Tutor | None = None  # the tutor using the screens now; None: locked
        self.generation = 0  # counts changes: a screen loaded at an older one is out of date
        self.idle = IdleWatcher(QApplication.instance(), parent=self)
        self.idle.idle.connect(self.lock)
        self.access = AccessOps(self)
        self.learners = LearnerOps(self)
        self.roster = RosterOps(self)
        self.reports = ReportOps(self)
        self.backups = BackupOps(self)
        self.certificates = CertificateOps(self)
        self.observations = ObservationOps(self)
        self.sync = SyncOps(self)
        self.tutors = TutorOps(self)
        self.voices = VoiceOps(self)
        self.sign_in_look = SignInLookOps(self)
        # the order of the buttons on the dashboard, the learner's page and the tools screen
        self.subjects = (
            self.access,
            self.roster,
            self.reports,
            self.backups,
            self.learners,
            self.certificates,
            self.observations,
            self.sync,
            self.tutors,
            self.voices,
            self.sign_in_look,
        )
        self.tool_sections = (
            self.reports,
            self.roster,
            self.backups,
            self.certificates,
            self.sync,
            self.voices,
            self.sign_in_look,
        )
        self._factories: dict[str, Callable[[], Screen]] = {"tutor-tools": self._tools_screen}
        for subject in self.subjects:
            self._factories.update(subject.screens())
        self.data_changed.connect(self.learners.refresh_shown)

    # screens ------------------------------------------------------------------------------------
    def build(self, name: str) -> Screen:
        """A tutor screen (the window asks once per name and keeps it)."""
        return self._factories[name]()

    def _tools_screen(self) -> Screen:
        """Shared: reports, the list of learners and backups each put a section on it."""
        from trainer.ui.tutor.tools import ToolsScreen

        s = ToolsScreen()
        s.back_pressed.connect(self.learners.open_dashboard)
        for subject in self.tool_sections:
            subject.on_tools(s)
        s.retranslate()
        return s

    def open_tools(self) -> None:
        if self.require() is None:
            return
        self.screen("tutor-tools").say("")
        self.show("tutor-tools")

    def screen(self, name: str) -> Screen:
        return self.window.screen(name)

    def show(self, name: str) -> Screen:
        return self.window.show_screen(name)

    def shown(self) -> str:
        return self.window.current_name()

    def language(self) -> str:
        return self.window.settings_language()

    # who is signed in ---------------------------------------------------------------------------
    def signed_in_as(self, tutor: Tutor) -> None:
        self.signed_in = tutor
        self.generation += 1  # what learners did since the last tutor looked: load everything anew
        self.idle.arm()

    def require(self) -> Tutor | None:
        """The signed-in tutor; None (and back to the learners' screen) when tutor mode is locked."""
        if self.signed_in is None:
            self.window.go_sign_in()
        return self.signed_in

    def changed(self) -> None:
        """Call after a change of the data (``Operation.changes``): the screens showing it reload."""
        self.generation += 1
        self.data_changed.emit()

    def sign_out(self) -> None:
        """Forget the tutor (the window is going back to the learners' screen)."""
        self.signed_in = None
        self.idle.disarm()

    def lock(self) -> None:
        """Back to the learners' sign-in screen; the tutor screens need a PIN again."""
        self.sign_out()
        self.window.go_sign_in()

    def enter(self) -> None:
        """The "For tutors" button on the sign-in screen."""
        self.access.enter()

    def pin_entered(self, mode: str, pin: str) -> None:
        self.access.pin_entered(mode, pin)
