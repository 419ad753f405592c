"""``trainer sync ...`` and ``trainer learner ...`` on real data folders (and a real hub)."""

from __future__ import annotations

import json
import sqlite3

from trainer.cli import main
from trainer.config import resolve_paths
from trainer.services.tutors import TutorService
from trainer.storage.db import Database
from trainer.storage.repositories import AttemptRepository, LearnerRepository


def prepare(home, monkeypatch, centre="Sunshine Centre", learners=("Ann",)):
    monkeypatch.setenv("TRAINER_HOME", str(home))
    paths = resolve_paths()
    with Database.open(paths) as db:
        if centre:
            TutorService(db).set_up(centre, "Town", "C1", "Tutor Li", "135792")
        ids = [LearnerRepository(db).create(name, "sun", "#174A86", "en").id for name in learners]
        for learner in ids:
            AttemptRepository(db).append(learner, "mouse-basics", 1, "s1", {"choice": 1}, True, 800)
    return paths, ids


def rows(paths, sql):
    with sqlite3.connect(paths.database) as conn:
        return conn.execute(sql).fetchall()


def test_erase_asks_for_yes_then_saves_the_data_and_erases(tmp_path, monkeypatch, capsys):
    paths, (ann,) = prepare(tmp_path / "pc", monkeypatch)
    assert main(["learner", "erase", "Ann"]) == 1
    assert "--yes" in capsys.readouterr().err and rows(paths, "SELECT count(*) FROM learner") == [(1,)]
    assert main(["learner", "erase", "Ann", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Saved Ann's data" in out and "Erased Ann" in out
    saved = next((paths.data / "exports").glob("Ann-*.json"))
    assert json.loads(saved.read_text(encoding="utf-8"))["learner"]["id"] == ann
    assert rows(paths, "SELECT count(*) FROM learner") == [(0,)] and rows(
        paths, "SELECT count(*) FROM attempt"
    ) == [(0,)]


def test_erase_without_export(tmp_path, monkeypatch, capsys):
    paths, _ = prepare(tmp_path / "pc", monkeypatch)
    assert main(["learner", "erase", "Ann", "--yes", "--no-export"]) == 0
    assert not (paths.data / "exports").exists() and rows(paths, "SELECT count(*) FROM learner") == [(0,)]


def test_a_usb_round_trip_with_the_code_and_an_erasure_that_travels(tmp_path, monkeypatch, capsys):
    town, (ann,) = prepare(tmp_path / "town", monkeypatch)
    assert main(["sync", "export", "--out", str(tmp_path / "town.dbsync")]) == 0
    assert main(["sync", "code"]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    village, _ = prepare(tmp_path / "village", monkeypatch, centre=None, learners=())
    assert main(["sync", "import", str(tmp_path / "town.dbsync")]) == 1
    assert "centre's code" in capsys.readouterr().err
    assert main(["sync", "import", str(tmp_path / "town.dbsync"), "--code", code]) == 0
    assert "answers: 1" in capsys.readouterr().out
    assert rows(village, "SELECT id FROM learner") == [(ann,)]
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "town"))
    assert main(["learner", "erase", ann, "--yes", "--no-export"]) == 0
    assert main(["sync", "export", "--out", str(tmp_path / "town2.dbsync")]) == 0
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "village"))
    assert main(["sync", "import", str(tmp_path / "town2.dbsync")]) == 0
    assert "learners erased: 1" in capsys.readouterr().out
    assert rows(village, "SELECT count(*) FROM learner") == [(0,)]
    assert main(["sync", "status"]) == 0
    assert "Last USB import" in capsys.readouterr().out
    del town


def test_a_file_from_another_centre_is_refused_with_the_reason(tmp_path, monkeypatch, capsys):
    prepare(tmp_path / "other", monkeypatch, centre="Riverside Centre")
    assert main(["sync", "export", "--out", str(tmp_path / "other.dbsync")]) == 0
    paths, _ = prepare(tmp_path / "town", monkeypatch)
    assert main(["sync", "import", str(tmp_path / "other.dbsync")]) == 1
    err = capsys.readouterr().err
    assert "another centre (Riverside Centre)" in err and "Nothing was imported" in err


def test_setup_now_and_status_with_a_hub(tmp_path, monkeypatch, capsys, hub_url):
    prepare(tmp_path / "pc", monkeypatch)
    assert main(["sync", "now"]) == 1
    assert "no hub" in capsys.readouterr().err
    assert main(["sync", "setup", hub_url, "--name", "front-desk"]) == 0
    out = capsys.readouterr().out
    password = hub_url.split(":")[2].split("@")[0]
    assert "Connected to postgresql://" in out and password not in out and "sent" in out
    assert main(["sync", "now"]) == 0
    assert "sent 0 change(s), received 0" in capsys.readouterr().out
    assert main(["sync", "status"]) == 0
    out = capsys.readouterr().out
    assert "Hub: postgresql://" in out and password not in out and "front-desk" in out


def test_duplicates_and_merge_from_the_command_line(tmp_path, monkeypatch, capsys):
    paths, (first, second) = prepare(tmp_path / "pc", monkeypatch, learners=("Li Na", "li  na"))
    assert main(["learner", "duplicates"]) == 0
    assert first in capsys.readouterr().out
    assert main(["learner", "merge", first, second]) == 1
    assert main(["learner", "merge", first, second, "--yes"]) == 0
    assert rows(paths, "SELECT DISTINCT learner_id FROM attempt") == [(first,)]
    assert rows(paths, "SELECT count(*) FROM attempt") == [(2,)]
