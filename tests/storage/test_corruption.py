"""A damaged database never crashes the app: it is moved aside (never deleted) and backups are offered."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta

import pytest
from storage_helpers import rows

from trainer.domain.learner import COLOURS
from trainer.storage import backup
from trainer.storage.db import Database
from trainer.storage.errors import DatabaseCorrupt, DatabaseUnavailable, StorageError

T0 = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def filled(paths, learners, attempts, db):
    """A real database with enough rows to span many pages, two backups, then closed."""
    ann = learners.create("Ann", "sun", COLOURS[0], "en")
    for i in range(60):
        attempts.append(ann.id, "mouse", 1, f"step-{i}", {"text": "一二三四五六七八九十" * 30}, i % 2 == 0, i)
    older = backup.auto_backup(db.path, paths.backups, "daily", now=T0)
    newer = backup.auto_backup(db.path, paths.backups, "exit", now=T0 + timedelta(hours=3))
    db.close()
    assert not paths.database.with_name("trainer.db-wal").exists()  # all in the main file
    return paths, [newer, older]


def garbage(path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size))


def truncate(path) -> None:
    with open(path, "r+b") as f:
        f.truncate(path.stat().st_size // 2)


def scribble_pages(path) -> None:
    """Valid header, damaged b-tree pages: reading them fails with SQLITE_CORRUPT."""
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 4096, 2):
        data[page * 4096 + 8 : page * 4096 + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))


def wrong_freelist_count(path) -> None:
    """Every read works; only PRAGMA quick_check notices (it answers something other than "ok")."""
    data = bytearray(path.read_bytes())
    data[36:40] = (7).to_bytes(4, "big")  # header: number of free pages
    path.write_bytes(bytes(data))


def test_wrong_freelist_count_reads_fine_but_fails_quick_check(filled):
    paths, _ = filled
    wrong_freelist_count(paths.database)
    assert rows(paths.database, "SELECT count(*) FROM attempt") == [(60,)]
    assert rows(paths.database, "PRAGMA quick_check") != [("ok",)]


@pytest.mark.parametrize("damage", [garbage, truncate, scribble_pages, wrong_freelist_count])
def test_damaged_database_is_moved_aside_and_backups_are_offered(filled, damage):
    """Damage in the header or schema is found when opening; damage deeper in the file by the check
    that runs after start-up (``Database.check``), and the next opening then moves the file aside."""
    paths, backups = filled
    damage(paths.database)
    try:
        opened = Database.open(paths)
    except DatabaseCorrupt:
        # found at once: put the damaged file back, to run the same checks below on it
        for moved in paths.data.glob("trainer.db.corrupt-*"):
            if moved.name.endswith(("-wal", "-shm")):
                moved.unlink()
            else:
                moved.rename(paths.database)
        (paths.backups / "records-put-aside.json").unlink()
    else:
        with opened:
            assert opened.check().problem == "damaged"
        assert paths.database.with_name("trainer.db.damage-found").exists()
    damaged_bytes = paths.database.read_bytes()
    wal = paths.database.with_name("trainer.db-wal")
    wal.write_bytes(b"a stale wal")  # side files travel with it

    with pytest.raises(DatabaseCorrupt) as caught:
        Database.open(paths)

    problem = caught.value
    assert isinstance(problem, StorageError)
    assert problem.path == paths.database
    assert problem.moved_to.parent == paths.data
    assert problem.moved_to.name.startswith("trainer.db.corrupt-")
    assert problem.moved_to.read_bytes() == damaged_bytes  # kept, byte for byte
    assert problem.moved_to.with_name(problem.moved_to.name + "-wal").read_bytes() == b"a stale wal"
    assert not paths.database.exists() and not wal.exists()
    assert not paths.database.with_name("trainer.db.damage-found").exists()
    assert [b.path for b in problem.backups] == backups  # newest first, all healthy
    assert all(b.ok for b in problem.backups)

    # restoring the newest backup brings everything back
    assert backup.restore_backup(problem.backups[0].path, paths.database, paths.backups) is None
    with Database.open(paths) as db:
        assert [t.name for t in db.list_tiles()] == ["Ann"]
        assert rows(db.path, "SELECT count(*) FROM attempt") == [(60,)]
        assert db.check(full=True).ok


def test_broken_backups_are_not_offered(filled):
    paths, backups = filled
    garbage(backups[0])
    garbage(paths.database)
    with pytest.raises(DatabaseCorrupt) as caught:
        Database.open(paths)
    assert [b.path for b in caught.value.backups] == [backups[1]]
    assert backups[0].exists()  # listed out, not deleted


def test_two_corruptions_in_the_same_second_keep_both_files(filled):
    paths, _ = filled
    garbage(paths.database)
    with pytest.raises(DatabaseCorrupt) as first:
        Database.open(paths)
    paths.database.write_bytes(b"x" * 8192)
    with pytest.raises(DatabaseCorrupt) as second:
        Database.open(paths)
    assert first.value.moved_to != second.value.moved_to
    assert first.value.moved_to.exists() and second.value.moved_to.read_bytes() == b"x" * 8192


def test_after_moving_aside_the_next_open_starts_fresh(filled):
    paths, _ = filled
    garbage(paths.database)
    with pytest.raises(DatabaseCorrupt):
        Database.open(paths)
    with Database.open(paths) as db:
        assert db.list_tiles() == []
        assert db.upgrade.from_version == 0


def test_restore_over_a_damaged_database_moves_it_aside_first(filled):
    paths, backups = filled
    garbage(paths.database)
    damaged = paths.database.read_bytes()
    saved = backup.restore_backup(backups[0], paths.database, paths.backups)
    assert saved is not None and saved.name.startswith("trainer.db.corrupt-")
    assert saved.read_bytes() == damaged
    assert rows(paths.database, "SELECT name FROM learner") == [("Ann",)]


def test_a_locked_database_is_never_moved(paths, learners, db):
    learners.create("Ann", "sun", COLOURS[0], "en")
    db.close()
    with closing(sqlite3.connect(paths.database, isolation_level=None)) as holder:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("INSERT INTO tutor VALUES ('t', 'T', 'x', '2024-05-01T08:00:00.000000+00:00', NULL)")
        with pytest.raises(DatabaseUnavailable) as caught:
            Database.open(paths, busy_timeout_ms=200)
        assert caught.value.code in {"SQLITE_BUSY", "SQLITE_LOCKED"}
        holder.execute("ROLLBACK")
    assert paths.database.exists()
    assert not any(p.name.startswith("trainer.db.corrupt") for p in paths.data.iterdir())
    with Database.open(paths) as again:
        assert [t.name for t in again.list_tiles()] == ["Ann"]


def test_damaged_file_held_open_elsewhere_is_reported_unavailable(filled, monkeypatch):
    """On Windows a file another program holds open cannot be renamed: say "in use", keep everything."""
    import trainer.storage.integrity as integrity

    def refuse(*_args: object) -> None:
        raise PermissionError("in use")

    paths, _ = filled
    garbage(paths.database)
    damaged = paths.database.read_bytes()
    monkeypatch.setattr(integrity.os, "replace", refuse)
    with pytest.raises(DatabaseUnavailable) as caught:
        Database.open(paths)
    assert caught.value.code == "IN_USE"
    assert paths.database.read_bytes() == damaged
