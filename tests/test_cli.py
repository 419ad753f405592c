"""The command line, run as a tutor would run it (a real process)."""

from __future__ import annotations

import os
import subprocess
import sys

from trainer import __version__


def run(*args, home, **env):
    e = {**os.environ, "TRAINER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(
        [sys.executable, "-m", "trainer", *args], capture_output=True, text=True, env=e, timeout=120
    )


def test_version(trainer_home):
    r = run("--version", home=trainer_home)
    assert r.returncode == 0 and r.stdout.strip() == f"trainer {__version__}"


def test_self_test_passes_and_creates_the_data_folder(trainer_home):
    r = run("--self-test", home=trainer_home)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "All checks passed." in r.stdout
    assert "OK      database: schema version" in r.stdout
    assert (
        " sound: " in r.stdout
    )  # (whether sound can be heard, and if not why: tests/speech/test_sound_check)
    assert (trainer_home / "trainer.db").is_file()


def test_self_test_fails_clearly_when_the_data_folder_cannot_be_written(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    r = run("--self-test", home=blocker / "data")
    assert r.returncode == 1
    assert "PROBLEM data folder" in r.stdout and "write permission" in r.stdout
    assert "Traceback" not in r.stdout + r.stderr
