"""Assessment tables (schema v4): checklist items a tutor watched the learner do on their own phone.

Imported by ``tables.py`` so that ``tables.metadata`` describes the whole schema (the frozen SQL is
``migrations/v004_assessment.py``; the schema test compares the two).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import SQLModel

from trainer.storage.columns import learner_fk, text, when


class ObservationRow(SQLModel, table=True):
    """One ticked item of a "try it on your own phone" step: who watched, when. Withdrawn, never deleted."""

    __tablename__ = "observation"
    __table_args__ = (Index("ix_observation_learner", "learner_id", "lesson_id", "created_at"),)
    id: str = text(primary_key=True)
    learner_id: str = learner_fk()
    lesson_id: str = text()
    lesson_version: int
    step_id: str = text()
    item_id: str = text()
    tutor_id: str = text(foreign_key="tutor.id")
    tutor_name: str = text()  # as it was when ticking (printed on certificates)
    created_at: datetime = when()
    withdrawn_at: datetime | None = when(default=None, nullable=True)
