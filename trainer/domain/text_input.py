"""Rules for the keyboard drills: how close typed text is to the line to copy (and what to look at),
and the candidate bar of a practice pinyin input method. Pure functions and small state, no Qt."""

from __future__ import annotations

import difflib
import math
from dataclasses import dataclass, field

from trainer.domain.practice import PinyinWord

MAX_TYPING_TRIES = 3  # then the learner may go on, with the accuracy reached


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
