"""Practice drills as plain data, and the pure rules that judge them.

A drill is one ``practice`` step: pointing and clicking, double-click, right-click, drag and drop,
scrolling, finding keys, typing, and Chinese pinyin input. The rules here know nothing of Qt: the
screen passes in times (ms), positions (px) and keys by name, and shows what the rules decide.
Typing and pinyin rules are in ``trainer.domain.text_input``.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import Any, ClassVar

from trainer.domain.lessons import LessonText, Step

DRILLS = ("click", "double-click", "right-click", "drag", "scroll", "keys", "typing", "pinyin")
LEVELS = ("easy", "standard")
EASY_MIN_PX = 80  # every drill's easy level: targets at least this big
STANDARD_MIN_PX = 44
SCROLL_METHODS = ("wheel", "scrollbar", "any")
KEYS = ("enter", "backspace", "space", "shift", "up", "down", "left", "right")
# pointer movement between the two presses of a double-click that still counts as "still"
DOUBLE_CLICK_TOLERANCE_PX = {"easy": 16, "standard": 8}
DEFAULT_ROUNDS = {"click": 8, "double-click": 3, "drag": 3}


@dataclass(frozen=True)
class PinyinWord:
    pinyin: str  # letters as typed, e.g. "nihao"
    answer: str  # what to write, e.g. "你好"
    candidates: tuple[str, ...]  # the input method's list, in its order; holds the answer


@dataclass(frozen=True)
class PracticeStep(Step):
    drill: str
    level: str
    instruction: LessonText
    rounds: int = 1
    target: LessonText | None = None  # the thing to double-click, right-click or drag
    place: LessonText | None = None  # drag: where it goes
    menu: tuple[tuple[str, LessonText], ...] = ()  # right-click: (id, label) of the menu's items
    answer: str = ""  # right-click: the menu item to choose; scroll: the item to find
    items: tuple[tuple[str, LessonText], ...] = ()  # scroll: the list
    method: str = "any"  # scroll: wheel, scrollbar or any
    keys: tuple[str, ...] = ()  # keys: one per round
    lines: tuple[LessonText, ...] = ()  # typing: one per round
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
