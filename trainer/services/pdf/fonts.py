"""The fonts of every PDF the app writes (certificates and reports: one list, ``FONT_STACKS``), checked
so that Chinese copies, searches and reads aloud as written, and the QGuiApplication they need.

Why the check: QPdfWriter writes each font's ToUnicode map by giving every glyph the *lowest* code
point whose cmap entry points at it. Noto Sans CJK shares glyphs between ideographs and the Kangxi /
CJK radicals (入 U+5165 and ⼊ U+2F0A), so 入门, 手 and 高 would extract as radicals; ``textlayer``
repairs that in every file we write. Two more traps are avoided by ``make_font``: ligatures ("fi"
extracts as U+FB01) and ``locl`` (Noto Sans CJK SC shapes digits after Latin letters with glyphs no
character maps to: they vanish from the text layer; checked with pdftotext, Qt 6.12). ``misextracted``
runs Qt's rule and the repair ahead of time for the characters on the page, and ``pick_families``
takes the first font stack that has none wrong: DejaVu Sans for Latin with Droid Sans Fallback for
Chinese on Debian/Ubuntu (packages fonts-dejavu-core, fonts-droid-fallback), a font the app ships in
``<resources>/fonts``, or common Windows fonts.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont, QTextLayout

from trainer.services.pdf.textlayer import ideograph_for, radical_map
from trainer.services.qt_guard import make_none_immortal

FONT_STACKS: tuple[tuple[str, ...], ...] = (
    ("DejaVu Sans", "Droid Sans Fallback"),
    ("Noto Sans", "Droid Sans Fallback"),
    ("Droid Sans Fallback",),
    ("DejaVu Sans", "WenQuanYi Micro Hei"),
    ("Segoe UI", "SimSun"),
    ("Arial", "SimSun"),
    ("Segoe UI", "Microsoft YaHei"),
    ("Noto Sans CJK SC",),
)


def ensure_gui() -> QCoreApplication:
    """A QGuiApplication for fonts and painting; the command line gets an offscreen one (the one Qt
    set-up of every PDF the app writes)."""
    make_none_immortal()  # the command line runs Qt without the GUI's start-up: see services.qt_guard
    app = QCoreApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["trainer"])
    elif not isinstance(app, QGuiApplication):
        raise RuntimeError("PDF output needs a QGuiApplication, not a bare QCoreApplication")
    _emoji_once()
    return app


@cache
def _emoji_once() -> None:
    """The bundle's emoji font, on a PC without one (``services.fonts.ensure_emoji_font``)."""
    from trainer.config import resource_dir
    from trainer.services.fonts import ensure_emoji_font

    ensure_emoji_font(resource_dir())


def load_bundled_fonts(folder: Path) -> list[str]:
    """Register the fonts in ``folder``; their families, first found first."""
    families: list[str] = []
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in (".ttf", ".otf", ".ttc"):
                font_id = QFontDatabase.addApplicationFont(str(path))
                families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return families


def make_font(families: Sequence[str], points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(list(families))
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setKerning(False)
    # "fi" must extract as f + i, not U+FB01; digits must keep glyphs their characters map to (locl)
    for tag in ("liga", "clig", "dlig", "hlig", "locl"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


_REVERSE: dict[tuple[str, str, int], dict[int, int]] = {}
# (font.key(), character, repaired) -> whether it extracts as itself: the same answer every time, so a
# second certificate or report in the same session checks only the characters it has new
_CHAR_OK: dict[tuple[str, str, bool], bool] = {}
_BMP = "".join(chr(c) for c in range(1, 0x10000) if not 0xD800 <= c < 0xE000)


def _reverse_map(raw: QRawFont) -> dict[int, int]:
    """glyph -> the lowest code point mapped to it: what QPdfWriter writes into ToUnicode."""
    key = (raw.familyName(), raw.styleName(), int(raw.weight()))
    cached = _REVERSE.get(key)
    if cached is None:
        cached = {}
        for char, glyph in zip(_BMP, raw.glyphIndexesForString(_BMP), strict=True):
            if glyph and glyph not in cached:
                cached[glyph] = ord(char)
        _REVERSE[key] = cached
    return cached


def _glyphs(font: QFont, text: str) -> list[tuple[QRawFont, int]]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()  # one unbounded line: no wrapping
    layout.endLayout()
    return [(run.rawFont(), g) for run in layout.glyphRuns() for g in run.glyphIndexes()]


def _extracted(raw: QRawFont, glyph: int, repaired: bool) -> int | None:
    """The code point a PDF's text layer gives for ``glyph``: Qt's choice, then the repair's."""
    code = _reverse_map(raw).get(glyph)
    if code is None or not repaired:
        return code
    return ideograph_for(code, radical_map(raw.familyName()))


def misextracted(font: QFont, text: str, repaired: bool = True) -> str:
    """The characters of ``text`` that a PDF written with ``font`` would not give back when copied or
    extracted, in code-point order; U+FFFD stands for a glyph that would extract as nothing. With
    ``repaired`` False: as Qt alone writes it, before ``textlayer`` repairs it.

    Two passes: each character alone (a wrong code point, such as a radical, or a missing glyph),
    then the whole text shaped at once (substitutions in context: ligatures, alternate digits)."""
    bad: set[str] = set()
    key = font.key()
    for char in set(text):
        if char.isspace():
            continue
        ok = _CHAR_OK.get((key, char, repaired))
        if ok is None:
            glyphs = _glyphs(font, char)
            ok = bool(glyphs) and all(_extracted(raw, g, repaired) == ord(char) for raw, g in glyphs)
            _CHAR_OK[(key, char, repaired)] = ok
        if not ok:
            bad.add(char)
    present = set(text)
    for raw, glyph in _glyphs(font, text):
        code = _extracted(raw, glyph, repaired)
        if code is None:
            bad.add("\ufffd")
        elif chr(code) not in present and not chr(code).isspace():
            bad.add(chr(code))
    return "".join(sorted(bad))


@dataclass(frozen=True)
class FontChoice:
    families: tuple[str, ...]
    wrong: str  # characters that would still extract wrongly ("" when the stack is safe)


def pick_families(
    text: str, stacks: Sequence[Sequence[str]] | None = None, bold_too: bool = True
) -> FontChoice:
    """The first installed font stack with which every character of ``text`` extracts as written;
    if none is perfect, the one with the fewest wrong characters (the caller may warn). Without
    ``stacks``: FONT_STACKS, then the fonts the app bundles (``<resources>/fonts``), alone."""
    ensure_gui()
    if stacks is None:
        stacks = [*FONT_STACKS, *((f,) for f in _bundled())]
    installed = set(QFontDatabase.families())
    best: FontChoice | None = None
    for stack in stacks:
        if not stack or stack[-1] not in installed:
            continue
        wrong = misextracted(make_font(stack, 16), text)
        if bold_too and not wrong:
            wrong = misextracted(make_font(stack, 16, bold=True), text)
        choice = FontChoice(tuple(stack), wrong)
        if not wrong:
            return choice
        if best is None or len(wrong) < len(best.wrong):
            best = choice
    return best or FontChoice(("Sans Serif",), "".join(sorted(set(text) - {" "})))


@cache
def _bundled() -> tuple[str, ...]:
    from trainer.config import resource_dir

    return tuple(load_bundled_fonts(resource_dir() / "fonts"))
