"""Synthesized speech kept on disk, so Repeat starts at once.

``cache/speech/<sha256>.wav`` with the word timings beside it in ``<sha256>.json``. Bounded in bytes;
the least recently used go first (a hit sets the file's modification time: access times are often
switched off). Eviction runs on insert. Safe to delete at any time.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
import uuid
from pathlib import Path
from typing import Any

from trainer.storage.files import private_folder

DEFAULT_MAX_BYTES = 200 * 1024 * 1024


class AudioCache:
    def __init__(self, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.root = root
        self.max_bytes = max_bytes

    def wav(self, key: str) -> Path:
        return self.root / f"{key}.wav"

    def get(self, key: str) -> tuple[Path, dict[str, Any]] | None:
        """The cached WAV and its notes, or None. Marks the entry as just used."""
        wav = self.wav(key)
        try:
            now = time.time()
            os.utime(wav, (now, now))
            meta = json.loads(wav.with_suffix(".json").read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return wav, meta

    def scratch(self) -> Path:
        """A fresh path inside the cache folder for the engine to write to (same disk: rename is atomic)."""
        private_folder(self.root)  # what was said holds learners' names ("Hello, 王秀英"): 700, as the data
        return self.root / f"part-{uuid.uuid4().hex}.wav"

    def put(self, key: str, written: Path, meta: dict[str, Any]) -> Path:
        wav = self.wav(key)
        wav.with_suffix(".json").write_text(json.dumps(meta), "utf-8")
        os.replace(written, wav)
        self.evict(keep=wav)
        return wav

    def evict(self, keep: Path | None = None) -> list[Path]:
        """Remove least recently used entries until the folder is within its bound. Returns what went."""
        entries = []
        total = 0
        now = time.time()
        for f in _scan(self.root):
            try:
                st = f.stat()
            except OSError:  # removed meanwhile (the app and the command line share this folder)
                continue
            if f.name.startswith("part-"):
                if now - st.st_mtime > 3600:  # left by a killed engine
                    f.unlink(missing_ok=True)
                continue
            total += st.st_size
            if f.suffix == ".wav":
                entries.append((st.st_mtime, f, st.st_size))
        gone = []
        for _mtime, f, size in sorted(entries, key=lambda e: e[0]):
            if total <= self.max_bytes:
                break
            if keep is not None and f == keep:
                continue
            meta = f.with_suffix(".json")
            with contextlib.suppress(OSError):
                total -= meta.stat().st_size
            f.unlink(missing_ok=True)
            meta.unlink(missing_ok=True)
            total -= size
            gone.append(f)
        return gone

    def size(self) -> int:
        return sum(f.stat().st_size for f in _scan(self.root))


def _scan(root: Path) -> list[Path]:
    try:
        return [Path(e.path) for e in os.scandir(root) if e.is_file()]
    except FileNotFoundError:
        return []
