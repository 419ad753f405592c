"""``restore`` checks a file in full before anything is replaced: a file that is not the trainer's
(wrong tables: the app then exited with no window), an altered one (an extra trigger: every answer
then failed silently), a damaged one or a newer one is refused with the reason, and nothing on the
PC changes (not even a "before-restore" copy is made)."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from harness import copy_home, make_home, rows

from trainer.cli import main
from trainer.storage import backup
from trainer.storage.errors import BackupUnreadable, DatabaseTooNew
from trainer.storage.migrations import CURRENT_VERSION


@pytest.fixture(scope="module")
def centre(tmp_path_factory):
    return make_home(tmp_path_factory.mktemp("centre") / "home", learners=3)


def _copy(centre, tmp_path, *statements: str):
    """A good backup, then changed by ``statements``."""
    made = backup.make_backup(centre / "trainer.db", tmp_path / "hostile.sqlite")
    with closing(sqlite3.connect(made)) as conn:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    return made


def _foreign(tmp_path):
    path = tmp_path / "someone-elses.sqlite"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE learner (id TEXT, name TEXT)")
        conn.execute("CREATE TABLE attempt (id TEXT)")
        conn.execute("INSERT INTO learner VALUES ('1', 'x')")
        conn.execute("PRAGMA user_version = 2")
        conn.commit()
    return path


def _empty_sqlite(tmp_path):
    path = tmp_path / "empty.sqlite"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
    return path


def _damaged(centre, tmp_path):
    made = backup.make_backup(centre / "trainer.db", tmp_path / "damaged.sqlite")
    data = bytearray(made.read_bytes())
    data[36:40] = (7).to_bytes(4, "big")  # a wrong free-page count: every read works, the check fails
    made.write_bytes(bytes(data))
    return made


def _file(path, content: bytes):
    path.write_bytes(content)
    return path


HOSTILE = {
    "wrong tables": (lambda c, t: _foreign(t), "schema"),
    "not the trainer's at all": (lambda c, t: _empty_sqlite(t), "unknown_version"),
    "an extra trigger that fails every answer": (
        lambda c, t: _copy(
            c,
            t,
            "CREATE TRIGGER no_answers BEFORE INSERT ON attempt BEGIN SELECT RAISE(ABORT, 'no'); END",
        ),
        "triggers",
    ),
    "the append-only trigger removed": (
        lambda c, t: _copy(c, t, "DROP TRIGGER attempt_no_update"),
        "triggers",
    ),
    "a trigger with the right name and another body": (
        lambda c, t: _copy(
            c,
            t,
            "DROP TRIGGER attempt_no_delete",
            "CREATE TRIGGER attempt_no_delete BEFORE DELETE ON attempt BEGIN SELECT 1; END",
        ),
        "triggers",
    ),
    "an extra table": (lambda c, t: _copy(c, t, "CREATE TABLE sneaky (x TEXT)"), "schema"),
    "an index dropped": (lambda c, t: _copy(c, t, "DROP INDEX ix_attempt_created_at"), "schema"),
    "a view added": (lambda c, t: _copy(c, t, "CREATE VIEW v AS SELECT name FROM learner"), "schema"),
    "a column added": (lambda c, t: _copy(c, t, "ALTER TABLE learner ADD COLUMN evil TEXT"), "schema"),
    "damaged": (_damaged, "damaged"),
    "not a database": (
        lambda c, t: _file(t / "x.sqlite", b"SQLite format 3\0" + b"\xff" * 5000),
        "not_a_database",
    ),
    "an empty file": (lambda c, t: _file(t / "e.sqlite", b""), "not_a_database"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_backup_is_refused_before_anything_changes(centre, tmp_path, case):
    home = copy_home(centre, tmp_path / "home")
    make, problem = HOSTILE[case]
    hostile = make(centre, tmp_path)
    before = (home / "trainer.db").read_bytes()
    with pytest.raises(BackupUnreadable) as caught:
        backup.restore_backup(hostile, home / "trainer.db", home / "backups")
    assert caught.value.problem == problem, caught.value
    assert (home / "trainer.db").read_bytes() == before
    assert not (home / "backups").exists() or list((home / "backups").iterdir()) == []


def test_a_newer_backup_is_refused_too(centre, tmp_path):
    home = copy_home(centre, tmp_path / "home")
    newer = _copy(centre, tmp_path, f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    with pytest.raises(DatabaseTooNew):
        backup.restore_backup(newer, home / "trainer.db", home / "backups")
    assert rows(home / "trainer.db", "SELECT count(*) FROM learner") == [(3,)]


def test_the_command_says_why_and_that_nothing_changed(centre, tmp_path, monkeypatch, capsys):
    home = copy_home(centre, tmp_path / "home")
    monkeypatch.setenv("TRAINER_HOME", str(home))
    monkeypatch.setenv("TRAINER_LANG", "en")
    hostile = _copy(centre, tmp_path, "CREATE TRIGGER t2 BEFORE INSERT ON attempt BEGIN SELECT 1; END")
    assert main(["restore", str(hostile), "--yes"]) == 1
    said = capsys.readouterr().err
    assert "triggers are not the trainer's" in said and "extra t2" in said and "Nothing was changed" in said
    assert main(["restore", str(_foreign(tmp_path)), "--yes"]) == 1
    said = capsys.readouterr().err
    assert "its tables are not the trainer's" in said and "Is the app open" not in said
