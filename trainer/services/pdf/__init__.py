"""Shared PDF helpers (certificates, tutor reports): A4 pages in large type, bilingual, with a text
layer that gives back exactly what was written (see ``fonts`` for why that needs care with Chinese).

    with a4_pdf(path, title="...") as page:
        fam = pick_families(all_the_text).families
        page.write("入门 · Basic", make_font(fam, 16))

QtGui only (no widgets): works on a worker thread and in the command line (``ensure_gui``).
"""

from trainer.services.pdf.fonts import (
    FONT_STACKS,
    FontChoice,
    ensure_gui,
    load_bundled_fonts,
    make_font,
    misextracted,
    pick_families,
)
from trainer.services.pdf.page import A4_MM, MM_PER_INCH, Page, a4_pdf

__all__ = [
    "A4_MM",
    "FONT_STACKS",
    "MM_PER_INCH",
    "FontChoice",
    "Page",
    "a4_pdf",
    "ensure_gui",
    "load_bundled_fonts",
    "make_font",
    "misextracted",
    "pick_families",
]
