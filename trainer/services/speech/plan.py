"""What the speaker plays for an utterance, part by part: a volunteer's recording where the chosen voice
pack has one for exactly those words, else the computer's voice sentence by sentence. No Qt.

Recordings are made string by string (a paragraph, a question, a choice, a hint), and a recording plays
for the longest run of whole sentences of a line whose words it has (one part however many sentences it
says; ``sentence`` is the first, which is what the screen marks). Runs on the speaker's planning thread. Slower (or brisker) than normal, a recording is time-stretched (same
pitch) in the background and kept in the speech cache, so the next time is at once.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from trainer.domain.speech import LANGS, RATE_WPM, Sentence, Utterance, WordMark, normal_rate, spoken_form
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
    """Recordings where the chosen pack has these words, else synthesis, sentence by sentence.

    Each line of the utterance (a paragraph, a question, a choice, a hint) is matched whole first, then
    by its longest run of whole sentences that was recorded: a quiz choice shown as "2. Hang up" plays the
    recording of "Hang up" after the computer says "2."; a simulation's hint followed by the app's own
    "The right place now has a thick frame around it." plays the hint recorded and synthesises the rest.
    """
    pack = library.get(utterance.voice) if library is not None and utterance.voice else None
    if pack is None or pack.lang != utterance.lang:
        return [_said(utterance, s) for s in sentences]
    assert library is not None
    by_line: dict[int, list[Sentence]] = {}
    line_starts = [0] + [i + 1 for i, ch in enumerate(utterance.text) if ch == "\n"]
    for s in sentences:
        line = max(i for i, start in enumerate(line_starts) if start <= s.start)
        by_line.setdefault(line, []).append(s)
    stretch = stretch_for(utterance.rate)
    parts: list[Part] = []
    for line in sorted(by_line):
        group = by_line[line]
        i = 0
        while i < len(group):
            for j in range(len(group) - 1, i - 1, -1):
                clip = library.clip(pack.id, utterance.lang, utterance.text[group[i].start : group[j].end])
                if clip is not None:
                    parts.append(Part(group[i].index, clip=clip, stretch=stretch))
                    i = j + 1
                    break
            else:
                parts.append(_said(utterance, group[i]))
                i += 1
    return parts


def _said(utterance: Utterance, s: Sentence) -> Part:
    return Part(s.index, spoken=spoken_form(s.text, utterance.lang, utterance.readings))


def prepare_rules() -> None:
    """Import and compile the rules that say numbers as people do (45-100 ms), off the UI thread."""
    for lang in LANGS:
        spoken_form("1", lang)


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
