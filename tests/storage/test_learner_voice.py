"""Schema v7: the voice that reads to a learner (learner_settings.voice), from a v6 database in the field."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing

from storage_helpers import FIXTURES

from trainer.storage.db import Database
from trainer.storage.repositories import LearnerRepository

WANG = "26212881-454f-57d7-93a9-d5f779616043"  # make_fixture.uid("v2-wang")


def test_a_v6_pc_that_syncs_upgrades_to_the_computer_voice_and_syncs_the_choice(tmp_path):
    path = tmp_path / "data" / "trainer.db"
    path.parent.mkdir()
    shutil.copyfile(FIXTURES / "v6.sqlite", path)
    with Database.open_file(path, tmp_path / "data" / "backups") as db:
        assert db.upgrade.from_version == 6
        repo = LearnerRepository(db)
        settings = repo.settings(WANG)
        assert settings.voice == "" and settings.speech_rate == "slow"  # the computer's voice, as before
        repo.save_settings(WANG, settings._replace(voice="voice-1-li-ayi"))
        assert repo.settings(WANG).voice == "voice-1-li-ayi"
        with closing(sqlite3.connect(path)) as conn:
            stamped = conn.execute(
                "SELECT field FROM sync_clock WHERE tbl = 'learner_settings' AND key = ?", (WANG,)
            ).fetchall()
            fed = conn.execute(
                "SELECT count(*) FROM sync_change WHERE tbl = 'learner_settings' AND key = ?", (WANG,)
            ).fetchone()[0]
        assert ("voice",) in stamped and fed >= 1  # the other PCs of the centre hear of the new voice


def test_the_v7_fixture_keeps_each_learners_voice(tmp_path):
    path = tmp_path / "trainer.db"
    shutil.copyfile(FIXTURES / "v7.sqlite", path)
    with Database.open_file(path, tmp_path / "backups") as db:
        assert LearnerRepository(db).settings(WANG).voice == "voice-1-li-ayi"
