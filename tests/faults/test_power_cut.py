"""kill -9 and power cuts while a learner's answers are being saved.

The child answers as fast as the app lets it (the app's own writer thread, ``synchronous=FULL``) and
reports each answer once the writer says it is saved. At a random moment it is killed. Two disks are
then looked at:

- the files as the kill left them (the operating system still had every write): a crash of the app;
- the files as they were at their last fsync, taken by the shim (``FAULT_SNAP``): a power cut, where
  every write not yet synced is lost. The -shm file is never synced and is rebuilt by SQLite.

Both must open in the app without being put aside, pass ``PRAGMA integrity_check`` and the schema
check, and hold every answer that was reported saved (the README's promise: with ``synchronous=FULL``
a power cut loses no saved answer; at most the one being saved at that instant, never reported).
"""

from __future__ import annotations

import json
import random
import shutil

import pytest
from harness import copy_home, kills, rows, run_and_kill

from trainer.storage.db import Database

# each kill starts a child from the fork server, lets it work up to a second or so, then checks two
# disks in full: about a second per case
pytestmark = pytest.mark.slow
KILLS = kills(8)


def _answers(db_file) -> set[int]:
    found = rows(db_file, "SELECT answer FROM attempt WHERE lesson_id = 'fault-drill'")
    return {json.loads(a)["n"] for (a,) in found}


def _check_disk(folder, reported: list[int]) -> int:
    """Open as the app does, check in full, compare the answers. Returns how many were found."""
    with Database.open_file(folder / "trainer.db", folder / "backups") as db:
        verdict = db.check(full=True)
        assert verdict.ok, verdict
    found = _answers(folder / "trainer.db")
    lost = set(reported) - found
    assert not lost, f"answers reported saved but missing: {sorted(lost)[:10]} of {len(reported)}"
    newest = max(reported, default=0)
    assert found <= set(range(1, newest + 2)), "answers that were never given"
    return len(found)


@pytest.mark.parametrize("seed", range(KILLS))
def test_kill_and_power_cut_while_answering_lose_no_saved_answer(zygote, template, tmp_path, seed):
    rng = random.Random(seed)
    home = copy_home(template, tmp_path / "home")
    snap = tmp_path / "disk-at-last-sync"
    shutil.copytree(home, snap)  # what the disk held before the child started: all of it synced
    env = {"FAULT_ROOT": str(home.resolve()), "FAULT_SNAP": str(snap.resolve())}
    done = run_and_kill(zygote, "answers", home, tmp_path / "out", rng, after=(0.05, 1.5), env=env)
    reported = [int(n) for n in done]
    assert reported, "no answer was saved before the kill"

    # the power cut: only what was synced; the -shm is memory, not disk
    rebooted = tmp_path / "rebooted"
    rebooted.mkdir()
    for name in ("trainer.db", "trainer.db-wal"):
        if (snap / name).exists():
            shutil.copy2(snap / name, rebooted / name)
    _check_disk(rebooted, reported)

    # the crash of the app alone: the files as the kill left them
    _check_disk(home, reported)
