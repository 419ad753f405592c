"""Two copies of the app on one PC, writing to the same file at the same time."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from storage_helpers import rows

from trainer.storage import connection
from trainer.storage.migrations import CURRENT_VERSION

WORKER = Path(__file__).with_name("append_worker.py")
OPENER = Path(__file__).with_name("open_worker.py")
PER_WORKER = 200


# the workers import this checkout's trainer (not whatever the environment has installed)
THIS_CHECKOUT = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}


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
            env=THIS_CHECKOUT,
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


@pytest.mark.slow
def test_six_copies_creating_the_database_at_once_all_succeed(tmp_path):
    """The switch to WAL can deadlock between two new connections; SQLite then answers BUSY at once,
    without waiting. Every copy must still open (see ``connection._use_wal``)."""
    data, go = tmp_path / "data", tmp_path / "go"
    openers = [
        subprocess.Popen(
            [sys.executable, str(OPENER), str(data), str(go)],
            stderr=subprocess.PIPE,
            text=True,
            env=THIS_CHECKOUT,
        )
        for _ in range(6)
    ]
    time.sleep(1.0)
    go.touch()
    errors = [err for p in openers if (err := p.communicate(timeout=60)[1]) and p.returncode]
    assert errors == []
    db = data / "trainer.db"
    assert rows(db, "PRAGMA journal_mode") == [("wal",)]
    assert rows(db, "SELECT version FROM schema_version") == [(v,) for v in range(1, CURRENT_VERSION + 1)]


def test_wal_switch_retries_when_sqlite_answers_busy_at_once():
    calls: list[str] = []

    class FlakyConnection:
        """Stands in for a connection whose WAL switch meets the deadlock twice."""

        mode = "delete"

        def execute(self, sql: str) -> FlakyConnection:
            calls.append(sql)
            if sql == "PRAGMA journal_mode = WAL":
                if calls.count(sql) <= 2:
                    busy = sqlite3.OperationalError("database is locked")
                    busy.sqlite_errorcode = 5
                    raise busy
                self.mode = "wal"
            return self

        def fetchone(self) -> tuple[str]:
            return (self.mode,)

    connection._use_wal(FlakyConnection(), busy_timeout_ms=5000)
    assert calls.count("PRAGMA journal_mode = WAL") == 3


@pytest.mark.timing
def test_wal_switch_gives_up_on_other_errors_and_after_the_timeout():
    class Failing:
        def __init__(self, code: int) -> None:
            self.code = code
            self.tries = 0

        def execute(self, sql: str) -> Failing:
            if sql == "PRAGMA journal_mode = WAL":
                self.tries += 1
                error = sqlite3.OperationalError("boom")
                error.sqlite_errorcode = self.code
                raise error
            return self

        def fetchone(self) -> tuple[str]:
            return ("delete",)

    readonly = Failing(8)  # SQLITE_READONLY: no point in retrying
    with pytest.raises(sqlite3.OperationalError):
        connection._use_wal(readonly, busy_timeout_ms=5000)
    assert readonly.tries == 1
    busy = Failing(5)
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError):
        connection._use_wal(busy, busy_timeout_ms=200)
    assert busy.tries > 1 and 0.2 <= time.monotonic() - started < 2
