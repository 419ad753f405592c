"""What goes into each report, as plain data gathered from the dashboard and the roster; the
writers (PDF, CSV, JSON) only lay it out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from trainer.domain.dashboard import DashboardFilter, LearnerOverview
from trainer.domain.participation import Participant, Summary, summarise, tier_reached
from trainer.domain.progress import IN_PROGRESS, MASTERED
from trainer.domain.roster import GENDERS, RosterLearner, age_band
from trainer.domain.tiers import TierProgress
from trainer.domain.tutoring import Centre


@dataclass(frozen=True)
class SignOffLine:
    tier: str | None
    lesson_title: str | None
    tutor_name: str
    at: datetime
    note: str | None


@dataclass(frozen=True)
class LearnerReport:
    centre: Centre | None
    learner: RosterLearner
    language: str
    tiers: tuple[TierProgress, ...]
    mastered: tuple[tuple[str, datetime | None], ...]  # (lesson title, when), in teaching order
    in_progress: tuple[str, ...]
    time_ms: int
    sign_offs: tuple[SignOffLine, ...]
    made_at: datetime


@dataclass(frozen=True)
class ClassReport:
    centre: Centre | None
    rows: tuple[LearnerOverview, ...]
    made_at: datetime


def learner_report(dashboard, centre: Centre | None, learner_id: str, language: str | None, now: datetime):
    """The take-home report's content, in ``language`` (default: the learner's own)."""
    page = dashboard.learner_page(learner_id)
    if page is None:
        return None
    lang = language or page.learner.language
    mastered = tuple(
        (dashboard.lesson_title(x.lesson_id, lang), x.mastered_at)
        for x in page.lessons
        if x.status == MASTERED
    )
    started = tuple(
        dashboard.lesson_title(x.lesson_id, lang)
        for x in page.lessons
        if x.status == IN_PROGRESS and x.lesson_id in dashboard.lesson_tiers()
    )
    sign_offs = tuple(
        SignOffLine(
            s.tier,
            dashboard.lesson_title(s.lesson_id, lang) if s.lesson_id else None,
            s.tutor_name,
            s.created_at,
            s.note,
        )
        for s in page.sign_offs
    )
    return LearnerReport(
        centre,
        page.learner,
        lang,
        page.summary.tiers,
        mastered,
        started,
        page.summary.time_ms,
        sign_offs,
        now,
    )


def class_report(
    dashboard, centre: Centre | None, now: datetime, where: DashboardFilter | None = None
) -> ClassReport:
    return ClassReport(centre, tuple(dashboard.overview("name", where=where)), now)


def participation(rows: list[LearnerOverview], roster: list[RosterLearner], now: datetime) -> Summary:
    """The anonymised summary over everyone on the roster (archived learners took part too)."""
    details = {x.id: x for x in roster}
    people = []
    for o in rows:
        who = details.get(o.learner_id)
        gender = who.gender if who is not None and who.gender in GENDERS else "not-recorded"
        people.append(
            Participant(
                tier_reached(o.tiers),
                o.time_ms / 3_600_000,
                age_band(who.birth_year if who else None, now),
                gender or "not-recorded",
            )
        )
    return summarise(people)
