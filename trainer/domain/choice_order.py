"""The order in which a quiz's choices are shown, and the balance of right answers in a lesson file
(their places, and their lengths: the right answer must not be the longest, the middle or the shortest
one by habit).

A learner who never reads must not do well by always pressing the same place. So choices are shown in
a shuffled order for each run of a lesson (seeded: a resumed run shows the same order again), and the
order written in the lesson file is kept balanced too: it is the order of the file's reviewers, of
printed copies and of any player that does not shuffle. Pure functions: no Qt, no SQL.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from trainer.domain.lessons import Lesson, QuizStep

SHUFFLED = ("single", "multiple")  # true/false keeps True before False; order questions shuffle apart


def run_seed(learner_id: str, lesson_id: str, version: int, started: str) -> str:
    """One seed per run of a lesson: ``started`` is the run's start time as stored (ISO text)."""
    return f"{learner_id}/{lesson_id}/{version}/{started}"


def shown_order(step: QuizStep, seed: str) -> tuple[str, ...]:
    """The choice ids in the order this run shows them.

    single and multiple: a shuffle seeded by the run and the step, so each run differs and a resumed
    run (or a second try) shows the same order. truefalse: True, then False, always (a learner looks
    for them there). order: a shuffle that is never already the right order.
    """
    ids = [c.id for c in step.choices]
    if step.question == "truefalse" or len(ids) < 2:
        return tuple(ids)
    rng = random.Random(f"{seed}/{step.id}")
    shuffled = ids[:]
    rng.shuffle(shuffled)
    if step.question == "order":
        while shuffled == ids:
            rng.shuffle(shuffled)
    return tuple(shuffled)


def right_positions(step: QuizStep, order: Sequence[str] | None = None) -> frozenset[int]:
    """Where the right answers sit (0 = first) in ``order`` (default: as written in the file).
    Order questions have no right place to guess, so none."""
    if step.question == "order":
        return frozenset()
    ids = list(order) if order is not None else [c.id for c in step.choices]
    right = {c.id for c in step.choices if c.correct}
    return frozenset(i for i, cid in enumerate(ids) if cid in right)


@dataclass(frozen=True)
class Crowding:
    """Right answers that sit in one position too often: ``count`` of ``total`` questions."""

    position: int  # 0 = first
    count: int
    total: int


MIN_QUESTIONS = 2  # one question alone is always "in the same place"


def crowded_position(lesson: Lesson) -> Crowding | None:
    """The position holding a right answer in more than half of the lesson's questions (single,
    multiple, true/false as written), or None when the answers are spread out."""
    questions = [q for q in lesson.quizzes if q.question != "order"]
    if len(questions) < MIN_QUESTIONS:
        return None
    counts = Counter(p for q in questions for p in right_positions(q))
    if not counts:
        return None
    position, count = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return Crowding(position, count, len(questions)) if count * 2 > len(questions) else None


@dataclass(frozen=True)
class Giveaway:
    """The right answer holds one place by length (``place``: "longest", "second longest", ...,
    "shortest") in ``count`` of ``total`` single-choice questions, in ``language``: a learner who picks
    by length instead of reading (the longest answer, the middle one, the shortest) would pass."""

    language: str
    place: str
    count: int
    total: int


ORDINAL_WORDS = ("second", "third", "fourth", "fifth", "sixth")


def length_place(step: QuizStep, language: str) -> str | None:
    """Where the one right answer stands by length (characters) among the choices in ``language``:
    "longest", "second longest", ..., "shortest"; None when a wrong answer is exactly as long (a tie
    tells nothing) or the question has several right answers."""
    lengths = [len(c.label.get(language)) for c in step.choices]
    right = [n for n, c in zip(lengths, step.choices, strict=True) if c.correct]
    if len(right) != 1 or lengths.count(right[0]) > 1:
        return None
    longer = sum(1 for n in lengths if n > right[0])
    if longer == 0:
        return "longest"
    if longer == len(lengths) - 1:
        return "shortest"
    return f"{ORDINAL_WORDS[min(longer, len(ORDINAL_WORDS)) - 1]} longest"


def single_questions(lesson: Lesson, language: str) -> list[QuizStep]:
    """The lesson's single-choice questions (two or more choices) that a learner in ``language`` meets."""
    only = dict(lesson.step_languages)  # steps shown in some languages only
    return [
        q
        for q in lesson.quizzes
        if q.question == "single" and len(q.choices) >= 2 and language in only.get(q.id, (language,))
    ]


def length_giveaway(lesson: Lesson, language: str) -> Giveaway | None:
    """One place by length holds the right answer in more than half of the lesson's single-choice
    questions shown in ``language`` (two or more of them), or None."""
    questions = single_questions(lesson, language)
    if len(questions) < MIN_QUESTIONS:
        return None
    places = Counter(p for q in questions if (p := length_place(q, language)) is not None)
    if not places:
        return None
    place, count = min(places.items(), key=lambda kv: (-kv[1], kv[0]))
    return Giveaway(language, place, count, len(questions)) if count * 2 > len(questions) else None


def balanced_orders(lesson: Lesson) -> dict[str, tuple[str, ...]]:
    """New file orders for the single and multiple questions that spread the right answers over the
    positions (true/false stays as it is). Right and wrong choices each keep their relative order, so
    the change to a file is as small as it can be. Questions already well placed are left alone when
    the lesson is balanced already."""
    if crowded_position(lesson) is None:
        return {}
    questions = [q for q in lesson.quizzes if q.question != "order"]
    counts: Counter[int] = Counter()
    for q in questions:
        if q.question not in SHUFFLED:
            counts.update(right_positions(q))
    out: dict[str, tuple[str, ...]] = {}
    movable = [q for q in questions if q.question in SHUFFLED]
    offset = sum(map(ord, lesson.id))  # lessons start their rotation in different places
    for n, q in enumerate(movable):
        k = sum(1 for c in q.choices if c.correct)
        size = len(q.choices)
        best = min(
            _placements(size, k),
            key=lambda places: (
                max(counts[p] + 1 for p in places),
                (min(places) - n - offset) % size,  # a different first place for each question
                sum(counts[p] for p in places),
            ),
        )
        counts.update(best)
        right = [c.id for c in q.choices if c.correct]
        wrong = [c.id for c in q.choices if not c.correct]
        order = [right.pop(0) if i in best else wrong.pop(0) for i in range(size)]
        if order != [c.id for c in q.choices]:
            out[q.id] = tuple(order)
    return out


def _placements(size: int, k: int) -> list[tuple[int, ...]]:
    from itertools import combinations

    return list(combinations(range(size), k))
