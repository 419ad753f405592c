"""Progress derived from the attempt log: a lesson's status, its score in the current run, and time
on task (pauses over five minutes are not counted). Pure functions: no Qt, no SQL."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from trainer.domain.assessment import LessonResult, judge_run
from trainer.domain.lessons import Lesson

# "Pauses over five minutes do not count": a try longer than this counts no time on task. The rule
# is this number for Python (here, and the dashboard's week chart) and the same number in the SQL
# trigger that keeps the totals (``storage/migrations/v002_tutoring.py``, frozen): changing it needs a
# new migration that recreates that trigger and recounts the totals
# (``tests/storage/test_attempt_totals.py`` fails until both agree).
IDLE_MS = 5 * 60 * 1000
NOT_STARTED, IN_PROGRESS, MASTERED = "not_started", "in_progress", "mastered"


class AttemptLike(Protocol):
    lesson_id: str
    step_id: str
    answer: object
    correct: bool | None
    duration_ms: int
    created_at: datetime


@dataclass(frozen=True)
class LessonProgress:
    """What the home and lesson lists show for one lesson and one learner."""

    lesson_id: str
    status: str = NOT_STARTED
    current_step_id: str | None = None
    score: float | None = None
    started_at: datetime | None = None
    updated_at: datetime | None = None
    mastered_at: datetime | None = None
    # the rule the status and score were judged by (``MasteryRule.to_json``); None: before schema v4
    mastery_rule: Mapping[str, Any] | None = None

    @property
    def mastered(self) -> bool:
        return self.status == MASTERED

    @property
    def finished(self) -> bool:
        """Gone through to the end (every step done) but not mastered yet: not "started", which is
        what a lesson left in the middle is."""
        return self.status == IN_PROGRESS and self.current_step_id is None and self.score is not None


def attempt_score(attempt: AttemptLike) -> float | None:
    """The 0..1 score an attempt carries (quizzes and drills put it in the answer), else from correct."""
    if isinstance(attempt.answer, dict) and isinstance(attempt.answer.get("score"), int | float):
        return float(attempt.answer["score"])
    if attempt.correct is None:
        return None
    return 1.0 if attempt.correct else 0.0


def first_try_scores(lesson: Lesson, attempts: Iterable[AttemptLike]) -> dict[str, float]:
    """Each quiz's score at its first try in this run: trying again teaches, but does not raise the mark."""
    quiz_ids = {q.id for q in lesson.quizzes}
    scores: dict[str, float] = {}
    for a in sorted(attempts, key=lambda a: a.created_at):
        if a.step_id in quiz_ids and a.step_id not in scores:
            score = attempt_score(a)
            if score is not None:
                scores[a.step_id] = score
    return scores


def run_mastery(lesson: Lesson, attempts_this_run: Sequence[AttemptLike]) -> LessonResult:
    """The run's outcome: quiz on first tries, and every practical step (``trainer.domain.assessment``)."""
    attempts = list(attempts_this_run)
    return judge_run(lesson, attempts, first_try_scores(lesson, attempts))


def time_on_task_ms(attempts: Iterable[AttemptLike], idle_ms: int = IDLE_MS) -> int:
    """Sum of the time spent on each try; a try that took longer than ``idle_ms`` counts as a pause."""
    return sum(a.duration_ms for a in attempts if 0 <= a.duration_ms <= idle_ms)
