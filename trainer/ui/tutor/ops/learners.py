"""Learners as the tutor sees them: the dashboard, one learner's page, help requests, signing off a
level, and a learner's record (saving their data, hiding them from the sign-in screen, erasing them).

The dashboard and the learner's page load their data off the UI thread when shown out of date, and
again when the data changes while they show (``TutorMode.data_changed``); nothing else refreshes
them by hand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from trainer.domain.tutoring import LockedOut, SignOff, WrongPin
from trainer.ui.operations import Operation
from trainer.ui.screens.base import Screen
from trainer.ui.theme import theme_for
from trainer.ui.tutor.ops.base import TutorSubject

translate = QCoreApplication.translate


def lesson_titles(library, language: str) -> dict[str, str]:
    """Lesson id -> title in ``language`` (on the worker: the catalogue may still be loading)."""
    return {x.id: x.title.get(language) for x in library.catalogue.lessons}


def help_places(library, help_items, language: str) -> dict[tuple[str, str], tuple[int, int, str]]:
    """(lesson id, step id) -> (step number, number of steps, the step's first words) of each request."""
    from trainer.domain.lessons import step_place

    out = {}
    for h in help_items:
        lesson = library.catalogue.get(h.lesson_id)
        if lesson is not None:
            out[(h.lesson_id, h.step_id)] = step_place(lesson, h.step_id, language)
    return out


def _dashboard_data(dashboard, library, language: str):
    help_items = dashboard.open_help()
    titles = lesson_titles(library, language)
    return dashboard.overview(), help_items, titles, help_places(library, help_items, language)


def _page_data(dashboard, certificates, observations, library, learner_id: str, language: str):
    return (
        dashboard.learner_page(learner_id),
        dashboard.weekly(learner_id),
        certificates.eligible(learner_id),
        lesson_titles(library, language),
        observations.evidence_for(learner_id, library.catalogue.lessons),
    )


class LearnerOps(TutorSubject):
    def screens(self) -> dict[str, Callable[[], Screen]]:
        return {"tutor-dashboard": self._dashboard_screen, "tutor-learner": self._learner_screen}

    def _dashboard_screen(self) -> Screen:
        from trainer.ui.tutor.dashboard import DashboardScreen

        s = DashboardScreen(theme_for(self.mode.window.settings))
        s.lock_pressed.connect(self.mode.lock)
        s.resolve_help.connect(self.resolve_help)
        s.open_learner.connect(self.open_learner)
        for subject in self.mode.subjects:
            subject.on_dashboard(s)
        s.retranslate()
        return s

    def _learner_screen(self) -> Screen:
        from trainer.ui.tutor.learner import LearnerPageScreen

        s = LearnerPageScreen(theme_for(self.mode.window.settings))
        s.back.clicked.connect(self.open_dashboard)
        s.sign_off_requested.connect(self.sign_off)
        s.erase_confirmed.connect(self.erase)
        for subject in self.mode.subjects:
            subject.on_learner_page(s)
        s.retranslate()
        return s

    def on_learner_page(self, page) -> None:
        page.add_record_action(
            "export", lambda: translate("Tutor", "Save all of this learner's data (JSON)")
        ).clicked.connect(self.save_data)
        page.add_record_action(
            "archive",
            lambda: (
                translate("Tutor", "Show again on the sign-in screen")
                if page.archived
                else translate("Tutor", "Hide from the sign-in screen (archive)")
            ),
        ).clicked.connect(self.archive)
        page.add_record_action(
            "erase-ask", lambda: translate("Tutor", "Erase this learner…")
        ).clicked.connect(self.ask_erase)

    # showing ------------------------------------------------------------------------------------
    def open_dashboard(self) -> None:
        if self.mode.require() is None:
            return
        screen = self.mode.screen("tutor-dashboard")
        self.mode.show("tutor-dashboard")
        if screen.loaded_generation != self.mode.generation:
            self._load_dashboard(screen)

    def _load_dashboard(self, screen) -> None:
        generation = screen.loaded_generation = self.mode.generation

        def show(data) -> None:
            if screen.loaded_generation == generation:  # (not an older load arriving late)
                screen.set_data(*data)

        library = self.ctx.progress.library
        Operation(screen, _dashboard_data, self.ctx.dashboard, library, self.mode.language()).on_success(
            show
        ).run()

    def open_learner(self, learner_id: str) -> None:
        if self.mode.require() is None:
            return
        page = self.mode.screen("tutor-learner")
        stale = page.learner_id != learner_id or page.loaded_generation != self.mode.generation
        page.begin(learner_id)
        self.mode.show("tutor-learner")
        if stale:
            self._load_learner(page, learner_id)

    def _load_learner(self, page, learner_id: str) -> None:
        generation = page.loaded_generation = self.mode.generation

        def show(data) -> None:
            if page.loaded_generation != generation or page.learner_id != learner_id:
                return  # an older load, or another learner's, arriving late
            summary, weeks, eligible, titles, seen = data
            if summary is None:  # erased meanwhile
                self.open_dashboard()
                return
            page.show_page(summary, titles, weeks, eligible)
            page.show_evidence(seen, titles, self.mode.language())

        library = self.ctx.progress.library
        Operation(
            page,
            _page_data,
            self.ctx.dashboard,
            self.ctx.certificates,
            self.ctx.observations,
            library,
            learner_id,
            self.mode.language(),
        ).on_success(show).run()

    def refresh_shown(self) -> None:
        """The data changed: the dashboard or learner's page on screen loads it again."""
        shown = self.mode.shown()
        if shown == "tutor-dashboard":
            self._load_dashboard(self.mode.screen(shown))
        elif shown == "tutor-learner":
            page = self.mode.screen(shown)
            if page.learner_id:
                self._load_learner(page, page.learner_id)

    # changes ------------------------------------------------------------------------------------
    def resolve_help(self, request_id: str) -> None:
        tutor = self.mode.require()
        if tutor is None:
            return
        screen = self.mode.screen("tutor-dashboard")
        # a request someone else resolved meanwhile: the dashboard shows how things are now
        Operation(screen, self.ctx.dashboard.resolve_help, request_id, tutor.id).on_failure(
            lambda _message: self.mode.changed()
        ).changes(self.mode.changed).run()

    def sign_off(self, learner_id: str, tier: str, pin: str, note: str) -> None:
        tutor = self.mode.require()
        if tutor is None:
            return
        page = self.mode.screen("tutor-learner")

        def done(result) -> None:
            if isinstance(result, WrongPin | LockedOut):
                page.sign_off_failed(isinstance(result, LockedOut))

        Operation(
            page, self.ctx.tutor_access.sign_off, tutor.id, pin, learner_id, tier=tier, note=note or None
        ).on_success(done).on_failure(page.say).changes(
            self.mode.changed, when=lambda result: isinstance(result, SignOff)
        ).run()

    def save_data(self, folder=None) -> None:
        """Everything of this learner as one JSON file, in ``folder`` (asked when not given)."""
        from trainer.ui.tutor.dialogs import ask_folder

        if self.mode.require() is None:
            return
        page = self.mode.screen("tutor-learner")
        folder = folder or ask_folder(page, translate("Tutor", "Choose a folder or USB stick"))
        if folder is None:
            return
        Operation(page, self.ctx.roster.export_learner_data, page.learner_id, folder).on_success(
            lambda saved: page.say(translate("Tutor", "Saved in %1.").replace("%1", str(saved)))
        ).on_failure(page.say).run()

    def archive(self) -> None:
        """Hide the learner from the sign-in screen, or show them again."""
        if self.mode.require() is None:
            return
        page = self.mode.screen("tutor-learner")
        Operation(page, self.ctx.roster.archive, page.learner_id, not page.archived).on_failure(
            page.say
        ).changes(self.mode.changed).run()

    def ask_erase(self) -> None:
        page = self.mode.screen("tutor-learner")
        page.say(
            translate(
                "Tutor",
                "Erasing removes %1 and all their progress from this computer for ever. "
                "Save their data first if they may want it (the button above).",
            ).replace("%1", page.learner_name),
            erase_confirm=True,
        )

    def erase(self, learner_id: str) -> None:
        if self.mode.require() is None:
            return
        page = self.mode.screen("tutor-learner")
        page.say("")
        Operation(page, self.ctx.roster.erase, learner_id).on_success(
            lambda _erased: self.open_dashboard()
        ).on_failure(page.say).changes(self.mode.changed).run()
