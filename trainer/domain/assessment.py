"""What a run of a lesson proves: the quiz on first tries, and every practical step passed.

A lesson is mastered when, in one run, its quiz score on first tries reaches the lesson's threshold
**and** each practical step (a drill or a simulated app) was passed:

- a simulation is passed when all its tasks were done without taking a trap (paying the scammer,
  opening the fake link); "Practise again" and doing it right afterwards passes it;
- a drill is passed when all its rounds were done with at least ``DRILL_ACCURACY`` of the tries right
  (the drill's own tolerances decide what a right try is: the double-click interval, the drop area...).

A practical step with no try in the run was skipped. The rule in force (threshold, which steps count,
the lesson's version) goes with the progress record (``MasteryRule.to_json``), so a later change to a
lesson never changes what an earlier mastery meant. Tutor-observed steps (``own-phone``) are evidence
for a tutor's sign-off, not part of the rule: a learner alone at home can still master a lesson.
Pure rules: no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from trainer.domain.lessons import Lesson, Mastery, mastery

RULE_VERSION = 2  # 1: the quiz alone (before practical steps counted)
PRACTICAL_KINDS = ("practice", "simulation")
DRILL_ACCURACY = 0.5
QUIZ_SCORING = "first-try"

PASSED, TRAP, NOT_YET, SKIPPED = "passed", "trap", "not-yet", "skipped"


@dataclass(frozen=True)
class MasteryRule:
    """The rule a lesson is mastered by, as it was when the learner did it."""

    lesson_version: int
    threshold: float
    quizzes: tuple[str, ...]
    practical: tuple[str, ...]
    drill_accuracy: float = DRILL_ACCURACY
    version: int = RULE_VERSION

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.version,
            "lesson_version": self.lesson_version,
            "threshold": self.threshold,
            "quiz_scoring": QUIZ_SCORING,
            "quizzes": list(self.quizzes),
            "practical": list(self.practical),
            "drill_accuracy": self.drill_accuracy,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MasteryRule:
        return cls(
            lesson_version=int(data["lesson_version"]),
            threshold=float(data["threshold"]),
            quizzes=tuple(data.get("quizzes", ())),
            practical=tuple(data.get("practical", ())),
            drill_accuracy=float(data.get("drill_accuracy", DRILL_ACCURACY)),
            version=int(data.get("rule", RULE_VERSION)),
        )


def rule_for(lesson: Lesson) -> MasteryRule:
    return MasteryRule(
        lesson_version=lesson.version,
        threshold=lesson.mastery,
        quizzes=tuple(q.id for q in lesson.quizzes),
        practical=practical_steps(lesson),
    )


def practical_steps(lesson: Lesson) -> tuple[str, ...]:
    return tuple(s.id for s in lesson.steps if s.kind in PRACTICAL_KINDS)


@dataclass(frozen=True)
class PracticalResult:
    step_id: str
    kind: str  # "practice" or "simulation"
    status: str  # PASSED, TRAP, NOT_YET or SKIPPED

    @property
    def passed(self) -> bool:
        return self.status == PASSED


@dataclass(frozen=True)
class LessonResult:
    """One run's outcome. ``score``, ``threshold``, ``answered`` and ``total`` are the quiz's."""

    score: float
    threshold: float
    answered: int
    total: int
    practical: tuple[PracticalResult, ...]
    rule: MasteryRule

    @property
    def quiz_passed(self) -> bool:
        return Mastery(self.score, self.threshold, self.answered, self.total).passed

    @property
    def passed(self) -> bool:
        return self.quiz_passed and all(p.passed for p in self.practical)

    @property
    def to_practise(self) -> tuple[PracticalResult, ...]:
        """The practical steps still to do right, in lesson order."""
        return tuple(p for p in self.practical if not p.passed)


def _payload(attempt: Any) -> Mapping[str, Any]:
    answer = attempt.answer
    return answer if isinstance(answer, Mapping) else {}


def drill_passed(payload: Mapping[str, Any], accuracy: float = DRILL_ACCURACY) -> bool:
    """One drill try's record: were all rounds done, with enough of the tries right?"""
    data = payload.get("data")
    if not isinstance(data, Mapping):
        return False
    try:
        done, rounds, acc = int(data["done"]), int(data["rounds"]), float(data["accuracy"])
    except (KeyError, TypeError, ValueError):
        return False
    return rounds > 0 and done >= rounds and acc + 1e-9 >= accuracy


def simulation_passed(payload: Mapping[str, Any]) -> bool:
    data = payload.get("data")
    return isinstance(data, Mapping) and data.get("passed") is True


def practical_result(step_id: str, kind: str, attempts: Sequence[Any], rule: MasteryRule) -> PracticalResult:
    """``attempts``: this run's tries at this step, oldest first."""
    if not attempts:
        return PracticalResult(step_id, kind, SKIPPED)
    payloads = [_payload(a) for a in attempts]
    if kind == "simulation":
        if any(simulation_passed(p) for p in payloads):
            return PracticalResult(step_id, kind, PASSED)
        trapped = any(p.get("result") == "trap" for p in payloads)
        return PracticalResult(step_id, kind, TRAP if trapped else NOT_YET)
    if any(drill_passed(p, rule.drill_accuracy) for p in payloads):
        return PracticalResult(step_id, kind, PASSED)
    return PracticalResult(step_id, kind, NOT_YET)


def judge_run(lesson: Lesson, attempts: Iterable[Any], quiz_scores: Mapping[str, float]) -> LessonResult:
    """The run's outcome from its attempts (``step_id``, ``answer``) and its quizzes' first-try scores."""
    rule = rule_for(lesson)
    quiz: Mastery = mastery(lesson, quiz_scores)
    by_step: dict[str, list[Any]] = {}
    for a in sorted(attempts, key=lambda a: a.created_at):
        by_step.setdefault(a.step_id, []).append(a)
    practical = tuple(
        practical_result(s.id, s.kind, by_step.get(s.id, []), rule)
        for s in lesson.steps
        if s.kind in PRACTICAL_KINDS
    )
    return LessonResult(quiz.score, quiz.threshold, quiz.answered, quiz.total, practical, rule)


# How a certificate's skills were assessed (codes in the credential, words on the paper)
QUIZ_FIRST_TRY, PRACTICAL_SIMULATION, TUTOR_OBSERVATION = (
    "quiz-first-try",
    "practical-simulation",
    "tutor-observation",
)
METHODS = (QUIZ_FIRST_TRY, PRACTICAL_SIMULATION, TUTOR_OBSERVATION)
METHOD_NAMES: dict[str, tuple[str, str]] = {  # (zh_CN, en)
    QUIZ_FIRST_TRY: ("测验（只计第一次作答）", "quizzes, first tries only"),
    PRACTICAL_SIMULATION: ("模拟应用中的实际操作", "practical tasks in simulated apps"),
    TUTOR_OBSERVATION: ("辅导员当面观察", "observation by a tutor"),
}


def methods_of_rule(rule: Mapping[str, Any] | None) -> tuple[str, ...]:
    """How a lesson was assessed under the rule its mastery was judged by. No rule kept: mastered
    before rules were kept (schema v4), when the quiz alone counted."""
    if rule is None:
        return (QUIZ_FIRST_TRY,)
    out = [QUIZ_FIRST_TRY] if rule.get("quizzes") else []
    if rule.get("practical"):
        out.append(PRACTICAL_SIMULATION)
    return tuple(out)


def ordered_methods(methods: Iterable[str]) -> tuple[str, ...]:
    found = set(methods)
    return tuple(m for m in METHODS if m in found)
