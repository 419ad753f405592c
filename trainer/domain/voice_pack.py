"""Recorded voice packs as plain data: which string a recording says, coverage, what must be recorded again.

A volunteer records a lesson string by string (one paragraph, label or feedback at a time). A recording
remembers the exact words it says; it is played only for those words. When a lesson's text changes, the
recording of the old words is "stale": the coverage view asks for it again, and the learner hears the
computer's voice meanwhile, never the old words.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields, is_dataclass
from functools import cached_property

from trainer.domain.lessons import Lesson, LessonText

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_FILLED_IN = re.compile(r"%\d")


def text_key(lang: str, text: str) -> str:
    """The name of the recording of ``text``: changes with every character, so old words never match."""
    norm = " ".join(text.split())
    return hashlib.sha256(f"{lang}\x1f{norm}".encode()).hexdigest()[:24]


@dataclass(frozen=True)
class Recording:
    lesson: str  # lesson id, or ``app_words.APP_WORDS`` for the app's own sentences
    string: str  # where in the lesson: "intro/text/2" (step, field, paragraph)
    lang: str
    text: str  # the exact words recorded
    file: str  # clips/<key>.wav inside the pack
    seconds: float

    @property
    def key(self) -> str:
        return text_key(self.lang, self.text)


@dataclass(frozen=True)
class VoicePack:
    id: str
    name: str  # "李阿姨"
    variety: str  # "四川话"
    lang: str  # the lessons' language it reads (zh_CN or en)
    recordings: tuple[Recording, ...] = ()
    version: int = 1

    @property
    def label(self) -> str:
        """How the pack is shown: "四川话 · 李阿姨"."""
        return f"{self.variety} · {self.name}" if self.variety else self.name

    def clip_for(self, lang: str, text: str) -> Recording | None:
        return self._by_key.get((lang, text_key(lang, text)))

    @cached_property
    def _by_key(self) -> dict[tuple[str, str], Recording]:
        """Recordings by (language, words): a lookup per line read, not a pass over thousands of them."""
        return {(r.lang, r.key): r for r in self.recordings}


@dataclass(frozen=True)
class LessonString:
    lesson: str
    string: str
    lang: str
    text: str

    @property
    def recordable(self) -> bool:
        """A text with the learner's name ({name} in a lesson) or a number filled in by the app (%1) is
        different each time: it cannot be recorded whole."""
        return "{" not in self.text and not _FILLED_IN.search(self.text)


def lesson_strings(lesson: Lesson, lang: str) -> list[LessonString]:
    """Every text of a lesson a learner hears, paragraph by paragraph, in the order of the lesson."""
    out: list[LessonString] = [LessonString(lesson.id, "title", lang, lesson.title.get(lang))]
    for step in lesson.steps:
        for where, text in _texts(step, step.id):
            for i, para in enumerate(text.paragraphs(lang) or (text.get(lang),), 1):
                out.append(LessonString(lesson.id, f"{where}/{i}", lang, para))
    seen: set[str] = set()
    unique = []
    for s in out:  # the same words twice (a label repeated) need one recording
        if s.text.strip() and s.text not in seen:
            seen.add(s.text)
            unique.append(s)
    return unique


def _texts(obj: object, where: str) -> Iterator[tuple[str, LessonText]]:
    if isinstance(obj, LessonText):
        yield where, obj
    elif isinstance(obj, tuple | list):
        for i, x in enumerate(obj):
            yield from _texts(x, f"{where}/{getattr(x, 'id', i)}")
    elif isinstance(obj, dict):
        for k, x in obj.items():
            yield from _texts(x, f"{where}/{k}")
    elif is_dataclass(obj):
        for f in fields(obj):
            if f.name != "id":
                yield from _texts(getattr(obj, f.name), f"{where}/{f.name}")


@dataclass(frozen=True)
class Coverage:
    lesson: str
    recorded: tuple[LessonString, ...]
    stale: tuple[tuple[LessonString, Recording], ...]  # the text changed since it was recorded
    missing: tuple[LessonString, ...]
    unrecordable: tuple[LessonString, ...]  # says the learner's name: always the computer's voice

    @property
    def total(self) -> int:
        return len(self.recorded) + len(self.stale) + len(self.missing)

    @property
    def share(self) -> float:
        return len(self.recorded) / self.total if self.total else 1.0


def coverage(pack: VoicePack, lesson: Lesson) -> Coverage:
    return coverage_of(pack, lesson.id, lesson_strings(lesson, pack.lang))


def coverage_of(pack: VoicePack, lesson_id: str, strings: Sequence[LessonString]) -> Coverage:
    """What of ``strings`` (a lesson's, or the app's own sentences) the pack has, has in old words, lacks."""
    by_place = {(r.lesson, r.string): r for r in pack.recordings if r.lang == pack.lang}
    recorded, stale, missing, unrecordable = [], [], [], []
    for s in strings:
        if not s.recordable:
            unrecordable.append(s)
        elif pack.clip_for(s.lang, s.text) is not None:
            recorded.append(s)
        elif (s.lesson, s.string) in by_place:
            stale.append((s, by_place[(s.lesson, s.string)]))
        else:
            missing.append(s)
    return Coverage(lesson_id, tuple(recorded), tuple(stale), tuple(missing), tuple(unrecordable))
