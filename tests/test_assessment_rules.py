"""The pure rules of a run's outcome: quiz on first tries AND every practical step passed; drill
tolerance; what counts as a trap or a skip; the rule kept with the progress record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from trainer.content.loader import load_packs
from trainer.domain.assessment import NOT_YET, PASSED, SKIPPED, TRAP, MasteryRule, rule_for
from trainer.domain.progress import run_mastery

PACK = Path(__file__).resolve().parent / "fixtures" / "assessment_pack"
T0 = datetime(2026, 1, 5, 9, tzinfo=UTC)


@dataclass(frozen=True)
class Try:
    step_id: str
    answer: object
    correct: bool | None
    created_at: datetime
    duration_ms: int = 1000
    lesson_id: str = "safe-pay"


def lesson():
    return load_packs([PACK]).lessons[0]


def quizzes_right(n: int = 0) -> list[Try]:
    return [Try(q, {"score": 1.0}, True, T0 + timedelta(seconds=n + i)) for i, q in enumerate(
        ("who-gets-it", "code-safe", "scam-signs"))]  # fmt: skip


def sim(result: str, passed: bool, at: int) -> Try:
    return Try(
        "scam-pay",
        {"result": result, "data": {"passed": passed}},
        result == "right",
        T0 + timedelta(seconds=at),
    )


def drill(done: int, rounds: int, accuracy: float, at: int) -> Try:
    data = {"done": done, "rounds": rounds, "accuracy": accuracy}
    return Try("keys", {"drill": "keys", "data": data}, True, T0 + timedelta(seconds=at))


def test_quiz_and_every_practical_step_are_needed():
    x = lesson()
    good = [*quizzes_right(), sim("right", True, 10), drill(2, 2, 1.0, 20)]
    assert run_mastery(x, good).passed
    assert not run_mastery(x, good[1:]).passed  # a quiz left out counts 0
    r = run_mastery(x, [*quizzes_right(), drill(2, 2, 1.0, 20)])
    assert (
        r.quiz_passed
        and not r.passed
        and [(p.step_id, p.status) for p in r.to_practise] == [("scam-pay", SKIPPED)]
    )


def test_a_trap_fails_the_simulation_until_a_later_go_passes_it():
    x = lesson()
    trapped = [*quizzes_right(), sim("trap", False, 10), sim("right", False, 11), drill(2, 2, 1.0, 20)]
    assert [p.status for p in run_mastery(x, trapped).practical] == [TRAP, PASSED]
    again = [*trapped, sim("right", True, 30)]  # "Practise again", done right
    assert run_mastery(x, again).passed
    unfinished = [*quizzes_right(), sim("miss", False, 10), drill(2, 2, 1.0, 20)]
    assert run_mastery(x, unfinished).practical[0].status == NOT_YET


def test_a_drill_passes_when_all_rounds_are_done_within_tolerance():
    x = lesson()
    base = [*quizzes_right(), sim("right", True, 10)]
    assert run_mastery(x, [*base, drill(2, 2, 0.5, 20)]).passed  # half the tries right is enough
    assert not run_mastery(x, [*base, drill(2, 2, 0.4, 20)]).passed  # flailing is not
    assert not run_mastery(x, [*base, drill(1, 2, 1.0, 20)]).passed  # not finished
    assert run_mastery(x, [*base, drill(2, 2, 0.4, 20), drill(2, 2, 0.67, 40)]).passed  # practised again


def test_the_rule_round_trips_and_names_what_counts():
    x = lesson()
    rule = rule_for(x)
    assert rule.practical == ("scam-pay", "keys") and rule.quizzes == (
        "who-gets-it",
        "code-safe",
        "scam-signs",
    )
    assert MasteryRule.from_json(rule.to_json()) == rule
    assert rule.to_json()["lesson_version"] == 2 and rule.to_json()["threshold"] == 0.8


def test_the_record_keeps_the_rule_it_was_mastered_by(paths):
    from trainer.storage.db import Database
    from trainer.storage.progress import LessonProgressRepository
    from trainer.storage.repositories import LearnerRepository

    db = Database.open(paths)
    try:
        learner = LearnerRepository(db).create("Ann", "sun", "#174A86", "en")
        repo = LessonProgressRepository(db)
        first = rule_for(lesson()).to_json()
        repo.start(learner.id, "safe-pay", 2, "intro", T0)
        repo.finish(learner.id, "safe-pay", 0.5, False, T0 + timedelta(minutes=1), rule=first)
        assert repo.get(learner.id, "safe-pay").mastery_rule == first  # not mastered: the latest run's rule
        repo.start(learner.id, "safe-pay", 2, "intro", T0 + timedelta(minutes=2))
        repo.finish(learner.id, "safe-pay", 1.0, True, T0 + timedelta(minutes=3), rule=first)
        later = {**first, "lesson_version": 3, "threshold": 0.9}
        repo.start(learner.id, "safe-pay", 3, "intro", T0 + timedelta(minutes=4))
        repo.finish(learner.id, "safe-pay", 0.2, False, T0 + timedelta(minutes=5), rule=later)
        kept = repo.get(learner.id, "safe-pay")
        assert kept.mastered and kept.mastery_rule == first  # what the mastery meant stays as it was
    finally:
        db.close()


def test_the_certificates_claim_the_levels_the_pack_documents():
    from trainer.domain.certificates import TIER_LEVELS

    pack = load_packs([Path(__file__).resolve().parents[1] / "lessons"]).packs[0]
    assert (
        {t.tier: t.level for t in pack.tiers}
        == TIER_LEVELS
        == {"basic": "1", "intermediate": "2", "advanced": "3"}
    )
    assert all("Why level" in t.level_reasoning for t in pack.tiers)
