"""The tutor commands as a tutor runs them (real processes): demo, roster, report, backup, restore."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from trainer.domain.tutoring import SignedIn
from trainer.services.tutors import TutorService
from trainer.storage.db import Database

pytestmark = pytest.mark.slow


def run(*args, home, stdin=None):
    env = {**os.environ, "TRAINER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "trainer", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        input=stdin,
    )


def test_demo_prints_pin_and_passphrase_and_the_pin_opens_tutor_mode(trainer_home, paths):
    r = run("demo", "--learners", "12", home=trainer_home)
    assert r.returncode == 0, r.stderr
    pin = re.search(r"^PIN: (\d{6,12})$", r.stdout, re.M).group(1)
    assert re.search(r"^Passphrase: \S{8,}$", r.stdout, re.M)
    with Database.open(paths) as db:
        tutors = TutorService(db)
        (tutor,) = tutors.tutors()
        assert isinstance(tutors.sign_in(tutor.id, pin), SignedIn)
    assert pin.encode() not in paths.database.read_bytes()
    again = run("demo", "--learners", "5", home=trainer_home)  # a second demo replaces the first
    assert again.returncode == 0 and "5 learners" in again.stdout


def test_demo_refuses_a_folder_with_real_learners(trainer_home):
    assert run("roster", "import", _csv(trainer_home, "name\n王秀英\n"), home=trainer_home).returncode == 0
    r = run("demo", home=trainer_home)
    assert r.returncode == 1 and "real" in r.stderr and "Traceback" not in r.stderr
    assert "PIN" not in r.stdout


def _csv(folder, text, encoding="utf-8"):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "in.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_roster_import_export(trainer_home, tmp_path):
    bad = _csv(tmp_path, "name,birth_year\n王秀英,1950\n=1+1,\n李建国,19x8\n")
    r = run("roster", "import", bad, home=trainer_home)
    assert r.returncode == 1
    assert "line 3: the name looks like a spreadsheet formula" in r.stderr
    assert "line 4: birth year must be a year such as 1952 ('19x8')" in r.stderr
    assert "Nothing was imported" in r.stderr
    r = run("roster", "import", bad, "--skip-bad", home=trainer_home)
    assert r.returncode == 0 and "Imported 1 learner(s)" in r.stdout and "2 line(s) left out" in r.stdout
    gbk = _csv(tmp_path, "name\n张桂兰\n", "gbk")
    r = run("roster", "import", gbk, home=trainer_home)
    assert r.returncode == 1 and "--encoding gb18030" in r.stderr and "张桂兰" in r.stderr
    assert run("roster", "import", gbk, "--encoding", "gb18030", home=trainer_home).returncode == 0
    out = tmp_path / "out.csv"
    r = run("roster", "export", out, home=trainer_home)
    assert r.returncode == 0 and "Wrote 2 learner(s)" in r.stdout
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") and "张桂兰" in out.read_text(encoding="utf-8-sig")


def test_reports_and_backup_restore(trainer_home, tmp_path):
    assert run("demo", "--learners", "6", home=trainer_home).returncode == 0
    listing = tmp_path / "roster.csv"
    run("roster", "export", listing, home=trainer_home)
    name = listing.read_text(encoding="utf-8-sig").splitlines()[1].split(",")[1]
    r = run("report", "learner", name, "--out", tmp_path / "one.pdf", home=trainer_home)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "one.pdf").read_bytes().startswith(b"%PDF")
    r = run("report", "learner", "Nobody", "--out", tmp_path / "x.pdf", home=trainer_home)
    assert r.returncode == 1 and "No learner called 'Nobody'" in r.stderr
    for out in ("class.csv", "class.pdf", "summary.json", "summary.csv"):
        kind = "summary" if out.startswith("summary") else "class"
        r = run("report", kind, "--out", tmp_path / out, home=trainer_home)
        assert r.returncode == 0 and (tmp_path / out).stat().st_size > 0, r.stderr
    assert json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))["learners"] == 6
    assert run("report", "class", "--out", tmp_path / "class.txt", home=trainer_home).returncode == 2

    r = run("backup", "--out", tmp_path / "usb", home=trainer_home)
    assert r.returncode == 0, r.stderr
    (made,) = (tmp_path / "usb").iterdir()
    run("roster", "import", _csv(tmp_path, "name\nExtra Person\n"), home=trainer_home)
    r = run("restore", made, home=trainer_home)  # no terminal to ask on: needs --yes
    assert r.returncode == 1 and "6 learner(s)" in r.stdout and "--yes" in r.stderr
    r = run("restore", made, "--yes", home=trainer_home)
    assert r.returncode == 0 and "before-restore-" in r.stdout
    run("roster", "export", listing, home=trainer_home)
    assert "Extra Person" not in listing.read_text(encoding="utf-8-sig")
    r = run("restore", tmp_path / "one.pdf", "--yes", home=trainer_home)
    assert r.returncode == 1 and "not a backup" in r.stderr
