"""Run by test_concurrency.py in separate processes: one copy of the app appending attempts.

Usage: append_worker.py DATA_FOLDER GO_FILE NAME COUNT
Waits for GO_FILE so that every worker starts at the same moment, then opens the database (racing the
other workers to create and migrate it), creates its learner and appends COUNT attempts, one
transaction each. Prints the learner id.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from trainer.config import Paths
from trainer.domain.learner import COLOURS
from trainer.storage.db import Database
from trainer.storage.repositories import AttemptRepository, LearnerRepository


def main(data: str, go_file: str, name: str, count: int) -> None:
    deadline = time.monotonic() + 30
    while not Path(go_file).exists():
        if time.monotonic() > deadline:
            raise SystemExit("never got the signal to start")
        time.sleep(0.005)
    with Database.open(Paths(data=Path(data), cache=Path(data) / "cache")) as db:
        learner = LearnerRepository(db).create(name, "sun", COLOURS[0], "en")
        attempts = AttemptRepository(db)
        for i in range(count):
            attempts.append(learner.id, "mouse", 1, f"step-{i}", {"worker": name, "i": i}, i % 3 != 0, i)
    print(learner.id)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
