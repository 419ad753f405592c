"""The built-in curriculum (issue 6): enough lessons per tier, both languages complete, quizzes that
explain, and competences that cover DigComp areas 1 to 5 and DLGF area 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.content.loader import load_packs
from trainer.domain.placement import PLACEMENT_ID
from trainer.domain.tiers import TIERS

LESSONS = Path(__file__).resolve().parent.parent / "lessons"


@pytest.fixture(scope="module")
def curriculum():
    result = load_packs([LESSONS])
    assert not result.problems, "\n".join(map(str, result.problems))
    return [x for x in result.lessons if x.id != PLACEMENT_ID]


def test_at_least_eight_lessons_per_tier(curriculum):
    counts = {t: sum(1 for x in curriculum if x.tier == t) for t in TIERS}
    assert all(n >= 8 for n in counts.values()), counts


def test_every_lesson_is_complete_in_both_languages(curriculum):
    for lesson in curriculum:
        assert set(lesson.languages) >= {"zh_CN", "en"}, lesson.id
        for lang in ("zh_CN", "en"):
            assert lesson.title.get(lang).strip(), (lesson.id, lang)
            assert lesson.objectives and all(o.get(lang).strip() for o in lesson.objectives), (
                lesson.id,
                lang,
            )


def test_every_lesson_has_a_quiz_of_at_least_four_questions_that_explain(curriculum):
    for lesson in curriculum:
        quizzes = lesson.quizzes
        assert len(quizzes) >= 4, lesson.id
        for q in quizzes:
            for c in q.choices:
                for lang in ("zh_CN", "en"):
                    assert c.feedback.get(lang).strip(), (lesson.id, q.id, c.id, lang)


def test_competences_cover_digcomp_areas_1_to_5_and_dlgf_area_0(curriculum):
    areas = {code.split(".")[0] for x in curriculum for code in x.competences}
    assert {"0", "1", "2", "3", "4", "5"} <= areas
    assert all(x.competences for x in curriculum)


def test_estimated_minutes_and_tier_hours(curriculum):
    for t in TIERS:
        minutes = sum(x.minutes for x in curriculum if x.tier == t)
        assert minutes >= 120, (t, minutes)  # each tier is a few hours of learning


def test_every_lesson_has_a_practice_or_simulation_step(curriculum):
    missing = [x.id for x in curriculum if not any(s.kind in ("practice", "simulation") for s in x.steps)]
    assert not missing
