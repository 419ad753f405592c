"""Schema v8: settings a tutor chose for every PC of the centre (centre_setting), the sign-in look first."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing

from storage_helpers import FIXTURES

from trainer.domain.learner import LearnerSettings
from trainer.services import sign_in_look
from trainer.storage import centre_settings
from trainer.storage.db import Database


def test_the_sign_in_look_round_trips_through_the_database(tmp_path):
    with Database.open_file(tmp_path / "trainer.db", tmp_path / "backups") as db:
        assert sign_in_look.load(tmp_path) == LearnerSettings()  # nothing chosen: the defaults
        sign_in_look.save(db, 36, True)
        assert centre_settings.read(db, sign_in_look.KEY) is not None
        look = sign_in_look.load(tmp_path)
        assert (look.text_size, look.high_contrast) == (36, True)
        sign_in_look.save(db, 26, False)
        look = sign_in_look.load(tmp_path)
        assert (look.text_size, look.high_contrast) == (26, False)
    assert not (tmp_path / sign_in_look.FILE).exists()  # kept in the database, not in a file


def test_a_damaged_value_in_the_table_means_the_defaults(tmp_path):
    with Database.open_file(tmp_path / "trainer.db", tmp_path / "backups") as db:
        for bad in ("{", '{"text_size": 99, "high_contrast": true}', '{"text_size": 36}', "[]"):
            centre_settings.write(db, sign_in_look.KEY, bad)
            assert sign_in_look.load(tmp_path) == LearnerSettings()


def test_a_v7_pc_keeps_its_own_choice_and_it_moves_into_the_database_once(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(FIXTURES / "v7.sqlite", data / "trainer.db")
    (data / sign_in_look.FILE).write_text(json.dumps({"text_size": 36, "high_contrast": True}), "utf-8")
    before = sign_in_look.load(data)  # at start-up, before the upgrade: the file still says it
    assert (before.text_size, before.high_contrast) == (36, True)
    with Database.open_file(data / "trainer.db", data / "backups") as db:
        assert db.upgrade.from_version == 7
        assert sign_in_look.adopt_file(db, data)
        assert not (data / sign_in_look.FILE).exists()
        after = sign_in_look.load(data)
        assert (after.text_size, after.high_contrast) == (36, True)
        with closing(sqlite3.connect(data / "trainer.db")) as conn:
            stamped = conn.execute("SELECT field FROM sync_clock WHERE tbl = 'centre_setting'").fetchall()
        assert ("value",) in stamped  # the v7 fixture's PC syncs: the others will hear of it
        sign_in_look.save(db, 18, False)  # a later choice here wins over the moved one
        (data / sign_in_look.FILE).write_text(json.dumps({"text_size": 26, "high_contrast": False}), "utf-8")
        assert not sign_in_look.adopt_file(db, data)  # a stray old file never overrides the centre's choice
        assert sign_in_look.load(data).text_size == 18 and not (data / sign_in_look.FILE).exists()


def test_before_the_upgrade_or_without_a_database_the_file_or_the_defaults(tmp_path):
    assert sign_in_look.load(tmp_path) == LearnerSettings()
    assert not (tmp_path / "trainer.db").exists()  # a look never creates the database
    (tmp_path / sign_in_look.FILE).write_text('{"text_size": 26, "high_contrast": false}', "utf-8")
    assert sign_in_look.load(tmp_path).text_size == 26


def test_a_tutors_change_is_made_to_the_latest_choice(tmp_path):
    with Database.open_file(tmp_path / "trainer.db", tmp_path / "backups") as db:
        assert sign_in_look.choose(db, flip_contrast=True) == LearnerSettings(high_contrast=True)
        assert sign_in_look.choose(db, text_size=26) == LearnerSettings(text_size=26, high_contrast=True)
        sign_in_look.save(db, 36, False)  # (as if received from another PC meanwhile)
        assert sign_in_look.choose(db, flip_contrast=True) == LearnerSettings(
            text_size=36, high_contrast=True
        )
        assert not centre_settings.write(db, sign_in_look.KEY, centre_settings.read(db, sign_in_look.KEY))
