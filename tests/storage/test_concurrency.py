"""Two copies of the app on one PC, writing to the same file at the same time."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from storage_helpers import rows

from trainer.storage.migrations import CURRENT_VERSION

WORKER = Path(__file__).with_name("append_worker.py")
PER_WORKER = 200


@pytest.mark.slow
def test_two_processes_append_200_attempts_each_without_losing_any(tmp_path):
    data, signals = tmp_path / "data", tmp_path / "signals"
    signals.mkdir()
    names = ("first", "second")
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), str(data), str(signals), name, str(PER_WORKER)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in names
    ]
    time.sleep(1.0)  # let both import everything, so that they open the new file together
    (signals / "open").touch()
    _wait_for([signals / f"ready-{name}" for name in names], workers)
    (signals / "append").touch()
    results = [w.communicate(timeout=120) for w in workers]
    for worker, (_out, err) in zip(workers, results, strict=True):
        assert worker.returncode == 0, err
    ids = [out.strip() for out, _ in results]

    db = data / "trainer.db"
    assert rows(db, "PRAGMA quick_check") == [("ok",)]
    assert rows(db, "SELECT count(*) FROM attempt") == [(2 * PER_WORKER,)]
    for learner_id in ids:
        steps = rows(db, "SELECT step_id FROM attempt WHERE learner_id = ?", learner_id)
        assert sorted(s for (s,) in steps) == sorted(f"step-{i}" for i in range(PER_WORKER))
    assert rows(db, "SELECT count(DISTINCT id) FROM attempt") == [(2 * PER_WORKER,)]
    spans = [
        rows(db, "SELECT min(created_at), max(created_at) FROM attempt WHERE learner_id = ?", i)[0]
        for i in ids
    ]
    assert max(s for s, _ in spans) < min(e for _, e in spans), f"the workers did not overlap: {spans}"
    # both raced to create and migrate the new file: each version ran exactly once
    assert rows(db, "SELECT version FROM schema_version") == [(v,) for v in range(1, CURRENT_VERSION + 1)]
    assert rows(db, "PRAGMA journal_mode") == [("wal",)]


def _wait_for(files: list[Path], workers: list[subprocess.Popen[str]]) -> None:
    deadline = time.monotonic() + 60
    while not all(f.exists() for f in files):
        failed = [w.communicate()[1] for w in workers if w.poll() not in (None, 0)]
        assert not failed, failed
        assert time.monotonic() < deadline, "workers never got ready"
        time.sleep(0.01)
