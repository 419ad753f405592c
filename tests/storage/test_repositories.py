"""Repositories against a real database file: what is saved is what comes back."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from storage_helpers import count, rows

from trainer.domain.learner import COLOURS, Learner, LearnerSettings
from trainer.domain.pins import check_pin, hash_pin
from trainer.storage.errors import InvalidValue, NotFound
from trainer.storage.records import Attempt

T0 = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def test_create_returns_learner_and_default_settings(learners, db):
    made = learners.create("  王   秀英 ", "teapot", COLOURS[1], "zh_CN")
    assert isinstance(made, Learner)
    assert made.name == "王 秀英"  # cleaned
    assert (made.avatar, made.colour, made.language, made.has_pin) == ("teapot", COLOURS[1], "zh_CN", False)
    assert made.created_at is not None and made.created_at.tzinfo is not None
    assert abs(datetime.now(UTC) - made.created_at) < timedelta(minutes=1)
    assert learners.get(made.id) == made
    assert learners.settings(made.id) == LearnerSettings()
    stored = rows(db.path, "SELECT learner_id, text_size, speech_rate FROM learner_settings")
    assert stored == [(made.id, 18, "normal")]


def test_ids_are_uuid_text_and_times_are_utc_iso_text(learners, db):
    made = learners.create("Ann", "sun", COLOURS[0], "en")
    (row,) = rows(db.path, "SELECT id, typeof(id), created_at, typeof(created_at) FROM learner")
    assert row[0] == made.id and len(made.id) == 36 and made.id.count("-") == 4
    assert row[1] == "text" and row[3] == "text"
    assert row[2].endswith("+00:00") and "T" in row[2]
    assert datetime.fromisoformat(row[2]) == made.created_at


def test_invalid_values_are_refused_and_nothing_is_written(learners, db):
    with pytest.raises(InvalidValue) as caught:
        learners.create("   ", "sun", COLOURS[0], "en")
    assert (caught.value.field, caught.value.problem) == ("name", "empty")
    with pytest.raises(InvalidValue) as caught:
        learners.create("Ann", "dragon", COLOURS[0], "en")
    assert caught.value.field == "avatar"
    with pytest.raises(InvalidValue):
        learners.create("Ann", "sun", COLOURS[0], "fr")
    assert count(db.path, "learner") == 0


def test_get_unknown_is_none_and_changes_to_unknown_raise_not_found(learners):
    assert learners.get("no-such-id") is None
    with pytest.raises(NotFound) as caught:
        learners.rename("no-such-id", "Bob")
    assert (caught.value.kind, caught.value.key) == ("learner", "no-such-id")
    with pytest.raises(NotFound):
        learners.settings("no-such-id")
    with pytest.raises(NotFound):
        learners.touch("no-such-id")


def test_rename_and_update_change_only_what_is_given(learners):
    made = learners.create("Ann", "sun", COLOURS[0], "en")
    renamed = learners.rename(made.id, " Ann  Lee ")
    assert renamed.name == "Ann Lee"
    updated = learners.update(made.id, language="zh_CN", avatar="cat")
    assert (updated.name, updated.avatar, updated.colour, updated.language) == (
        "Ann Lee",
        "cat",
        COLOURS[0],
        "zh_CN",
    )
    assert learners.get(made.id) == updated
    with pytest.raises(InvalidValue):
        learners.rename(made.id, "x" * 41)
    assert learners.get(made.id).name == "Ann Lee"


def test_pin_set_check_and_clear(learners):
    made = learners.create("Ann", "sun", COLOURS[0], "en")
    assert learners.pin_hash(made.id) is None
    learners.set_pin(made.id, hash_pin("4321", n=2**10))
    assert check_pin("4321", learners.pin_hash(made.id))
    assert not check_pin("1234", learners.pin_hash(made.id))
    assert learners.get(made.id).has_pin
    assert [t.has_pin for t in learners.list_tiles()] == [True]
    learners.set_pin(made.id, None)
    assert learners.pin_hash(made.id) is None
    assert not learners.get(made.id).has_pin


def test_settings_round_trip_and_normalised_on_save(learners, db):
    made = learners.create("Ann", "sun", COLOURS[0], "en")
    wanted = LearnerSettings(
        text_size=32,
        high_contrast=True,
        speech_on=False,
        speech_rate="slow",
        double_click_ms=1000,
        reduced_motion=True,
        voice="voice-1-li-ayi",
    )
    assert learners.save_settings(made.id, wanted) == wanted
    assert learners.settings(made.id) == wanted
    odd = LearnerSettings(text_size=30, speech_rate="warp", double_click_ms=5000, voice="../../etc")
    saved = learners.save_settings(made.id, odd)
    assert saved == LearnerSettings(text_size=32, speech_rate="normal", double_click_ms=1200)
    assert learners.settings(made.id) == saved
    assert count(db.path, "learner_settings") == 1


def test_list_tiles_orders_recent_first_then_by_name_and_hides_archived(learners):
    bo = learners.create("Bo", "sun", COLOURS[0], "en")
    al = learners.create("al", "cat", COLOURS[1], "en")
    cy = learners.create("Cy", "fish", COLOURS[2], "en")
    di = learners.create("Di", "moon", COLOURS[3], "en")
    ed = learners.create("Ed", "tree", COLOURS[4], "en")
    learners.touch(cy.id, now=T0)
    learners.touch(di.id, now=T0 + timedelta(hours=1))
    learners.archive(ed.id)
    tiles = learners.list_tiles()
    assert [t.name for t in tiles] == ["Di", "Cy", "al", "Bo"]
    assert tiles[0].last_active_at == T0 + timedelta(hours=1)
    assert tiles[2].last_active_at is None
    assert {t.id for t in tiles} == {bo.id, al.id, cy.id, di.id}
    assert learners.get(ed.id).archived_at is not None  # archived, not gone


def test_touch_refuses_naive_times(learners):
    made = learners.create("Ann", "sun", COLOURS[0], "en")
    with pytest.raises(ValueError):
        learners.touch(made.id, now=datetime(2024, 5, 1, 8, 0))


def test_attempts_append_and_list(learners, attempts):
    ann = learners.create("Ann", "sun", COLOURS[0], "en")
    bob = learners.create("Bob", "cat", COLOURS[1], "en")
    first = attempts.append(
        ann.id, "mouse", 1, "point", {"x": 10, "tip": "垃圾桶"}, True, 3200, created_at=T0
    )
    attempts.append(ann.id, "typing", 2, "word", "你好", False, 5000, created_at=T0 + timedelta(seconds=5))
    attempts.append(ann.id, "mouse", 1, "double", None, None, 100, created_at=T0 + timedelta(seconds=9))
    attempts.append(bob.id, "mouse", 1, "point", [1, 2], True, 10, created_at=T0)
    assert isinstance(first, Attempt)
    got = attempts.list_for(ann.id)
    assert [a.step_id for a in got] == ["point", "word", "double"]
    assert got[0] == first
    assert got[0].answer == {"x": 10, "tip": "垃圾桶"}
    assert (got[1].answer, got[1].correct, got[1].lesson_version) == ("你好", False, 2)
    assert (got[2].answer, got[2].correct) == (None, None)
    assert [a.step_id for a in attempts.list_for(ann.id, "mouse")] == ["point", "double"]
    assert attempts.list_for(bob.id)[0].answer == [1, 2]


def test_attempt_for_unknown_learner_raises_not_found(attempts, db):
    with pytest.raises(NotFound):
        attempts.append("ghost", "mouse", 1, "point", 1, True, 10)
    assert count(db.path, "attempt") == 0


def test_attempt_log_refuses_update_and_lone_delete(learners, attempts, db):
    ann = learners.create("Ann", "sun", COLOURS[0], "en")
    made = attempts.append(ann.id, "mouse", 1, "point", "a", False, 10)
    with sqlite3.connect(db.path) as conn:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE attempt SET correct = 1")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM attempt")
    assert rows(db.path, "SELECT id, correct FROM attempt") == [(made.id, 0)]


def test_help_requests_add_list_resolve(learners, help_requests):
    ann = learners.create("Ann", "sun", COLOURS[0], "en")
    bob = learners.create("Bob", "cat", COLOURS[1], "en")
    first = help_requests.add(ann.id, "mouse", "double")
    second = help_requests.add(bob.id, "typing", "word")
    assert first.is_open
    assert [h.id for h in help_requests.list_open()] == [first.id, second.id]
    assert [h.id for h in help_requests.list_open(bob.id)] == [second.id]
    done = help_requests.resolve(first.id, "tutor-zhou")
    assert not done.is_open and done.resolved_by == "tutor-zhou"
    assert [h.id for h in help_requests.list_open()] == [second.id]
    again = help_requests.resolve(first.id, "someone-else")
    assert again.resolved_by == "tutor-zhou" and again.resolved_at == done.resolved_at
    with pytest.raises(NotFound):
        help_requests.resolve("nope")
    with pytest.raises(NotFound):
        help_requests.add("ghost", "mouse", "double")


def test_repositories_work_from_another_thread(learners, db):
    """The app warms SQLModel up on a worker thread and then uses it on the UI thread."""
    import threading

    made: list[Learner] = []
    worker = threading.Thread(target=lambda: made.append(learners.create("Ann", "sun", COLOURS[0], "en")))
    worker.start()
    worker.join()
    assert learners.get(made[0].id) == made[0]
    assert [t.id for t in db.list_tiles()] == [made[0].id]
