"""The tutor dashboard's plain data and rules: one summary per learner, the "may need help" flag,
sorting and filtering, and the series behind the charts. Pure: no Qt, no SQL.

"May need help" (shown as a flag with its reasons, so the tutor knows where to look):

- ``wrong_tries``: 5 or more wrong tries on one step of a lesson the learner has not mastered yet;
- ``stuck``: more than 10 minutes of time on task on one step of a lesson not mastered yet
  (time on task as in ``domain.progress``: a try counts its duration up to 5 minutes, longer is a pause);
- ``asked``: an open "Help me" request.

Mastered lessons are left out on purpose: a struggle the learner has overcome is not a reason to
go over now. The storage layer hands in the worst step's figures over unmastered lessons only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from trainer.domain.tiers import TIERS, TierProgress

WRONG_ON_ONE_STEP = 5
STUCK_ON_ONE_STEP_MS = 10 * 60 * 1000
WRONG_TRIES, STUCK, ASKED = "wrong_tries", "stuck", "asked"


def help_reasons(worst_step_wrong: int, worst_step_time_ms: int, open_help: int) -> tuple[str, ...]:
    """Why a learner may need help (empty: no reason). See the module docstring for the rule."""
    reasons = []
    if worst_step_wrong >= WRONG_ON_ONE_STEP:
        reasons.append(WRONG_TRIES)
    if worst_step_time_ms > STUCK_ON_ONE_STEP_MS:
        reasons.append(STUCK)
    if open_help > 0:
        reasons.append(ASKED)
    return tuple(reasons)


@dataclass(frozen=True)
class LearnerOverview:
    """One line of the dashboard."""

    learner_id: str
    name: str
    language: str
    tiers: tuple[TierProgress, ...]
    mastered: int  # lessons mastered (of the installed ones)
    tries: int
    time_ms: int  # time on task, all lessons
    last_active_at: datetime | None
    open_help: int
    worst_step_wrong: int  # over lessons not mastered yet
    worst_step_time_ms: int
    archived: bool = False
    reasons: tuple[str, ...] = field(default=())

    @property
    def may_need_help(self) -> bool:
        return bool(self.reasons)

    @property
    def progress(self) -> float:
        """Share of all installed lessons mastered, 0..1."""
        total = sum(t.total for t in self.tiers)
        return self.mastered / total if total else 0.0

    def tier(self, tier: str) -> TierProgress:
        return next((t for t in self.tiers if t.tier == tier), TierProgress(tier, 0, 0))


SORT_KEYS: dict[str, Callable[[LearnerOverview], object]] = {
    "name": lambda o: o.name.casefold(),
    "progress": lambda o: (o.progress, o.mastered),
    "time": lambda o: o.time_ms,
    "last_active": lambda o: o.last_active_at.timestamp() if o.last_active_at else float("-inf"),
    "attention": lambda o: (len(o.reasons), o.open_help, o.worst_step_wrong),
    "help": lambda o: o.open_help,
}


@dataclass(frozen=True)
class DashboardFilter:
    """What the tutor narrowed the list to. Empty fields do not filter."""

    text: str = ""  # part of the name, any case
    needs_help: bool = False
    has_open_help: bool = False
    tier: str | None = None  # learners who have mastered at least one lesson of this tier
    include_archived: bool = False

    def accepts(self, o: LearnerOverview) -> bool:
        if o.archived and not self.include_archived:
            return False
        if self.text and self.text.casefold() not in o.name.casefold():
            return False
        if self.needs_help and not o.may_need_help:
            return False
        if self.has_open_help and not o.open_help:
            return False
        return not (self.tier and o.tier(self.tier).mastered == 0)


def sort_and_filter(
    rows: Iterable[LearnerOverview],
    sort_by: str = "name",
    descending: bool = False,
    where: DashboardFilter | None = None,
) -> list[LearnerOverview]:
    """Filter, then sort by ``sort_by`` (one of ``SORT_KEYS``); ties are broken by name."""
    key = SORT_KEYS[sort_by]
    where = where or DashboardFilter()
    kept = sorted((o for o in rows if where.accepts(o)), key=lambda o: (o.name.casefold(), o.learner_id))
    return sorted(kept, key=key, reverse=descending)  # stable: equal keys stay in name order


@dataclass(frozen=True)
class WeekPoint:
    """One week (Monday, UTC) of a learner's chart: lessons mastered so far and minutes that week."""

    week: date
    mastered_total: int
    minutes: float


@dataclass(frozen=True)
class TierShare:
    """The class chart: how many learners have mastered none, some, or all lessons of a tier."""

    tier: str
    none: int
    some: int
    all: int


def class_by_tier(rows: Sequence[LearnerOverview]) -> list[TierShare]:
    out = []
    for tier in TIERS:
        counts = [o.tier(tier) for o in rows]
        done = sum(1 for t in counts if t.total and t.mastered >= t.total)
        some = sum(1 for t in counts if 0 < t.mastered < t.total)
        out.append(TierShare(tier, len(counts) - done - some, some, done))
    return out


@dataclass(frozen=True)
class LessonActivity:
    """One lesson on a learner's page: status, tries and time (from the attempt totals)."""

    lesson_id: str
    status: str
    score: float | None
    mastered_at: datetime | None
    tries: int
    wrong: int
    time_ms: int
    worst_step_wrong: int
    worst_step_time_ms: int
    first_at: datetime | None
    last_at: datetime | None
    # gone through to the end but not mastered (``LessonProgress.finished``): not merely "started"
    finished: bool = False


@dataclass(frozen=True)
class StepActivity:
    step_id: str
    tries: int
    wrong: int
    time_ms: int
    last_at: datetime


@dataclass(frozen=True)
class OpenHelp:
    """An open "Help me" request, with who asked and where."""

    request_id: str
    learner_id: str
    learner_name: str
    lesson_id: str
    step_id: str
    created_at: datetime


def week_start(moment: datetime, tz: tzinfo) -> date:
    """The Monday of ``moment``'s week, in the centre's time zone."""
    local = moment.astimezone(tz).date()
    return local - timedelta(days=local.weekday())


def weekly_points(
    tries: Iterable[tuple[datetime, int]], mastered_at: Iterable[datetime], tz: tzinfo
) -> list[WeekPoint]:
    """One point per week from the first week with any activity to the last, gaps included:
    minutes of time on task that week (``tries`` are (when, counted ms)) and lessons mastered so far."""
    minutes: dict[date, float] = {}
    for when, ms in tries:
        week = week_start(when, tz)
        minutes[week] = minutes.get(week, 0.0) + ms / 60000
    mastered_weeks = sorted(week_start(m, tz) for m in mastered_at)
    weeks = set(minutes) | set(mastered_weeks)
    if not weeks:
        return []
    out, week, last = [], min(weeks), max(weeks)
    while week <= last:
        done = sum(1 for w in mastered_weeks if w <= week)
        out.append(WeekPoint(week, done, round(minutes.get(week, 0.0), 1)))
        week += timedelta(days=7)
    return out
