"""One home for each workaround (issue 16 found two PDF stacks, each with its own Qt set-up, font list
and fix for Chinese copied as radicals, and the PySide reference-count guard copied into a second
module). These fail when a second copy appears."""

from __future__ import annotations

import re
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "trainer"


def homes(pattern: str) -> list[str]:
    found = []
    for path in sorted(PKG.rglob("*.py")):
        if re.search(pattern, path.read_text(encoding="utf-8")):
            found.append(str(path.relative_to(PKG)))
    return found


def test_pdfs_are_written_in_one_module():
    assert set(homes(r"\bQPdfWriter\(")) <= {"services/pdf/page.py", "services/pdf/document.py"}


def test_one_qt_set_up_outside_the_window():
    # the window's QApplication is made in app.py; everything else asks services.pdf.ensure_gui
    assert homes(r"QGuiApplication\(") == ["services/pdf/fonts.py"]


def test_one_repair_of_the_text_layer_and_one_font_list():
    assert homes(r"begincmap") == ["services/pdf/textlayer.py"]
    assert homes(r"Droid Sans Fallback\"") == ["services/pdf/fonts.py"]


def test_one_pyside_guard():
    assert homes(r"from_address\(") == ["services/qt_guard.py"]
