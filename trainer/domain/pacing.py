"""How long a lesson takes a first-time learner over 70: the pacing model behind every lesson's
``estimated_minutes`` (issue 21: the planned hours looked 1.5-2x too short).

The model counts what the learner hears and reads, and what they do, at an unhurried pace:

- Listening and reading along at the slow speech rate, with some paragraphs played again: 90 Chinese
  characters or 70 English words a minute (fluent adults read two to three times faster).
- Doing: a simulation task takes most of a minute (finding the place on an unfamiliar screen, a hint
  after a wrong press); typing an answer two minutes (a few characters with pinyin, by hand or by voice);
  a number pad half a minute plus a few seconds a digit; a quiz question a minute (a multiple-choice or
  order question a minute and a half); a drill three minutes or more, by its size.
- Around it: two minutes to settle in, and 15% for a short break and a question to the tutor.

Feedback is counted for the answers a learner usually reads (the two longest of a single question,
all of a multiple-choice or order question), hints for half the tasks. Pure functions: no Qt, no files.
"""

from __future__ import annotations

import re

from trainer.domain.lessons import Lesson, QuizStep, ReadStep, RecapStep, Step

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
PER_MINUTE = {"zh": 90, "*": 70}  # Chinese characters / words heard and read a minute
SETTLE_IN = 2.0
BREAK_SHARE = 0.15
TOLERANCE = (0.8, 1.25)  # planned minutes may be this share of the model (rounding, a simpler lesson)
SLACK = 5  # ... or this many minutes off: lessons are planned in steps of five minutes


def _units(text: str, lang: str) -> int:
    return len(HAN.findall(text)) if lang.startswith("zh") else len(text.split())


def _quiz(step: QuizStep, lang: str) -> tuple[int, float]:
    words = _units(step.prompt.get(lang), lang) + sum(_units(c.label.get(lang), lang) for c in step.choices)
    feedback = sorted((_units(c.feedback.get(lang), lang) for c in step.choices), reverse=True)
    many = step.question in ("multiple", "order")
    return words + sum(feedback if many else feedback[:2]), 1.5 if many else 1.0


def _simulation(step, lang: str) -> tuple[int, float]:
    words = _units(step.intro.get(lang), lang) + _units(step.finish.get(lang), lang)
    doing = 0.0
    for t in step.tasks:
        words += _units(t.instruction.get(lang), lang) + _units(t.hint.get(lang), lang) // 2
        if t.explain is not None:
            words += _units(t.explain.get(lang), lang)
        doing += {"type": 2.0, "enter": 0.6 + 0.1 * len(t.digits)}.get(t.action, 0.8)
    return words, doing


def _drill(step: Step) -> float:
    size = (
        len(getattr(step, "words", ()) or ()) * 1.2
        + len(getattr(step, "lines", ()) or ()) * 1.5
        + len(getattr(step, "keys", ()) or ()) * 0.3
        + (getattr(step, "rounds", 0) or 0) * 0.4
    )
    return max(3.0, size)


def model_minutes(lesson: Lesson, lang: str) -> float:
    """The pacing model's minutes for ``lesson`` as a learner in ``lang`` takes it (its steps in
    that language only: pass the learner's view of the lesson, see domain.curriculum.lesson_in)."""
    words, doing = 0, 0.0
    for s in lesson.steps:
        if isinstance(s, ReadStep):
            words, doing = words + _units(s.text.get(lang), lang), doing + 0.3
        elif isinstance(s, QuizStep):
            w, d = _quiz(s, lang)
            words, doing = words + w, doing + d
        elif isinstance(s, RecapStep):
            words, doing = words + sum(_units(p.get(lang), lang) for p in s.points), doing + 0.5
        elif s.kind == "simulation":
            w, d = _simulation(s, lang)
            words, doing = words + w, doing + d
        elif s.kind == "practice":
            doing += _drill(s)
        else:  # a step kind the model does not know yet (a tutor-observed checklist): a few minutes
            doing += 3.0
    rate = PER_MINUTE["zh"] if lang.startswith("zh") else PER_MINUTE["*"]
    return (words / rate + doing + SETTLE_IN) * (1 + BREAK_SHARE)


def planned(model: float) -> int:
    """Minutes to write in lesson.toml for a model estimate: to the nearest 5, at least 10."""
    return max(10, int(5 * round(model / 5)))


def off_pace(minutes: int, model: float) -> bool:
    """Whether planned minutes are far from the model: outside its tolerance and five minutes off."""
    lo, hi = TOLERANCE
    return not lo * model <= minutes <= hi * model and abs(minutes - model) >= SLACK
