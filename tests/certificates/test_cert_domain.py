"""The rules: who has earned what, hours, levels, ids, assessments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from cert_helpers import CHINA, START, lessons, progress_achievement, tier_achievement

from trainer.domain.certificates import (
    Assessment,
    NotEligible,
    certificate_id_from_int,
    certificate_id_to_int,
    eligible_tiers,
    new_certificate_id,
    passphrase_problem,
)
from trainer.domain.certificates import (
    progress_achievement as progress_of,
)
from trainer.domain.certificates import (
    tier_achievement as tier_of,
)
from trainer.domain.lessons import LessonText
from trainer.services.certificates.service import assessment_from_sign_offs


@dataclass
class L:
    id: str
    tier: str
    minutes: int
    competences: tuple[str, ...]
    title: LessonText


@dataclass
class P:
    started_at: datetime | None
    mastered_at: datetime | None


def catalogue():
    t = LessonText.of({"zh_CN": "课", "en": "Lesson"})
    return [
        L("a", "basic", 20, ("0.1",), t),
        L("b", "basic", 25, ("0.2", "1.1"), t),
        L("c", "intermediate", 30, ("2.1", "0.1"), t),
    ]


def test_a_tier_needs_every_lesson_of_it_mastered():
    progress = {"a": P(START, START + timedelta(days=1)), "b": P(START, None)}
    with pytest.raises(NotEligible) as caught:
        tier_of("basic", catalogue(), progress)
    assert caught.value.missing == ("b",)
    assert eligible_tiers(catalogue(), progress) == ()
    progress["b"] = P(START, START + timedelta(days=2))
    got = tier_of("basic", catalogue(), progress)
    assert [x.id for x in got.lessons] == ["a", "b"]
    assert got.hours == 0.8 and got.minutes == 45  # 45 minutes / 60, to a tenth
    assert eligible_tiers(catalogue(), progress) == ("basic",)
    assert got.started_at == START and got.completed_at == START + timedelta(days=2)


def test_a_progress_record_lists_what_is_mastered_with_each_competence_at_its_highest_level():
    progress = {"a": P(START, START + timedelta(days=1)), "c": P(START, START + timedelta(days=5))}
    got = progress_of(catalogue(), progress)
    assert [x.id for x in got.lessons] == ["a", "c"]
    assert {c.code: c.level for c in got.competences} == {"0.1": "", "2.1": "2"}  # DLGF: no DigComp level
    assert got.level == "2" and got.tier is None
    with pytest.raises(NotEligible):
        progress_of(catalogue(), {})


def test_competences_are_sorted_by_code_and_named_with_their_framework():
    got = tier_achievement()
    assert [c.code for c in got.competences] == ["0.1", "0.2", "1.1", "2.1", "2.6", "4.2"]
    assert got.competences[0].framework == "UNESCO DLGF" and got.competences[2].framework == "DigComp 2.2"
    assert got.competences[2].name_en.startswith("Browsing, searching")
    assert progress_achievement().level == "2"
    assert lessons()[0].title_zh == "手机入门"


def test_certificate_ids_are_short_readable_and_round_trip():
    seen = {new_certificate_id() for _ in range(200)}
    assert len(seen) == 200
    for cid in seen:
        assert len(cid) == 14 and cid.count("-") == 2 and not set(cid) & set("ILOU")
        assert certificate_id_from_int(certificate_id_to_int(cid)) == cid
    with pytest.raises(ValueError):
        certificate_id_to_int("NOT-AN-ID")


def test_a_tutor_validated_assessment_needs_the_tutors_name():
    with pytest.raises(ValueError):
        Assessment("tutor-validated")
    with pytest.raises(ValueError):
        Assessment("peer-reviewed")
    assert Assessment("tutor-validated", "李老师").validated and not Assessment().validated
    assert passphrase_problem("short") == "too_short" and passphrase_problem("a long passphrase") is None


@dataclass
class S:
    tier: str | None
    lesson_id: str | None
    tutor_name: str
    created_at: datetime
    note: str | None = None
    withdrawn_at: datetime | None = None


def test_sign_offs_make_a_certificate_tutor_validated():
    day = datetime(2024, 5, 20, tzinfo=CHINA)
    tier = tier_achievement()
    assert assessment_from_sign_offs(tier, []).kind == "self-study"
    withdrawn = S("basic", None, "张老师", day, withdrawn_at=day + timedelta(hours=1))
    assert assessment_from_sign_offs(tier, [withdrawn]).kind == "self-study"
    got = assessment_from_sign_offs(tier, [withdrawn, S("basic", None, "李老师", day, "很好")])
    assert (got.kind, got.tutor_name, got.validated_at, got.note) == (
        "tutor-validated",
        "李老师",
        day,
        "很好",
    )
    assert assessment_from_sign_offs(tier, [S("intermediate", None, "李老师", day)]).kind == "self-study"
    progress = progress_achievement()  # two basic lessons, two intermediate
    partial = [S("basic", None, "李老师", day)]
    assert assessment_from_sign_offs(progress, partial).kind == "self-study"
    both = partial + [
        S(None, "passwords", "张老师", day),
        S(None, "high-contrast", "张老师", day + timedelta(1)),
    ]
    got = assessment_from_sign_offs(progress, both)
    assert got.kind == "tutor-validated" and got.tutor_name == "李老师、张老师"
