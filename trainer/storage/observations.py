"""Checklist items a tutor watched a learner do on their own phone (``observation``, schema v4).
Each writing method is one transaction; a tick is withdrawn, never deleted."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import col, select

from trainer.domain.observation import Observation
from trainer.storage import clock
from trainer.storage.assessment_tables import ObservationRow
from trainer.storage.db import Database
from trainer.storage.engine import read_session, write_session
from trainer.storage.errors import NotFound
from trainer.storage.tables import LearnerRow, TutorRow


class ObservationRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self,
        learner_id: str,
        lesson_id: str,
        lesson_version: int,
        step_id: str,
        item_ids: Sequence[str],
        tutor_id: str,
        now: datetime | None = None,
    ) -> list[Observation]:
        """The items ticked by one tutor at one moment; items already ticked (and not withdrawn) for this
        step are kept as they were, not ticked twice."""
        now = clock.aware(now) if now else clock.utcnow()
        with write_session(self._db.engine) as session:
            if session.get(LearnerRow, learner_id) is None:
                raise NotFound("learner", learner_id)
            tutor = session.get(TutorRow, tutor_id)
            if tutor is None:
                raise NotFound("tutor", tutor_id)
            ticked = set(
                session.exec(
                    select(ObservationRow.item_id).where(
                        col(ObservationRow.learner_id) == learner_id,
                        col(ObservationRow.lesson_id) == lesson_id,
                        col(ObservationRow.step_id) == step_id,
                        col(ObservationRow.withdrawn_at).is_(None),
                    )
                )
            )
            rows = [
                ObservationRow(
                    id=clock.new_id(),
                    learner_id=learner_id,
                    lesson_id=lesson_id,
                    lesson_version=int(lesson_version),
                    step_id=step_id,
                    item_id=item,
                    tutor_id=tutor.id,
                    tutor_name=tutor.name,
                    created_at=now,
                )
                for item in dict.fromkeys(item_ids)
                if item not in ticked
            ]
            session.add_all(rows)
            return [_observation(r) for r in rows]

    def for_learner(
        self, learner_id: str, lesson_id: str | None = None, include_withdrawn: bool = False
    ) -> list[Observation]:
        """Oldest first."""
        query = select(ObservationRow).where(col(ObservationRow.learner_id) == learner_id)
        if lesson_id is not None:
            query = query.where(col(ObservationRow.lesson_id) == lesson_id)
        if not include_withdrawn:
            query = query.where(col(ObservationRow.withdrawn_at).is_(None))
        query = query.order_by(col(ObservationRow.created_at), col(ObservationRow.id))
        with read_session(self._db.engine) as session:
            return [_observation(r) for r in session.exec(query)]

    def withdraw(self, observation_id: str, now: datetime | None = None) -> Observation:
        """A tick made by mistake: marked withdrawn, kept for the record."""
        with write_session(self._db.engine) as session:
            row = session.get(ObservationRow, observation_id)
            if row is None:
                raise NotFound("observation", observation_id)
            if row.withdrawn_at is None:
                row.withdrawn_at = clock.aware(now) if now else clock.utcnow()
                session.add(row)
            return _observation(row)


def _observation(row: ObservationRow) -> Observation:
    return Observation(
        id=row.id,
        learner_id=row.learner_id,
        lesson_id=row.lesson_id,
        lesson_version=row.lesson_version,
        step_id=row.step_id,
        item_id=row.item_id,
        tutor_id=row.tutor_id,
        tutor_name=row.tutor_name,
        created_at=row.created_at,
        withdrawn_at=row.withdrawn_at,
    )
