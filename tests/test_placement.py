from __future__ import annotations

from trainer.domain.placement import suggest_tier, tier_scores

QUESTIONS = ["basic-1", "basic-2", "basic-3", "intermediate-1", "intermediate-2", "advanced-1", "advanced-2"]


def test_weak_basics_suggest_basic():
    assert suggest_tier({"basic-1": 1, "basic-2": 0, "basic-3": 0}, QUESTIONS) == "basic"


def test_good_basics_weak_everyday_suggest_intermediate():
    scores = {"basic-1": 1, "basic-2": 1, "basic-3": 0, "intermediate-1": 0, "intermediate-2": 1}
    assert suggest_tier(scores, QUESTIONS) == "intermediate"


def test_all_good_suggest_advanced():
    assert suggest_tier(dict.fromkeys(QUESTIONS, 1.0), QUESTIONS) == "advanced"


def test_unanswered_count_as_zero_and_other_steps_are_ignored():
    assert suggest_tier({"welcome": 1.0}, QUESTIONS) == "basic"
    assert tier_scores({"welcome": 1.0, "basic-1": 0.5}) == {"basic": 0.5}
