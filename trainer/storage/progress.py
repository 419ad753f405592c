"""Where each learner is in each lesson: the resume point and the cached status. The attempt log
(``AttemptRepository``) stays the source of truth; this table makes "continue where I left off" and
the home screen fast."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlmodel import col, select

from trainer.domain.progress import IN_PROGRESS, MASTERED, LessonProgress
from trainer.storage import clock
from trainer.storage.db import Database
from trainer.storage.engine import read_session, write_session
from trainer.storage.tables import LessonProgressRow


def _record(row: LessonProgressRow) -> LessonProgress:
    return LessonProgress(
        lesson_id=row.lesson_id,
        status=row.status,
        current_step_id=row.current_step_id,
        score=row.score,
        started_at=row.started_at,
        updated_at=row.updated_at,
        mastered_at=row.mastered_at,
        mastery_rule=json.loads(row.mastery_rule) if row.mastery_rule else None,
    )


class LessonProgressRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, learner_id: str, lesson_id: str) -> LessonProgress | None:
        with read_session(self._db.engine) as session:
            row = session.exec(self._query(learner_id, lesson_id)).first()
            return _record(row) if row else None

    def all_for(self, learner_id: str) -> dict[str, LessonProgress]:
        query = select(LessonProgressRow).where(col(LessonProgressRow.learner_id) == learner_id)
        with read_session(self._db.engine) as session:
            return {row.lesson_id: _record(row) for row in session.exec(query)}

    def start(
        self, learner_id: str, lesson_id: str, version: int, step_id: str, now: datetime | None = None
    ) -> None:
        """Begin a (new) run of a lesson at ``step_id``; a mastered lesson stays mastered."""
        now = clock.aware(now) if now else clock.utcnow()
        with write_session(self._db.engine) as session:
            row = session.exec(self._query(learner_id, lesson_id)).first()
            if row is None:
                row = LessonProgressRow(
                    id=clock.new_id(),
                    learner_id=learner_id,
                    lesson_id=lesson_id,
                    lesson_version=version,
                    status=IN_PROGRESS,
                    started_at=now,
                    updated_at=now,
                )
            row.lesson_version = version
            row.current_step_id = step_id
            row.started_at = now
            row.updated_at = now
            if row.mastered_at is None:
                row.status = IN_PROGRESS
            session.add(row)

    def move_to(
        self, learner_id: str, lesson_id: str, step_id: str | None, now: datetime | None = None
    ) -> None:
        now = clock.aware(now) if now else clock.utcnow()
        with write_session(self._db.engine) as session:
            row = session.exec(self._query(learner_id, lesson_id)).first()
            if row is None:
                return
            row.current_step_id = step_id
            row.updated_at = now
            session.add(row)

    def finish(
        self,
        learner_id: str,
        lesson_id: str,
        score: float,
        passed: bool,
        now: datetime | None = None,
        rule: Mapping[str, Any] | None = None,
    ) -> None:
        """End of a run: remember the score; mastery is kept once reached, with the rule it was
        reached by (``rule``: ``MasteryRule.to_json``). Until then the record keeps the latest run's rule."""
        now = clock.aware(now) if now else clock.utcnow()
        with write_session(self._db.engine) as session:
            row = session.exec(self._query(learner_id, lesson_id)).first()
            if row is None:
                return
            row.score = max(score, row.score or 0.0) if row.mastered_at else score
            row.current_step_id = None
            row.updated_at = now
            if rule is not None and row.mastered_at is None:
                row.mastery_rule = json.dumps(dict(rule), ensure_ascii=False, sort_keys=True)
            if passed and row.mastered_at is None:
                row.mastered_at = now
            if row.mastered_at is not None:
                row.status = MASTERED
            session.add(row)

    @staticmethod
    def _query(learner_id: str, lesson_id: str):
        return select(LessonProgressRow).where(
            col(LessonProgressRow.learner_id) == learner_id, col(LessonProgressRow.lesson_id) == lesson_id
        )
