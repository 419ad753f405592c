from __future__ import annotations

import os
import time

from trainer.services.speech.cache import AudioCache


def _put(cache: AudioCache, key: str, size: int, when: float) -> None:
    part = cache.scratch()
    part.write_bytes(b"\0" * size)
    wav = cache.put(key, part, {"words": [], "seconds": 1.0})
    os.utime(wav, (when, when))


def test_hit_returns_file_and_notes(tmp_path):
    cache = AudioCache(tmp_path / "speech")
    assert cache.get("a") is None
    _put(cache, "a", 100, time.time())
    wav, meta = cache.get("a")
    assert wav.read_bytes() == b"\0" * 100 and meta["seconds"] == 1.0
    assert not list((tmp_path / "speech").glob("part-*"))


def test_least_recently_used_goes_first_and_a_hit_counts_as_use(tmp_path):
    cache = AudioCache(tmp_path / "speech", max_bytes=3000)
    now = time.time()
    _put(cache, "old", 1000, now - 300)
    _put(cache, "mid", 1000, now - 200)
    assert cache.get("old") is not None  # used just now: "mid" is now the least recently used
    _put(cache, "new", 1000, now)  # over the bound with the notes files: something must go
    assert cache.get("mid") is None
    assert cache.get("old") is not None and cache.get("new") is not None
    assert cache.size() <= 3000


def test_the_entry_just_written_is_never_evicted(tmp_path):
    cache = AudioCache(tmp_path / "speech", max_bytes=10)
    _put(cache, "big", 5000, time.time())
    assert cache.get("big") is not None


def test_abandoned_partial_files_are_cleaned(tmp_path):
    cache = AudioCache(tmp_path / "speech")
    stale = cache.scratch()
    stale.write_bytes(b"x")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    cache.evict()
    assert not stale.exists()
