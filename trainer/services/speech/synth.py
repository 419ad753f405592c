"""Text to a WAV file: voice choice per language, the engine's rate, the cache. Blocking, no Qt.

The CLI calls it directly; the app calls it from a background thread (see ``qt.py``).
"""

from __future__ import annotations

import contextlib
import threading
import wave
from dataclasses import dataclass
from pathlib import Path

from trainer.domain.speech import VoiceInfo, WordMark, cache_key, choose_voice, engine_rate
from trainer.services.speech.cache import AudioCache
from trainer.services.speech.client import WorkerClient, WorkerError, synth_timeout


class NoVoice(LookupError):
    """No installed voice can read this language (a Chinese text is never read by an English voice)."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lang = lang


@dataclass(frozen=True)
class Rendered:
    """Audio ready to play: the WAV, when each word is heard (may be empty), and whether it was cached."""

    wav: Path
    words: tuple[WordMark, ...] = ()
    seconds: float = 0.0
    cached: bool = False
    voice: str = ""


class Synthesizer:
    def __init__(self, cache: AudioCache, client: WorkerClient | None = None) -> None:
        self.cache = cache
        self.client = client or WorkerClient()
        self._voices: list[VoiceInfo] | None = None
        self._lock = threading.Lock()

    @classmethod
    def for_paths(cls, cache_dir: Path) -> Synthesizer:
        return cls(AudioCache(cache_dir / "speech"))

    def voices(self) -> list[VoiceInfo]:
        """The engine's voices (asked once; raises WorkerError when the engine cannot start)."""
        with self._lock:
            if self._voices is None:
                answer = self.client.request("voices", timeout=3 * self.client.request_timeout)
                self._voices = [
                    VoiceInfo(str(v["id"]), str(v.get("name", v["id"])), tuple(v.get("languages", ())))
                    for v in answer["voices"]
                ]
            return list(self._voices)

    def voice_for(self, lang: str) -> VoiceInfo | None:
        return choose_voice(self.voices(), lang)

    def render(self, text: str, lang: str, rate: str) -> Rendered:
        """The WAV for ``text``; from the cache when it was made before. Raises NoVoice, WorkerError."""
        voice = self.voice_for(lang)
        if voice is None:
            raise NoVoice(lang)
        value = engine_rate(self.client.engine, rate)
        key = cache_key(text, voice.id, value, self.client.engine_id)
        hit = self.cache.get(key)
        if hit is not None:
            wav, meta = hit
            return _rendered(wav, meta, cached=True, voice=voice.id)
        scratch = self.cache.scratch()
        try:
            answer = self.client.request(
                "synth",
                timeout=synth_timeout(text, self.client.request_timeout),
                text=text,
                voice=voice.id,
                rate=value,
                out=str(scratch),
            )
            meta = {
                "words": answer.get("words", []),
                "seconds": int(answer["frames"]) / max(1, int(answer["sample_rate"])),
                "voice": voice.id,
            }
            wav = self.cache.put(key, scratch, meta)
        except RuntimeError:  # WorkerError included
            with contextlib.suppress(OSError):
                scratch.unlink(missing_ok=True)
            raise
        return _rendered(wav, meta, cached=False, voice=voice.id)

    def close(self) -> None:
        self.client.close()


def _rendered(wav: Path, meta: dict, cached: bool, voice: str) -> Rendered:
    words = tuple(WordMark(int(s), int(n), int(ms)) for s, n, ms in meta.get("words", []))
    return Rendered(wav, words, float(meta.get("seconds", 0.0)), cached, voice)


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / max(1, w.getframerate())


__all__ = ["NoVoice", "Rendered", "Synthesizer", "WorkerError", "wav_seconds"]
