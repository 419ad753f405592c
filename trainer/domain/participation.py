"""The anonymised participation summary for the centre's reporting: no names, no ids.

Per learner only three facts are used: the tier reached (the highest tier in which they have
mastered at least one lesson, else ``none``), their hours of time on task, and (where recorded)
their age band and gender. The summary gives totals and three separate breakdowns (by tier
reached, by age band, by gender), never a cross-table: in a small centre a cell such as
"80+, male, advanced" could point at one person. Archived learners count (they took part).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from trainer.domain.roster import AGE_BANDS, GENDERS
from trainer.domain.tiers import TIERS, TierProgress

TIERS_REACHED = ("none", *TIERS)
GENDER_KEYS = (*GENDERS, "not-recorded")


def tier_reached(tiers: Sequence[TierProgress]) -> str:
    reached = "none"
    for t in tiers:
        if t.mastered and TIERS_REACHED.index(t.tier) > TIERS_REACHED.index(reached):
            reached = t.tier
    return reached


@dataclass(frozen=True)
class Participant:
    tier_reached: str
    hours: float
    age_band: str
    gender: str  # one of GENDER_KEYS


@dataclass(frozen=True)
class Group:
    key: str
    learners: int
    hours: float


@dataclass(frozen=True)
class Summary:
    learners: int
    hours: float
    active_learners: int  # with any time on task
    by_tier: tuple[Group, ...]
    by_age_band: tuple[Group, ...]
    by_gender: tuple[Group, ...]


def summarise(people: Iterable[Participant]) -> Summary:
    people = list(people)

    def groups(keys: Sequence[str], attr: str) -> tuple[Group, ...]:
        return tuple(
            Group(
                k,
                sum(1 for p in people if getattr(p, attr) == k),
                round(float(sum(p.hours for p in people if getattr(p, attr) == k)), 1),
            )
            for k in keys
        )

    return Summary(
        learners=len(people),
        hours=round(float(sum(p.hours for p in people)), 1),
        active_learners=sum(1 for p in people if p.hours > 0),
        by_tier=groups(TIERS_REACHED, "tier_reached"),
        by_age_band=groups(AGE_BANDS, "age_band"),
        by_gender=groups(GENDER_KEYS, "gender"),
    )
