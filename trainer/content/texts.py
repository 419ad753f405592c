"""Strings files: every language has the same keys and placeholders, and texts fit a spoken step."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trainer.content.problems import Problems
from trainer.content.schema import (
    LABEL_LIMIT,
    MAX_OBJECTIVES,
    PARAGRAPH_LIMIT,
    STRINGS_DIR,
    TITLE_LIMIT,
    Fields,
    describe,
    read_toml,
)
from trainer.domain import speech_markup
from trainer.domain.lessons import PLACEHOLDERS, LessonText, placeholders_in, split_paragraphs
from trainer.domain.speech_markup import Reading

Path_ = tuple[str, ...]
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'.][A-Za-z0-9]+)*")


@dataclass(frozen=True)
class TextSpec:
    """One text a step needs in every language, at ``path`` inside its ``[steps.<id>]`` table."""

    path: Path_
    size: str = "paragraph"  # "paragraph" (split by blank lines) or "label" (one short text)
    default: Mapping[str, str] | None = None  # makes the text optional


@dataclass(frozen=True)
class LessonTexts:
    title: LessonText
    objectives: tuple[LessonText, ...]
    steps: dict[str, dict[Path_, LessonText]]
    readings: tuple[Reading, ...] = ()  # [[shown|spoken]] marks, taken out of the texts above


def spoken_length(text: str, lang: str) -> tuple[int, str]:
    """How long a text is when read aloud: Han characters (plus Latin words) for Chinese, else words."""
    if lang.startswith("zh"):
        return len(HAN.findall(text)) + len(LATIN_WORD.findall(HAN.sub(" ", text))), "Chinese characters"
    return len(text.split()), "words"


def _limit(table: Mapping[str, int], lang: str) -> int:
    return table.get(lang, table["zh_CN"] if lang.startswith("zh") else table["*"])


def where_of(step_id: str, path: Path_) -> tuple[str, str]:
    """(where, field) for a text path: ("choices", "b", "feedback") -> ('step "q1" choice "b"', "feedback")."""
    parts = [f'step "{step_id}"']
    rest = list(path)
    while len(rest) >= 2:
        group, item = rest.pop(0), rest.pop(0)
        parts.append(f'{group.removesuffix("s")} "{item}"')
    return " ".join(parts), (rest[0] if rest else "text")


def _flatten(table: Mapping[str, Any], prefix: Path_ = ()) -> dict[Path_, Any]:
    out: dict[Path_, Any] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            out.update(_flatten(value, (*prefix, key)))
        else:
            out[(*prefix, key)] = value
    return out


class _Checker:
    def __init__(
        self,
        folder: Path,
        languages: Sequence[str],
        problems: Problems,
        deep: bool,
        only: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.folder, self.languages, self.problems, self.deep = folder, tuple(languages), problems, deep
        self.only = dict(only or {})
        self.first = self.languages[0]
        self.placeholders: dict[tuple[str, Path_], frozenset[str]] = {}
        self.files: dict[str, Path] = {}

    def file(self, lang: str) -> Path:
        path = self.files.get(lang)
        if path is None:
            path = self.files[lang] = self.folder / STRINGS_DIR / f"{lang}.toml"
        return path

    def check_text(
        self, lang: str, key: tuple[str, Path_], where: str, field: str, value: str, size: str
    ) -> None:
        file = self.file(lang)
        if not value.strip():
            self.problems.add(file, where, f"{field} is empty", "write the text")
            return
        for what, fix in speech_markup.problems(value):
            self.problems.add(file, where, f"{field} {what}", fix)
        value = speech_markup.strip(value)[0]  # lengths and placeholders as the learner sees the text
        try:
            names = placeholders_in(value)
        except ValueError as error:  # a format spec, a conversion, an index, nesting or a lone brace
            self.problems.add(
                file,
                where,
                f"{field} has a brace that is not a placeholder ({error})",
                "write {name} alone for the learner's name (nothing after the name), {{ or }} for a brace",
            )
            return
        unknown = sorted(names - PLACEHOLDERS)
        if unknown:
            known = ", ".join("{" + p + "}" for p in sorted(PLACEHOLDERS))
            self.problems.add(
                file, where, f"{field} uses unknown placeholder {{{unknown[0]}}}", f"use only {known}"
            )
        if lang == self.first:
            self.placeholders[key] = names
        elif key in self.placeholders and names != self.placeholders[key]:
            mine = ", ".join("{" + n + "}" for n in sorted(names)) or "none"
            theirs = ", ".join("{" + n + "}" for n in sorted(self.placeholders[key])) or "none"
            self.problems.add(
                file,
                where,
                f"{field} has placeholders {mine} but {self.first} has {theirs}",
                "use the same placeholders in every language",
            )
        if self.deep:
            self.check_length(lang, where, field, value, size)

    def check_length(self, lang: str, where: str, field: str, value: str, size: str) -> None:
        if size == "paragraph":
            limit = _limit(PARAGRAPH_LIMIT, lang)
            paragraphs = split_paragraphs(value)
            for n, para in enumerate(paragraphs, 1):
                count, unit = spoken_length(para, lang)
                if count > limit:
                    which = f"{field} paragraph {n}" if len(paragraphs) > 1 else field
                    self.problems.add(
                        self.file(lang),
                        where,
                        f"{which} is {count} {unit} long",
                        f"split it into paragraphs of at most {limit} (a blank line starts a new one)",
                    )
            return
        limit = _limit(TITLE_LIMIT if size == "title" else LABEL_LIMIT, lang)
        count, unit = spoken_length(value, lang)
        if count > limit or (size != "title" and len(split_paragraphs(value)) > 1):
            self.problems.add(
                self.file(lang),
                where,
                f"{field} is {count} {unit} long",
                f"keep it to one line of at most {limit}",
            )

    def check(self, specs: Mapping[str, Sequence[TextSpec]]) -> LessonTexts | None:
        before = len(self.problems)
        found: dict[str, dict[tuple[str, Path_], str]] = {}
        objectives: dict[str, list[str]] = {}
        for lang in self.languages:
            doc = read_toml(self.file(lang), self.problems)
            if doc is None:
                continue
            found[lang] = self.check_file(lang, doc, specs, objectives)
        first = self.first
        for lang in found:
            mine, theirs = objectives.get(lang), objectives.get(first)
            if lang != first and mine and theirs and len(mine) != len(theirs):
                self.problems.add(
                    self.file(lang),
                    "objectives",
                    f"has {len(objectives[lang])} entries but {first} has {len(objectives[first])}",
                    "give every language the same objectives",
                )
        if len(self.problems) > before or len(found) != len(self.languages):
            return None
        readings: list[Reading] = []

        def shown(lang: str, value: str) -> str:
            """The text without its reading marks (the screen never shows them); the marks are kept."""
            plain, marks = speech_markup.strip(value, lang)
            readings.extend(marks)
            return plain

        title = LessonText.of({lang: shown(lang, found[lang][("", ("title",))]) for lang in self.languages})
        objs = tuple(
            LessonText.of({lang: shown(lang, objectives[lang][i]) for lang in self.languages})
            for i in range(len(objectives[first]))
        )
        steps: dict[str, dict[Path_, LessonText]] = {sid: {} for sid in specs}
        for sid, spec_list in specs.items():
            langs = [x for x in self.languages if self.shown_in(sid, x)]
            for spec in spec_list:
                steps[sid][spec.path] = LessonText.of(
                    {lang: shown(lang, found[lang][(sid, spec.path)]) for lang in langs}
                )
        return LessonTexts(title, objs, steps, tuple(dict.fromkeys(readings)))

    def check_file(
        self,
        lang: str,
        doc: dict[str, Any],
        specs: Mapping[str, Sequence[TextSpec]],
        objectives: dict[str, list[str]],
    ) -> dict[tuple[str, Path_], str]:
        file = self.file(lang)
        out: dict[tuple[str, Path_], str] = {}
        top = Fields(doc, self.problems, file)
        title = top.text("title", example='"..."')
        if title is not None:
            out[("", ("title",))] = title
            self.check_text(lang, ("", ("title",)), "title", "title", title, "title")
        objectives[lang] = self.check_objectives(lang, top)
        steps = top.raw("steps", False, "")
        top.finish()
        if steps is None:  # each step then says which table it misses
            steps = {}
        if not isinstance(steps, dict):
            what = f"must be tables like [steps.intro], not {describe(steps)}"
            self.problems.add(file, "steps", what, "see lessons/README.md")
            return out
        for sid in steps:
            if sid not in specs:
                self.problems.add(
                    file,
                    f'step "{sid}"',
                    "there is no step with this id in lesson.toml",
                    "remove it or fix the id",
                )
            elif not self.shown_in(sid, lang):
                self.problems.add(
                    file,
                    f'step "{sid}"',
                    f"this step is only shown in {', '.join(self.only[sid])} (its languages in lesson.toml)",
                    f'remove its texts from this file, or add "{lang}" to the step\'s languages',
                )
        for sid, spec_list in specs.items():
            if not self.shown_in(sid, lang):
                continue
            table = steps.get(sid)
            if table is None and not spec_list:  # a step without texts needs no table
                continue
            if not isinstance(table, dict):
                self.problems.add(
                    file,
                    f'step "{sid}"',
                    "its texts are missing",
                    f"add a [steps.{sid}] table with its texts",
                )
                continue
            out.update(self.check_step(lang, sid, _flatten(table), spec_list))
        return out

    def shown_in(self, step_id: str, lang: str) -> bool:
        only = self.only.get(step_id)
        return only is None or lang in only

    def check_objectives(self, lang: str, top: Fields) -> list[str]:
        file = self.file(lang)
        value = top.raw("objectives", True, '["...", "..."]')
        if value is None:
            return []
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            self.problems.add(
                file, "objectives", "must be a list of 1 to 5 texts", 'write objectives = ["...", "..."]'
            )
            return []
        if len(value) > MAX_OBJECTIVES:
            self.problems.add(
                file, "objectives", f"has {len(value)} entries", f"keep at most {MAX_OBJECTIVES}"
            )
        for i, text in enumerate(value, 1):
            self.check_text(lang, ("", ("objectives", str(i))), f"objective {i}", "objective", text, "label")
        return list(value)

    def check_step(self, lang: str, sid: str, flat: dict[Path_, Any], spec_list: Sequence[TextSpec]) -> dict:
        file = self.file(lang)
        out: dict[tuple[str, Path_], str] = {}
        wanted = {s.path for s in spec_list}
        for path in flat:
            if path not in wanted:
                where, field = where_of(sid, path)
                self.problems.add(
                    file, where, f"{field} is not a text this step uses", "remove it or check its spelling"
                )
        for spec in spec_list:
            where, field = where_of(sid, spec.path)
            value = flat.get(spec.path)
            if value is None and spec.default is not None:
                value = spec.default.get(lang, next(iter(spec.default.values())))
                if value == "":  # an optional text left out
                    out[(sid, spec.path)] = value
                    continue
            if value is None:
                self.problems.add(
                    file, where, f"{field} is missing", "add it so every language has the same keys"
                )
            elif not isinstance(value, str):
                self.problems.add(
                    file,
                    where,
                    f"{field} must be text in quotes, not {describe(value)}",
                    'write it like "..."',
                )
            else:
                out[(sid, spec.path)] = value
                self.check_text(lang, (sid, spec.path), where, field, value, spec.size)
        return out


def check_strings(
    folder: Path,
    languages: Sequence[str],
    specs: Mapping[str, Sequence[TextSpec]],
    problems: Problems,
    *,
    deep: bool,
    only: Mapping[str, Sequence[str]] | None = None,
) -> LessonTexts | None:
    """Read ``strings/<lang>.toml`` for every language; None (with problems added) when anything is wrong.
    ``only`` names the steps shown in some languages only: their texts are in those files alone."""
    return _Checker(folder, languages, problems, deep, only).check(specs)
