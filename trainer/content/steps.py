"""Step kinds: how each kind reads its fields from lesson.toml and which texts it needs.

A new kind adds one :class:`StepKind` to ``STEP_KINDS`` with :func:`register_step_kind`, and its own
Step subclass in the domain (``practice`` and ``simulation`` live in their own modules).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from trainer.content.schema import ASSETS_DIR, IMAGE_SUFFIXES, MAX_CHOICES, MAX_POINTS, Fields
from trainer.content.texts import TextSpec
from trainer.domain.lessons import QUIZ_TYPES, Choice, LessonText, QuizStep, ReadStep, RecapStep, Step

TextOf = Callable[[tuple[str, ...]], LessonText]
TRUE_FALSE = ("true", "false")
# Labels used when a true/false question does not give its own ("Yes, that's right" and the like).
TRUE_FALSE_LABELS = {"true": {"zh_CN": "对", "en": "True"}, "false": {"zh_CN": "错", "en": "False"}}


@dataclass(frozen=True)
class StepSource:
    """What a kind may look at while reading a step from lesson.toml: its fields, and the lesson
    folder. (A step being shown to a learner gets ``ui.steps.StepContext``.)"""

    fields: Fields
    folder: Path
    deep: bool


@dataclass(frozen=True)
class StepKind:
    parse: Callable[[StepSource], Any]  # kind-specific fields -> params (None when wrong)
    texts: Callable[[Any], Sequence[TextSpec]]  # the texts the params need in every language
    build: Callable[[str, Any, TextOf], Step]


def check_picture(ctx: StepSource, key: str, value: str) -> bool:
    f = ctx.fields
    rel = PurePosixPath(value)
    if "\\" in value or rel.is_absolute() or ":" in value or ".." in rel.parts or len(rel.parts) < 2:
        f.fail(key, f'"{value}" is not a path inside the lesson', f'write {key} = "{ASSETS_DIR}/<file name>"')
        return False
    if rel.parts[0] != ASSETS_DIR:
        f.fail(key, f'"{value}" is outside the {ASSETS_DIR} folder', f"put pictures in {ASSETS_DIR}/")
        return False
    if rel.suffix.lower() not in IMAGE_SUFFIXES:
        f.fail(key, f'"{value}" is not a picture file', "use " + ", ".join(IMAGE_SUFFIXES))
        return False
    path = ctx.folder.joinpath(*rel.parts)
    exists = path.is_file()
    if exists and ctx.deep:  # the exact spelling matters once the pack leaves Windows
        exists = rel.name in os.listdir(path.parent)
    if not exists:
        f.fail(key, f'"{value}" was not found', "add the file or fix the name (capitals count)")
    return exists


# read: a text (paragraphs) with an optional picture and its alt text.
def _read_parse(ctx: StepSource) -> Any:
    picture = ctx.fields.text("picture", example='"assets/picture.svg"', required=False)
    if picture is not None and not check_picture(ctx, "picture", picture):
        return None
    return {"picture": picture}


def _read_texts(params: dict) -> list[TextSpec]:
    specs = [TextSpec(("text",))]
    if params["picture"]:
        specs.append(TextSpec(("picture_alt",), size="label"))
    return specs


def _read_build(step_id: str, params: dict, t: TextOf) -> Step:
    alt = t(("picture_alt",)) if params["picture"] else None
    return ReadStep(step_id, text=t(("text",)), picture=params["picture"], picture_alt=alt)


# quiz: single, multiple, truefalse or order; every choice explains itself in its feedback.
def _quiz_parse(ctx: StepSource) -> Any:
    f = ctx.fields
    kind = f.text("type", example='"single"', choices=QUIZ_TYPES)
    if kind is None:
        return None
    if kind == "truefalse":
        answer = f.flag("answer")
        return (
            None if answer is None else {"type": kind, "choices": TRUE_FALSE, "right": {str(answer).lower()}}
        )
    choices = f.ids("choices", lo=2, hi=MAX_CHOICES, example='["a", "b", "c"]')
    if not choices:
        return None
    if kind == "order":
        if "answer" in f.table:
            f.fail("answer", "is not used by order questions", "list the choices in the right order instead")
            return None
        return {"type": kind, "choices": tuple(choices), "right": set(choices)}
    if kind == "single":
        answer = f.text("answer", example=f'"{choices[0]}"')
        right = [answer] if answer is not None else []
    else:
        right = f.ids("answer", lo=1, hi=len(choices), example=f'["{choices[0]}"]')
    if not right:
        return None
    stray = [a for a in right if a not in choices]
    if stray:
        f.fail("answer", f'"{stray[0]}" is not one of the choices', "use ids from the choices list")
        return None
    return {"type": kind, "choices": tuple(choices), "right": set(right)}


# An optional text: when a strings file leaves it out, it is empty (and not checked for length).
OPTIONAL = {"zh_CN": "", "en": ""}


def _quiz_texts(params: dict) -> list[TextSpec]:
    # explanation (optional): why the right answer is right, for someone who chose another one; shown
    # with the right answer after the second wrong try (without it the screen names the right answer
    # and uses the right choice's own feedback)
    specs = [TextSpec(("prompt",)), TextSpec(("explanation",), default=OPTIONAL)]
    for cid in params["choices"]:
        default = TRUE_FALSE_LABELS[cid] if params["type"] == "truefalse" else None
        specs.append(TextSpec(("choices", cid, "label"), size="label", default=default))
        specs.append(TextSpec(("choices", cid, "feedback")))
    return specs


def _quiz_build(step_id: str, params: dict, t: TextOf) -> Step:
    choices = tuple(
        Choice(cid, t(("choices", cid, "label")), t(("choices", cid, "feedback")), cid in params["right"])
        for cid in params["choices"]
    )
    explanation = t(("explanation",))
    return QuizStep(
        step_id,
        question=params["type"],
        prompt=t(("prompt",)),
        choices=choices,
        explanation=explanation if any(v for _, v in explanation.values) else None,
    )


# recap: the key points to remember, one short line each.
def _recap_parse(ctx: StepSource) -> Any:
    points = ctx.fields.ids("points", lo=1, hi=MAX_POINTS, example='["p1", "p2", "p3"]')
    return tuple(points) or None


def _recap_texts(points: tuple[str, ...]) -> list[TextSpec]:
    return [TextSpec(("points", p), size="label") for p in points]


def _recap_build(step_id: str, points: tuple[str, ...], t: TextOf) -> Step:
    return RecapStep(step_id, points=tuple(t(("points", p)) for p in points))


STEP_KINDS: dict[str, StepKind] = {
    "read": StepKind(_read_parse, _read_texts, _read_build),
    "quiz": StepKind(_quiz_parse, _quiz_texts, _quiz_build),
    "recap": StepKind(_recap_parse, _recap_texts, _recap_build),
}
# Kinds the format keeps for later versions; lessons using them are rejected with a clear reason.
RESERVED_KINDS: tuple[str, ...] = ()


def register_step_kind(name: str, kind: StepKind) -> None:
    STEP_KINDS[name] = kind


def _register_hands_on() -> None:
    """Drills, simulated apps and own-phone checklists: their modules build on this one, so they are
    imported last."""
    from trainer.content.own_phone import OWN_PHONE
    from trainer.content.practice import PRACTICE
    from trainer.content.simulation import SIMULATION

    register_step_kind("practice", PRACTICE)
    register_step_kind("simulation", SIMULATION)
    register_step_kind("own-phone", OWN_PHONE)


_register_hands_on()
