"""A full disk (the shim's ENOSPC: a write that would make a file longer fails) and a read-only
database, met by the tutor commands as real processes: each says what happened, in the tutor's
language, changes nothing, and never hides the cause behind "cannot rollback" or "is the app open?".
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing, contextmanager

import pytest
from harness import copy_home, make_home, rows, shim_env

from trainer.storage import backup

pytestmark = pytest.mark.slow  # each case starts the command line under the shim (about a second)
ROSTER = "name,language\nAnn,en\n李华,zh_CN\n"


def trainer(shim, home, *args, lang="en", **faults):
    env = shim_env(shim, home, **faults)
    env.update(TRAINER_HOME=str(home), QT_QPA_PLATFORM="offscreen", TRAINER_LANG=lang)
    return subprocess.run(
        [sys.executable, "-m", "trainer", *args], capture_output=True, text=True, env=env, timeout=120
    )


@contextmanager
def app_open(home):
    """The app is open on this database: its -wal and -shm exist, the -wal still empty."""
    with closing(sqlite3.connect(home / "trainer.db")) as conn:
        conn.execute("SELECT count(*) FROM learner").fetchone()
        yield


@pytest.fixture
def full(tmp_path):
    flag = tmp_path / "disk-is-full"
    flag.touch()
    return flag


@pytest.fixture(scope="module")
def centre(tmp_path_factory):
    home = make_home(tmp_path_factory.mktemp("centre") / "home", learners=5)
    backup.keep_backup(home / "trainer.db", home / "backups", "manual")
    return home


def _said_disk_full(result, *extra: str) -> None:
    text = result.stdout + result.stderr
    assert result.returncode == 1, text
    assert "disk is full" in text, text
    for words in extra:
        assert words in text, text
    for wrong in ("cannot rollback", "Is the app open", "Traceback", "in use by another program"):
        assert wrong not in text, text


def _learners(home) -> int:
    return rows(home / "trainer.db", "SELECT count(*) FROM learner")[0][0]


def test_roster_import_on_a_full_disk_says_so_and_imports_nothing(shim, centre, tmp_path, full):
    home = copy_home(centre, tmp_path / "home")
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8-sig")
    with app_open(home):
        result = trainer(shim, home, "roster", "import", str(tmp_path / "roster.csv"), full=full)
    _said_disk_full(result, "Nothing was imported")
    assert _learners(home) == 5


def test_the_disk_full_before_anything_opened_is_still_called_a_full_disk(shim, centre, tmp_path, full):
    """SQLite then fails growing the -shm file and calls it an I/O error; a real write settles it."""
    home = copy_home(centre, tmp_path / "home")
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8-sig")
    result = trainer(shim, home, "roster", "import", str(tmp_path / "roster.csv"), full=full)
    _said_disk_full(result)
    assert _learners(home) == 5


def test_demo_on_a_full_disk_says_so_and_writes_nothing(shim, tmp_path, full):
    home = make_home(tmp_path / "home", learners=1)
    with closing(sqlite3.connect(home / "trainer.db")) as conn:  # an empty centre: the demo may run
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM learner")
        conn.commit()
    with app_open(home):
        result = trainer(shim, home, "demo", "--learners", "3", full=full)
    _said_disk_full(result)
    assert _learners(home) == 0


def test_restore_on_a_full_disk_says_so_and_changes_nothing(shim, centre, tmp_path, full):
    home = copy_home(centre, tmp_path / "home")
    saved = next((home / "backups").glob("manual-*.sqlite"))
    with closing(sqlite3.connect(home / "trainer.db")) as conn:
        conn.execute("UPDATE learner SET name = 'changed since the backup' WHERE name = '王秀英'")
        conn.commit()
    before = sorted(os.listdir(home / "backups"))
    with app_open(home):
        result = trainer(shim, home, "restore", str(saved), "--yes", full=full)
    _said_disk_full(result, "Nothing was changed")
    assert rows(
        home / "trainer.db", "SELECT count(*) FROM learner WHERE name = 'changed since the backup'"
    ) == [(1,)]
    assert sorted(os.listdir(home / "backups")) == before


def test_backup_on_a_full_disk_says_so_and_leaves_no_file(shim, centre, tmp_path, full):
    home = copy_home(centre, tmp_path / "home")
    before = sorted(os.listdir(home / "backups"))
    with app_open(home):
        result = trainer(shim, home, "backup", full=full)
    _said_disk_full(result)
    assert sorted(os.listdir(home / "backups")) == before


def test_messages_are_in_the_tutors_language(shim, centre, tmp_path, full):
    home = copy_home(centre, tmp_path / "home")
    with app_open(home):
        result = trainer(shim, home, "backup", lang="zh_CN", full=full)
    assert result.returncode == 1
    assert "磁盘已满" in result.stderr, result.stderr


def test_self_test_on_a_full_disk_does_not_say_all_passed(shim, centre, tmp_path, full):
    home = copy_home(centre, tmp_path / "home")
    with app_open(home):
        result = trainer(shim, home, "--self-test", full=full)
    assert result.returncode == 1
    assert "All checks passed" not in result.stdout
    assert "PROBLEM data folder" in result.stdout and "disk is full" in result.stdout
    assert "PROBLEM database" in result.stdout


def test_self_test_with_a_read_only_database_does_not_say_all_passed(shim, centre, tmp_path):
    home = copy_home(centre, tmp_path / "home")
    result = trainer(shim, home, "--self-test", ro=home / "trainer.db")
    assert result.returncode == 1, result.stdout
    assert "All checks passed" not in result.stdout
    assert "PROBLEM database" in result.stdout and "read-only" in result.stdout, result.stdout
