"""The tutor dashboard: every learner's progress, time and "may need help" flag, open help requests,
a learner's page, and the series behind the charts (the screens draw them).

``overview()`` is the one query the dashboard needs on opening (aggregated in SQL; see
``bench/dashboard.py``). Sorting and filtering again afterwards needs no database:
``domain.dashboard.sort_and_filter(rows, sort_by, descending, where)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import tzinfo

from trainer.domain.dashboard import (
    DashboardFilter,
    LearnerOverview,
    LessonActivity,
    OpenHelp,
    StepActivity,
    TierShare,
    WeekPoint,
    class_by_tier,
    sort_and_filter,
    weekly_points,
)
from trainer.domain.progress import NOT_STARTED
from trainer.domain.roster import RosterLearner
from trainer.domain.tutoring import SignOff
from trainer.storage.records import HelpRequest


@dataclass(frozen=True)
class LearnerPage:
    """Everything the learner's page shows. ``lessons``: every installed lesson in teaching order
    (not started ones too), then any lesson with activity that is no longer installed."""

    learner: RosterLearner
    summary: LearnerOverview
    lessons: tuple[LessonActivity, ...]
    sign_offs: tuple[SignOff, ...]
    open_help: tuple[OpenHelp, ...]


class DashboardService:
    def __init__(
        self, db, library=None, lesson_tiers: Mapping[str, str] | None = None, tz: tzinfo | None = None
    ):
        """``library``: the ``LessonLibrary`` (lesson tiers and titles); or ``lesson_tiers`` (lesson
        id -> tier, in teaching order) for tests and benchmarks. ``tz``: the centre's time zone."""
        from trainer.services.roster import local_zone
        from trainer.storage.dashboard import DashboardRepository
        from trainer.storage.repositories import HelpRequestRepository
        from trainer.storage.roster import RosterRepository
        from trainer.storage.tutors import TutorRepository

        self._library = library
        self._tiers = dict(lesson_tiers) if lesson_tiers is not None else None
        self._repo = DashboardRepository(db)
        self._roster = RosterRepository(db)
        self._help = HelpRequestRepository(db)
        self._tutors = TutorRepository(db)
        self.tz = tz or local_zone()

    def lesson_tiers(self) -> dict[str, str]:
        """Installed lessons (id -> tier) in teaching order."""
        if self._tiers is None:
            from trainer.domain.placement import PLACEMENT_ID  # a check, not a lesson: never counted

            lessons = self._library.catalogue.lessons if self._library else ()
            return {x.id: x.tier for x in lessons if x.id != PLACEMENT_ID}
        return self._tiers

    def lesson_title(self, lesson_id: str, lang: str) -> str:
        lesson = self._library.catalogue.get(lesson_id) if self._library else None
        return lesson.title.get(lang) if lesson else lesson_id

    def overview(
        self, sort_by: str = "name", descending: bool = False, where: DashboardFilter | None = None
    ) -> list[LearnerOverview]:
        """The dashboard's rows (see ``domain.dashboard`` for the sort keys and the filter)."""
        return sort_and_filter(self._repo.overview(self.lesson_tiers()), sort_by, descending, where)

    def class_by_tier(self, rows: list[LearnerOverview] | None = None) -> list[TierShare]:
        """The class chart: per tier, learners with none, some or all of its lessons mastered
        (over ``rows``, e.g. the filtered list; default: everyone not archived)."""
        return class_by_tier(rows if rows is not None else self.overview())

    def learner_page(self, learner_id: str) -> LearnerPage | None:
        learner = self._roster.get(learner_id)
        if learner is None:
            return None
        (summary,) = self._repo.overview(self.lesson_tiers(), learner_id)
        done = {a.lesson_id: a for a in self._repo.lessons_of(learner_id)}
        lessons = [done.pop(i, _not_started(i)) for i in self.lesson_tiers()]
        return LearnerPage(
            learner,
            summary,
            (*lessons, *done.values()),
            tuple(self._tutors.sign_offs(learner_id)),
            tuple(self._repo.open_help(learner_id)),
        )

    def steps(self, learner_id: str, lesson_id: str) -> list[StepActivity]:
        """Tries, wrong tries and time per step of one lesson (the learner's page, opened up)."""
        return self._repo.steps_of(learner_id, lesson_id)

    def weekly(self, learner_id: str) -> list[WeekPoint]:
        """The learner's chart: per week (Monday, centre time) minutes on task and lessons mastered
        so far; weeks without activity in between are included with 0 minutes."""
        tries, mastered = self._repo.activity(learner_id)
        return weekly_points(tries, mastered, self.tz)

    def open_help(self) -> list[OpenHelp]:
        """Open "Help me" requests with learner, lesson and step; longest waiting first."""
        return self._repo.open_help()

    def resolve_help(self, request_id: str, tutor_id: str) -> HelpRequest:
        """Mark a help request done (by this tutor); marking it twice keeps the first."""
        return self._help.resolve(request_id, tutor_id)


def _not_started(lesson_id: str) -> LessonActivity:
    return LessonActivity(lesson_id, NOT_STARTED, None, None, 0, 0, 0, 0, 0, None, None)
