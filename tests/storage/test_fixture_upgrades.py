"""Every saved database of an earlier (or the current) schema version opens with today's code, and
every row in it survives. Fixtures are made by ``tests/fixtures/db/make_fixture.py``."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from storage_helpers import FIXTURES

from tests.fixtures.db.upgrades import CHANGED_ON_PURPOSE
from trainer.domain.pins import check_pin
from trainer.storage.db import Database
from trainer.storage.migrations import CURRENT_VERSION
from trainer.storage.repositories import AttemptRepository, HelpRequestRepository, LearnerRepository

FIXTURE_FILES = sorted(FIXTURES.glob("v*.sqlite"), key=lambda p: int(p.stem[1:]))


def snapshot(path: Path) -> dict[str, dict[tuple, dict[str, object]]]:
    """Every row of every table, keyed by primary key."""
    out: dict[str, dict[tuple, dict[str, object]]] = {}
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        conn.row_factory = sqlite3.Row
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for name in names:
            if name.startswith("sqlite_"):
                continue
            pk = [
                r[1] for r in sorted(conn.execute(f"PRAGMA table_info({name})"), key=lambda r: r[5]) if r[5]
            ]
            out[name] = {
                tuple(row[c] for c in pk): dict(row) for row in conn.execute(f"SELECT * FROM {name}")
            }
    return out


def test_there_is_a_fixture_for_every_version_up_to_current():
    assert [int(p.stem[1:]) for p in FIXTURE_FILES] == list(range(1, CURRENT_VERSION + 1))


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_fixture_is_what_its_name_says_and_fills_every_table(fixture):
    with closing(sqlite3.connect(f"{fixture.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == int(fixture.stem[1:])
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, nothing beside it
    empty = [name for name, table in snapshot(fixture).items() if not table]
    assert empty == []


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_fixture_upgrades_with_nothing_lost(fixture, tmp_path):
    version = int(fixture.stem[1:])
    before = snapshot(fixture)
    db_path = tmp_path / "data" / "trainer.db"
    db_path.parent.mkdir()
    shutil.copyfile(fixture, db_path)  # never open the committed file itself

    with Database.open_file(db_path, tmp_path / "data" / "backups") as db:
        assert db.schema_version == CURRENT_VERSION
        assert db.upgrade.from_version == version
        assert (db.upgrade.backup is not None) == (version < CURRENT_VERSION)
        after = snapshot(db_path)
        changed = CHANGED_ON_PURPOSE.get(version, set())
        for table, old_rows in before.items():
            assert table in after, f"table {table} disappeared"
            new_rows = after[table]
            missing = set(old_rows) - set(new_rows)
            assert not missing, f"{table}: rows lost {sorted(missing)[:5]}"
            for key, old in old_rows.items():
                kept = {c: v for c, v in old.items() if c in new_rows[key] and (table, c) not in changed}
                assert {c: new_rows[key][c] for c in kept} == kept, f"{table} {key}"
        assert len(after["schema_version"]) == CURRENT_VERSION
        with closing(sqlite3.connect(db_path)) as conn:
            assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []

        # and today's repositories read the old data
        learners, attempts = LearnerRepository(db), AttemptRepository(db)
        for learner_id in before["learner"]:
            learner = learners.get(learner_id[0])
            assert learner is not None and learner.name == before["learner"][learner_id]["name"]
            learners.settings(learner.id)
        read = sum(len(attempts.list_for(key[0])) for key in before["learner"])
        assert read == len(before["attempt"])
        assert len(HelpRequestRepository(db).list_open()) == sum(
            1 for row in before["help_request"].values() if row["resolved_at"] is None
        )
        active = [row["name"] for row in before["learner"].values() if row["archived_at"] is None]
        assert sorted(t.name for t in db.list_tiles()) == sorted(active)


def test_v1_fixture_details_survive(tmp_path):
    """Spot checks by hand on the first fixture, beyond "every column is equal"."""
    db_path = tmp_path / "trainer.db"
    shutil.copyfile(FIXTURES / "v1.sqlite", db_path)
    with Database.open_file(db_path, tmp_path / "backups") as db:
        learners = LearnerRepository(db)
        wang = next(t for t in db.list_tiles() if t.name == "王秀英")
        assert wang.has_pin and check_pin("1234", learners.pin_hash(wang.id))
        assert learners.settings(wang.id).speech_rate == "slow"
        answers = [a.answer for a in AttemptRepository(db).list_for(wang.id, "mouse-basics")]
        assert answers == ["icon-trash", "icon-photos", {"clicks": 2, "gap_ms": 480}]
        assert [t.name for t in db.list_tiles()] == [
            "陈阿姨",
            "王秀英",
            "李建国",
        ]  # recent first; archived hidden
