"""Practice drills as plain data, and the pure rules that judge them.

A drill is one ``practice`` step: pointing and clicking, double-click, right-click, drag and drop,
scrolling, finding keys, typing, and Chinese pinyin input. The rules here know nothing of Qt: the
screen passes in times (ms), positions (px) and keys by name, and shows what the rules decide.
"""

from __future__ import annotations

import difflib
import math
import random
from dataclasses import dataclass, field
from typing import Any, ClassVar

from trainer.domain.lessons import Step, Text

DRILLS = ("click", "double-click", "right-click", "drag", "scroll", "keys", "typing", "pinyin")
LEVELS = ("easy", "standard")
EASY_MIN_PX = 80  # every drill's easy level: targets at least this big
STANDARD_MIN_PX = 44
SCROLL_METHODS = ("wheel", "scrollbar", "any")
KEYS = ("enter", "backspace", "space", "shift", "up", "down", "left", "right")
# pointer movement between the two presses of a double-click that still counts as "still"
DOUBLE_CLICK_TOLERANCE_PX = {"easy": 16, "standard": 8}
DEFAULT_ROUNDS = {"click": 8, "double-click": 3, "drag": 3}
MAX_TYPING_TRIES = 3  # then the learner may go on, with the accuracy reached


@dataclass(frozen=True)
class PinyinWord:
    pinyin: str  # letters as typed, e.g. "nihao"
    answer: str  # what to write, e.g. "你好"
    candidates: tuple[str, ...]  # the input method's list, in its order; holds the answer


@dataclass(frozen=True)
class PracticeStep(Step):
    drill: str
    level: str
    instruction: Text
    rounds: int = 1
    target: Text | None = None  # the thing to double-click, right-click or drag
    place: Text | None = None  # drag: where it goes
    menu: tuple[tuple[str, Text], ...] = ()  # right-click: (id, label) of the menu's items
    answer: str = ""  # right-click: the menu item to choose; scroll: the item to find
    items: tuple[tuple[str, Text], ...] = ()  # scroll: the list
    method: str = "any"  # scroll: wheel, scrollbar or any
    keys: tuple[str, ...] = ()  # keys: one per round
    lines: tuple[Text, ...] = ()  # typing: one per round
    words: tuple[PinyinWord, ...] = ()  # pinyin: one per round
    kind: ClassVar[str] = "practice"


def min_target(level: str, learner_min_px: int) -> int:
    """The smallest a target may be: 80 px at the easy level, never below the learner's own minimum."""
    return max(EASY_MIN_PX if level == "easy" else STANDARD_MIN_PX, learner_min_px)


@dataclass
class Tally:
    """Tries and misses of one drill; ``accuracy`` is the share of tries that were right."""

    rounds: int
    tries: int = 0
    misses: int = 0
    done: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def hit(self) -> None:
        self.tries += 1
        self.done += 1

    def miss(self) -> None:
        self.tries += 1
        self.misses += 1

    @property
    def finished(self) -> bool:
        return self.done >= self.rounds

    @property
    def accuracy(self) -> float:
        return (self.tries - self.misses) / self.tries if self.tries else 0.0

    def data(self) -> dict[str, Any]:
        return {
            "accuracy": round(self.accuracy, 4),
            "tries": self.tries,
            "misses": self.misses,
            "done": self.done,
            "rounds": self.rounds,
            **self.extra,
        }


# Pointing and clicking ---------------------------------------------------------------------------
@dataclass
class TargetSizer:
    """Targets get smaller as the learner hits them and larger again after misses."""

    smallest: int
    largest: int
    size: int
    shrink: float = 0.8
    grow: float = 1.25

    @classmethod
    def for_level(cls, level: str, learner_min_px: int) -> TargetSizer:
        lo = min_target(level, learner_min_px)
        hi = max(lo * 2, 160)
        start = hi if level == "easy" else max(lo, round(hi * 0.7))
        return cls(lo, hi, start)

    def hit(self) -> int:
        self.size = max(self.smallest, math.floor(self.size * self.shrink))
        return self.size

    def miss(self) -> int:
        self.size = min(self.largest, math.ceil(self.size * self.grow))
        return self.size


def place_target(
    rng: random.Random, width: int, height: int, size: int, previous: tuple[int, int] | None = None
) -> tuple[int, int]:
    """Top-left corner of the next target inside a width x height area, away from the last one."""
    max_x, max_y = max(0, width - size), max(0, height - size)
    best = (rng.randint(0, max_x), rng.randint(0, max_y))
    if previous is None:
        return best
    for _ in range(12):  # prefer a spot at least one target away, so the pointer has to move
        if math.dist(best, previous) >= size:
            break
        best = (rng.randint(0, max_x), rng.randint(0, max_y))
    return best


# Double-click ------------------------------------------------------------------------------------
# Why a double-click did not work, each with its own explanation on screen:
#   slow: the second press came after the interval ("a little faster")
#   moved: the pointer moved between the presses ("keep the mouse still")
#   once: only one press ("press twice")
#   outside: the press was not on the target ("point at it first")
DOUBLE_CLICK_CODES = ("ok", "slow", "moved", "once", "outside")


@dataclass(frozen=True)
class Press:
    t_ms: float
    x: float
    y: float
    inside: bool = True


def judge_double_click(first: Press, second: Press | None, interval_ms: int, tolerance_px: float) -> str:
    if not first.inside:
        return "outside"
    if second is None:
        return "once"
    if second.t_ms - first.t_ms > interval_ms:
        return "slow"
    if not second.inside or math.dist((first.x, first.y), (second.x, second.y)) > tolerance_px:
        return "moved"
    return "ok"


@dataclass
class DoubleClickJudge:
    """Feeds presses one by one; a verdict comes with the second press, or with ``timeout``."""

    interval_ms: int
    tolerance_px: float
    pending: Press | None = None

    @property
    def give_up_ms(self) -> float:
        """After this long with one press, it was a single click."""
        return max(2.5 * self.interval_ms, 1500.0)

    def press(self, p: Press) -> str | None:
        if self.pending is None:
            if not p.inside:
                return "outside"
            self.pending = p
            return None
        first, self.pending = self.pending, None
        return judge_double_click(first, p, self.interval_ms, self.tolerance_px)

    def timeout(self, now_ms: float) -> str | None:
        if self.pending is not None and now_ms - self.pending.t_ms >= self.give_up_ms:
            self.pending = None
            return "once"
        return None


# Typing ------------------------------------------------------------------------------------------
# ok: exactly right; case: only capital letters differ; spaces: only spaces differ;
# short: right so far but not finished; typo: a letter is wrong, missing or extra.
TYPING_CODES = ("ok", "case", "spaces", "short", "typo")


@dataclass(frozen=True)
class TypingResult:
    code: str
    accuracy: float  # 0..1, 1 - edit distance / length of the text
    first_wrong: int | None  # index in the target text of the first letter to look at
    marks: tuple[bool, ...]  # for each letter of the target: typed right


def edit_distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def judge_typing(target: str, typed: str) -> TypingResult:
    typed = typed.strip()
    dist = edit_distance(target, typed)
    accuracy = max(0.0, 1.0 - dist / max(1, len(target)))
    matcher = difflib.SequenceMatcher(None, target, typed, autojunk=False)
    marks = [False] * len(target)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            marks[block.a + k] = True
    first_wrong = next((i for i, ok in enumerate(marks) if not ok), None)
    if typed == target:
        code = "ok"
    elif typed.casefold() == target.casefold():
        code = "case"
    elif " ".join(typed.split()) == " ".join(target.split()) or typed.replace(" ", "") == target.replace(
        " ", ""
    ):
        code = "spaces"
    elif typed and target.startswith(typed):
        code = "short"
    else:
        code = "typo"
        if first_wrong is None:  # every letter is there, with extra ones: point after the last
            first_wrong = len(target) - 1 if target else 0
    return TypingResult(code, round(accuracy, 4), first_wrong, tuple(marks))


# Pinyin input ------------------------------------------------------------------------------------
PAGE_SIZE = 5


def clean_pinyin(text: str) -> str:
    return "".join(ch for ch in text.lower() if "a" <= ch <= "z")


@dataclass
class CandidatePager:
    """The candidate bar of an input method: five at a time, with pages to turn."""

    candidates: tuple[str, ...]
    per_page: int = PAGE_SIZE
    page: int = 0

    @property
    def pages(self) -> int:
        return max(1, math.ceil(len(self.candidates) / self.per_page))

    def visible(self) -> tuple[str, ...]:
        start = self.page * self.per_page
        return self.candidates[start : start + self.per_page]

    def next_page(self) -> bool:
        if self.page + 1 < self.pages:
            self.page += 1
            return True
        return False

    def previous_page(self) -> bool:
        if self.page > 0:
            self.page -= 1
            return True
        return False

    def pick(self, number: int) -> str | None:
        """The candidate shown with ``number`` (1 to 5) on this page."""
        shown = self.visible()
        return shown[number - 1] if 1 <= number <= len(shown) else None

    def page_of(self, candidate: str) -> int | None:
        return self.candidates.index(candidate) // self.per_page if candidate in self.candidates else None


@dataclass
class PinyinRound:
    """One word: type its pinyin, then pick it from the candidates (turning pages if needed)."""

    word: PinyinWord
    typed: str = ""
    pager: CandidatePager = field(init=False)

    def __post_init__(self) -> None:
        self.pager = CandidatePager(self.word.candidates)

    @property
    def target(self) -> str:
        return clean_pinyin(self.word.pinyin)

    @property
    def showing_candidates(self) -> bool:
        return self.typed == self.target

    def letter(self, ch: str) -> bool:
        """Add a typed letter; False (and nothing added) when it does not fit the word's pinyin."""
        ch = ch.lower()
        if len(ch) != 1 or not "a" <= ch <= "z" or not self.target.startswith(self.typed + ch):
            return False
        self.typed += ch
        self.pager.page = 0
        return True

    def backspace(self) -> None:
        self.typed = self.typed[:-1]
        self.pager.page = 0

    def pick(self, number: int) -> bool | None:
        """True when the picked candidate is the word, False when it is another, None when nothing."""
        if not self.showing_candidates:
            return None
        chosen = self.pager.pick(number)
        return None if chosen is None else chosen == self.word.answer
