"""Reading overrides that lesson authors write into lesson text; the screen never shows them.

    [[shown|spoken]]      show "shown", say "spoken" exactly as written:  [[WPS|W P S 办公软件]]
    [[shown|=phone]]      digit by digit, 1 as 幺 in Chinese:             [[12381|=phone]]
    [[shown|=digits]]     digit by digit (1 as 一 / one):                  [[2024|=digits]]
    [[shown|=number]]     as a quantity:                                   [[110|=number]] 元
    [[shown|=spell]]      letter by letter (and digit by digit):           [[gov.cn|=spell]]
    [[shown|=verbatim]]   as written, no rule applied

The content loader strips the markup (``strip``) so every screen gets the plain text, and keeps each
override as a ``Reading``. A reading applies to the same words wherever the lesson speaks them (texts,
feedback, hints, simulations); where the same words need two readings, the words around each decide
(``context_score``). The validator reports malformed markup with ``problems``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KEYWORDS = ("phone", "digits", "number", "spell", "verbatim")
OPEN, SEP, CLOSE = "[[", "|", "]]"
_MARK = re.compile(r"\[\[([^\[\]|]*)\|([^\[\]|]*)\]\]")
CONTEXT = 6  # characters kept on each side of a reading to tell two readings of the same words apart


@dataclass(frozen=True)
class Reading:
    """Say ``spoken`` (or apply the rule ``=keyword``) where ``shown`` appears in ``lang`` text."""

    lang: str
    shown: str
    spoken: str
    before: str = ""
    after: str = ""

    @property
    def keyword(self) -> str | None:
        return self.spoken[1:] if self.spoken.startswith("=") else None

    def context_score(self, text: str, start: int, end: int) -> int:
        """How many characters of the remembered context match around ``text[start:end]``."""
        score = 0
        left = text[max(0, start - len(self.before)) : start]
        for a, b in zip(reversed(left), reversed(self.before), strict=False):
            if a != b:
                break
            score += 1
        right = text[end : end + len(self.after)]
        for a, b in zip(right, self.after, strict=False):
            if a != b:
                break
            score += 1
        return score


def strip(text: str, lang: str = "") -> tuple[str, tuple[Reading, ...]]:
    """The text as shown (markup replaced by its shown words) and the readings it held.

    Malformed markup is left as it is (the validator reports it before a lesson is ever shown).
    """
    if OPEN not in text:
        return text, ()
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(text):
        before = text[pos : m.start()]
        out.append(before)
        length += len(before)
        shown = m.group(1)
        spans.append((length, length + len(shown), m.group(2).strip()))
        out.append(shown)
        length += len(shown)
        pos = m.end()
    out.append(text[pos:])
    plain = "".join(out)
    readings = tuple(
        Reading(lang, plain[a:b], spoken, _context(plain[max(0, a - CONTEXT) : a], left=True),
                _context(plain[b : b + CONTEXT], left=False))
        for a, b, spoken in spans
    )  # fmt: skip
    return plain, readings


def _context(piece: str, left: bool) -> str:
    """Context stops at a placeholder ({name} is filled in later) and at a line break."""
    for mark in ("}", "{", "\n"):
        if mark in piece:
            piece = piece.rsplit(mark, 1)[1] if left else piece.split(mark, 1)[0]
    return piece


def problems(text: str) -> list[tuple[str, str]]:
    """What is wrong with the markup in ``text``: (what, how to fix it), empty when all is well."""
    if OPEN not in text and CLOSE not in text:
        return []
    out: list[tuple[str, str]] = []
    example = "write [[shown words|spoken words]], e.g. [[96110|=phone]]"
    rest = _MARK.sub("", text)
    if OPEN in rest or CLOSE in rest:
        out.append(("has a reading mark [[...]] that is not closed or lacks its |", example))
    for m in _MARK.finditer(text):
        shown, spoken = m.group(1), m.group(2).strip()
        label = f"reading [[{shown}|{m.group(2)}]]"
        if not shown.strip():
            out.append((f"{label} shows nothing", "put the words shown on screen before the |"))
        if "{" in shown or "}" in shown or "{" in spoken or "}" in spoken:
            out.append((f"{label} holds a placeholder", "keep {name} outside the reading mark"))
        if not spoken:
            out.append((f"{label} says nothing", "put the words to say after the |"))
        elif spoken.startswith("="):
            if spoken[1:] not in KEYWORDS:
                known = ", ".join("=" + k for k in KEYWORDS)
                out.append((f"{label} uses an unknown rule {spoken}", f"use one of {known}"))
        elif re.search(r"\d", spoken):
            out.append((f"{label} says digits", "write the spoken words out (九六幺幺零), or use =phone"))
    return out
