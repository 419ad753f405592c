"""Reports on real files: the learner PDF in large print with its text extractable exactly (Chinese
too: no Kangxi radicals), the class report as CSV and PDF, the anonymised summary as CSV and JSON."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from trainer.services.pdf import fix_to_unicode
from trainer.services.reports import ReportService
from trainer.services.roster import RosterService
from trainer.services.tutors import TutorService
from trainer.storage.progress import LessonProgressRepository
from trainer.storage.repositories import AttemptRepository

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
NOW = datetime(2024, 6, 3, 9, 0, tzinfo=UTC)
TIERS = {"mouse-basics": "basic", "keyboard-typing": "basic", "chat-messages": "intermediate"}
PIN = "48291375"


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def word_heights(path: Path) -> list[tuple[float, str]]:
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        (float(m[1]) - float(m[0]), m[2])
        for m in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', out)
    ]


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def world(db, paths):
    tutors = TutorService(db, now=lambda: NOW)
    _, zhou = tutors.set_up("阳光社区中心", "上海", "SH-01", "周老师", PIN)
    roster = RosterService(db)
    wang = roster.add("王秀英", "zh_CN", birth_year=1950, gender="female")
    ann = roster.add("Ann O'Brien", "en", birth_year=1938)
    roster.add("Li <b>Lei</b>", "zh_CN")  # markup in a name stays text
    attempts, progress = AttemptRepository(db), LessonProgressRepository(db)
    for learner, lesson in ((wang.id, "mouse-basics"), (ann.id, "mouse-basics"), (ann.id, "chat-messages")):
        progress.start(learner, lesson, 1, "a", NOW - timedelta(days=10))
        attempts.append(learner, lesson, 1, "a", {}, True, 90 * 60_000 // 20, NOW - timedelta(days=10))
        progress.finish(learner, lesson, 1.0, True, NOW - timedelta(days=9))
    progress.start(wang.id, "keyboard-typing", 1, "a", NOW - timedelta(days=1))
    tutors.sign_off(zhou.id, PIN, wang.id, tier="basic", note="自己开机、打字、用手机学习")
    reports = ReportService(db, paths.i18n, lesson_tiers=TIERS, tz=UTC, now=lambda: NOW)
    return reports, wang, ann


def test_learner_pdf_in_chinese_extracts_exactly_and_is_large_print(world, tmp_path):
    reports, wang, _ = world
    steps = []
    out = reports.learner_pdf(wang.id, tmp_path / "wang.pdf", progress=lambda d, t: steps.append((d, t)))
    assert steps == [(0, 2), (1, 2), (2, 2)] and not list(tmp_path.glob("*.part*"))
    text = squash(pdf_text(out))
    for expected in (
        "学习进度报告",
        "学员：王秀英",
        "中心：阳光社区中心, 上海",
        "日期：2024年6月3日",
        "入门 1 / 2",
        "进阶 0 / 1",
        "自己开机、打字、用手机学习",
        "周老师",
        "整个级别：入门",
        "正在学的课程",
    ):
        assert squash(expected) in text, expected
    assert not re.search("[\u2e80-\u2fdf]", text), "radicals instead of ideographs"
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    embedded = [line.split()[-5] for line in fonts.splitlines()[2:]]
    assert embedded and set(embedded) == {"yes"}
    # large print: every word's box at least as tall as a 16 pt line of the report's fonts
    from PySide6.QtGui import QRawFont

    from trainer.services import pdf

    families = pdf.pick_families(pdf_text(out)).families
    raws = [QRawFont.fromFont(pdf.make_font([f], 16)) for f in families]
    sixteen = min(16 * (r.ascent() + r.descent()) / r.pixelSize() for r in raws if r.isValid())
    heights = word_heights(out)
    assert len(heights) > 20 and min(h for h, _ in heights) >= sixteen - 0.1


def test_text_with_radical_prone_characters_extracts_as_written(tmp_path):
    from trainer.services import pdf
    from trainer.services.reports.layout import BODY_PT, CSS

    source = "入门 手机 学习 长者 角色 龟 里 Office files finished difficult"
    out, _ = pdf.write_html(f"<p>{source}</p>", tmp_path / "t.pdf", "test", CSS, BODY_PT)
    assert squash(pdf_text(out)) == squash(source) + "1"  # and the page number


def test_a_font_that_draws_radicals_and_ideographs_alike_is_repaired_in_every_pdf(tmp_path):
    """Noto Sans CJK (the font the app bundles for PCs without one) shares glyphs between 入 and ⼊:
    as Qt writes it, 入门 would copy as ⼊⻔. The one repair (services/pdf/textlayer.py) gives it back
    in painted pages (certificates) as in documents (reports)."""
    from PySide6.QtGui import QFontDatabase

    from trainer.services import pdf

    pdf.ensure_gui()
    if "Noto Sans CJK SC" not in QFontDatabase.families():
        pytest.skip("needs Noto Sans CJK SC (fonts-noto-cjk)")
    source = "入门 手机 学习 长者 角色 龟 里"
    font = pdf.make_font(["Noto Sans CJK SC"], 18)
    assert set("入门手") <= set(pdf.misextracted(font, source, repaired=False))  # what Qt alone writes
    assert pdf.misextracted(font, source) == ""  # what we write
    out = tmp_path / "page.pdf"
    with pdf.a4_pdf(out, "test") as page:
        page.write(source, font)
    assert squash(pdf_text(out)) == squash(source)


def test_the_repair_keeps_length_and_touches_only_radicals():
    cmap = (
        b"1 0 obj\n<< /Length 99 >>\nstream\nbegincmap\n2 beginbfrange\n<0000> <0000> <0000>\n"
        b"<0001> <0004> [<2F0A> <2ED4> <0009> <4E2D> ]\n<0005> <0005> <2F3F>\n<0006> <0010> <2F00>\n"
        b"endbfrange\nendcmap\nendstream\n<2F0A> outside a cmap stays\n"
    )
    fixed, changed = fix_to_unicode(cmap, {0x2ED4: 0x95E8})
    assert len(fixed) == len(cmap) and changed == 3
    assert b"[<5165> <95E8> <0009> <4E2D> ]" in fixed and b"<0005> <0005> <624B>" in fixed
    assert b"<0006> <0010> <2F00>" in fixed  # a linear range is left alone
    assert fixed.endswith(b"<2F0A> outside a cmap stays\n")


def test_english_learner_report(world, tmp_path):
    reports, _, ann = world
    text = squash(pdf_text(reports.learner_pdf(ann.id, tmp_path / "ann.pdf")))
    for expected in (
        "Progress report",
        "Learner: Ann O'Brien",
        "Date: 3 June 2024",
        "Basic 1 of 2",
        "Intermediate 1 of 1",
        "0 h 09 min",
    ):
        assert squash(expected) in text, expected
    chinese = squash(pdf_text(reports.learner_pdf(ann.id, tmp_path / "ann-zh.pdf", language="zh_CN")))
    assert "学习进度报告" in chinese and "学员：AnnO'Brien" in chinese and "0小时09分钟" in chinese


def test_class_report_csv_and_pdf(world, tmp_path):
    reports, _, _ = world
    out = reports.class_csv(tmp_path / "class.csv", "en")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:5] == ["Name", "Basic", "Intermediate", "Advanced", "Lessons mastered"]
    by_name = {r[0]: r for r in rows[1:]}
    assert set(by_name) == {"Ann O'Brien", "Li <b>Lei</b>", "王秀英"}
    assert by_name["Ann O'Brien"][1:5] == ["1 of 2", "1 of 1", "0 of 0", "2"]
    text = squash(pdf_text(reports.class_pdf(tmp_path / "class.pdf", "zh_CN")))
    assert "班级报告" in text and "学员人数：3" in text and "王秀英" in text and "<b>Lei</b>" in text


def test_participation_summary_has_no_names(world, tmp_path):
    reports, _, _ = world
    data = reports.summary()
    assert data["learners"] == 3 and data["active_learners"] == 2
    assert (
        data["by_tier_reached"]["basic"]["learners"] == 1
        and data["by_tier_reached"]["intermediate"]["learners"] == 1
    )
    assert data["by_age_band"]["70-79"]["learners"] == 1 and data["by_age_band"]["80+"]["learners"] == 1
    assert data["by_gender"]["female"]["learners"] == 1 and data["by_gender"]["not-recorded"]["learners"] == 2
    assert data["hours"] == round(3 * 90 / 20 / 60, 1)
    json_file = reports.summary_json(tmp_path / "summary.json")
    csv_file = reports.summary_csv(tmp_path / "summary.csv")
    for path in (json_file, csv_file):
        body = path.read_text(encoding="utf-8-sig")
        for name in ("王秀英", "Ann", "Li", "Lei"):
            assert name not in body
    assert json.loads(json_file.read_text(encoding="utf-8"))["format"] == "digital-bridge-participation/1"
    rows = list(csv.reader(csv_file.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["breakdown", "group", "learners", "hours"] and rows[1][:3] == ["total", "all", "3"]
