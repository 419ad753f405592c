"""The optional placement check: which tier to suggest from the answers. Pure rules.

The check is the lesson ``placement-check``; each question's id starts with the tier it checks
(``basic-…``, ``intermediate-…``, ``advanced-…``). The suggestion is the first tier whose questions the
learner did not answer well (at least 2 in 3 right), or advanced when all went well. It is only a
suggestion: the learner can always choose freely.
"""

from __future__ import annotations

from collections.abc import Mapping

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
