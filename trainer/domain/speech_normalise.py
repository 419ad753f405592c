"""Text as it is shown -> text as it should be said, per language, before any engine sees it.

``normalise(text, lang, readings)`` returns a ``Spoken``: the text to synthesise and, piece by piece,
which characters of the shown text each spoken piece stands for, so the screen can still mark the word
being read. The rules live in ``speech_zh`` and ``speech_en``; authors' overrides (``speech_markup``)
come first and no rule touches them.

A rule set is a list of (name, pattern, handler). The patterns are joined into one alternation in the
order given, so at any place the first rule that matches wins, and the leftmost match is taken first.
A handler gets the match and the whole text (for the words around it) and returns what to say, or None
to leave the words as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from trainer.domain.speech_markup import Reading

Handler = Callable[[re.Match[str], str], str | None]
Rule = tuple[str, str, Handler]


@dataclass(frozen=True)
class Piece:
    """``spoken[s_start:s_end]`` says ``shown[start:end]``."""

    start: int
    end: int
    s_start: int
    s_end: int
    changed: bool


@dataclass(frozen=True)
class Spoken:
    shown: str
    text: str
    pieces: tuple[Piece, ...]

    def shown_span(self, s_pos: int, s_len: int) -> tuple[int, int]:
        """Where a word the engine reports (offset and length in the spoken text) is on screen."""
        for p in self.pieces:
            if p.s_start <= s_pos < p.s_end:
                if p.changed:
                    return p.start, p.end - p.start
                offset = p.start + (s_pos - p.s_start)
                return offset, max(1, min(s_len, p.end - offset))
        return len(self.shown), 0


class RuleSet:
    def __init__(self, rules: Sequence[Rule], flags: int = 0) -> None:
        self.rules = list(rules)
        self.names = [name for name, _, _ in rules]
        joined = "|".join(f"(?P<{name}>{pattern})" for name, pattern, _ in rules)
        self.pattern = re.compile(joined, flags)
        self.handlers = {name: handler for name, _, handler in rules}

    def apply(self, text: str, start: int, end: int) -> Iterable[tuple[int, int, str]]:
        """(start, end, spoken) for every change the rules make in ``text[start:end]``."""
        pos = start
        while pos < end:
            m = self.pattern.search(text, pos, end)
            if m is None:
                return
            name = m.lastgroup
            said = self.handlers[name](m, text) if name else None
            if said is not None and m.end() > m.start():
                yield m.start(), m.end(), said
            pos = max(m.end(), m.start() + 1)


def _reading_spans(text: str, readings: Iterable[Reading], lang: str) -> list[tuple[int, int, Reading]]:
    """Where the authors' readings apply: every occurrence of their words, the best context winning."""
    found: dict[tuple[int, int], tuple[int, int, Reading]] = {}
    for order, r in enumerate(readings):
        if r.lang and lang and r.lang != lang or not r.shown:
            continue
        for m in re.finditer(re.escape(r.shown), text):
            key = (m.start(), m.end())
            score = (r.context_score(text, m.start(), m.end()), -order)
            best = found.get(key)
            if best is None or score > best[:2]:
                found[key] = (*score, r)  # type: ignore[assignment]
    spans: list[tuple[int, int, Reading]] = []
    taken_until = -1
    for (start, end), (_, _, r) in sorted(found.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        if start >= taken_until:
            spans.append((start, end, r))
            taken_until = end
    return spans


def normalise(
    text: str,
    lang: str,
    readings: Iterable[Reading] = (),
    say_reading: Callable[[Reading, str], str] | None = None,
    rules: RuleSet | None = None,
) -> Spoken:
    """The spoken form of ``text``. ``say_reading`` turns a ``=keyword`` reading into words."""
    changes: list[tuple[int, int, str]] = []
    pos = 0
    for start, end, r in _reading_spans(text, readings, lang):
        if rules is not None:
            changes.extend(rules.apply(text, pos, start))
        spoken = r.spoken if r.keyword is None or say_reading is None else say_reading(r, text[start:end])
        changes.append((start, end, spoken))
        pos = end
    if rules is not None:
        changes.extend(rules.apply(text, pos, len(text)))
    return _assemble(text, changes)


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _apart(text: str, start: int, end: int, said: str) -> str:
    """Words said for a number never run into Latin letters written against it: 50p -> fifty p."""
    if said and end < len(text) and _latin(said[-1]) and _latin(text[end]):
        said += " "
    if said and start > 0 and _latin(said[0]) and _latin(text[start - 1]):
        said = " " + said
    return said


def _assemble(text: str, changes: list[tuple[int, int, str]]) -> Spoken:
    out: list[str] = []
    pieces: list[Piece] = []
    pos = s_pos = 0
    for start, end, said in changes:
        said = _apart(text, start, end, said)
        if start > pos:
            kept = text[pos:start]
            out.append(kept)
            pieces.append(Piece(pos, start, s_pos, s_pos + len(kept), False))
            s_pos += len(kept)
        out.append(said)
        pieces.append(Piece(start, end, s_pos, s_pos + len(said), True))
        s_pos += len(said)
        pos = end
    if pos < len(text):
        kept = text[pos:]
        out.append(kept)
        pieces.append(Piece(pos, len(text), s_pos, s_pos + len(kept), False))
    return Spoken(text, "".join(out), tuple(pieces))
