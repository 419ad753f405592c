"""Every PDF the app writes (certificates, tutor reports), in one place: one Qt set-up
(``ensure_gui``), one font list checked so that Chinese copies as written (``fonts``), one repair of
the text layer (``textlayer``), A4 pages in large type.

    with a4_pdf(path, title="...") as page:          # painted pages (certificates)
        fam = pick_families(all_the_text).families
        page.write("入门 · Basic", make_font(fam, 16))

    write_html(html, path, title, css, body_pt=18)    # flowing documents (reports)

QtGui only (no widgets): works on a worker thread and in the command line.
"""

from trainer.services.pdf.document import lay_out, write_html
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
from trainer.services.pdf.textlayer import fix_to_unicode

__all__ = [
    "A4_MM",
    "FONT_STACKS",
    "MM_PER_INCH",
    "FontChoice",
    "Page",
    "a4_pdf",
    "ensure_gui",
    "fix_to_unicode",
    "lay_out",
    "load_bundled_fonts",
    "make_font",
    "misextracted",
    "pick_families",
    "write_html",
]
