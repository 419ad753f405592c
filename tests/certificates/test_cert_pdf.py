"""The printed certificate, read back the way a computer and a phone read it: pdftotext for the text
layer (search, copy, screen readers), pdftoppm + a QR decoder for the code."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, datetime

import pytest
import zxingcpp
from cert_helpers import (
    ISSUED,
    ISSUER,
    SELF,
    VALIDATED,
    needs_poppler,
    pdftotext,
    progress_achievement,
    squeeze,
    tier_achievement,
)
from PySide6.QtGui import QFont, QFontDatabase, QImage

from trainer.services import pdf
from trainer.services.certificates.keys import local_public_key
from trainer.services.certificates.verify import verify_qr

pytestmark = needs_poppler
RADICALS = re.compile("[\u2e80-\u2fdf]")


@pytest.fixture
def issued(service, signing_key, learner, tmp_path):
    return service.issue(
        signing_key, ISSUER, learner, tier_achievement(), VALIDATED, out_dir=tmp_path / "out", now=ISSUED
    )


def test_the_text_extracts_exactly_as_written(service, signing_key, learner):
    for achievement, assessment in ((tier_achievement(), VALIDATED), (progress_achievement(), SELF)):
        got = service.issue(signing_key, ISSUER, learner, achievement, assessment, now=ISSUED)
        text = pdftotext(got.pdf)
        assert squeeze(text) == squeeze("".join(got.text))
        lines = [line.strip() for line in text.splitlines()]
        for paragraph in got.text:  # a paragraph short enough for one line is one line of the text layer
            if len(paragraph) < 25:
                assert paragraph in lines, paragraph
        for word in (
            "入门" if achievement.tier else "进度",
            "手机",
            "学习",
            "提高",
            "王秀英",
            got.id,
            "0.1",
            "2024-05-21",
        ):
            assert word in text, word
        assert not RADICALS.search(text) and "\ufb01" not in text  # no Kangxi radicals, no "ﬁ" ligature


def test_a4_fonts_embedded_and_large_type(issued):
    info = subprocess.run(["pdfinfo", str(issued.pdf)], capture_output=True, text=True, check=True).stdout
    assert "595 x 842 pts (A4)" in info
    fonts = subprocess.run(["pdffonts", str(issued.pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(re.search(r"\byes\s+(yes|no)\s+yes\b", row) for row in rows), fonts
    boxes = pdftotext(issued.pdf, "-bbox")
    heights = [float(b) - float(a) for a, b in re.findall(r'yMin="([\d.]+)"[^>]*yMax="([\d.]+)"', boxes)]
    assert heights and min(heights) >= 16.0  # word boxes of 16 pt type are about 18.6 pt tall


def test_the_qr_decoded_from_the_printed_page_verifies(issued, keyed, tmp_path):
    subprocess.run(
        ["pdftoppm", "-r", "120", "-f", "1", "-l", "1", "-png", str(issued.pdf), str(tmp_path / "page")],
        check=True,
    )
    image = QImage(str(tmp_path / "page-1.png"))
    codes = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [c.text for c in codes] == [issued.qr_text]
    verdict = verify_qr(
        codes[0].text, [local_public_key(keyed)], credential=issued.jwt, now=datetime(2024, 6, 1, tzinfo=UTC)
    )
    assert verdict.valid and verdict.learner_name == "王秀英", verdict.reason


def test_the_files_are_written_and_recorded(issued, service):
    assert [p.name for p in issued.copies] == [
        f"{issued.id}{s}" for s in (".pdf", ".json", ".jwt", ".qr.txt")
    ]
    assert all(p.is_file() and p.stat().st_size for p in issued.copies)
    assert issued.pdf.parent == service.archive / issued.id
    assert issued.qr_file.read_text(encoding="utf-8").strip() == issued.qr_text
    (record,) = service.register()
    assert (record.id, record.learner_name, record.kind, record.tier) == (
        issued.id,
        "王秀英",
        "tier",
        "basic",
    )
    assert record.issued_by == "李老师" and record.credential_hash == issued.qr_text.split("|")[-2]


def test_noto_cjk_would_extract_wrongly_and_the_chosen_fonts_do_not():
    """The finding behind pdf.pick_families and pdf.textlayer (see their docstrings)."""
    pdf.ensure_gui()
    if "Noto Sans CJK SC" in QFontDatabase.families():
        noto = pdf.make_font(["Noto Sans CJK SC"], 16)
        wrong = pdf.misextracted(noto, "入门 手机 学习 Basic 0123456789", repaired=False)
        assert "入" in wrong and "门" in wrong and "手" in wrong  # shared with Kangxi / CJK radicals
        noto.setFeature(QFont.Tag("locl"), 1)
        assert "\ufffd" in pdf.misextracted(noto, "Basic 0123456789")  # digits shaped in context: no code
        assert (
            pdf.misextracted(pdf.make_font(["Noto Sans CJK SC"], 16), "入门 手机 学习 Basic 0123456789") == ""
        )
    choice = pdf.pick_families("入门 手机 学习 提高 进阶 Certificate 2024-05-21 王秀英")
    assert choice.wrong == "", choice
    assert pdf.misextracted(pdf.make_font(choice.families, 16, bold=True), "证书 Certificate") == ""
    ligatures = pdf.make_font(choice.families, 16)
    ligatures.setFeature(QFont.Tag("liga"), 1)
    assert "\ufb01" in pdf.misextracted(ligatures, "Certificate offline")  # "fi" as one glyph: caught
