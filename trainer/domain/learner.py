"""Learners and their comfort settings: plain data and the rules that keep values in range.

The records here, and the others made before the sign-in screen is first painted (``config.Paths``,
``services.learners.LearnerTile``, ``ui.theme.Theme``, ``storage.migrations.Migration`` and
``storage.migrate.UpgradeResult``), are NamedTuples rather than dataclasses: a frozen dataclass
writes and compiles six methods when its class is made (~0.8 ms each class, and importing
``dataclasses`` ~3 ms), a NamedTuple one small one. They are just as immutable; change one with
``_replace``, read it as a dict with ``_asdict``.

The hazard: a NamedTuple IS a tuple. It equals any tuple (or other NamedTuple) with the same values
(``LearnerSettings() == (18, False, True, "normal", 600, False, "")``), hashes like one, unpacks,
indexes and adds like one, and ``len`` counts its fields. So never compare records of different
kinds, never mix them with plain tuples in one set or dict, and never rely on their order of fields
outside this module. Where equality is used (``LearnerSettings``: restyling is skipped when the
settings are equal; ``Learner``) it is made strict: equal only to a record of the same class
(``same_record``; tested in ``tests/test_records.py``).
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

LANGUAGES = ("zh_CN", "en")
TEXT_SIZES = (18, 22, 26, 32, 36)  # points; body text. 18 is the default, 36 the largest step.
LARGE_TEXT_FROM = 26  # from this size on, targets grow to 60 px
SPEECH_RATES = ("slow", "normal", "brisk")
DOUBLE_CLICK_RANGE = (400, 1200)  # milliseconds
PIN_LENGTH = 4

AVATARS = (
    "sun",
    "flower",
    "tree",
    "fish",
    "bird",
    "house",
    "teapot",
    "moon",
    "mountain",
    "boat",
    "cat",
    "apple",
)
COLOURS = (  # each at least 7:1 against white text
    "#174A86",  # blue
    "#8E2420",  # red
    "#235425",  # green
    "#5E3580",  # purple
    "#6B4500",  # brown
    "#004F52",  # teal
    "#8C1D50",  # rose
    "#3A3A3A",  # graphite
)


_VOICE_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_-")


def is_voice_id(value: object) -> bool:
    """A voice pack's id as ``domain.voice_pack.ID_PATTERN`` allows it (no ``re`` before the first screen)."""
    return (
        isinstance(value, str)
        and 0 < len(value) <= 64
        and value[0] not in "_-"
        and set(value) <= _VOICE_ID_CHARS
    )


def same_record(record: tuple, other: object) -> bool:
    """Equality of records: same class and same values (a plain tuple is never equal to a record)."""
    return type(other) is type(record) and tuple.__eq__(record, other)


def _not_same_record(record: tuple, other: object) -> bool:
    return not same_record(record, other)


class LearnerSettings(NamedTuple):
    text_size: int = TEXT_SIZES[0]
    high_contrast: bool = False
    speech_on: bool = True
    speech_rate: str = "normal"
    double_click_ms: int = 600
    reduced_motion: bool = False
    voice: str = ""  # the recorded voice pack that reads to the learner; "" = the computer's voice

    __eq__ = same_record
    __ne__ = _not_same_record
    __hash__ = tuple.__hash__

    def normalised(self) -> LearnerSettings:
        """The same settings with every value brought into its allowed range."""
        size = min(TEXT_SIZES, key=lambda s: abs(s - self.text_size))
        rate = self.speech_rate if self.speech_rate in SPEECH_RATES else "normal"
        lo, hi = DOUBLE_CLICK_RANGE
        dc = max(lo, min(hi, int(self.double_click_ms)))
        voice = self.voice if is_voice_id(self.voice) else ""
        return self._replace(text_size=size, speech_rate=rate, double_click_ms=dc, voice=voice)

    def bigger_text(self) -> LearnerSettings:
        i = TEXT_SIZES.index(self.normalised().text_size)
        return self._replace(text_size=TEXT_SIZES[min(i + 1, len(TEXT_SIZES) - 1)])

    def smaller_text(self) -> LearnerSettings:
        i = TEXT_SIZES.index(self.normalised().text_size)
        return self._replace(text_size=TEXT_SIZES[max(i - 1, 0)])

    @property
    def min_target_px(self) -> int:
        return 60 if self.text_size >= LARGE_TEXT_FROM else 44


class Learner(NamedTuple):
    id: str
    name: str
    avatar: str
    colour: str
    language: str
    has_pin: bool = False
    created_at: datetime | None = None
    archived_at: datetime | None = None
    last_active_at: datetime | None = None

    __eq__ = same_record
    __ne__ = _not_same_record
    __hash__ = tuple.__hash__


def clean_name(name: str) -> str:
    """A learner's name as stored: surrounding and repeated spaces removed."""
    return " ".join(name.split())


# Right-to-left and isolate controls: a name holding them is shown reversed or shuffled.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_ZWJ = "\u200d"


def name_problem(name: str) -> str | None:
    """Why a name cannot be used, as a short code, or None when it is fine: ``empty``, ``too_long``
    (over 40 characters), ``bidi`` (right-to-left controls), ``bad_characters`` (invisible control
    or format characters; the zero-width joiner is fine between emoji, as in the family emoji)."""
    name = clean_name(name)
    if not name:
        return "empty"
    if len(name) > 40:
        return "too_long"
    if any(c in BIDI_CONTROLS for c in name):
        return "bidi"
    import unicodedata  # (here: the sign-in screen does not need it at start-up)

    for i, c in enumerate(name):
        if c == _ZWJ and 0 < i < len(name) - 1 and _emoji_part(name[i - 1]) and _emoji_part(name[i + 1]):
            continue
        if 0xE0020 <= ord(c) <= 0xE007F and i > 0:  # emoji tag sequences (some flags)
            continue
        if unicodedata.category(c).startswith("C"):
            return "bad_characters"
    return None


def _emoji_part(c: str) -> bool:
    import unicodedata

    return unicodedata.category(c) in ("So", "Sk") or c == "\ufe0f" or 0x1F3FB <= ord(c) <= 0x1F3FF


def valid_pin(pin: str) -> bool:
    return len(pin) == PIN_LENGTH and pin.isdigit()
