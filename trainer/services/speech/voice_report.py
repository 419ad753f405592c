"""What each recorded voice covers: per lesson, the texts recorded, to record again (the lesson's words
changed) and not yet recorded. For the tutor's coverage view and ``trainer voices``. No Qt.

Lessons are those a learner in the pack's language sees (``LessonLibrary.catalogue_for``): a step written
for Chinese learners only is not asked of an English voice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from trainer.domain.lessons import Lesson
from trainer.domain.voice_pack import Coverage, VoicePack, coverage
from trainer.services.speech.voices import VoiceLibrary


@dataclass(frozen=True)
class PackReport:
    pack: VoicePack
    lessons: tuple[tuple[Lesson, Coverage], ...]

    @property
    def recorded(self) -> int:
        return sum(len(c.recorded) for _, c in self.lessons)

    @property
    def stale(self) -> int:
        return sum(len(c.stale) for _, c in self.lessons)

    @property
    def missing(self) -> int:
        return sum(len(c.missing) for _, c in self.lessons)

    @property
    def total(self) -> int:
        return sum(c.total for _, c in self.lessons)

    @property
    def share(self) -> float:
        return self.recorded / self.total if self.total else 0.0

    def of(self, lesson_id: str) -> Coverage | None:
        return next((c for lesson, c in self.lessons if lesson.id == lesson_id), None)


def report(pack: VoicePack, lessons: Sequence[Lesson]) -> PackReport:
    """``lessons``: those of the pack's language (the learner's view in that language)."""
    return PackReport(pack, tuple((x, coverage(pack, x)) for x in lessons if pack.lang in x.languages))


def reports(library: VoiceLibrary, lessons_for: Callable[[str], Sequence[Lesson]]) -> list[PackReport]:
    """Every pack on this PC with its coverage; ``lessons_for(lang)`` gives the lessons of a language."""
    return [report(pack, lessons_for(pack.lang)) for pack in library.packs()]
