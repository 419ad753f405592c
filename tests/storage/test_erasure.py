"""Erasing a learner erases everything of theirs, in one go, and nobody else's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.exc import IntegrityError
from storage_helpers import count, rows

from trainer.domain.learner import COLOURS
from trainer.storage import clock
from trainer.storage.engine import write_session
from trainer.storage.tables import CertificateRow, LessonProgressRow

T0 = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
OWNED = ("learner_settings", "lesson_progress", "attempt", "help_request")


def _give_everything(db, learners, attempts, help_requests, name: str) -> str:
    learner = learners.create(name, "sun", COLOURS[0], "en")
    attempts.append(learner.id, "mouse", 1, "point", "icon", True, 1000)
    attempts.append(learner.id, "mouse", 1, "drag", "icon", False, 2000)
    help_requests.add(learner.id, "mouse", "drag")
    with write_session(db.engine) as session:
        session.add(
            LessonProgressRow(
                id=clock.new_id(),
                learner_id=learner.id,
                lesson_id="mouse",
                lesson_version=1,
                status="mastered",
                score=0.9,
                started_at=T0,
                updated_at=T0,
                mastered_at=T0,
            )
        )
        session.add(
            CertificateRow(
                id=clock.new_id(),
                learner_id=learner.id,
                learner_name=name,
                kind="lesson",
                issued_at=T0,
                credential_hash=f"sha256:{name}",
            )
        )
    return learner.id


def _owned_counts(path, learner_id: str) -> dict[str, int]:
    return {t: rows(path, f"SELECT count(*) FROM {t} WHERE learner_id = ?", learner_id)[0][0] for t in OWNED}


def test_delete_cascades_to_all_learner_rows_and_keeps_others(db, learners, attempts, help_requests):
    ann = _give_everything(db, learners, attempts, help_requests, "Ann")
    bob = _give_everything(db, learners, attempts, help_requests, "Bob")
    assert _owned_counts(db.path, ann) == {
        "learner_settings": 1,
        "lesson_progress": 1,
        "attempt": 2,
        "help_request": 1,
    }

    assert learners.delete(ann) is True

    assert learners.get(ann) is None
    assert _owned_counts(db.path, ann) == dict.fromkeys(OWNED, 0)
    assert _owned_counts(db.path, bob) == {
        "learner_settings": 1,
        "lesson_progress": 1,
        "attempt": 2,
        "help_request": 1,
    }
    # the certificate outlives the learner: name kept, link cut
    certificates = rows(db.path, "SELECT learner_id, learner_name FROM certificate ORDER BY learner_name")
    assert certificates == [(None, "Ann"), (bob, "Bob")]
    assert [t.id for t in learners.list_tiles()] == [bob]
    assert rows(db.path, "PRAGMA foreign_key_check") == []


def test_delete_unknown_learner_is_false_and_changes_nothing(db, learners, attempts, help_requests):
    _give_everything(db, learners, attempts, help_requests, "Ann")
    assert learners.delete("no-such-id") is False
    assert count(db.path, "attempt") == 2 and count(db.path, "learner") == 1


def test_lesson_progress_is_unique_per_learner_and_lesson(db, learners):
    ann = learners.create("Ann", "sun", COLOURS[0], "en")

    def progress(lesson_id: str = "mouse", status: str = "in_progress") -> LessonProgressRow:
        return LessonProgressRow(
            id=clock.new_id(),
            learner_id=ann.id,
            lesson_id=lesson_id,
            lesson_version=1,
            status=status,
            started_at=T0,
            updated_at=T0,
        )

    with write_session(db.engine) as session:
        session.add(progress())
    with pytest.raises(IntegrityError, match="UNIQUE"), write_session(db.engine) as session:
        session.add(progress())
    with pytest.raises(IntegrityError, match="CHECK"), write_session(db.engine) as session:
        session.add(progress(lesson_id="typing", status="done"))  # not one of the three states
    assert count(db.path, "lesson_progress") == 1
