"""Run by test_concurrency.py: wait for a signal file, then open (create, migrate) the database once."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from trainer.storage.db import Database


def main(data: Path, go: Path) -> None:
    deadline = time.monotonic() + 60
    while not go.exists():
        if time.monotonic() > deadline:
            raise SystemExit("never got the signal")
        time.sleep(0.001)
    Database.open_file(data / "trainer.db", data / "backups").close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
