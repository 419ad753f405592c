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
    for achievement, assessment, words in (
        (
            tier_achievement(),
            VALIDATED,
            ("入门", "1 小时 30 分钟", "1 h 30 min", "辅导员认证：李老师，2024-05-20"),
        ),
        (progress_achievement(), SELF, ("进度", "手机入门 · Phone basics", "提高字体大小", "自学")),
    ):
        got = service.issue(signing_key, ISSUER, learner, achievement, assessment, now=ISSUED)
        raw = pdftotext(got.pdf, "-raw")  # in the order drawn
        assert squeeze(raw) == squeeze("".join(got.text))
        text = pdftotext(got.pdf)
        for paragraph in got.text:  # each paragraph whole, in the order drawn
            assert squeeze(paragraph) in squeeze(raw), paragraph
        lines = [line.strip() for line in text.splitlines()]
        assert "王秀英" in lines and got.id in lines  # short lines come out as lines
        for word in (*words, "王秀英", got.id, "0.1", "2024-05-21", "第 1 页，共 2 页 · Page 1 of 2"):
            assert word in raw, word
        assert "1.5 小时" not in raw and "4.6" not in raw
        assert not RADICALS.search(text) and "\ufb01" not in text  # no Kangxi radicals, no "ﬁ" ligature


def test_one_framed_page_to_keep_and_a_numbered_details_page(issued, tmp_path):
    info = subprocess.run(["pdfinfo", str(issued.pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+2$", info, re.M)
    face, details = (pdftotext(issued.pdf, "-raw", "-f", str(n), "-l", str(n)) for n in (1, 2))
    for text in (
        "数字技能入门证书",
        "兹证明 · This is to certify that",
        "王秀英",
        "DigComp 2.2 熟练水平：1 级（基础）",
        "颁发机构：阳光社区学习中心（杭州市西湖区）",
        "颁发日期 · Date of issue",
        issued.id,
        "负责人签名 · Signature",
        "盖章处",
        "扫码核验",
        "第 1 页，共 2 页 · Page 1 of 2",
    ):
        assert text in face, text
    assert f"证书编号 · Certificate No. {issued.id} · 王秀英" in details  # the details page says whose it is
    assert "第 2 页，共 2 页 · Page 2 of 2" in details and "学习时长 · Learning time" in details
    assert "0.1" in details and "4.2" in details and "保护个人数据和隐私" not in face
    # the frame: a dark line all round page 1, 8 mm in from the edge (navy, about 1.2 mm wide)
    subprocess.run(["pdftoppm", "-r", "50", "-f", "1", "-l", "1", "-gray", "-png", "-singlefile",
                    str(issued.pdf), str(tmp_path / "face")], check=True)  # fmt: skip
    image = QImage(str(tmp_path / "face.png"))
    mm = image.width() / 210

    def dark(x: float, y: float) -> bool:  # within a pixel of the place, for the pixel grid
        px, py = round(x * mm), round(y * mm)
        near = [(px + dx, py + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
        return min(image.pixelColor(a, b).lightness() for a, b in near) < 110

    assert all(dark(8, k * 2.5) and dark(202, k * 2.5) for k in range(4, 115))  # 10 to 285 mm down
    assert all(dark(k * 2.5, 8) and dark(k * 2.5, 289) for k in range(4, 81))  # 10 to 200 mm across
    assert not dark(3, 150) and not dark(105, 3)  # and white outside it


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
