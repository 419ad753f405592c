"""Reading one lesson folder (lesson.toml and its strings files) into a Lesson."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer.content.problems import Problems
from trainer.content.schema import (
    LESSON_FILE,
    MAX_MINUTES,
    MAX_STEPS,
    STRINGS_DIR,
    Fields,
    describe,
    read_toml,
)
from trainer.content.steps import RESERVED_KINDS, STEP_KINDS, StepKind, StepSource
from trainer.content.texts import TextSpec, check_strings
from trainer.domain.lessons import (
    COMPETENCES,
    DEFAULT_MASTERY,
    ID_PATTERN,
    TIERS,
    Lesson,
    LessonText,
    LoadProblem,
    Pack,
)


@dataclass
class Draft:
    """What is known about a lesson folder, even when it cannot be used."""

    folder: Path
    id: str
    prerequisites: tuple[str, ...] = ()
    lesson: Lesson | None = None
    problems: list[LoadProblem] = field(default_factory=list)


def _competences(f: Fields) -> tuple[str, ...]:
    value = f.raw("competences", True, '["0.1"]')
    if value is None:
        return ()
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        f.fail(
            "competences",
            f"must be a list of codes in quotes, not {describe(value)}",
            'write e.g. competences = ["0.1", "4.2"]',
        )
        return ()
    for code in value:
        if code not in COMPETENCES:
            f.fail(
                "competences",
                f'"{code}" is not a known competence code',
                "use a DigComp 2.2 code (1.1 to 5.4) or a DLGF code (0.1, 0.2, 5.5, 6.1, 6.2)",
            )
    return tuple(value)


def languages_of(f: Fields, allowed: tuple[str, ...], of_what: str) -> tuple[str, ...] | None:
    """An optional ``languages = ["zh_CN"]``: the languages (among ``allowed``) something is for.
    None when it is not given (then it is for all of them)."""
    value = f.raw("languages", False, '["zh_CN"]')
    if value is None:
        return None
    example = "write e.g. languages = [" + ", ".join(f'"{x}"' for x in allowed[:1]) + "]"
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        f.fail("languages", f"must be a list of language codes, not {describe(value)}", example)
        return None
    wrong = [v for v in value if v not in allowed or value.count(v) > 1]
    if wrong:
        f.fail(
            "languages",
            f'"{wrong[0]}" is not one of the languages of the {of_what}, or is listed twice',
            "list each of " + ", ".join(allowed) + " at most once",
        )
        return None
    return tuple(x for x in allowed if x in value)  # in the pack's order: the source language first


StepInfo = tuple[str, StepKind, Any, tuple[str, ...] | None]  # id, kind, parsed fields, languages


def _steps(
    value: Any, f: Fields, folder: Path, deep: bool, langs: tuple[str, ...] = ()
) -> list[StepInfo] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        f.fail(
            "steps",
            f"must be [[steps]] tables, not {describe(value)}",
            "start each step with a [[steps]] line",
        )
        return None
    if not 1 <= len(value) <= MAX_STEPS:
        f.fail("steps", f"has {len(value)} steps", f"use from 1 to {MAX_STEPS}")
        return None
    out: list[StepInfo] = []
    seen: set[str] = set()
    for n, table in enumerate(value, 1):
        sf = Fields(table, f.problems, f.path, f"step {n}")
        sid = sf.text("id", example=f'"step{n}"')
        if sid is not None and not ID_PATTERN.match(sid):
            sf.fail("id", f'"{sid}" is not a valid id', "use lowercase letters, digits, - and _ only")
            sid = None
        if sid is not None:
            sf.where = f'step "{sid}"'
            if sid in seen:
                sf.fail("id", "is used by an earlier step too", "give every step its own id")
            seen.add(sid)
        kind_name = sf.text("kind", example='"read"')
        step_langs = languages_of(sf, langs, "lesson") if langs else None
        params = None
        kind = STEP_KINDS.get(kind_name or "")
        if kind is None and kind_name in RESERVED_KINDS:
            sf.fail(
                "kind",
                f'"{kind_name}" steps are not supported yet',
                "use " + ", ".join(STEP_KINDS) + " for now",
            )
            sf.seen.update(sf.table)  # their fields belong to a later version of the format
        elif kind_name is not None and kind is None:
            sf.fail("kind", f'"{kind_name}" is not a step kind', "use one of: " + ", ".join(STEP_KINDS))
        elif kind is not None:
            params = kind.parse(StepSource(sf, folder, deep))
        if sf.finish() and sid is not None and kind is not None and params is not None:
            out.append((sid, kind, params, None if step_langs == langs else step_langs))
    return out if len(out) == len(value) else None


def read_lesson(folder: Path, pack: Pack, problems: Problems, *, deep: bool) -> Draft:
    """Read one lesson; ``draft.lesson`` is None when anything is wrong (see ``draft.problems``)."""
    mine = problems.for_lesson(folder.name)
    draft = Draft(folder, folder.name)
    file = folder / LESSON_FILE
    try:
        if not ID_PATTERN.match(folder.name):
            mine.add(
                folder,
                "",
                f'"{folder.name}" is not a valid lesson folder name',
                "use lowercase letters, digits, - and _ only",
            )
        doc = read_toml(file, mine)
        if doc is not None:
            draft.lesson = _build(doc, folder, file, pack, mine, draft, deep)
    except Exception as exc:  # a lesson must never stop the others from loading
        mine.add(
            file, "", f"could not be read ({type(exc).__name__}: {exc})", "check the file, or report this"
        )
    draft.problems = mine.items
    if mine.items:
        draft.lesson = None
    return draft


def _build(
    doc: dict, folder: Path, file: Path, pack: Pack, mine: Problems, draft: Draft, deep: bool
) -> Lesson | None:
    f = Fields(doc, mine, file)
    lid = f.text("id", example=f'"{folder.name}"')
    if lid is not None and lid != folder.name:
        f.fail(
            "id",
            f'"{lid}" differs from the folder name "{folder.name}"',
            "make them the same: the folder name is the lesson id",
        )
    version = f.integer("version", lo=1, hi=100_000)
    tier = f.text("tier", example='"basic"', choices=TIERS)
    order = f.integer("order", lo=0, hi=1_000_000)
    minutes = f.integer("estimated_minutes", lo=1, hi=MAX_MINUTES)
    competences = _competences(f)
    draft.prerequisites = tuple(
        f.ids("prerequisites", lo=0, hi=20, required=False, example='["other-lesson"]')
    )
    threshold = f.number("mastery", lo=0.0, hi=1.0, default=DEFAULT_MASTERY)
    langs = languages_of(f, pack.languages, "pack") or pack.languages
    steps = _steps(f.raw("steps", True, "[[steps]] tables"), f, folder, deep, langs)
    fields_ok = f.finish()
    if steps is None:  # without the steps, the strings files cannot be checked
        return None
    for lang in pack.languages:
        extra = folder / STRINGS_DIR / f"{lang}.toml"
        if lang not in langs and extra.exists():
            mine.add(
                extra,
                "",
                f"this lesson is only in {', '.join(langs)} (languages in {LESSON_FILE})",
                f'remove this file, or add "{lang}" to the lesson\'s languages',
            )
    for lang in langs:
        if not any(s[3] is None or lang in s[3] for s in steps):
            mine.add(
                file,
                "steps",
                f"no step is shown in {lang}",
                f'give a step "{lang}" or limit the lesson instead (languages = [...] at its top)',
            )
    only = {sid: s_langs for sid, _, _, s_langs in steps if s_langs is not None}
    specs: dict[str, list[TextSpec]] = {sid: list(kind.texts(params)) for sid, kind, params, _ in steps}
    texts = check_strings(folder, langs, specs, mine, deep=deep, only=only)
    if texts is None or not fields_ok or tier is None:
        return None
    built = []
    for sid, kind, params, _ in steps:
        table = texts.steps[sid]

        def text_of(path: tuple[str, ...], table: dict = table) -> LessonText:
            return table[path]

        built.append(kind.build(sid, params, text_of))
    return Lesson(
        id=folder.name,
        version=version,
        tier=tier,
        order=order,
        minutes=minutes,
        competences=competences,
        prerequisites=draft.prerequisites,
        mastery=threshold,
        title=texts.title,
        objectives=texts.objectives,
        steps=tuple(built),
        languages=langs,
        folder=folder,
        pack_id=pack.id,
        readings=texts.readings,
        step_languages=tuple(only.items()),
    )
