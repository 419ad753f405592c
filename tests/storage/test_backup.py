"""Backups: online copies, automatic rotation, the daily check, summaries and restoring."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta

import pytest
from storage_helpers import count, rows

from trainer.domain.learner import COLOURS
from trainer.storage import backup
from trainer.storage.db import Database
from trainer.storage.errors import BackupFailed, BackupUnreadable, DatabaseTooNew
from trainer.storage.migrations import CURRENT_VERSION

T0 = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def test_make_backup_is_a_single_healthy_file_with_the_data(db, learners, tmp_path):
    learners.create("Ann", "sun", COLOURS[0], "en")
    dest = backup.make_backup(db.path, tmp_path / "out" / "copy.sqlite")
    assert dest == tmp_path / "out" / "copy.sqlite"
    assert sorted(p.name for p in dest.parent.iterdir()) == ["copy.sqlite"]
    assert rows(dest, "PRAGMA journal_mode") == [("delete",)]
    assert rows(dest, "PRAGMA quick_check") == [("ok",)]
    assert rows(dest, "SELECT name FROM learner") == [("Ann",)]
    assert rows(dest, "PRAGMA user_version") == [(CURRENT_VERSION,)]


def test_make_backup_while_another_connection_is_writing(db, learners, tmp_path):
    learners.create("Ann", "sun", COLOURS[0], "en")
    with closing(db.connect()) as writer:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE learner SET name = 'Not yet committed'")
        dest = backup.make_backup(db.path, tmp_path / "copy.sqlite")
        writer.execute("COMMIT")
    assert rows(dest, "SELECT name FROM learner") == [("Ann",)]
    assert rows(db.path, "SELECT name FROM learner") == [("Not yet committed",)]


def test_make_backup_of_a_missing_file_fails_and_creates_nothing(tmp_path):
    with pytest.raises(BackupFailed) as caught:
        backup.make_backup(tmp_path / "missing.db", tmp_path / "copy.sqlite")
    assert caught.value.path == tmp_path / "copy.sqlite"
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_make_backup_into_an_unwritable_place_raises_backup_failed(db, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(BackupFailed):
        backup.make_backup(db.path, blocker / "copy.sqlite")
    assert blocker.read_text() == "x"


def test_auto_backup_name_and_rotation_keeps_the_newest_14(db, paths):
    kept = backup.keep_backup(db.path, paths.backups, "pre-upgrade", note="v1", now=T0 - timedelta(days=99))
    made = [
        backup.auto_backup(db.path, paths.backups, "daily", now=T0 + timedelta(days=i)) for i in range(20)
    ]
    assert made[0].name == "auto-20240501-080000-daily.sqlite"
    autos = [b for b in backup.list_backups(paths.backups) if b.kind == "auto"]
    assert [b.path for b in autos] == list(reversed(made[-14:]))  # newest first
    assert all(b.ok for b in autos)
    assert not any(p.exists() for p in made[:6])
    assert kept.exists()  # only automatic backups are rotated


def test_auto_backup_in_the_same_second_gets_a_new_name(db, paths):
    first = backup.auto_backup(db.path, paths.backups, "exit", now=T0)
    second = backup.auto_backup(db.path, paths.backups, "exit", now=T0)
    assert first != second and first.exists() and second.exists()
    assert {b.kind for b in backup.list_backups(paths.backups)} == {"auto"}


def test_backup_due_after_24_hours(db, paths):
    assert backup.backup_due(paths.backups, now=T0) is True  # no backups at all
    assert backup.backup_due(paths.backups / "missing", now=T0) is True
    backup.keep_backup(db.path, paths.backups, "pre-upgrade", now=T0)  # not an automatic one
    assert backup.backup_due(paths.backups, now=T0) is True
    backup.auto_backup(db.path, paths.backups, "daily", now=T0)
    assert backup.backup_due(paths.backups, now=T0 + timedelta(hours=23, minutes=59)) is False
    assert backup.backup_due(paths.backups, now=T0 + timedelta(hours=24)) is True


def test_list_backups_newest_first_checks_each_and_takes_hand_copied_files(db, paths):
    old = backup.auto_backup(db.path, paths.backups, "daily", now=T0)
    new = backup.keep_backup(db.path, paths.backups, "before-restore", now=T0 + timedelta(hours=1))
    broken = paths.backups / "auto-20240501-100000-daily.sqlite"
    broken.write_bytes(b"not a database at all" * 100)
    by_hand = paths.backups / "from usb stick.sqlite"
    by_hand.write_bytes(old.read_bytes())
    (paths.backups / "notes.txt").write_text("ignored")
    found = backup.list_backups(paths.backups)
    assert [b.path for b in found] == [by_hand, broken, new, old]  # by_hand: file time is now
    assert [b.ok for b in found] == [True, False, True, True]
    assert [b.kind for b in found] == ["other", "auto", "before-restore", "auto"]
    assert found[2].created_at == T0 + timedelta(hours=1)


def test_backup_summary_counts_learners_and_attempts(db, learners, attempts, paths):
    ann = learners.create("Ann", "sun", COLOURS[0], "en")
    learners.create("Bob", "cat", COLOURS[1], "en")
    for i in range(3):
        attempts.append(ann.id, "mouse", 1, f"s{i}", i, True, 10)
    made = backup.auto_backup(db.path, paths.backups, "daily", now=T0)
    summary = backup.backup_summary(made)
    assert (summary.learners, summary.attempts, summary.schema_version) == (2, 3, CURRENT_VERSION)
    assert summary.created_at == T0 and summary.path == made
    garbage = paths.backups / "garbage.sqlite"
    garbage.write_bytes(b"\x00junk" * 1000)
    with pytest.raises(BackupUnreadable):
        backup.backup_summary(garbage)


def test_restore_round_trip_saves_the_current_database_first(paths, learners, db):
    learners.create("Ann", "sun", COLOURS[0], "en")
    saved = backup.auto_backup(db.path, paths.backups, "daily", now=T0)
    learners.create("Bob", "cat", COLOURS[1], "en")
    db.close()

    before_restore = backup.restore_backup(saved, paths.database, paths.backups)

    assert before_restore is not None and before_restore.name.startswith("before-restore-")
    assert sorted(r[0] for r in rows(before_restore, "SELECT name FROM learner")) == ["Ann", "Bob"]
    with Database.open(paths) as reopened:
        assert [t.name for t in reopened.list_tiles()] == ["Ann"]
        assert rows(reopened.path, "PRAGMA journal_mode") == [("wal",)]
        assert rows(reopened.path, "PRAGMA quick_check") == [("ok",)]
    assert saved.exists()  # the backup itself is not used up


def test_restore_into_an_empty_folder(paths, learners, db, tmp_path):
    learners.create("Ann", "sun", COLOURS[0], "en")
    saved = backup.make_backup(db.path, tmp_path / "elsewhere.sqlite")
    db.close()
    other = tmp_path / "new-pc" / "trainer.db"
    other.parent.mkdir()
    assert backup.restore_backup(saved, other) is None
    assert rows(other, "SELECT name FROM learner") == [("Ann",)]


def test_restore_refuses_a_bad_or_newer_backup_and_leaves_the_database(paths, learners, db, tmp_path):
    learners.create("Ann", "sun", COLOURS[0], "en")
    db.close()
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"junk" * 1000)
    with pytest.raises(BackupUnreadable):
        backup.restore_backup(garbage, paths.database, paths.backups)
    with pytest.raises(BackupUnreadable):
        backup.restore_backup(tmp_path / "missing.sqlite", paths.database, paths.backups)
    newer = backup.make_backup(paths.database, tmp_path / "newer.sqlite")
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    with pytest.raises(DatabaseTooNew):
        backup.restore_backup(newer, paths.database, paths.backups)
    assert count(paths.database, "learner") == 1
    assert list(paths.backups.iterdir()) == []
