"""Lessons as plain data, and the pure rules on them: scoring a quiz answer, mastery, unlocking.

Learner-facing words are held per language in :class:`LessonText`, so a lesson is complete in memory and
can be shown in any of its pack's languages. Pictures are paths only: nothing here reads a file.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from trainer.domain.speech_markup import Reading
from trainer.domain.tiers import TIERS

QUIZ_TYPES = ("single", "multiple", "truefalse", "order")
DEFAULT_MASTERY = 0.8
# Values the app fills into lesson texts: {name} is the learner's name.
PLACEHOLDERS = frozenset({"name"})
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")

# DigComp 2.2 and the UNESCO DLGF additions (see shared/reference/frameworks.md).
COMPETENCES: dict[str, str] = {
    "0.1": "Physical operations of digital devices",
    "0.2": "Software operations in digital devices",
    "1.1": "Browsing, searching and filtering data, information and digital content",
    "1.2": "Evaluating data, information and digital content",
    "1.3": "Managing data, information and digital content",
    "2.1": "Interacting through digital technologies",
    "2.2": "Sharing through digital technologies",
    "2.3": "Engaging in citizenship through digital technologies",
    "2.4": "Collaborating through digital technologies",
    "2.5": "Netiquette",
    "2.6": "Managing digital identity",
    "3.1": "Developing digital content",
    "3.2": "Integrating and re-elaborating digital content",
    "3.3": "Copyright and licences",
    "3.4": "Programming",
    "4.1": "Protecting devices",
    "4.2": "Protecting personal data and privacy",
    "4.3": "Protecting health and well-being",
    "4.4": "Protecting the environment",
    "5.1": "Solving technical problems",
    "5.2": "Identifying needs and technological responses",
    "5.3": "Creatively using digital technologies",
    "5.4": "Identifying digital competence gaps",
    "5.5": "Computational thinking",
    "6.1": "Operating specialised digital technologies for a particular field",
    "6.2": "Interpreting and manipulating data, information and digital content for a particular field",
}


# The only brace forms a lesson text may hold: {{ and }} for a brace, {word} for a value the app fills
# in. No format spec ({name:>100000000} built an 830 MB string), no conversion ({name!r}), no
# attribute or index ({name.__class__}, {name[0]}), no nesting ({name:{name}} raised at run time).
_BRACES = re.compile(r"\{\{|\}\}|\{([^\W\d]\w*)\}|[{}]")


def placeholders_in(text: str) -> frozenset[str]:
    """The {names} used in a text. Raises ValueError on any other brace (see ``_BRACES``)."""
    if "{" not in text and "}" not in text:
        return frozenset()
    names = set()
    for match in _BRACES.finditer(text):
        if match[1]:
            names.add(match[1])
        elif match[0] not in ("{{", "}}"):
            end = text.find("}", match.start())
            shown = text[match.start() : end + 1 if 0 <= end - match.start() < 40 else match.start() + 1]
            raise ValueError(f"not a placeholder: {shown}")
    return frozenset(names)


def fill_placeholders(text: str, values: Mapping[str, str]) -> str:
    """``text`` with {name} and the like replaced by ``values``; {{ and }} become braces. Anything else
    (an unknown name, a brace that is not a placeholder) is left exactly as written: never formatted."""
    if "{" not in text and "}" not in text:
        return text

    def one(match: re.Match[str]) -> str:
        if match[1]:
            return str(values.get(match[1], match[0]))
        return {"{{": "{", "}}": "}"}.get(match[0], match[0])

    return _BRACES.sub(one, text)


@dataclass(frozen=True)
class LessonText:
    """One learner-facing text in every language of its pack, the pack's first language first."""

    values: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, by_lang: Mapping[str, str]) -> LessonText:
        return cls(tuple(by_lang.items()))

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang, _ in self.values)

    def get(self, lang: str) -> str:
        """The text in ``lang``, or in the pack's first language when the pack lacks ``lang``."""
        for code, value in self.values:
            if code == lang:
                return value
        return self.values[0][1] if self.values else ""

    def render(self, lang: str, **values: str) -> str:
        """The text with placeholders such as {name} filled in; unknown ones are left as written."""
        return fill_placeholders(self.get(lang), values)

    def paragraphs(self, lang: str, **values: str) -> tuple[str, ...]:
        """Paragraphs (separated by blank lines), each one spoken and shown as a unit."""
        return split_paragraphs(self.render(lang, **values))


def split_paragraphs(text: str) -> tuple[str, ...]:
    parts = re.split(r"\n\s*\n", text.strip())
    return tuple(" ".join(line.strip() for line in p.splitlines()).strip() for p in parts if p.strip())


@dataclass(frozen=True)
class Step:
    """One screen of a lesson. Each kind is a subclass; new kinds add their own."""

    id: str
    kind: ClassVar[str] = ""


@dataclass(frozen=True)
class ReadStep(Step):
    text: LessonText
    picture: str | None = None  # path relative to the lesson folder, read only when shown
    picture_alt: LessonText | None = None
    kind: ClassVar[str] = "read"


@dataclass(frozen=True)
class Choice:
    id: str
    label: LessonText
    feedback: LessonText  # why this answer is right or wrong; shown after answering
    correct: bool = False


@dataclass(frozen=True)
class QuizResult:
    score: float  # 0..1
    correct: bool
    feedback: tuple[str, ...]  # ids of the choices whose feedback to show, in order


QuizAnswer = str | bool | Sequence[str]


@dataclass(frozen=True)
class QuizStep(Step):
    question: str  # one of QUIZ_TYPES
    prompt: LessonText
    choices: tuple[Choice, ...]  # for "order": the right order; the screen shuffles them
    # why the right answer is right, written for a learner who has not found it (shown with the
    # right answer after a second wrong try); None: the screen says it from the right choices
    explanation: LessonText | None = None
    kind: ClassVar[str] = "quiz"

    def choice(self, choice_id: str) -> Choice:
        for c in self.choices:
            if c.id == choice_id:
                return c
        raise ValueError(f"step {self.id!r} has no choice {choice_id!r}")

    def score(self, answer: QuizAnswer) -> QuizResult:
        return score_answer(self, answer)


@dataclass(frozen=True)
class RecapStep(Step):
    points: tuple[LessonText, ...]
    kind: ClassVar[str] = "recap"


def score_answer(step: QuizStep, answer: QuizAnswer) -> QuizResult:
    """Score one answer. single/truefalse: a choice id (truefalse also takes a bool);
    multiple: the chosen ids; order: every id in the learner's order.

    multiple scores (right picks - wrong picks) / right answers, never below 0;
    order scores the share of items in their right place. Only a perfect answer is ``correct``.
    """
    ids = [c.id for c in step.choices]
    if step.question in ("single", "truefalse"):
        if isinstance(answer, bool):
            answer = "true" if answer else "false"
        if not isinstance(answer, str):
            raise ValueError(f"step {step.id!r} takes one choice id")
        ok = step.choice(answer).correct
        return QuizResult(1.0 if ok else 0.0, ok, (answer,))
    if isinstance(answer, str | bool):
        raise ValueError(f"step {step.id!r} takes a list of choice ids")
    chosen = list(answer)
    for cid in chosen:
        step.choice(cid)
    if step.question == "multiple":
        right = {c.id for c in step.choices if c.correct}
        picked = set(chosen)
        hits, wrong = len(picked & right), len(picked - right)
        score = max(0.0, (hits - wrong) / len(right)) if right else 0.0
        shown = tuple(c.id for c in step.choices if c.id in picked or c.id in right)
        return QuizResult(score, picked == right, shown)
    if step.question == "order":
        if sorted(chosen) != sorted(ids):
            raise ValueError(f"step {step.id!r} needs every item exactly once")
        in_place = [a == b for a, b in zip(chosen, ids, strict=True)]
        score = sum(in_place) / len(ids)
        misplaced = tuple(cid for cid, ok in zip(chosen, in_place, strict=True) if not ok)
        return QuizResult(score, not misplaced, misplaced)
    raise ValueError(f"unknown question type {step.question!r}")


@dataclass(frozen=True)
class Lesson:
    id: str
    version: int
    tier: str
    order: int
    minutes: int
    competences: tuple[str, ...]
    prerequisites: tuple[str, ...]
    mastery: float
    title: LessonText
    objectives: tuple[LessonText, ...]
    steps: tuple[Step, ...]
    languages: tuple[str, ...]
    folder: Path
    pack_id: str = ""
    readings: tuple[Reading, ...] = ()  # authors' [[shown|spoken]] overrides, for the speaker
    # steps shown in some of the lesson's languages only: (step id, its languages); others are in all
    step_languages: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def key(self) -> tuple[str, int]:
        """Progress is kept per lesson id and version."""
        return (self.id, self.version)

    @property
    def quizzes(self) -> tuple[QuizStep, ...]:
        return tuple(s for s in self.steps if isinstance(s, QuizStep))

    def step(self, step_id: str) -> Step:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(step_id)

    def asset(self, relative: str) -> Path:
        """Where a picture lives; the caller opens it when it is shown."""
        return self.folder / relative

    def unlocked(self, mastered: Collection[str]) -> bool:
        return all(p in mastered for p in self.prerequisites)

    def step_in(self, step_id: str, lang: str) -> bool:
        """Whether a learner working in ``lang`` sees this step (a pinyin drill is for Chinese only)."""
        only = dict(self.step_languages).get(step_id)
        return only is None or lang in only


@dataclass(frozen=True)
class Mastery:
    score: float
    threshold: float
    answered: int
    total: int

    @property
    def passed(self) -> bool:
        return self.score + 1e-9 >= self.threshold


def mastery(lesson: Lesson, scores: Mapping[str, float]) -> Mastery:
    """Mastery from each quiz step's score (0..1, by step id); an unanswered quiz counts 0.
    A lesson without quizzes is mastered by reaching its end (score 1)."""
    quizzes = lesson.quizzes
    if not quizzes:
        return Mastery(1.0, lesson.mastery, 0, 0)
    got = [min(1.0, max(0.0, float(scores[q.id]))) for q in quizzes if q.id in scores]
    return Mastery(sum(got) / len(quizzes), lesson.mastery, len(got), len(quizzes))


@dataclass(frozen=True)
class LearningPath:
    """A suggested order through a pack's lessons (phone first, computer first). The lessons listed
    come first, in this order; the rest follow in teaching order. "Continue" walks it."""

    id: str
    name: LessonText
    lessons: tuple[str, ...]


@dataclass(frozen=True)
class TierInfo:
    """What a pack says about one tier: how it is completed and at which DigComp levels it sits."""

    tier: str
    completion: str = "all-mastered"  # every lesson of the tier mastered at its own mastery share
    level: str = ""  # DigComp 2.2 proficiency levels, e.g. "1-2"
    level_reasoning: str = ""  # why those levels, for people (TIERS.md)


@dataclass(frozen=True)
class Pack:
    id: str
    name: LessonText
    version: str
    languages: tuple[str, ...]
    schema_version: int
    root: Path
    lessons: tuple[Lesson, ...] = ()
    paths: tuple[LearningPath, ...] = ()
    tiers: tuple[TierInfo, ...] = ()


@dataclass(frozen=True)
class LoadProblem:
    """One thing wrong with a lesson file, written as ``file: where: what, fix``."""

    file: str
    where: str
    what: str
    fix: str
    lesson_id: str | None = None

    def __str__(self) -> str:
        where = f"{self.where}: " if self.where else ""
        return f"{self.file}: {where}{self.what}, {self.fix}"


STEP_WORDS = ("prompt", "instruction", "intro", "text")  # a step's first words, by kind


def step_place(lesson: Lesson, step_id: str, lang: str, length: int = 40) -> tuple[int, int, str]:
    """(number from 1, number of steps, its first words) of a step, for a person who was not there (a
    tutor called to help): "step 3 of 8, 'Which button sends…'". Number 0: the step is gone."""
    index = next((i for i, s in enumerate(lesson.steps) if s.id == step_id), -1)
    if index < 0:
        return 0, len(lesson.steps), ""
    step = lesson.steps[index]
    words = ""
    for name in STEP_WORDS:
        value = getattr(step, name, None)
        if isinstance(value, LessonText):
            words = " ".join(value.get(lang).split())
            break
    if not words and getattr(step, "points", None):
        words = " ".join(step.points[0].get(lang).split())
    if len(words) > length:
        cut = words[: length - 1]
        if " " in cut[length // 2 :]:  # (English: at a space, not within a word)
            cut = cut[: cut.rindex(" ")]
        words = cut.rstrip(" ,.;:，。") + "…"
    return index + 1, len(lesson.steps), words


def sort_key(lesson: Lesson) -> tuple[int, int, str]:
    return (TIERS.index(lesson.tier), lesson.order, lesson.id)


@dataclass(frozen=True)
class Catalogue:
    """Every usable lesson, in teaching order (tier, then order, then id)."""

    packs: tuple[Pack, ...] = ()
    lessons: tuple[Lesson, ...] = ()

    def get(self, lesson_id: str) -> Lesson | None:
        return next((x for x in self.lessons if x.id == lesson_id), None)

    def by_tier(self) -> dict[str, tuple[Lesson, ...]]:
        return {t: tuple(x for x in self.lessons if x.tier == t) for t in TIERS}

    def unlocked(self, mastered: Collection[str]) -> tuple[Lesson, ...]:
        return tuple(x for x in self.lessons if x.unlocked(mastered))
