"""What the speaker plays for an utterance, part by part: a volunteer's recording where the chosen voice
pack has one for exactly those words, else the computer's voice sentence by sentence. No Qt.

Recordings are made string by string (one line of the utterance: a paragraph, a question, a choice), so a
recorded line is one part however many sentences it has; ``sentence`` is the first sentence it covers,
which is what the screen marks. Slower (or brisker) than normal, a recording is time-stretched (same
pitch) in the background and kept in the speech cache, so the next time is at once.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from trainer.domain.speech import RATE_WPM, Sentence, Utterance, WordMark, normal_rate, spoken_form
from trainer.domain.speech_normalise import Spoken
from trainer.services.speech import audio
from trainer.services.speech.cache import AudioCache
from trainer.services.speech.voices import VoiceLibrary


@dataclass(frozen=True)
class Part:
    sentence: int  # index of the first sentence it says
    spoken: Spoken | None = None  # synthesise this (None: a recording)
    clip: Path | None = None
    stretch: float = 1.0  # play the clip this many times as long

    def word_at(self, words: tuple[WordMark, ...], ms: float) -> tuple[int, int, int]:
        """(index, start, length on screen) of the word heard ``ms`` into this part; index -1: none yet."""
        current = -1
        for i, w in enumerate(words):
            if w.at_ms > ms:
                break
            current = i
        if current < 0:
            return -1, 0, 0
        w = words[current]
        start, length = self.spoken.shown_span(w.start, w.length) if self.spoken else (w.start, w.length)
        return current, start, length

    @property
    def ready(self) -> bool:
        """A recording at its own pace: nothing to make, it can play at once."""
        return self.clip is not None and abs(self.stretch - 1.0) < 0.01


def stretch_for(rate: str) -> float:
    """A recording is at a natural, "normal" pace; slow is that many times as long."""
    return RATE_WPM["normal"] / RATE_WPM[normal_rate(rate)]


def plan(utterance: Utterance, sentences: list[Sentence], library: VoiceLibrary | None) -> list[Part]:
    parts: list[Part] = []
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for line in utterance.text.split("\n"):
        lines.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    done_lines: set[int] = set()
    for s in sentences:
        li = next((i for i, (a, b, _) in enumerate(lines) if a <= s.start < b + 1), -1)
        clip = None
        if library is not None and utterance.voice and li >= 0:
            if li in done_lines:
                continue  # said by the recording of its line
            clip = library.clip(utterance.voice, utterance.lang, lines[li][2])
        if clip is not None:
            done_lines.add(li)
            parts.append(Part(s.index, clip=clip, stretch=stretch_for(utterance.rate)))
        else:
            parts.append(Part(s.index, spoken=spoken_form(s.text, utterance.lang, utterance.readings)))
    return parts


def stretched(cache: AudioCache, clip: Path, factor: float) -> Path:
    """The clip ``factor`` times as long, same pitch; made once and kept in the cache."""
    st = clip.stat()
    raw = f"stretch\x1f{clip}\x1f{st.st_mtime_ns}\x1f{st.st_size}\x1f{factor:.3f}"
    key = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    hit = cache.get(key)
    if hit is not None:
        return hit[0]
    out = audio.time_stretch(audio.read_wav(clip), factor)
    scratch = cache.scratch()
    audio.write_wav(scratch, out)
    return cache.put(key, scratch, {"seconds": out.seconds, "words": []})
