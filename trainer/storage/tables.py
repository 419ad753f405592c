"""The current schema as SQLModel classes, for the repositories' sessions.

The migrations (raw SQL, frozen per version) are what build real databases; these classes describe
the result. ``tests/storage/test_migrations.py`` builds one database each way and compares them
column by column (``test_migrated_schema_equals_sqlmodel_metadata``), so the two cannot drift apart. Row classes end in ``Row``: they never leave the storage
layer (repositories hand out domain objects).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DDL, REAL, CheckConstraint, Index, event, text
from sqlmodel import Field, SQLModel

from trainer.storage.columns import UtcText  # noqa: F401 - kept importable from here
from trainer.storage.columns import learner_fk as _learner_fk
from trainer.storage.columns import text as _text
from trainer.storage.columns import when as _when


class SchemaVersionRow(SQLModel, table=True):
    __tablename__ = "schema_version"
    version: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    applied_at: datetime = _when()
    description: str = _text()


class LearnerRow(SQLModel, table=True):
    __tablename__ = "learner"
    id: str = _text(primary_key=True)
    name: str = _text()
    avatar: str = _text()
    colour: str = _text()
    language: str = _text()
    pin_hash: str | None = _text(default=None, nullable=True)
    created_at: datetime = _when()
    archived_at: datetime | None = _when(default=None, nullable=True)
    last_active_at: datetime | None = _when(default=None, nullable=True)
    # v2, optional, only for the anonymised summary (age band and gender where recorded)
    birth_year: int | None = Field(default=None, nullable=True)
    gender: str | None = _text(default=None, nullable=True)


class LearnerSettingsRow(SQLModel, table=True):
    __tablename__ = "learner_settings"
    learner_id: str = _learner_fk(primary_key=True)
    text_size: int
    high_contrast: bool
    speech_on: bool
    speech_rate: str = _text()
    double_click_ms: int
    reduced_motion: bool
    updated_at: datetime = _when()
    # v7: the recorded voice pack that reads to the learner, '' = the computer's voice
    voice: str = _text(default="", sa_column_kwargs={"server_default": ""})


class LessonProgressRow(SQLModel, table=True):
    __tablename__ = "lesson_progress"
    __table_args__ = (
        CheckConstraint(
            "status IN ('not_started', 'in_progress', 'mastered')", name="ck_lesson_progress_status"
        ),
        Index("ux_lesson_progress_learner_lesson", "learner_id", "lesson_id", unique=True),
        # v2: the mastered lessons per learner, for the tutor dashboard
        Index(
            "ix_lesson_progress_mastered", "learner_id", "lesson_id", sqlite_where=text("status = 'mastered'")
        ),
    )
    id: str = _text(primary_key=True)
    learner_id: str = _learner_fk()
    lesson_id: str = _text()
    lesson_version: int
    status: str = _text()
    current_step_id: str | None = _text(default=None, nullable=True)
    score: float | None = Field(default=None, sa_type=REAL, nullable=True)
    started_at: datetime = _when()
    updated_at: datetime = _when()
    mastered_at: datetime | None = _when(default=None, nullable=True)
    # v4: the rule the record was judged by (JSON, ``trainer.domain.assessment.MasteryRule``)
    mastery_rule: str | None = _text(default=None, nullable=True)


class AttemptRow(SQLModel, table=True):
    """Append-only (triggers below): one row per answer; erased only with its learner."""

    __tablename__ = "attempt"
    __table_args__ = (
        Index("ix_attempt_learner_lesson", "learner_id", "lesson_id", "created_at"),
        Index("ix_attempt_created_at", "created_at"),
    )
    id: str = _text(primary_key=True)
    learner_id: str = _learner_fk()
    lesson_id: str = _text()
    lesson_version: int
    step_id: str = _text()
    answer: str = _text()  # JSON
    correct: bool | None = Field(default=None, nullable=True)
    duration_ms: int
    created_at: datetime = _when()
    shown: str | None = _text(default=None, nullable=True)  # v4: JSON list, the choice order shown


class HelpRequestRow(SQLModel, table=True):
    __tablename__ = "help_request"
    __table_args__ = (
        Index("ix_help_request_learner", "learner_id"),
        Index("ix_help_request_open", "resolved_at", "created_at"),
    )
    id: str = _text(primary_key=True)
    learner_id: str = _learner_fk()
    lesson_id: str = _text()
    step_id: str = _text()
    created_at: datetime = _when()
    resolved_at: datetime | None = _when(default=None, nullable=True)
    resolved_by: str | None = _text(default=None, nullable=True)  # tutor id or name; no FK (merges)


class TutorRow(SQLModel, table=True):
    __tablename__ = "tutor"
    id: str = _text(primary_key=True)
    name: str = _text()
    pin_hash: str = _text()
    created_at: datetime = _when()
    archived_at: datetime | None = _when(default=None, nullable=True)


TRIGGERS = {
    "attempt_no_update": """CREATE TRIGGER attempt_no_update BEFORE UPDATE ON attempt
    BEGIN
        SELECT RAISE(ABORT, 'attempt is append-only');
    END""",
    "attempt_no_delete": """CREATE TRIGGER attempt_no_delete BEFORE DELETE ON attempt
    WHEN EXISTS (SELECT 1 FROM learner WHERE learner.id = OLD.learner_id)
    BEGIN
        SELECT RAISE(ABORT, 'attempt is append-only; erase the learner instead');
    END""",
}
for _sql in TRIGGERS.values():
    event.listen(AttemptRow.__table__, "after_create", DDL(_sql))  # type: ignore[attr-defined]

# v4: the tutor-observed checklist items; v2: the tutor-mode tables. Each lives in its own module,
# registered in the same metadata
from trainer.storage.assessment_tables import ObservationRow  # noqa: E402, F401

# v5: the certificate register and its revocations
from trainer.storage.certificate_tables import CertificateRevocationRow, CertificateRow  # noqa: E402, F401

# v6: sync's bookkeeping tables
from trainer.storage.sync import tables as _sync_tables  # noqa: E402, F401
from trainer.storage.tutor_tables import (  # noqa: E402, F401
    CentreRow,
    CentreSettingRow,
    LearnerPinGuardRow,
    LearnerStatsRow,
    LessonStatsRow,
    SignInGuardRow,
    SignOffRow,
    StepStatsRow,
)

metadata = SQLModel.metadata
