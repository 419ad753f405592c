"""Repositories: the use cases' way in and out of the database. They return domain objects and
records, never SQLModel rows, and each writing method is one transaction (``BEGIN IMMEDIATE``).

Importing this module imports SQLModel (about 0.6 s): the sign-in screen should call
``Database.list_tiles()`` instead, which answers the same question with stdlib ``sqlite3``.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, delete, select

from trainer.domain.learner import (
    Learner,
    LearnerSettings,
)
from trainer.storage import clock
from trainer.storage.db import Database
from trainer.storage.engine import read_session, write_session
from trainer.storage.errors import NotFound
from trainer.storage.learner_fields import checked_fields
from trainer.storage.records import Attempt, HelpRequest
from trainer.storage.tables import AttemptRow, HelpRequestRow, LearnerRow, LearnerSettingsRow


class LearnerRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list_tiles(self) -> list[Learner]:
        return self._db.list_tiles()

    def create(self, name: str, avatar: str, colour: str, language: str) -> Learner:
        """A new learner and their default settings, in one transaction."""
        name = _checked(name=name, avatar=avatar, colour=colour, language=language)["name"]
        now = clock.utcnow()
        row = LearnerRow(
            id=clock.new_id(), name=name, avatar=avatar, colour=colour, language=language, created_at=now
        )
        with write_session(self._db.engine) as session:
            session.add(row)
            session.flush()  # the learner row first: the settings row refers to it
            session.add(_settings_row(row.id, LearnerSettings(), now))
            return _learner(row)

    def get(self, learner_id: str) -> Learner | None:
        with read_session(self._db.engine) as session:
            row = session.get(LearnerRow, learner_id)
            return _learner(row) if row else None

    def update(
        self,
        learner_id: str,
        *,
        name: str | None = None,
        avatar: str | None = None,
        colour: str | None = None,
        language: str | None = None,
    ) -> Learner:
        """Change the given fields; the others stay as they are (even if no longer offered)."""
        changes = _checked(name=name, avatar=avatar, colour=colour, language=language)
        with write_session(self._db.engine) as session:
            row = _learner_row(session, learner_id)
            for field, value in changes.items():
                setattr(row, field, value)
            session.add(row)
            return _learner(row)

    def rename(self, learner_id: str, name: str) -> Learner:
        return self.update(learner_id, name=name)

    def set_pin(self, learner_id: str, pin_hash: str | None) -> None:
        """Store a PIN hash (``trainer.domain.pins.hash_pin``), or None to remove the PIN."""
        with write_session(self._db.engine) as session:
            row = _learner_row(session, learner_id)
            row.pin_hash = pin_hash
            session.add(row)

    def pin_hash(self, learner_id: str) -> str | None:
        with read_session(self._db.engine) as session:
            return _learner_row(session, learner_id).pin_hash

    def settings(self, learner_id: str) -> LearnerSettings:
        with read_session(self._db.engine) as session:
            row = session.get(LearnerSettingsRow, learner_id)
            if row is None:
                _learner_row(session, learner_id)  # NotFound when the learner is gone
                return LearnerSettings()
            return LearnerSettings(
                text_size=row.text_size,
                high_contrast=bool(row.high_contrast),
                speech_on=bool(row.speech_on),
                speech_rate=row.speech_rate,
                double_click_ms=row.double_click_ms,
                reduced_motion=bool(row.reduced_motion),
                voice=row.voice or "",
            )

    def save_settings(self, learner_id: str, settings: LearnerSettings) -> LearnerSettings:
        """Save the settings brought into range (``normalised``) and return what was saved."""
        settings = settings.normalised()
        with write_session(self._db.engine) as session:
            _learner_row(session, learner_id)
            session.merge(_settings_row(learner_id, settings, clock.utcnow()))
        return settings

    def touch(self, learner_id: str, now: datetime | None = None) -> None:
        """Mark the learner as active now (the sign-in screen lists the most recent first)."""
        self._set_time(learner_id, "last_active_at", now)

    def archive(self, learner_id: str, now: datetime | None = None) -> None:
        """Hide from the sign-in screen; all data kept."""
        self._set_time(learner_id, "archived_at", now)

    def delete(self, learner_id: str) -> bool:
        """Erase the learner and everything of theirs (settings, progress, attempts, help requests)
        in one transaction; certificates keep the printed name but lose the link. False if absent."""
        with write_session(self._db.engine) as session:
            result = session.exec(delete(LearnerRow).where(col(LearnerRow.id) == learner_id))
            return bool(result.rowcount)

    def _set_time(self, learner_id: str, column: str, now: datetime | None) -> None:
        with write_session(self._db.engine) as session:
            row = _learner_row(session, learner_id)
            setattr(row, column, clock.aware(now) if now else clock.utcnow())
            session.add(row)


class AttemptRepository:
    """The append-only answer log (the database refuses UPDATEs)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def append(
        self,
        learner_id: str,
        lesson_id: str,
        lesson_version: int,
        step_id: str,
        answer: Any,
        correct: bool | None,
        duration_ms: int,
        created_at: datetime | None = None,
        shown: tuple[str, ...] | list[str] | None = None,
    ) -> Attempt:
        """``shown``: for a quiz, its choice ids in the order the learner saw them."""
        created_at = clock.aware(created_at) if created_at else clock.utcnow()
        row = AttemptRow(
            id=clock.new_id(),
            learner_id=learner_id,
            lesson_id=lesson_id,
            lesson_version=int(lesson_version),
            step_id=step_id,
            answer=json.dumps(answer, ensure_ascii=False),
            correct=correct,
            duration_ms=max(0, int(duration_ms)),
            created_at=created_at,
            shown=None if shown is None else json.dumps(list(shown), ensure_ascii=False),
        )
        with write_session(self._db.engine) as session:
            _learner_row(session, learner_id)
            session.add(row)
        return _attempt(row)

    def list_for(self, learner_id: str, lesson_id: str | None = None) -> list[Attempt]:
        """Oldest first."""
        query = select(AttemptRow).where(col(AttemptRow.learner_id) == learner_id)
        if lesson_id is not None:
            query = query.where(col(AttemptRow.lesson_id) == lesson_id)
        query = query.order_by(col(AttemptRow.created_at), col(AttemptRow.id))
        with read_session(self._db.engine) as session:
            return [_attempt(row) for row in session.exec(query)]


class HelpRequestRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, learner_id: str, lesson_id: str, step_id: str) -> HelpRequest:
        row = HelpRequestRow(
            id=clock.new_id(),
            learner_id=learner_id,
            lesson_id=lesson_id,
            step_id=step_id,
            created_at=clock.utcnow(),
        )
        with write_session(self._db.engine) as session:
            _learner_row(session, learner_id)
            session.add(row)
        return _help(row)

    def list_open(self, learner_id: str | None = None) -> list[HelpRequest]:
        """Unresolved requests, oldest first (who has waited longest)."""
        query = select(HelpRequestRow).where(col(HelpRequestRow.resolved_at).is_(None))
        if learner_id is not None:
            query = query.where(col(HelpRequestRow.learner_id) == learner_id)
        query = query.order_by(col(HelpRequestRow.created_at), col(HelpRequestRow.id))
        with read_session(self._db.engine) as session:
            return [_help(row) for row in session.exec(query)]

    def resolve(self, request_id: str, resolved_by: str | None = None) -> HelpRequest:
        """Mark resolved; resolving twice keeps the first answer."""
        with write_session(self._db.engine) as session:
            row = session.get(HelpRequestRow, request_id)
            if row is None:
                raise NotFound("help_request", request_id)
            if row.resolved_at is None:
                row.resolved_at, row.resolved_by = clock.utcnow(), resolved_by
                session.add(row)
            return _help(row)


def _checked(**fields: str | None) -> dict[str, str]:
    """The given (not None) fields, checked (``storage.learner_fields``). Stored values are not
    re-checked on read."""
    return checked_fields({k: v for k, v in fields.items() if v is not None})


def _learner_row(session: Session, learner_id: str) -> LearnerRow:
    row = session.get(LearnerRow, learner_id)
    if row is None:
        raise NotFound("learner", learner_id)
    return row


def _learner(row: LearnerRow) -> Learner:
    return Learner(
        id=row.id,
        name=row.name,
        avatar=row.avatar,
        colour=row.colour,
        language=row.language,
        has_pin=row.pin_hash is not None,
        created_at=row.created_at,
        archived_at=row.archived_at,
        last_active_at=row.last_active_at,
    )


def _settings_row(learner_id: str, settings: LearnerSettings, now: datetime) -> LearnerSettingsRow:
    return LearnerSettingsRow(learner_id=learner_id, updated_at=now, **settings._asdict())


def _attempt(row: AttemptRow) -> Attempt:
    return Attempt(
        id=row.id,
        learner_id=row.learner_id,
        lesson_id=row.lesson_id,
        lesson_version=row.lesson_version,
        step_id=row.step_id,
        answer=json.loads(row.answer),
        correct=None if row.correct is None else bool(row.correct),
        duration_ms=row.duration_ms,
        created_at=row.created_at,
        shown=None if row.shown is None else tuple(json.loads(row.shown)),
    )


def _help(row: HelpRequestRow) -> HelpRequest:
    return HelpRequest(
        id=row.id,
        learner_id=row.learner_id,
        lesson_id=row.lesson_id,
        step_id=row.step_id,
        created_at=row.created_at,
        resolved_at=row.resolved_at,
        resolved_by=row.resolved_by,
    )
