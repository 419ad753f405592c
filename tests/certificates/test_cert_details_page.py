"""The details of a certificate fit on ONE page (page 2 of 2) for every tier of the real curriculum, in
both learner languages, at its fullest: every lesson of the tier, a learner whose tutor ticked every
own-phone checklist item, the longest remark a tutor may print, and the centre's framework level and
credits. The type stays readable (never under 9 pt), the text extracts exactly as drawn and the QR
code still decodes. A long progress record may take more pages, but never ends on a nearly empty one.
"""

from __future__ import annotations

import json
import re
import subprocess
from datetime import timedelta
from types import SimpleNamespace

import pytest
from cert_helpers import ISSUER, START, needs_poppler, pdftotext, squeeze
from scan_helpers import render, zbar, zxing
from test_cert_recognition import MAPPING

from trainer.domain.certificate_checks import REMARK_MAX
from trainer.domain.certificates import (
    Assessment,
    LearnerRef,
    ObservedTask,
    progress_achievement,
    tier_achievement,
)
from trainer.domain.observation import observed_steps
from trainer.domain.placement import PLACEMENT_ID
from trainer.domain.tiers import TIERS
from trainer.services.certificates import recognition
from trainer.services.certificates.errors import InvalidValidation
from trainer.services.lessons import LessonLibrary
from trainer.storage.repositories import LearnerRepository

pytestmark = needs_poppler
REMARK = ("打字慢但很准确，每一步都自己做，遇到不懂的会先停下来问。" * 10)[:REMARK_MAX]
LEVELS = {"basic": ("一级", "Level 1"), "intermediate": ("二级", "Level 2"), "advanced": ("三级", "Level 3")}


def pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)$", info, re.M).group(1))


def word_heights(path, page: int) -> list[float]:
    """The height (pt) of every word box pdftotext finds on ``page``: about 1.16 x the type size."""
    boxes = pdftotext(path, "-bbox", "-f", str(page), "-l", str(page))
    return [float(b) - float(a) for a, b in re.findall(r'yMin="([\d.]+)"[^>]*yMax="([\d.]+)"', boxes)]


@pytest.fixture
def fullest(service, signing_key, db, keyed, tmp_path):
    """make(language, tier) -> the certificate of the real curriculum's tier at its fullest."""
    mapping = json.loads(json.dumps(MAPPING))
    mapping["levels"] = {t: {"code": str(k + 1), "name": dict(zip(("zh_CN", "en"), LEVELS[t], strict=True))}
                         for k, t in enumerate(TIERS)}  # fmt: skip
    mapping["credits"]["kinds"] = ["tier", "progress"]
    (tmp_path / "mapping.json").write_text(json.dumps(mapping, ensure_ascii=False), encoding="utf-8")
    recognition.install(keyed, tmp_path / "mapping.json")
    library = LessonLibrary(keyed)

    def make(language: str, tier: str | None, remark: str = REMARK):
        lessons = [x for x in library.catalogue_for(language).lessons if x.id != PLACEMENT_ID]
        progress = {
            x.id: SimpleNamespace(
                started_at=START + timedelta(days=n),
                mastered_at=START + timedelta(days=n + 1),
                mastery_rule=None,
            )
            for n, x in enumerate(lessons)
        }
        achievement = (
            tier_achievement(tier, lessons, progress) if tier else progress_achievement(lessons, progress)
        )
        on_it = {x.id for x in achievement.lessons}
        observed = tuple(
            ObservedTask(x.id, text.get("zh_CN"), text.get("en"), "李老师", START + timedelta(days=40 + n))
            for n, x in enumerate(lessons)
            if x.id in on_it
            for step in observed_steps(x)
            for _, text in step.items
        )
        assessment = Assessment(
            "tutor-validated", "李老师", START + timedelta(days=70), remark, show_note=True, observed=observed
        )
        made = LearnerRepository(db).create(
            "欧阳娜仁托娅", "sun", "#174A86", language
        )  # a long minority name
        learner = LearnerRef(made.id, made.name)
        now = START + timedelta(days=90)
        issued = service.issue(
            signing_key, ISSUER, learner, achievement, assessment, tmp_path / language, now=now
        )
        return issued, achievement, observed

    return make


@pytest.mark.slow  # six PDFs of the real curriculum (about half a second each), read back with poppler
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_tier_at_its_fullest_is_a_framed_page_and_one_details_page(fullest, language, tmp_path):
    seen_observed = 0
    for tier in TIERS:
        issued, achievement, observed = fullest(language, tier)
        seen_observed = max(seen_observed, len(observed))
        assert pages(issued.pdf) == 2, (language, tier)
        raw = pdftotext(issued.pdf, "-raw")
        assert squeeze(raw) == squeeze("".join(issued.text))  # everything drawn, in order, exactly
        details = pdftotext(issued.pdf, "-raw", "-f", "2", "-l", "2")
        assert "第 2 页，共 2 页 · Page 2 of 2" in details
        assert f"证书编号 · Certificate No. {issued.id} · 欧阳娜仁托娅" in details
        flat = squeeze(details)
        assert squeeze(REMARK) in flat and squeeze(LEVELS[tier][0]) in flat  # remark, framework level
        for competence in achievement.competences:  # every competence, with its names in both languages
            assert competence.code in details
            assert squeeze(competence.name_en) in flat, competence.code
        for task in observed:  # every observed task: itself, or counted under its lesson
            lesson = next(x for x in achievement.lessons if x.id == task.lesson_id)
            assert squeeze(task.text_en) in flat or squeeze(lesson.title_en) in flat, task.text_en
        if observed and squeeze(observed[0].text_en) not in flat:
            assert "Each task is listed in the digital credential" in details
            listed = "\n".join(e["narrative"] for e in issued.credential["evidence"])
            assert all(t.text_en in listed for t in observed)  # ... and it is
        heights = word_heights(issued.pdf, 2)
        assert heights and min(heights) >= 9 * 1.1, (tier, min(heights))  # 9 pt type or larger
        assert min(word_heights(issued.pdf, 1)) >= 16.0  # the framed page keeps its large type
    assert seen_observed >= 40  # the curriculum's checklists were all there (48 in the intermediate tier)
    # and the QR code on the framed page, which signs the longest remark too, still reads back with
    # zbar and ZXing at 150 dpi (the last one made)
    page = render(issued.pdf, tmp_path / "face", 150)
    assert zbar(page) == [issued.qr_text] and zxing(page) == [issued.qr_text]


def test_a_short_certificate_keeps_the_large_type(service, signing_key, learner):
    from cert_helpers import ISSUED, VALIDATED
    from cert_helpers import tier_achievement as small_tier

    issued = service.issue(signing_key, ISSUER, learner, small_tier(), VALIDATED, now=ISSUED)
    assert pages(issued.pdf) == 2
    assert min(word_heights(issued.pdf, 2)) >= 16.0  # four lessons: 16 pt, as on the framed page


def test_a_remark_too_long_to_print_is_refused_with_its_length(fullest):
    with pytest.raises(InvalidValidation) as refused:
        fullest("zh_CN", "basic", remark="很" * (REMARK_MAX + 1))
    assert [(p.code, p.detail) for p in refused.value.problems] == [("remark_too_long", str(REMARK_MAX + 1))]


@pytest.mark.slow  # a progress record of every lesson of the curriculum: several pages, read back
def test_a_long_progress_record_never_ends_on_a_nearly_empty_page(fullest):
    issued, achievement, _ = fullest("zh_CN", None)
    n = pages(issued.pdf)
    assert n >= 3  # 45 lessons: more than one details page
    for k in range(1, n + 1):
        assert f"第 {k} 页，共 {n} 页 · Page {k} of {n}" in pdftotext(
            issued.pdf, "-raw", "-f", str(k), "-l", str(k)
        )
    boxes = pdftotext(issued.pdf, "-bbox", "-f", str(n), "-l", str(n))
    pt = 72 / 25.4  # points per mm
    bottoms = [float(y) for y in re.findall(r'<word [^>]*yMax="([\d.]+)"', boxes)]
    body = max(y for y in bottoms if y < 273 * pt)  # the lowest text but the page number (at 275 mm)
    assert body > (44 + (271.5 - 44) / 3) * pt  # at least a third of the room under the heading used
    raw = pdftotext(issued.pdf, "-raw")
    assert all(squeeze(x.title_en) in squeeze(raw) for x in achievement.lessons)
