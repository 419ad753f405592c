"""The one fix for Chinese copied out of our PDFs as radicals: every PDF the app writes (certificates,
reports) has its text layer repaired here before it is saved, so that copied, searched and
screen-read Chinese text is the text we drew. (``fonts.misextracted`` checks the result ahead of time.)

Why: Qt builds each embedded font's ToUnicode map by walking Unicode from U+0000 upwards and keeping
the first character that uses each glyph (``QFontSubset::getReverseMap``). Fonts such as Noto Sans
CJK draw a Kangxi radical (U+2F00-U+2FDF) or a CJK radical supplement (U+2E80-U+2EFF) with the same
glyph as the ideograph, and those code points come first: 入门 comes out as ⼊⻔, 手 as ⼿, in
pdftotext, in copy and paste, and to a screen reader.

How: the maps are plain text streams in Qt's output, one 4-digit hex code per glyph. Swapping a
radical's code for its ideograph's keeps every byte offset, so the file's cross-reference table stays
right. Kangxi radicals go to their ideograph by Unicode's own compatibility mapping (NFKC); the
supplement radicals have none, so the font tells us (``extra``: radical -> ideograph with the same
glyph). A 10-or-more-glyph run written as one linear range cannot be changed in place and is left
alone (never met in practice: it needs ten radicals in a row in code point order).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache

KANGXI = range(0x2F00, 0x2FE0)
SUPPLEMENT = range(0x2E80, 0x2F00)
_CMAP = re.compile(rb"begincmap(.*?)endcmap", re.S)
_ENTRY = re.compile(rb"^(<[0-9A-Fa-f]{4}> <[0-9A-Fa-f]{4}> )(.*)$", re.M)
_CODE = re.compile(rb"<([0-9A-Fa-f]{4})>")


def ideograph_for(code: int, extra: Mapping[int, int]) -> int:
    """The CJK ideograph a radical code point stands for, or ``code`` itself."""
    if code in KANGXI:
        folded = unicodedata.normalize("NFKC", chr(code))
        return ord(folded) if len(folded) == 1 and folded != chr(code) else code
    if code in SUPPLEMENT:
        return extra.get(code, code)
    return code


def fix_to_unicode(pdf: bytes, extra: Mapping[int, int] | None = None) -> tuple[bytes, int]:
    """The PDF with radicals in its ToUnicode maps replaced by ideographs; same length, same offsets.
    Returns (new bytes, number of codes changed)."""
    extra = extra or {}
    changed = 0

    def swap(match: re.Match[bytes]) -> bytes:
        nonlocal changed
        code = int(match.group(1), 16)
        new = ideograph_for(code, extra)
        if new == code or new > 0xFFFF:
            return match.group(0)
        changed += 1
        return b"<%04X>" % new

    def entry(match: re.Match[bytes]) -> bytes:
        head, rest = match.group(1), match.group(2)
        lo, hi = _CODE.findall(head)
        if rest.startswith(b"[") or lo == hi:
            return head + _CODE.sub(swap, rest)
        return match.group(0)  # a linear range: see the module docstring

    def cmap(match: re.Match[bytes]) -> bytes:
        return b"begincmap" + _ENTRY.sub(entry, match.group(1)) + b"endcmap"

    fixed = _CMAP.sub(cmap, pdf)
    assert len(fixed) == len(pdf)
    return fixed, changed


@cache
def radical_map(family: str) -> dict[int, int]:
    """Supplement radicals (U+2E80-U+2EFF) that ``family`` draws with an ideograph's glyph -> that
    ideograph (Unicode has no mapping for them: the font is the only authority)."""
    from PySide6.QtGui import QFont, QRawFont

    raw = QRawFont.fromFont(QFont(family))
    if not raw.isValid():
        return {}
    ideographs = "".join(chr(c) for c in range(0x4E00, 0xA000))
    first: dict[int, int] = {}
    for code, glyph in zip(range(0x4E00, 0xA000), raw.glyphIndexesForString(ideographs), strict=True):
        if glyph:
            first.setdefault(glyph, code)
    radicals = "".join(chr(c) for c in SUPPLEMENT)
    return {
        code: first[glyph]
        for code, glyph in zip(SUPPLEMENT, raw.glyphIndexesForString(radicals), strict=True)
        if glyph and glyph in first
    }


def radical_maps(families: Iterable[str]) -> dict[int, int]:
    """``radical_map`` of several fonts together (the first font that knows a radical wins)."""
    merged: dict[int, int] = {}
    for family in families:
        for code, ideograph in radical_map(family).items():
            merged.setdefault(code, ideograph)
    return merged


def save_repaired(data: bytes, out, families: Iterable[str]) -> int:
    """Repair the text layer of ``data`` (a PDF as Qt wrote it with ``families``) and write it to
    ``out``, which appears only once complete (written beside, then renamed). Returns the number of
    codes repaired."""
    import os
    from pathlib import Path

    fixed, changed = fix_to_unicode(data, radical_maps(families))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.part")
    try:
        partial.write_bytes(fixed)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return changed
