"""Tutor-mode tables (schema v2): the centre, the sign-in guard, sign-offs, and the attempt totals;
and the learners' PIN guard (schema v3).

Imported by ``tables.py`` so that ``tables.metadata`` describes the whole schema. The totals
triggers are taken from the frozen migration that made them (``migrations/v002_tutoring.py``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DDL, CheckConstraint, Index, event
from sqlmodel import SQLModel

from trainer.storage.columns import learner_fk, text, when
from trainer.storage.migrations import frozen_trigger


class CentreRow(SQLModel, table=True):
    __tablename__ = "centre"
    id: str = text(primary_key=True)
    name: str = text()
    place: str = text()
    code: str = text()
    created_at: datetime = when()


class CentreSettingRow(SQLModel, table=True):
    """A choice a tutor made for every PC of the centre (v8; read and written by ``centre_settings``)."""

    __tablename__ = "centre_setting"
    key: str = text(primary_key=True)
    value: str = text()
    updated_at: datetime = when()


class SignInGuardRow(SQLModel, table=True):
    """Wrong PINs in a row and how often the scope was locked; survives restarts on purpose."""

    __tablename__ = "sign_in_guard"
    scope: str = text(primary_key=True)
    failed_count: int
    lockouts: int
    locked_until: datetime | None = when(default=None, nullable=True)
    updated_at: datetime = when()


class LearnerPinGuardRow(SQLModel, table=True):
    """Wrong learner PINs in a row and until when the next try must wait (v3, ``domain.pin_wait``)."""

    __tablename__ = "learner_pin_guard"
    learner_id: str = learner_fk(primary_key=True)
    failed_count: int
    wait_until: datetime | None = when(default=None, nullable=True)
    updated_at: datetime = when()


class SignOffRow(SQLModel, table=True):
    """A tutor watched the learner do a tier's (or a lesson's) practical tasks and signed it off."""

    __tablename__ = "sign_off"
    __table_args__ = (
        CheckConstraint("(tier IS NULL) <> (lesson_id IS NULL)", name="ck_sign_off_target"),
        Index("ix_sign_off_learner", "learner_id", "created_at"),
    )
    id: str = text(primary_key=True)
    learner_id: str = learner_fk()
    tier: str | None = text(default=None, nullable=True)
    lesson_id: str | None = text(default=None, nullable=True)
    tutor_id: str = text(foreign_key="tutor.id")
    tutor_name: str = text()  # as it was when signing (printed on certificates)
    note: str | None = text(default=None, nullable=True)
    created_at: datetime = when()
    withdrawn_at: datetime | None = when(default=None, nullable=True)


class StepStatsRow(SQLModel, table=True):
    """Running totals per learner, lesson and step, kept by the ``attempt_stats`` trigger."""

    __tablename__ = "step_stats"
    learner_id: str = learner_fk(primary_key=True)
    lesson_id: str = text(primary_key=True)
    step_id: str = text(primary_key=True)
    tries: int
    wrong: int
    time_ms: int
    first_at: datetime = when()
    last_at: datetime = when()


class LearnerStatsRow(SQLModel, table=True):
    """Running totals per learner, and the worst step over the lessons not mastered yet."""

    __tablename__ = "learner_stats"
    learner_id: str = learner_fk(primary_key=True)
    tries: int
    wrong: int
    time_ms: int
    open_worst_wrong: int
    open_worst_time_ms: int
    first_at: datetime = when()
    last_at: datetime = when()


class LessonStatsRow(SQLModel, table=True):
    """Running totals per learner and lesson, with the worst step's wrong tries and time."""

    __tablename__ = "lesson_stats"
    learner_id: str = learner_fk(primary_key=True)
    lesson_id: str = text(primary_key=True)
    tries: int
    wrong: int
    time_ms: int
    worst_step_wrong: int
    worst_step_time_ms: int
    first_at: datetime = when()
    last_at: datetime = when()


# The triggers that keep the totals, exactly as migration v2 created them (not a copy: the rule
# "pauses over five minutes do not count" is written once in SQL, there, and
# tests/storage/test_attempt_totals.py checks that it is ``domain.progress.IDLE_MS``).
STATS_TRIGGERS = {
    name: frozen_trigger(2, name)
    for name in ("attempt_stats", "progress_status_stats", "progress_insert_stats")
}
for _sql in STATS_TRIGGERS.values():
    event.listen(SQLModel.metadata, "after_create", DDL(_sql))
