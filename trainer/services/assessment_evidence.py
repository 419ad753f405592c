"""What a certificate says about how the skills were assessed, from the learner's record: the measured
time on task (beside the planned hours), the assessment methods (quiz on first tries, practical tasks
in simulation, tutor observation) and the tasks a tutor watched on the learner's own phone."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from trainer.domain.assessment import TUTOR_OBSERVATION, ordered_methods
from trainer.domain.certificates import Achievement, Assessment, ObservedTask
from trainer.domain.progress import time_on_task_ms


def with_time_on_task(db, learner_id: str, achievement: Achievement) -> Achievement:
    """The achievement with the time the learner really spent on its lessons (every try, pauses over
    five minutes not counted), in whole minutes."""
    from trainer.storage.repositories import AttemptRepository

    ids = {x.id for x in achievement.lessons}
    attempts = [a for a in AttemptRepository(db).list_for(learner_id) if a.lesson_id in ids]
    return replace(achievement, time_on_task_minutes=round(time_on_task_ms(attempts) / 60000))


def with_methods(
    db, learner_id: str, achievement: Achievement, assessment: Assessment, lessons: Iterable
) -> Assessment:
    """The assessment with its methods and the tasks a tutor ticked on the learner's own phone.
    ``lessons``: the catalogue's lessons (for the checklist items' words)."""
    from trainer.services.observations import ObservationService

    on_it = {x.id for x in achievement.lessons}
    evidence = ObservationService(db).evidence_for(learner_id, [x for x in lessons if x.id in on_it])
    observed = tuple(
        ObservedTask(e.lesson_id, e.text_zh, e.text_en, e.tutor_name, e.observed.created_at) for e in evidence
    )
    methods = list(achievement.methods)
    if assessment.validated or observed:
        methods.append(TUTOR_OBSERVATION)
    return replace(assessment, methods=ordered_methods([*assessment.methods, *methods]), observed=observed)
