"""A rotating log file in the data folder (falls back to the console when the folder is read-only)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

MAX_BYTES = 1_000_000
KEEP = 5


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    root = logging.getLogger()
    root.setLevel(level)
    for h in list(root.handlers):
        if getattr(h, "_trainer", False):
            root.removeHandler(h)
            h.close()
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "trainer.log"
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8"
        )
    except OSError:
        path = None
        handler = logging.StreamHandler()
    handler.setFormatter(fmt)
    handler._trainer = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
