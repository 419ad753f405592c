"""Speech as plain data: what to say, how fast, in which voice, and how the text splits for highlighting.

No Qt, no engine, no files: the speech service (``trainer.services.speech``) turns these into sound.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from trainer.domain.learner import SPEECH_RATES
from trainer.domain.speech_markup import Reading
from trainer.domain.speech_normalise import Spoken, normalise

# Words a minute for each learner setting. Seniors: slower than the engines' defaults (espeak 175).
RATE_WPM: dict[str, int] = {"slow": 110, "normal": 140, "brisk": 170}

# What each engine's ``rate`` property needs for the same setting.
# - espeak (Linux) and nsss (macOS) take words a minute directly.
# - sapi5 (Windows): pyttsx3 maps wpm to SAPI's -10..10 scale as int(log(wpm / 156.63, 1.11)), truncating
#   toward zero. These values land on SAPI -4, -2 and 0 (speed ratio 1.11**4 = 1.52 slow to brisk).
#   Not tried on Windows: the real words a minute depend on the voice.
ENGINE_RATES: dict[str, dict[str, int]] = {
    "espeak": dict(RATE_WPM),
    "nsss": dict(RATE_WPM),
    "sapi5": {"slow": 98, "normal": 121, "brisk": 170},
}

LANGS = ("zh_CN", "en")


def normal_rate(rate: str) -> str:
    return rate if rate in SPEECH_RATES else "normal"


def slower(rate: str) -> str:
    """One step slower; ``slow`` stays ``slow``."""
    i = SPEECH_RATES.index(normal_rate(rate))
    return SPEECH_RATES[max(i - 1, 0)]


def engine_rate(engine: str, rate: str) -> int:
    table = ENGINE_RATES.get(engine, RATE_WPM)
    return table[normal_rate(rate)]


@dataclass(frozen=True)
class Utterance:
    """One thing to read aloud, as shown on screen (the speaker says it through ``spoken_form``).

    ``clip``: a recorded WAV played instead of synthesis. ``readings``: the lesson authors' overrides
    (``[[shown|spoken]]`` in lesson text). ``voice``: the recorded voice pack the learner chose ("" for
    the computer's voice); strings it has recorded are played, the others synthesised.
    """

    text: str
    lang: str = "en"
    rate: str = "normal"
    clip: Path | None = None
    readings: tuple[Reading, ...] = ()
    voice: str = ""

    def at_rate(self, rate: str) -> Utterance:
        return replace(self, rate=normal_rate(rate))


def spoken_form(text: str, lang: str, readings: Iterable[Reading] = ()) -> Spoken:
    """What the engine should say for ``text`` in ``lang``: numbers, addresses and codes as people say
    them (see ``speech_zh`` and ``speech_en``), authors' readings first."""
    if lang.startswith("zh"):
        from trainer.domain import speech_zh as rules
    elif lang.startswith("en"):
        from trainer.domain import speech_en as rules  # type: ignore[no-redef]
    else:
        return normalise(text, lang, readings)
    return normalise(text, lang, readings, rules.say_reading, rules.RULES)


def compose(parts: Iterable[str | None]) -> str:
    """One text to read for a step that opens: text, question, choices, feedback, one line each.

    Each line is read as its own sentence (a choice without a full stop too), so ``sentence_changed``
    indexes follow the parts in order; empty parts are left out.
    """
    return "\n".join(p.strip() for p in parts if p and p.strip())


@dataclass(frozen=True)
class Sentence:
    """A sentence of an utterance: ``text[start:end]`` in the utterance's text."""

    index: int
    start: int
    end: int
    text: str


_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』）)\"']*|[.]+[”’\"')]*(?=\s|$)|[；;]\s*(?=\S)|\n+")


def split_sentences(text: str) -> list[Sentence]:
    """Split into sentences at Chinese 。！？ and English . ! ? (a period only before a space or the end).

    Spans keep their positions in ``text`` so the screen can highlight the sentence being read.
    Empty and whitespace-only pieces are dropped; text with no end mark is one sentence.
    """
    out: list[Sentence] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group().startswith(".") and _abbreviation_before(text, m.start()):
            continue
        _add(out, text, pos, m.end())
        pos = m.end()
    _add(out, text, pos, len(text))
    return out


_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "st", "no", "e.g", "i.e", "etc", "vs", "approx"}


def _abbreviation_before(text: str, dot: int) -> bool:
    word = text[:dot].rsplit(maxsplit=1)[-1].lower() if text[:dot].strip() else ""
    return word in _ABBREVIATIONS


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped or not any(ch.isalnum() for ch in stripped):
        return
    lead = len(piece) - len(piece.lstrip())
    s = start + lead
    out.append(Sentence(len(out), s, s + len(stripped), stripped))


@dataclass(frozen=True)
class WordMark:
    """Where a word starts in a sentence's text and when it is heard, in ms from the sentence's start."""

    start: int
    length: int
    at_ms: int


@dataclass(frozen=True)
class VoiceInfo:
    id: str
    name: str
    languages: tuple[str, ...] = field(default_factory=tuple)

    def tokens(self) -> str:
        return " ".join((self.id, self.name, *self.languages)).lower()


def _words(v: VoiceInfo) -> str:
    """Id, name and languages, lower case, ``_`` as ``-``, padded so `` word `` matches whole words."""
    raw = " ".join((v.id, v.name, *v.languages)).lower().replace("_", "-")
    return " " + re.sub(r"[^a-z0-9\u4e00-\u9fff-]+", " ", raw) + " "


def _has(words: str, *marks: str) -> bool:
    return any(re.search(rf"(?<![a-z0-9]){re.escape(m)}(?![a-z0-9])", words) for m in marks)


def _chinese_score(v: VoiceInfo) -> int:
    """Mandarin voices only: Cantonese or Hakka would read Mandarin text in another language."""
    w = _words(v)
    if _has(w, "yue", "cantonese", "hak", "hakka", "jyutping", "zh-hk", "zh-yue", "nan"):
        return 0
    if _has(w, "cmn-latn-pinyin"):
        return 100  # espeak-ng: reads Chinese characters (plain ``cmn`` reads pinyin letters as English)
    if _has(w, "zh-cn", "zh-hans", "zh-hans-cn", "mandarin", "普通话") and not _has(w, "latin as english"):
        return 80
    if _has(w, "zh", "cmn", "zh-cmn", "chinese", "中文", "huihui", "yaoyao", "kangkang", "tingting"):
        return 20 if _has(w, "latin as english") else 60
    if _has(w, "zh-tw", "zh-hant"):
        return 40  # Taiwan Mandarin: still Mandarin
    return 0


def _english_score(v: VoiceInfo) -> int:
    langs = [lang.lower().replace("_", "-") for lang in v.languages]
    last = v.id.lower().replace("_", "-").rsplit("/", 1)[-1].rsplit(".", 1)[-1]
    if "en-us" in langs:
        return 100
    if "en-gb" in langs:
        return 90
    if "en" in langs:
        return 80
    if any(lang.startswith("en-") for lang in langs):
        return 50
    if langs:  # it says which language it reads, and that is not English ("latin as English" is Chinese)
        return 0
    if _has(_words(v), "english", "en-us", "en-gb") or last == "en" or last.startswith("en-"):
        return 40
    return 0


def rank_voices(voices: Iterable[VoiceInfo], lang: str) -> list[VoiceInfo]:
    """Voices that can read ``lang``, best first. A voice for another language is never returned:
    Chinese is never read with an English voice (an empty list means: show the text, say so once)."""
    score = _chinese_score if lang.startswith("zh") else _english_score if lang.startswith("en") else None
    if score is None:
        return []
    scored = [(score(v), i, v) for i, v in enumerate(voices)]
    return [v for s, i, v in sorted((x for x in scored if x[0] > 0), key=lambda x: (-x[0], x[1]))]


def choose_voice(voices: Iterable[VoiceInfo], lang: str) -> VoiceInfo | None:
    ranked = rank_voices(voices, lang)
    return ranked[0] if ranked else None


def cache_key(text: str, voice_id: str, rate_value: int, engine: str) -> str:
    """The name of a synthesized WAV in the cache: changes with the text, voice, rate and engine version."""
    raw = "\x1f".join((text, voice_id, str(rate_value), engine))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()
