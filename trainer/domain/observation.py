"""Tasks a tutor watches the learner do on their own phone: the ``own-phone`` step (a short checklist)
and the items a tutor ticked, with their PIN, as evidence. Pure data: no Qt, no SQL.

The checklist is evidence for the tutor's sign-off and for certificates (assessment method "tutor
observation"); it is not part of the mastery rule, so a learner alone at home can still master the
lesson. A tick made by mistake is withdrawn, never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from trainer.domain.lessons import LessonText, Step

OWN_PHONE = "own-phone"
MAX_ITEMS = 6


@dataclass(frozen=True)
class OwnPhoneStep(Step):
    """ "Try it on your own phone": what to do (``intro``) and the checklist the tutor ticks."""

    intro: LessonText
    items: tuple[tuple[str, LessonText], ...]  # (item id, what the learner does), in order
    kind: ClassVar[str] = OWN_PHONE

    def item(self, item_id: str) -> LessonText:
        for iid, text in self.items:
            if iid == item_id:
                return text
        raise KeyError(item_id)


@dataclass(frozen=True)
class Observation:
    """One checklist item a tutor saw the learner do."""

    id: str
    learner_id: str
    lesson_id: str
    lesson_version: int
    step_id: str
    item_id: str
    tutor_id: str
    tutor_name: str  # as it was when ticking
    created_at: datetime
    withdrawn_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


def observed_steps(lesson) -> tuple[OwnPhoneStep, ...]:
    return tuple(s for s in lesson.steps if isinstance(s, OwnPhoneStep))
