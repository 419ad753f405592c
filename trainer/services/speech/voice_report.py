"""What each recorded voice covers: per lesson, the texts recorded, to record again (the lesson's words
changed) and not yet recorded. For the tutor's coverage view and ``trainer voices``. No Qt.

The app's own spoken sentences (drill hints, quiz verdicts: ``domain.app_words``) count as one more
entry, ``words``, beside the lessons.

Lessons are those a learner in the pack's language sees (``LessonLibrary.catalogue_for``): a step written
for Chinese learners only is not asked of an English voice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from trainer.domain.app_words import APP_WORDS
from trainer.domain.lessons import Lesson
from trainer.domain.voice_pack import Coverage, LessonString, VoicePack, coverage, coverage_of
from trainer.services.speech.voices import VoiceLibrary


@dataclass(frozen=True)
class PackReport:
    pack: VoicePack
    lessons: tuple[tuple[Lesson, Coverage], ...]
    words: Coverage | None = None  # the app's own spoken sentences

    @property
    def coverages(self) -> list[Coverage]:
        return [c for _, c in self.lessons] + ([self.words] if self.words is not None else [])

    @property
    def recorded(self) -> int:
        return sum(len(c.recorded) for c in self.coverages)

    @property
    def stale(self) -> int:
        return sum(len(c.stale) for c in self.coverages)

    @property
    def missing(self) -> int:
        return sum(len(c.missing) for c in self.coverages)

    @property
    def total(self) -> int:
        return sum(c.total for c in self.coverages)

    @property
    def share(self) -> float:
        return self.recorded / self.total if self.total else 0.0

    def of(self, lesson_id: str) -> Coverage | None:
        if lesson_id == APP_WORDS:
            return self.words
        return next((c for lesson, c in self.lessons if lesson.id == lesson_id), None)


def report(
    pack: VoicePack, lessons: Sequence[Lesson], app_words: Sequence[LessonString] | None = None
) -> PackReport:
    """``lessons``: those of the pack's language (the learner's view in that language); ``app_words``:
    the app's spoken sentences in it (``services.speech.app_words``), None to leave them out."""
    words = coverage_of(pack, APP_WORDS, app_words) if app_words is not None else None
    return PackReport(pack, tuple((x, coverage(pack, x)) for x in lessons if pack.lang in x.languages), words)


def reports(
    library: VoiceLibrary,
    lessons_for: Callable[[str], Sequence[Lesson]],
    app_words_for: Callable[[str], Sequence[LessonString]] | None = None,
) -> list[PackReport]:
    """Every pack on this PC with its coverage; ``lessons_for(lang)`` gives the lessons of a language,
    ``app_words_for(lang)`` the app's spoken sentences in it."""
    return [
        report(pack, lessons_for(pack.lang), app_words_for(pack.lang) if app_words_for else None)
        for pack in library.packs()
    ]
