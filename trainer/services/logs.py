"""A rotating log file in the data folder (falls back to the console when the folder is read-only).

The rotating handler is written here rather than taken from ``logging.handlers``, which imports
socket, pickle and queue: about 20 ms of start-up for nothing this app uses.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

MAX_BYTES = 1_000_000
KEEP = 5


class RotatingFile(logging.FileHandler):
    """trainer.log, then trainer.log.1 ... trainer.log.KEEP, each at most ``max_bytes``."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes, self.keep = max_bytes, keep

    def _open(self):
        """Created readable by this account only (600 on Linux and macOS): the log names learners."""
        if os.name != "posix":
            return super()._open()
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            if os.fstat(fd).st_uid == os.getuid():
                os.fchmod(fd, 0o600)
        except OSError:
            pass
        return open(fd, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None:
                size = self.stream.tell()
            else:
                size = os.path.getsize(self.baseFilename) if os.path.exists(self.baseFilename) else 0
            if size >= self.max_bytes:
                self._rotate()
        except OSError:
            pass  # a full or read-only disk must not stop the app; the record is still attempted
        super().emit(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        for i in range(self.keep - 1, 0, -1):
            src = f"{self.baseFilename}.{i}"
            if os.path.exists(src):
                os.replace(src, f"{self.baseFilename}.{i + 1}")
        if os.path.exists(self.baseFilename):
            os.replace(self.baseFilename, f"{self.baseFilename}.1")


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    root = logging.getLogger()
    root.setLevel(level)
    for h in list(root.handlers):
        if getattr(h, "_trainer", False):
            root.removeHandler(h)
            h.close()
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    path: Path | None
    try:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = log_dir / "trainer.log"
        handler: logging.Handler = RotatingFile(path)
    except OSError:
        path = None
        handler = logging.StreamHandler()
    handler.setFormatter(fmt)
    handler._trainer = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
