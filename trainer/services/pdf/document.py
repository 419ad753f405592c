"""A flowing document as PDF (the tutors' reports): HTML laid out by QTextDocument on A4 pages, with
the fonts of ``fonts.pick_families`` and the text layer repaired like every PDF the app writes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from trainer.services.pdf.fonts import FontChoice, ensure_gui, make_font, pick_families
from trainer.services.pdf.textlayer import save_repaired


def lay_out(html: str, css: str, body_pt: float) -> tuple[QTextDocument, FontChoice]:
    """The document laid out in the fonts chosen for its own text (tests look at its fonts)."""
    ensure_gui()
    doc = QTextDocument()
    doc.setDefaultStyleSheet(css)
    doc.setHtml(html)
    choice = pick_families(doc.toPlainText())
    doc.setDefaultFont(make_font(choice.families, body_pt))
    doc.setHtml(html)  # again, now in those fonts
    return doc, choice


def write_html(
    html: str, out: Path, title: str, css: str, body_pt: float, landscape: bool = False
) -> tuple[Path, int]:
    """Lay out ``html`` on A4 (2 cm margins, from ``QTextDocument.print_``) and write ``out``.
    Returns (path, number of text-layer codes repaired)."""
    doc, choice = lay_out(html, css, body_pt)
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
    out = Path(out)
    return out, save_repaired(bytes(buffer.data()), out, choice.families)
