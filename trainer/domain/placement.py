"""The optional placement check: which tier to suggest from the answers and the hands-on tasks.
Pure rules.

The check is the lesson ``placement-check``: short practical tasks (a click, a double-click, a drag,
typing a word: its practice steps) and questions whose ids start with the tier they check (``basic-…``,
``intermediate-…``, ``advanced-…``). A task not done well means the basic tier: that is where the
mouse and the keyboard are learnt. Otherwise the suggestion is the first tier whose questions the
learner did not answer well (at least 2 in 3 right), or advanced when all went well. The advice says
why. It is only a suggestion: the learner can always choose freely.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from trainer.domain.tiers import TIERS

PLACEMENT_ID = "placement-check"
GOOD_ENOUGH = 2 / 3


def tier_of(step_id: str) -> str | None:
    prefix = step_id.split("-", 1)[0]
    return prefix if prefix in TIERS else None


def tier_scores(scores: Mapping[str, float]) -> dict[str, float]:
    """The average first-try score of each tier's questions (tiers without questions are left out)."""
    by_tier: dict[str, list[float]] = {}
    for step_id, score in scores.items():
        tier = tier_of(step_id)
        if tier:
            by_tier.setdefault(tier, []).append(score)
    return {t: sum(v) / len(v) for t, v in by_tier.items()}


def suggest_tier(scores: Mapping[str, float], question_ids: list[str]) -> str:
    """``scores``: first-try score by question id; unanswered questions count 0."""
    full = {q: scores.get(q, 0.0) for q in question_ids}
    averages = tier_scores(full)
    for tier in TIERS:
        if tier in averages and averages[tier] + 1e-9 < GOOD_ENOUGH:
            return tier
    return TIERS[-1]


# why a tier is suggested
WEAK_TASKS, WEAK_QUESTIONS, ALL_WELL = "tasks", "questions", "all-well"


@dataclass(frozen=True)
class PlacementAdvice:
    tier: str
    reason: str  # WEAK_TASKS, WEAK_QUESTIONS or ALL_WELL
    tasks_done: int  # hands-on tasks done well
    tasks: int
    right: dict[str, tuple[int, int]] = field(default_factory=dict)  # tier -> (right answers, questions)
    weak_tasks: tuple[str, ...] = ()  # step ids of the tasks not done well


def advise(
    scores: Mapping[str, float], question_ids: list[str], tasks: Mapping[str, bool] | None = None
) -> PlacementAdvice:
    """``scores``: first-try score by question id; ``tasks``: each practical task's step id -> done well."""
    tasks = dict(tasks or {})
    full = {q: scores.get(q, 0.0) for q in question_ids}
    right: dict[str, tuple[int, int]] = {}
    for q, score in full.items():
        tier = tier_of(q)
        if tier:
            got, total = right.get(tier, (0, 0))
            right[tier] = (got + (1 if score >= 1 - 1e-9 else 0), total + 1)
    weak = tuple(step for step, ok in tasks.items() if not ok)
    done = len(tasks) - len(weak)
    if weak:
        return PlacementAdvice(TIERS[0], WEAK_TASKS, done, len(tasks), right, weak)
    tier = suggest_tier(scores, question_ids)
    averages = tier_scores(full)
    reason = WEAK_QUESTIONS if tier in averages and averages[tier] + 1e-9 < GOOD_ENOUGH else ALL_WELL
    return PlacementAdvice(tier, reason, done, len(tasks), right)
