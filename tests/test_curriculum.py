"""The built-in curriculum (issue 6): enough lessons per tier, both languages complete, quizzes that
explain, and competences that cover DigComp areas 1 to 5 and DLGF area 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.content.loader import load_packs
from trainer.domain.curriculum import lesson_in
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


def test_every_lesson_is_complete_in_its_languages(curriculum):
    only_chinese = {x.id for x in curriculum if set(x.languages) != {"zh_CN", "en"}}
    assert only_chinese == {"pinyin-input"}  # typing Chinese with pinyin: for Chinese learners only
    for lesson in curriculum:
        for lang in lesson.languages:
            assert lesson.title.get(lang).strip(), (lesson.id, lang)
            assert lesson.objectives and all(o.get(lang).strip() for o in lesson.objectives), (
                lesson.id,
                lang,
            )


def test_every_lesson_has_a_quiz_of_at_least_four_questions_that_explain(curriculum):
    for lesson in curriculum:
        for lang in lesson.languages:
            quizzes = lesson_in(lesson, lang).quizzes  # what a learner in that language answers
            assert len(quizzes) >= 4, (lesson.id, lang)
            for q in quizzes:
                for c in q.choices:
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
    for lang in ("zh_CN", "en"):
        view = [y for y in (lesson_in(x, lang) for x in curriculum) if y is not None]
        missing = [x.id for x in view if not any(s.kind in ("practice", "simulation") for s in x.steps)]
        assert not missing, lang


# -- paths (issue 21) ----------------------------------------------------------------------------------
SCAM_LESSONS = ("spot-scams", "scams-and-tools")
PRACTISES = {  # each practice lesson requires the lessons whose skills it practises
    "practice-mouse": {"mouse-more"},
    "practice-keyboard": {"keyboard-typing", "pinyin-input"},
    "practice-online": {"search-online"},
    "practice-keep-in-touch": {"chat-messages", "video-calls", "email-attachments"},
    "practice-pay-safely": {"qr-pay", "spot-scams"},
    "practice-services": {"hospital-online", "online-forms"},
}


@pytest.fixture(scope="module")
def loaded():
    result = load_packs([LESSONS])
    assert not result.problems, "\n".join(map(str, result.problems))
    return result


def _needs(view, lesson_id: str) -> set[str]:
    """Every lesson that must come before ``lesson_id`` (prerequisites of prerequisites too)."""
    out: set[str] = set()
    todo = list(view.get(lesson_id).prerequisites)
    while todo:
        lid = todo.pop()
        if lid not in out:
            out.add(lid)
            todo += view.get(lid).prerequisites
    return out


def test_prerequisites_have_no_loops(loaded):
    from trainer.content.graph import cycles

    assert cycles({x.id: x.prerequisites for x in loaded.lessons}) == []


def test_practice_lessons_require_what_they_practise(loaded):
    practice = {x.id for x in loaded.lessons if x.id.startswith("practice-")}
    assert practice == set(PRACTISES)
    for lid, wanted in PRACTISES.items():
        assert wanted <= set(loaded.catalogue.get(lid).prerequisites), lid


def test_scams_are_open_from_the_start_and_early_on_both_paths(loaded):
    from trainer.domain.curriculum import in_language, paths_of

    for lang in ("zh_CN", "en"):
        view = in_language(loaded.catalogue, lang)
        paths = {p.id: p for p in paths_of(view)}
        assert set(paths) == {"phone-first", "pc-first"}
        for scam in SCAM_LESSONS:
            assert _needs(view, scam) == set(), (lang, scam)  # nothing to do first
            for path in paths.values():
                assert scam in path.lessons[:4], (lang, path.id, scam)


def test_the_phone_first_path_needs_no_computer_lesson_before_the_phone_lessons(loaded):
    from trainer.domain.curriculum import in_language, paths_of

    computer = {"computer-parts", "mouse-basics", "mouse-more", "keyboard-typing", "pinyin-input",
                "desktop-windows", "wifi-internet", "search-online"}  # fmt: skip
    for lang in ("zh_CN", "en"):
        view = in_language(loaded.catalogue, lang)
        phone = next(p for p in paths_of(view) if p.id == "phone-first")
        assert phone.lessons[0] == "phone-basics"
        for lid in phone.lessons:
            assert lid not in computer and not (_needs(view, lid) & computer), (lang, lid)
        pc = next(p for p in paths_of(view) if p.id == "pc-first")
        assert pc.lessons[0] == "computer-parts"


def test_the_english_pathway_has_no_pinyin_drill_and_requires_none(loaded):
    from trainer.domain.curriculum import in_language

    def has_pinyin(lesson) -> bool:
        return any(getattr(s, "drill", "") == "pinyin" for s in lesson.steps)

    zh, en = in_language(loaded.catalogue, "zh_CN"), in_language(loaded.catalogue, "en")
    assert any(has_pinyin(x) for x in zh.lessons)  # Chinese learners keep them
    assert not any(has_pinyin(x) for x in en.lessons)
    assert en.get("pinyin-input") is None
    for lesson in en.lessons:
        assert "pinyin-input" not in _needs(en, lesson.id), lesson.id
