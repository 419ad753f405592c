"""Tasks seen on the learner's own phone (issue 15): a screen where the signed-in tutor ticks what they
watched and takes back a tick made by mistake, reached from the learner's page. The ticks are evidence:
the learner's page lists them beside the sign-off, and certificates carry them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from trainer.ui.operations import Operation
from trainer.ui.screens.base import Screen
from trainer.ui.tutor.ops.base import TutorSubject

translate = QCoreApplication.translate


def _load(observations, library, learner_id: str, language: str):
    """On the worker: the learner's lessons' checklists and what was seen so far."""
    from trainer.ui.tutor.observed import checklist_rows

    return checklist_rows(library.catalogue.lessons, language), observations.observed(learner_id)


def _save(observations, library, tutor, learner_id: str, chosen) -> int:
    """On the worker: the ticks, one checklist at a time; how many were added."""
    added = 0
    by_step: dict[tuple[str, str], list[str]] = {}
    for lesson_id, step_id, item_id in chosen:
        by_step.setdefault((lesson_id, step_id), []).append(item_id)
    for (lesson_id, step_id), items in by_step.items():
        lesson = library.catalogue.get(lesson_id)
        if lesson is not None:
            added += len(observations.tick_as(tutor, learner_id, lesson, step_id, items).added)
    return added


class ObservationOps(TutorSubject):
    def screens(self) -> dict[str, Callable[[], Screen]]:
        return {"tutor-observed": self._screen}

    def _screen(self) -> Screen:
        from trainer.ui.tutor.observed import ObservedScreen

        s = ObservedScreen()
        s.back.connect(lambda: self.mode.learners.open_learner(s.learner_id))
        s.save_requested.connect(self.save)
        s.withdraw_requested.connect(self.withdraw)
        return s

    def on_learner_page(self, page) -> None:
        page.add_record_action(
            "observed", lambda: translate("Tutor", "Seen on their own phone…")
        ).clicked.connect(lambda: self.open(page.learner_id, page.learner_name))

    def open(self, learner_id: str, name: str = "", message: str = "") -> None:
        """The learner's checklists; ``message``: what was just done, shown once they are loaded."""
        if self.mode.require() is None or not learner_id:
            return
        screen = self.mode.screen("tutor-observed")
        language = self.mode.language()
        if screen.learner_id != learner_id:  # nothing of another learner's while this one's loads
            screen.show_learner(learner_id, name, language, [], [])

        def show(data) -> None:
            rows, observed = data
            screen.show_learner(learner_id, name or screen.learner_name, language, rows, observed)
            screen.saved(message)

        Operation(
            screen, _load, self.ctx.observations, self.ctx.progress.library, learner_id, language
        ).on_success(show).on_failure(screen.saved).run()
        self.mode.show("tutor-observed")

    def save(self, learner_id: str, chosen) -> None:
        tutor = self.mode.require()
        if tutor is None:
            return
        screen = self.mode.screen("tutor-observed")

        def done(added: int) -> None:
            saved = translate("Tutor", "Saved: %1 ticked, with your name.").replace("%1", str(added))
            self.open(learner_id, screen.learner_name, saved)

        Operation(
            screen, _save, self.ctx.observations, self.ctx.progress.library, tutor, learner_id, list(chosen)
        ).on_success(done).on_failure(screen.saved).changes(self.mode.changed).run()

    def withdraw(self, observation_id: str) -> None:
        if self.mode.require() is None:
            return
        screen = self.mode.screen("tutor-observed")

        def done(_) -> None:
            taken = translate("Tutor", "The tick was taken back (it stays on record as withdrawn).")
            self.open(screen.learner_id, screen.learner_name, taken)

        Operation(screen, self.ctx.observations.withdraw, observation_id).on_success(done).on_failure(
            screen.saved
        ).changes(self.mode.changed).run()
