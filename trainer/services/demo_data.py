"""Generating demo learners and their history: realistic names, ages, weeks of lessons with right
and wrong tries, pauses, a few learners stuck or asking for help, and tutors' sign-offs.

Deterministic for a seed. Two shapes: ``realistic`` (each learner at their own pace) and the
benchmark's fixed shape (every learner, every lesson, exactly N tries).
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from trainer.domain.learner import AVATARS
from trainer.domain.progress import IN_PROGRESS, MASTERED
from trainer.services.learners import colour_for
from trainer.storage.demo import DemoAttempt, DemoHelp, DemoLearner, DemoProgress, DemoSignOff, demo_id

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN_F = (
    "秀英",
    "桂兰",
    "淑珍",
    "玉梅",
    "丽华",
    "秀兰",
    "美玲",
    "桂芳",
    "淑英",
    "秋菊",
    "玉兰",
    "春燕",
    "凤英",
)
GIVEN_M = (
    "建国",
    "志强",
    "德明",
    "建华",
    "国庆",
    "文华",
    "志刚",
    "国栋",
    "春生",
    "卫东",
    "建军",
    "永福",
    "振华",
)
FIRST_F = ("Margaret", "Patricia", "Dorothy", "Helen", "Joan", "Barbara", "Eileen", "Mary", "Sheila", "Jean")
FIRST_M = ("John", "Robert", "Peter", "David", "Michael", "Brian", "Kenneth", "George", "Alan", "Frank")
LAST = ("Smith", "Jones", "Evans", "O'Brien", "Taylor", "Brown", "Wilson", "Murphy", "Davies", "Walsh")
NOTES = ("能自己开机、关机", "Did every task without help", "打字慢但很准确", "Needed one reminder", None)


@dataclass(frozen=True)
class DemoLesson:
    id: str
    tier: str
    steps: tuple[str, ...]  # the steps that record tries (quizzes and practice)


@dataclass
class DemoRows:
    learners: list[DemoLearner] = field(default_factory=list)
    progress: list[DemoProgress] = field(default_factory=list)
    attempts: list[DemoAttempt] = field(default_factory=list)
    help: list[DemoHelp] = field(default_factory=list)
    sign_offs: list[DemoSignOff] = field(default_factory=list)


def person(n: int, rng: random.Random, this_year: int) -> tuple[str, str, int | None, str | None]:
    """(name, language, birth year, gender) of the n-th demo learner; about one in five English."""
    female = rng.random() < 0.6
    gender = ("female" if female else "male") if rng.random() < 0.9 else None
    year = rng.choice(range(this_year - 88, this_year - 55)) if rng.random() < 0.85 else None
    if n % 5 == 4:
        first = rng.choice(FIRST_F if female else FIRST_M)
        return f"{first} {rng.choice(LAST)}", "en", year, gender
    return rng.choice(SURNAMES) + rng.choice(GIVEN_F if female else GIVEN_M), "zh_CN", year, gender


def generate(
    lessons: Sequence[DemoLesson],
    count: int,
    now: datetime,
    tutor: tuple[str, str],
    seed: int = 7,
    tries_per_lesson: int | None = None,
) -> DemoRows:
    rows = DemoRows()
    used: set[str] = set()
    for n in range(count):
        rng = random.Random(seed * 100_003 + n)
        for _ in range(20):  # different names where we can (a big benchmark class repeats some)
            name, language, year, gender = person(n, rng, now.year)
            if name not in used:
                break
        used.add(name)
        learner_id = demo_id(1, n)
        start = now - timedelta(days=rng.randrange(7, 84), hours=rng.randrange(0, 6))
        avatar = AVATARS[n % len(AVATARS)]
        if tries_per_lesson is None:
            last = _realistic(rows, learner_id, lessons, rng, start, now, tutor, n)
        else:
            last = _fixed(rows, learner_id, lessons, rng, start, now, tries_per_lesson)
        rows.learners.append(
            DemoLearner(learner_id, name, avatar, colour_for(avatar), language, start, last, year, gender)
        )
    return rows


def _try(rows: DemoRows, who: str, lesson: str, step: str, ok: bool, at: datetime, rng: random.Random) -> int:
    pause = rng.random() < 0.02
    ms = (
        rng.randrange(6 * 60_000, 20 * 60_000)
        if pause
        else rng.randrange(4_000, 30_000 if not ok else 75_000)
    )
    answer = json.dumps({"choice": rng.choice("abcd"), "score": 1.0 if ok else 0.0})
    rows.attempts.append(DemoAttempt(who, lesson, step, answer, ok, ms, at))
    return ms


def _realistic(rows, who, lessons, rng, start, now, tutor, n) -> datetime | None:
    """Sessions every few days from ``start``, a lesson or two each, step by step. Every tenth
    learner gets stuck on their third lesson (and asks for help); every twelfth is slow on a step."""
    skill = rng.uniform(0.55, 0.95)
    stops = now - timedelta(days=rng.randrange(10, 20)) if n % 7 == 5 else now
    stuck, slow = n % 10 == 3, n % 12 == 7
    at, index, last = start, 0, None
    mastered_basic: list[str] = []
    while at < stops and index < len(lessons):
        lesson = lessons[index]
        begun = at
        stuck_here = stuck and index == 2
        for step in lesson.steps:
            wrong = 0
            while wrong < 4 and rng.random() > skill:
                wrong += 1
            if stuck_here:
                wrong = 6  # the dashboard flags this learner: many wrong tries on one step
            for _ in range(wrong):
                at += timedelta(milliseconds=_try(rows, who, lesson.id, step, False, at, rng) + 3000)
            if stuck_here:
                break
            at += timedelta(milliseconds=_try(rows, who, lesson.id, step, True, at, rng) + 5000)
        last = at
        if stuck_here:
            rows.progress.append(
                DemoProgress(who, lesson.id, IN_PROGRESS, lesson.steps[0], None, begun, at, None)
            )
            rows.help.append(DemoHelp(who, lesson.id, lesson.steps[0], at, None, None))
            return last
        rows.progress.append(DemoProgress(who, lesson.id, MASTERED, None, round(skill, 2), begun, at, at))
        if lesson.tier == "basic":
            mastered_basic.append(lesson.id)
        index += 1
        if rng.random() < 0.75:  # the session ends; the next one is a few days later
            at += timedelta(days=rng.randrange(3, 10), minutes=rng.randrange(-120, 120))
        else:
            at += timedelta(minutes=rng.randrange(2, 10))
    if index < len(lessons) and lessons[index].steps and last is not None:
        lesson = lessons[index]
        if slow:  # three long tries of about four minutes on the step they are on: "a long time"
            for _ in range(3):
                rows.attempts.append(
                    DemoAttempt(who, lesson.id, lesson.steps[0], "null", None, 245_000, last)
                )
                last += timedelta(minutes=4, seconds=10)
        rows.progress.append(
            DemoProgress(who, lesson.id, IN_PROGRESS, lesson.steps[0], None, last, last, None)
        )
        if rng.random() < 0.1:
            resolved = last + timedelta(minutes=4) if rng.random() < 0.5 else None
            rows.help.append(
                DemoHelp(who, lesson.id, lesson.steps[0], last, resolved, tutor[0] if resolved else None)
            )
    basics = [x.id for x in lessons if x.tier == "basic"]
    if basics and mastered_basic == basics and skill > 0.7 and last is not None:
        rows.sign_offs.append(
            DemoSignOff(who, "basic", None, *tutor, rng.choice(NOTES), last + timedelta(days=1))
        )
    return last


def _fixed(rows, who, lessons, rng, start, now, tries) -> datetime:
    """The benchmark's shape: every lesson, exactly ``tries`` tries, half of the lessons mastered."""
    span = (now - start) / max(1, len(lessons))
    last = start
    for k, lesson in enumerate(lessons):
        at = start + span * k
        for t in range(tries):
            ok = rng.random() < 0.8
            step = lesson.steps[t % len(lesson.steps)]
            at += timedelta(milliseconds=_try(rows, who, lesson.id, step, ok, at, rng) + 2000)
        done = rng.random() < 0.5
        rows.progress.append(
            DemoProgress(
                who,
                lesson.id,
                MASTERED if done else IN_PROGRESS,
                None if done else lesson.steps[0],
                0.9 if done else None,
                start + span * k,
                at,
                at if done else None,
            )
        )
        last = at
    return min(last, now)
