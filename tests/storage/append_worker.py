"""Run by test_concurrency.py in separate processes: one copy of the app appending attempts.

Usage: append_worker.py DATA_FOLDER SIGNALS_FOLDER NAME COUNT

1. waits for SIGNALS/open, then opens the database (racing the other workers to create and migrate it)
   and creates its learner, then writes SIGNALS/ready-NAME;
2. waits for SIGNALS/append, then appends COUNT attempts, one transaction each, and prints the
   learner id.

A short pause between appends keeps the loop close to real use. Without it, one process in a tight
loop holds the write lock nearly all the time and SQLite's busy handler (which polls, it does not
queue) can leave the other waiting for seconds; learners answer far slower than that.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from trainer.config import Paths
from trainer.domain.learner import COLOURS
from trainer.storage.db import Database
from trainer.storage.repositories import AttemptRepository, LearnerRepository

PAUSE_S = 0.002


def wait_for(signal: Path) -> None:
    deadline = time.monotonic() + 60
    while not signal.exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"never got {signal.name}")
        time.sleep(0.002)


def main(data: Path, signals: Path, name: str, count: int) -> None:
    wait_for(signals / "open")
    with Database.open(Paths(data=data, cache=data / "cache")) as db:
        learner = LearnerRepository(db).create(name, "sun", COLOURS[0], "en")
        attempts = AttemptRepository(db)
        (signals / f"ready-{name}").touch()
        wait_for(signals / "append")
        for i in range(count):
            attempts.append(learner.id, "mouse", 1, f"step-{i}", {"worker": name, "i": i}, i % 3 != 0, i)
            time.sleep(PAUSE_S)
    print(learner.id)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]))
