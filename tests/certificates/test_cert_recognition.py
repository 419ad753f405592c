"""What a credit bank needs from the centre: a level in a named framework and credits, only where the
centre installed its rule; and tutor validations that can be true."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest
from cert_helpers import (
    ISSUED,
    ISSUER,
    START,
    VALIDATED,
    needs_poppler,
    pdftotext,
    progress_achievement,
    squeeze,
    tier_achievement,
)

from trainer.domain.certificate_checks import BEFORE_LEARNING, IN_FUTURE, UNKNOWN_TUTOR, validation_problems
from trainer.services.certificates import recognition
from trainer.services.certificates.errors import BadRecognitionFile, InvalidValidation
from trainer.services.certificates.messages import guidance

# A made-up framework for the tests (the product ships none and never invents one).
MAPPING = {
    "format": "digital-bridge-recognition",
    "version": 1,
    "region": "测试省 · Test Province",
    "framework": {
        "id": "TEST-QF",
        "name": {"zh_CN": "测试省终身教育资历框架", "en": "Test Province Lifelong Learning Framework"},
        "url": "https://example.org/test-qf",
    },
    "levels": {"basic": {"code": "1", "name": {"zh_CN": "一级", "en": "Level 1"}}},
    "credits": {
        "unit": {"zh_CN": "学分", "en": "credits"},
        "rule": "per_hours",
        "hours_per_credit": 1,
        "round_down_to": 0.5,
        "kinds": ["tier"],
    },
}


def write(tmp_path, doc) -> object:
    path = tmp_path / "mapping.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_none_by_default(service, keyed):
    assert recognition.load(keyed) is None
    got = service.recognition(tier_achievement())
    assert (got.framework_level, got.credits) == ("", "")


@needs_poppler
def test_an_installed_mapping_puts_the_level_and_credits_on_paper_in_the_credential_and_the_qr(
    service, keyed, signing_key, learner, tmp_path
):
    recognition.install(keyed, write(tmp_path, MAPPING))
    issued = service.issue(signing_key, ISSUER, learner, tier_achievement(), VALIDATED, now=ISSUED)
    subject = issued.credential["credentialSubject"]
    assert subject["creditsEarned"] == 1.5  # 90 minutes, one credit an hour, rounded down to halves
    assert "|TEST-QF:1|1.5|" in issued.qr_text
    text = squeeze(pdftotext(issued.pdf, "-raw"))
    assert squeeze("测试省终身教育资历框架 一级") in text and squeeze("1.5 学分") in text
    assert (
        squeeze("Test Province Lifelong Learning Framework: Level 1") in text
        and squeeze("1.5 credits") in text
    )
    progress = service.recognition(progress_achievement())
    assert (progress.framework_level, progress.credits) == ("", "")  # kinds: tier only; no level mapped


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d.update(format="something-else"), "digital-bridge-recognition"),
        (lambda d: d.pop("levels"), '"framework" and "levels" go together'),
        (lambda d: d["levels"].update(expert={"code": "9", "name": {"zh_CN": "九", "en": "9"}}), "levels"),
        (lambda d: d["framework"].update(url="not a url"), "framework.url"),
        (lambda d: d["framework"]["name"].pop("en"), "framework.name"),
        (lambda d: d["credits"].update(rule="per_smile"), "credits.rule"),
        (lambda d: d["credits"].update(round_down_to=0.125), "two decimals"),
    ],
)
def test_a_bad_mapping_is_refused_whole_with_the_reason(keyed, tmp_path, change, reason):
    recognition.install(keyed, write(tmp_path, MAPPING))
    before = recognition.settings_file(keyed).read_bytes()
    doc = json.loads(json.dumps(MAPPING))
    change(doc)
    with pytest.raises(BadRecognitionFile) as caught:
        recognition.install(keyed, write(tmp_path, doc))
    assert reason in caught.value.problem
    assert recognition.settings_file(keyed).read_bytes() == before  # the old setting stays as it was
    zh, en = guidance(caught.value)
    assert "没有做任何更改" in zh and "Nothing was changed" in en


def test_tutor_validation_rules():
    achievement = tier_achievement()
    ok = validation_problems(VALIDATED, achievement, ISSUED, ["李老师"])
    assert ok == ()
    future = replace(VALIDATED, validated_at=ISSUED + timedelta(days=2))
    early = replace(VALIDATED, validated_at=START - timedelta(days=1))
    stranger = replace(VALIDATED, tutor_name="王老师")
    assert [p.code for p in validation_problems(future, achievement, ISSUED, ["李老师"])] == [IN_FUTURE]
    assert [p.code for p in validation_problems(early, achievement, ISSUED, ["李老师"])] == [BEFORE_LEARNING]
    assert [p.code for p in validation_problems(stranger, achievement, ISSUED, ["李老师"])] == [UNKNOWN_TUTOR]
    two = replace(VALIDATED, tutor_name="李老师、 王老师")
    assert [p.detail for p in validation_problems(two, achievement, ISSUED, ["李老师"])] == ["王老师"]
    same_day_later = replace(VALIDATED, validated_at=ISSUED + timedelta(hours=3))
    assert validation_problems(same_day_later, achievement, ISSUED, ["李老师"]) == ()


def test_the_service_refuses_to_print_an_impossible_validation(service, signing_key, learner):
    bad = replace(VALIDATED, tutor_name="不认识的人", validated_at=ISSUED + timedelta(days=30))
    with pytest.raises(InvalidValidation) as caught:
        service.issue(signing_key, ISSUER, learner, tier_achievement(), bad, now=ISSUED)
    zh, en = guidance(caught.value)
    assert "不认识的人" in zh and "not a tutor registered" in en and "after the date of issue" in en
    assert service.register() == [] and not list(service.archive.glob("*"))
