"""Tutor-mode tables (schema v2): the centre, the sign-in guard, sign-offs, and the attempt totals;
and the learners' PIN guard (schema v3).

Imported by ``tables.py`` so that ``tables.metadata`` describes the whole schema. The SQL of the
totals trigger is a copy of the frozen one in ``migrations/v002_tutoring.py``; the schema test
compares the two.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DDL, CheckConstraint, Index, event
from sqlmodel import SQLModel

from trainer.storage.columns import learner_fk, text, when


class CentreRow(SQLModel, table=True):
    __tablename__ = "centre"
    id: str = text(primary_key=True)
    name: str = text()
    place: str = text()
    code: str = text()
    created_at: datetime = when()


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


# Copies of the frozen triggers in migrations/v002_tutoring.py (the schema test compares them).
STATS_TRIGGERS = {
    "attempt_stats": """CREATE TRIGGER attempt_stats AFTER INSERT ON attempt
    BEGIN
        INSERT INTO step_stats (learner_id, lesson_id, step_id, tries, wrong, time_ms, first_at, last_at)
        VALUES (NEW.learner_id, NEW.lesson_id, NEW.step_id, 1, NEW.correct IS 0,
            CASE WHEN NEW.duration_ms BETWEEN 0 AND 300000 THEN NEW.duration_ms ELSE 0 END,
            NEW.created_at, NEW.created_at)
        ON CONFLICT (learner_id, lesson_id, step_id) DO UPDATE SET
            tries = tries + 1, wrong = wrong + excluded.wrong, time_ms = time_ms + excluded.time_ms,
            first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at);
        INSERT INTO lesson_stats (learner_id, lesson_id, tries, wrong, time_ms, worst_step_wrong,
            worst_step_time_ms, first_at, last_at)
        SELECT NEW.learner_id, NEW.lesson_id, 1, NEW.correct IS 0,
            CASE WHEN NEW.duration_ms BETWEEN 0 AND 300000 THEN NEW.duration_ms ELSE 0 END,
            s.wrong, s.time_ms, NEW.created_at, NEW.created_at
        FROM step_stats AS s
        WHERE s.learner_id = NEW.learner_id AND s.lesson_id = NEW.lesson_id AND s.step_id = NEW.step_id
        ON CONFLICT (learner_id, lesson_id) DO UPDATE SET
            tries = tries + 1, wrong = wrong + excluded.wrong, time_ms = time_ms + excluded.time_ms,
            worst_step_wrong = max(worst_step_wrong, excluded.worst_step_wrong),
            worst_step_time_ms = max(worst_step_time_ms, excluded.worst_step_time_ms),
            first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at);
        INSERT INTO learner_stats (learner_id, tries, wrong, time_ms, open_worst_wrong,
            open_worst_time_ms, first_at, last_at)
        SELECT NEW.learner_id, 1, NEW.correct IS 0,
            CASE WHEN NEW.duration_ms BETWEEN 0 AND 300000 THEN NEW.duration_ms ELSE 0 END,
            CASE WHEN p.status IS 'mastered' THEN 0 ELSE s.worst_step_wrong END,
            CASE WHEN p.status IS 'mastered' THEN 0 ELSE s.worst_step_time_ms END,
            NEW.created_at, NEW.created_at
        FROM lesson_stats AS s
        LEFT JOIN lesson_progress AS p ON p.learner_id = s.learner_id AND p.lesson_id = s.lesson_id
        WHERE s.learner_id = NEW.learner_id AND s.lesson_id = NEW.lesson_id
        ON CONFLICT (learner_id) DO UPDATE SET
            tries = tries + 1, wrong = wrong + excluded.wrong, time_ms = time_ms + excluded.time_ms,
            open_worst_wrong = max(open_worst_wrong, excluded.open_worst_wrong),
            open_worst_time_ms = max(open_worst_time_ms, excluded.open_worst_time_ms),
            first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at);
    END""",
    "progress_status_stats": """CREATE TRIGGER progress_status_stats AFTER UPDATE OF status ON lesson_progress
    WHEN NEW.status IS NOT OLD.status
    BEGIN
        UPDATE learner_stats SET (open_worst_wrong, open_worst_time_ms) = (
            SELECT coalesce(max(s.worst_step_wrong), 0), coalesce(max(s.worst_step_time_ms), 0)
            FROM lesson_stats AS s
            LEFT JOIN lesson_progress AS p ON p.learner_id = s.learner_id AND p.lesson_id = s.lesson_id
            WHERE s.learner_id = NEW.learner_id AND p.status IS NOT 'mastered'
        )
        WHERE learner_id = NEW.learner_id;
    END""",
    "progress_insert_stats": """CREATE TRIGGER progress_insert_stats AFTER INSERT ON lesson_progress
    WHEN NEW.status = 'mastered'
    BEGIN
        UPDATE learner_stats SET (open_worst_wrong, open_worst_time_ms) = (
            SELECT coalesce(max(s.worst_step_wrong), 0), coalesce(max(s.worst_step_time_ms), 0)
            FROM lesson_stats AS s
            LEFT JOIN lesson_progress AS p ON p.learner_id = s.learner_id AND p.lesson_id = s.lesson_id
            WHERE s.learner_id = NEW.learner_id AND p.status IS NOT 'mastered'
        )
        WHERE learner_id = NEW.learner_id;
    END""",
}
# after every table exists: the triggers read and write several tables
for _sql in STATS_TRIGGERS.values():
    event.listen(SQLModel.metadata, "after_create", DDL(_sql))
