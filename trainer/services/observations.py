"""Tutor-observed tasks on the learner's own phone: the tutor ticks what they saw and confirms with
their PIN (the same PIN check and lockout as tutor sign-in: ``TutorService.sign_in``); a signed-in
tutor in tutor mode ticks without typing it again. The ticks are evidence for sign-offs and
certificates (``evidence_for``). A PIN check is slow on purpose (scrypt): call ``tick_with_pin`` off
the UI thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from trainer.domain.lessons import Lesson
from trainer.domain.observation import Observation, OwnPhoneStep, observed_steps
from trainer.domain.tutoring import LockedOut, SignedIn, Tutor, WrongPin


@dataclass(frozen=True)
class Ticked:
    """The PIN was right: these items are now on record (``added``: the new ones)."""

    tutor: Tutor
    added: tuple[Observation, ...]


@dataclass(frozen=True)
class EvidenceItem:
    """One observed item as sign-offs and certificates show it."""

    lesson_id: str
    step_id: str
    item_id: str
    text_zh: str
    text_en: str
    tutor_name: str
    observed: Observation


class ObservationService:
    def __init__(self, db) -> None:
        from trainer.storage.observations import ObservationRepository

        self._db = db
        self._repo = ObservationRepository(db)

    def tutors(self) -> list[Tutor]:
        """The tutors who may tick (active ones), for the step's "who is watching" choice."""
        from trainer.services.tutors import TutorService

        return TutorService(self._db).tutors()

    def tick_with_pin(
        self, tutor_id: str, pin: str, learner_id: str, lesson: Lesson, step_id: str, items: Sequence[str]
    ) -> Ticked | WrongPin | LockedOut:
        """On the learner's screen: the tutor's PIN, checked against the shared lockout, then the ticks."""
        from trainer.services.tutors import TutorService

        step = _step(lesson, step_id)
        chosen = _checked_items(step, items)
        result = TutorService(self._db).sign_in(tutor_id, pin)
        if not isinstance(result, SignedIn):
            return result
        return self.tick_as(result.tutor, learner_id, lesson, step.id, chosen)

    def tick_as(
        self, tutor: Tutor, learner_id: str, lesson: Lesson, step_id: str, items: Sequence[str]
    ) -> Ticked:
        """In tutor mode, by the tutor signed in there."""
        step = _step(lesson, step_id)
        added = self._repo.add(
            learner_id, lesson.id, lesson.version, step.id, _checked_items(step, items), tutor.id
        )
        return Ticked(tutor, tuple(added))

    def observed(self, learner_id: str, lesson_id: str | None = None) -> list[Observation]:
        return self._repo.for_learner(learner_id, lesson_id)

    def withdraw(self, observation_id: str) -> Observation:
        return self._repo.withdraw(observation_id)

    def evidence_for(self, learner_id: str, lessons: Iterable[Lesson]) -> list[EvidenceItem]:
        """The active ticks of ``lessons``' own-phone steps, in lesson order, with the item's words."""
        by_key = {(o.lesson_id, o.step_id, o.item_id): o for o in self._repo.for_learner(learner_id)}
        out: list[EvidenceItem] = []
        for lesson in lessons:
            for step in observed_steps(lesson):
                for item_id, text in step.items:
                    seen = by_key.get((lesson.id, step.id, item_id))
                    if seen is not None:
                        out.append(
                            EvidenceItem(
                                lesson.id,
                                step.id,
                                item_id,
                                text.get("zh_CN"),
                                text.get("en"),
                                seen.tutor_name,
                                seen,
                            )
                        )
        return out


def _step(lesson: Lesson, step_id: str) -> OwnPhoneStep:
    step = lesson.step(step_id)
    if not isinstance(step, OwnPhoneStep):
        raise ValueError(f"step {step_id!r} of {lesson.id!r} is not an own-phone checklist")
    return step


def _checked_items(step: OwnPhoneStep, items: Sequence[str]) -> tuple[str, ...]:
    known = {i for i, _ in step.items}
    unknown = [i for i in items if i not in known]
    if unknown:
        raise ValueError(f"step {step.id!r} has no item {unknown[0]!r}")
    if not items:
        raise ValueError("tick at least one item")
    return tuple(items)
