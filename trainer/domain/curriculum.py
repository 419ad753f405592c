"""The curriculum as one learner sees it: the lessons and steps of their language, and the suggested
paths through them (phone first, computer first).

A lesson or a step may be written for some languages only (a pinyin drill is for Chinese learners).
In a learner's view, such lessons and steps are absent, and a prerequisite that is absent is replaced
by its own prerequisites, so an English learner who skips "typing Chinese with pinyin" is asked for
what that lesson asked for (the keyboard) instead. Pure functions: no Qt, no SQL, no files.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import replace

from trainer.domain.lessons import Catalogue, LearningPath, Lesson, sort_key


def bridged_prerequisites(
    lesson_id: str, every: dict[str, Lesson], present: Collection[str]
) -> tuple[str, ...]:
    """The prerequisites of ``lesson_id`` among ``present``, looking through the absent ones.
    ``every`` holds all lessons (present or not); unknown ids are dropped. Order is kept, no repeats."""
    out: list[str] = []
    seen: set[str] = {lesson_id}

    def walk(ids: Iterable[str]) -> None:
        for pid in ids:
            if pid in seen:
                continue
            seen.add(pid)
            if pid in present:
                out.append(pid)
            elif pid in every:
                walk(every[pid].prerequisites)

    walk(every[lesson_id].prerequisites if lesson_id in every else ())
    return tuple(out)


def lesson_in(lesson: Lesson, lang: str) -> Lesson | None:
    """The lesson with only the steps a learner in ``lang`` sees, or None when it is not in ``lang``."""
    if lang not in lesson.languages:
        return None
    if not lesson.step_languages:
        return lesson
    steps = tuple(s for s in lesson.steps if lesson.step_in(s.id, lang))
    return replace(lesson, steps=steps)


def in_language(catalogue: Catalogue, lang: str) -> Catalogue:
    """The catalogue a learner working in ``lang`` sees (see the module's docstring)."""
    every = {x.id: x for x in catalogue.lessons}
    present = {x.id for x in catalogue.lessons if lang in x.languages}
    lessons: list[Lesson] = []
    for x in catalogue.lessons:
        mine = lesson_in(x, lang)
        if mine is None:
            continue
        pre = bridged_prerequisites(x.id, every, present)
        lessons.append(mine if pre == mine.prerequisites else replace(mine, prerequisites=pre))
    packs = tuple(replace(p, lessons=tuple(x for x in lessons if x.pack_id == p.id)) for p in catalogue.packs)
    return Catalogue(packs, tuple(lessons))


def paths_of(catalogue: Catalogue) -> tuple[LearningPath, ...]:
    return tuple(path for pack in catalogue.packs for path in pack.paths)


def path_order(catalogue: Catalogue, path: LearningPath) -> tuple[Lesson, ...]:
    """Every lesson of the catalogue: the path's lessons first in its order, then the rest in teaching
    order. Lessons the catalogue lacks (another language's) are left out."""
    listed = [x for x in (catalogue.get(i) for i in path.lessons) if x is not None]
    ids = {x.id for x in listed}
    rest = sorted((x for x in catalogue.lessons if x.id not in ids), key=sort_key)
    return (*listed, *rest)


def path_problems(catalogue: Catalogue, path: LearningPath) -> list[str]:
    """Why a path cannot be walked in this catalogue's language: a lesson listed twice, or listed
    before one of its prerequisites (a learner following it would meet a locked lesson)."""
    out: list[str] = []
    seen: set[str] = set()
    for lid in path.lessons:
        if lid in seen:
            out.append(f'lists "{lid}" twice')
            continue
        seen.add(lid)
        lesson = catalogue.get(lid)
        if lesson is None:
            continue
        late = [p for p in lesson.prerequisites if p not in seen and catalogue.get(p) is not None]
        if late:
            out.append(f'lists "{lid}" before its prerequisite "{late[0]}"')
    return out


def choose_path(catalogue: Catalogue, begun: Collection[str]) -> LearningPath | None:
    """The path a learner is on: the one whose opening lessons they have begun or mastered most of
    (counted from the start of the path, stopping at the first lesson not begun); on a tie, the
    pack's first path."""
    paths = paths_of(catalogue)
    best, best_run = None, -1
    for path in paths:
        run = 0
        for lid in path.lessons:
            if catalogue.get(lid) is None:
                continue
            if lid not in begun:
                break
            run += 1
        if run > best_run:
            best, best_run = path, run
    return best


def next_lesson(catalogue: Catalogue, mastered: Collection[str], path: LearningPath | None) -> Lesson | None:
    """The next lesson to offer: the first not mastered along the path whose prerequisites are
    mastered; else the first not mastered at all (prerequisites only suggest, they never lock)."""
    order = path_order(catalogue, path) if path is not None else catalogue.lessons
    todo = [x for x in order if x.id not in mastered]
    return next((x for x in todo if x.unlocked(mastered)), todo[0] if todo else None)
