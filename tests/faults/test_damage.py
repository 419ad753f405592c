"""Damaged databases and what is offered after: never an empty or foreign backup as "the saved copy",
records put aside stay on record until a tutor decides, rotation never loses the data, damage that
only the full check sees (an index, a large file) is found after start-up and dealt with."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta

import pytest
from harness import copy_home, make_home, rows

from trainer.services.backups import BackupService
from trainer.storage import aside, backup
from trainer.storage.db import Database
from trainer.storage.errors import DatabaseCorrupt

T0 = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def centre(tmp_path_factory):
    """300 learners and a good automatic backup of them."""
    home = make_home(tmp_path_factory.mktemp("centre") / "home", learners=300)
    backup.auto_backup(home / "trainer.db", home / "backups", "daily", now=T0)
    return home


def _damage(db_file) -> None:
    db_file.write_bytes(os.urandom(db_file.stat().st_size))


def _corrupt_open(home) -> DatabaseCorrupt:
    with pytest.raises(DatabaseCorrupt) as caught:
        Database.open_file(home / "trainer.db", home / "backups")
    return caught.value


def test_an_empty_or_foreign_file_under_a_backup_name_is_never_offered(centre, tmp_path):
    home = copy_home(centre, tmp_path / "home")
    (home / "backups" / "auto-20240501-080001-exit.sqlite").write_bytes(b"")  # a second later, empty
    with closing(sqlite3.connect(home / "backups" / "manual-20240501-080002.sqlite")) as other:
        other.execute("CREATE TABLE notes (text TEXT)")  # an SQLite file, but not the trainer's
    _damage(home / "trainer.db")
    offered = _corrupt_open(home).backups
    assert [b.path.name for b in offered] == ["auto-20240501-080000-daily.sqlite"]
    assert offered[0].learners == 300
    listed = {b.path.name: b.ok for b in backup.list_backups(home / "backups")}
    assert listed == {
        "auto-20240501-080000-daily.sqlite": True,
        "auto-20240501-080001-exit.sqlite": False,
        "manual-20240501-080002.sqlite": False,
    }


def test_records_put_aside_stay_on_record_until_a_tutor_decides(centre, tmp_path):
    home = copy_home(centre, tmp_path / "home")
    _damage(home / "trainer.db")
    moved = _corrupt_open(home).moved_to
    service = BackupService(home / "trainer.db", home / "backups")
    # 20 sessions on the new, empty database: each start and each exit makes an automatic backup
    for day in range(20):
        with Database.open_file(home / "trainer.db", home / "backups") as db:
            state = db.put_aside
            assert state is not None and state.moved_to == (moved,)
            assert state.backup.name == "auto-20240501-080000-daily.sqlite" and state.backup_learners == 300
        backup.auto_backup(home / "trainer.db", home / "backups", "exit", now=T0 + timedelta(days=day + 1))
    autos = [b for b in backup.list_backups(home / "backups") if b.kind == "auto"]
    assert (home / "backups" / "auto-20240501-080000-daily.sqlite").exists()  # never rotated away
    assert len(autos) == 15  # the newest 14 of the empty database, and the one kept
    # the tutor's word: the data now is right; the next rotation may then delete the old one
    service.accept_current()
    assert service.put_aside() is None
    backup.auto_backup(home / "trainer.db", home / "backups", "exit", now=T0 + timedelta(days=30))
    assert not (home / "backups" / "auto-20240501-080000-daily.sqlite").exists()


def test_restoring_the_offered_backup_ends_the_notice(centre, tmp_path):
    home = copy_home(centre, tmp_path / "home")
    _damage(home / "trainer.db")
    offered = _corrupt_open(home).backups[0]
    assert aside.current(home / "backups") is not None
    backup.restore_backup(offered.path, home / "trainer.db", home / "backups")
    with Database.open_file(home / "trainer.db", home / "backups") as db:
        assert db.put_aside is None
        assert len(db.list_tiles()) == 300


def test_rotation_keeps_backups_with_more_learners_than_the_database_now(centre, tmp_path):
    """Learners vanished without damage being seen (a wrong restore, say): the older backups that
    still hold them outlive the newest 14 until a tutor says the fewer learners are right."""
    home = copy_home(centre, tmp_path / "home")
    for day in range(1, 4):
        backup.auto_backup(home / "trainer.db", home / "backups", "exit", now=T0 + timedelta(days=day))
    with closing(sqlite3.connect(home / "trainer.db")) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM learner WHERE name != '王秀英'")
        conn.commit()
    for day in range(4, 30):
        backup.auto_backup(home / "trainer.db", home / "backups", "exit", now=T0 + timedelta(days=day))
    kept = [b for b in backup.list_backups(home / "backups") if b.kind == "auto"]
    assert len(kept) == 14 + 4
    assert sum(1 for b in kept if b.learners == 300) == 4
    BackupService(home / "trainer.db", home / "backups").accept_current()
    backup.auto_backup(home / "trainer.db", home / "backups", "exit", now=T0 + timedelta(days=31))
    assert all(b.learners == 1 for b in backup.list_backups(home / "backups") if b.kind == "auto")


def _break_an_index(db_file) -> None:
    """The rows stay whole; one index no longer agrees with its table (quick_check does not see it)."""
    with closing(sqlite3.connect(db_file)) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = sql || ' WHERE 0' WHERE name = 'ix_attempt_learner_lesson'"
        )
        conn.commit()
    with closing(sqlite3.connect(db_file)) as conn:  # the index now takes no new rows...
        conn.executemany(
            "INSERT INTO attempt (id, learner_id, lesson_id, lesson_version, step_id, answer, correct,"
            " duration_ms, created_at) SELECT ?, id, 'x', 1, 's', '1', 1, 5, created_at FROM learner LIMIT 1",
            [(f"00000000-0000-4000-8000-{n:012d}",) for n in range(20)],
        )
        conn.commit()
    with closing(sqlite3.connect(db_file)) as conn:  # ...and is a full index again: 20 rows missing
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = substr(sql, 1, length(sql) - 8)"
            " WHERE name = 'ix_attempt_learner_lesson'"
        )
        conn.commit()


def test_index_damage_is_found_after_start_up_and_mended_at_the_next_start(centre, tmp_path):
    home = copy_home(centre, tmp_path / "home")
    _break_an_index(home / "trainer.db")
    assert rows(home / "trainer.db", "PRAGMA quick_check") == [("ok",)]  # the old start-up check
    with Database.open_file(home / "trainer.db", home / "backups") as db:  # opens at once
        found = db.check(full=True)
    assert found.problem == "damaged" and "missing from index" in found.detail
    with Database.open_file(home / "trainer.db", home / "backups") as db:  # mended, nothing moved
        assert db.check(full=True).ok
        assert db.put_aside is None
    assert rows(home / "trainer.db", "SELECT count(*) FROM attempt WHERE lesson_id = 'x'") == [(20,)]
    assert not list(home.glob("trainer.db.corrupt-*"))


@pytest.mark.slow  # a 50 MB database is written first (a few seconds)
def test_a_broken_b_tree_in_a_large_database_is_found_and_put_aside(tmp_path):
    """The old start-up check skipped files over 32 MB; the self-test said "All checks passed"."""
    home = make_home(tmp_path / "home", learners=50, answers=30_000)
    size = (home / "trainer.db").stat().st_size
    assert size > 40 * 1024 * 1024
    data = bytearray((home / "trainer.db").read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle + 8 : middle + 400] = b"\xff" * 392  # one b-tree page in the middle of the attempts
    (home / "trainer.db").write_bytes(bytes(data))
    with Database.open_file(home / "trainer.db", home / "backups") as db:  # the first screen is not held up
        assert db.check(full=True).problem == "damaged"  # (the check after start-up)
    (home / "trainer.db.damage-found").unlink()  # forget it, to see the tutor's self-test find it too
    from trainer.cli.selftest import _database
    from trainer.config import Paths

    found = _database(Paths(data=home, cache=home / "cache"))  # it used to say "All checks passed"
    assert not found.ok and "failed its check" in found.detail, found
    caught = _corrupt_open(home)  # the next start deals with it before anything else
    assert caught.moved_to.exists() and aside.current(home / "backups") is not None


def test_erasing_a_learner_lets_old_backups_of_them_rotate_away(centre, tmp_path):
    """Erasing is a tutor's word that fewer learners is right: the backups that still hold the
    erased learner are not kept for ever as "more learners" (they rotate out like any other)."""
    from trainer.services.roster import RosterService

    home = copy_home(centre, tmp_path / "home")
    for day in range(1, 15):
        backup.auto_backup(home / "trainer.db", home / "backups", "exit", now=T0 + timedelta(days=day))
    with Database.open_file(home / "trainer.db", home / "backups") as db:
        gone = db.list_tiles()[0].id
        assert RosterService(db).erase(gone)
        assert db.put_aside is None
    for day in range(15, 30):
        backup.auto_backup(home / "trainer.db", home / "backups", "exit", now=T0 + timedelta(days=day))
    autos = [b for b in backup.list_backups(home / "backups") if b.kind == "auto"]
    assert len(autos) == 14 and all(b.learners == 299 for b in autos)


def test_backing_up_a_damaged_database_fails_instead_of_saying_backed_up(
    centre, tmp_path, monkeypatch, capsys
):
    from trainer.cli import main

    home = copy_home(centre, tmp_path / "home")
    _break_an_index(home / "trainer.db")
    monkeypatch.setenv("TRAINER_HOME", str(home))
    monkeypatch.setenv("TRAINER_LANG", "en")
    before = sorted(p.name for p in (home / "backups").iterdir())
    assert main(["backup"]) == 1
    said = capsys.readouterr()
    assert "Backed up" not in said.out and "failed its check" in said.err, said
    assert sorted(p.name for p in (home / "backups").iterdir()) == before  # nothing left behind


def test_every_tutor_command_says_records_were_put_aside_the_certificate_ones_too(
    centre, tmp_path, monkeypatch, capsys
):
    """The certificate commands opened the database on their own: after damage they said nothing of
    the records put aside (and a damaged file read "please report this")."""
    from trainer.cli import main

    home = copy_home(centre, tmp_path / "home")
    monkeypatch.setenv("TRAINER_HOME", str(home))
    monkeypatch.setenv("TRAINER_LANG", "en")
    _damage(home / "trainer.db")
    assert main(["certificates", "list"]) == 1  # the damaged file: a plain message
    said = capsys.readouterr().err
    assert "damaged" in said and "please report" not in said, said
    for command in (["certificates", "list"], ["report", "summary", "--out", str(tmp_path / "s.json")]):
        main(command)
        said = capsys.readouterr().err
        assert "put aside" in said and "auto-20240501-080000-daily.sqlite" in said, (command, said)
