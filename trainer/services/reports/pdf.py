"""Writing a report as PDF with Qt (QtGui only: QTextDocument laid out on a QPdfWriter).

Large print: body text 18 pt, nothing under 16 pt, headings 22 and 28 pt, black on white, A4 with
wide margins. Fonts are embedded (subsets); one CJK font with Latin letters draws both languages.
Two OpenType features are switched off, because Qt's PDF text layer only knows glyphs it can reach
from a character: ligatures (else "office" is copied as "oﬃce") and ``locl`` (Noto Sans CJK SC
swaps digits after Latin letters for glyphs no character maps to, so "3 June 2024" is copied as
"June"; the SC family's default forms are already the Simplified Chinese ones). The text layer is
then repaired (``tounicode``), so pdftotext, copy and paste and screen readers get the text we drew.
Needs a ``QGuiApplication`` (the GUI has one; ``ensure_gui`` makes one for the command line).
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QRawFont,
    QTextDocument,
)

from trainer.services.reports.tounicode import SUPPLEMENT, fix_to_unicode

BODY_PT, SMALLEST_PT = 18, 16
CSS = f"""
body {{ font-size: {BODY_PT}pt; color: #000000; }}
h1 {{ font-size: 28pt; font-weight: bold; margin-bottom: 12px; }}
h2 {{ font-size: 22pt; font-weight: bold; margin-top: 24px; margin-bottom: 8px; }}
p {{ font-size: {BODY_PT}pt; margin-top: 6px; margin-bottom: 6px; }}
td, th {{ font-size: {BODY_PT}pt; padding: 6px; }}
th {{ font-weight: bold; text-align: left; background-color: #e8e8e8; }}
.small {{ font-size: {SMALLEST_PT}pt; }}
"""
PREFERRED_FONTS = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
)


def ensure_gui() -> None:
    """A QGuiApplication for fonts and painting (offscreen when there is no screen, e.g. over SSH)."""
    if QGuiApplication.instance() is None:
        if (
            sys.platform.startswith("linux")
            and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication(sys.argv[:1])


@functools.lru_cache(maxsize=1)
def report_family() -> str:
    """A font that has Simplified Chinese (and Latin letters), the best we can find on this PC."""
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    for name in PREFERRED_FONTS:
        if name in chinese:
            return name
    return chinese[0] if chinese else QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


def report_font(point_size: int = BODY_PT) -> QFont:
    font = QFont(report_family())
    font.setPointSize(point_size)
    for tag in ("liga", "clig", "dlig", "locl"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


@functools.lru_cache(maxsize=4)
def radical_map(family: str) -> dict[int, int]:
    """Supplement radicals (U+2E80-U+2EFF) this font draws with an ideograph's glyph -> that ideograph."""
    raw = QRawFont.fromFont(QFont(family))
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


def build_document(html: str) -> QTextDocument:
    """The laid-out document (tests look at its fonts: nothing under 16 pt)."""
    doc = QTextDocument()
    doc.setDefaultFont(report_font())
    doc.setDefaultStyleSheet(CSS)
    doc.setHtml(html)
    return doc


def write_pdf(html: str, out: Path, title: str, landscape: bool = False) -> tuple[Path, int]:
    """Lay out ``html`` on A4 and write ``out`` (via a temporary name). Returns (path, number of
    text-layer codes repaired)."""
    ensure_gui()
    doc = build_document(html)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Digital Bridge")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),  # QTextDocument.print_ adds 2 cm all round
            QPageLayout.Unit.Millimeter,
        )
    )
    doc.print_(writer)
    del writer  # finishes the file
    buffer.close()
    fixed, changed = fix_to_unicode(bytes(buffer.data()), radical_map(report_family()))
    out = Path(out)
    partial = out.with_name(out.name + ".partial")
    try:
        partial.write_bytes(fixed)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return out, changed
