"""Pure rules on lessons: scoring every question type, mastery, unlocking, texts per language."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.domain.lessons import (
    Catalogue,
    Choice,
    Lesson,
    LessonText,
    QuizStep,
    ReadStep,
    mastery,
    score_answer,
)


def t(zh: str, en: str | None = None) -> LessonText:
    return LessonText.of({"zh_CN": zh, "en": en if en is not None else zh})


def quiz(
    question: str, right: set[str], ids: tuple[str, ...] = ("a", "b", "c", "d"), step_id: str = "q"
) -> QuizStep:
    choices = tuple(Choice(i, t(i), t(f"why {i}"), i in right) for i in ids)
    return QuizStep(step_id, question=question, prompt=t("?"), choices=choices)


def lesson(
    *steps, threshold: float = 0.8, lesson_id: str = "l", tier: str = "basic", order: int = 1, pre=()
) -> Lesson:
    return Lesson(
        id=lesson_id,
        version=2,
        tier=tier,
        order=order,
        minutes=5,
        competences=("0.1",),
        prerequisites=tuple(pre),
        mastery=threshold,
        title=t("课", "Lesson"),
        objectives=(),
        steps=tuple(steps),
        languages=("zh_CN", "en"),
        folder=Path("/x"),
    )


def test_single_choice_scores_the_chosen_answer_and_shows_its_feedback():
    q = quiz("single", {"b"})
    assert score_answer(q, "b").score == 1.0 and score_answer(q, "b").correct
    wrong = score_answer(q, "c")
    assert (wrong.score, wrong.correct, wrong.feedback) == (0.0, False, ("c",))


def test_true_false_takes_a_bool_or_a_choice_id():
    q = quiz("truefalse", {"false"}, ids=("true", "false"))
    assert q.score(False).correct and q.score("false").correct
    assert not q.score(True).correct and q.score(True).feedback == ("true",)


def test_multiple_choice_gives_partial_credit_and_takes_off_for_wrong_picks():
    q = quiz("multiple", {"a", "b"})
    assert q.score(["a", "b"]).score == 1.0 and q.score(["a", "b"]).correct
    half = q.score(["a"])
    assert half.score == 0.5 and not half.correct
    assert half.feedback == ("a", "b")  # the missed right answer explains itself too
    assert q.score(["a", "c"]).score == 0.0
    assert q.score(["c", "d"]).score == 0.0  # never below zero


def test_order_scores_the_share_of_items_in_place_and_names_the_misplaced_ones():
    q = quiz("order", {"a", "b", "c", "d"})
    assert q.score(["a", "b", "c", "d"]).correct
    swapped = q.score(["a", "b", "d", "c"])
    assert swapped.score == 0.5 and not swapped.correct and swapped.feedback == ("d", "c")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("single", "zzz"),
        ("single", ["a"]),
        ("multiple", "a"),
        ("order", ["a", "b"]),
        ("order", ["a", "a", "b", "c"]),
    ],
)
def test_answers_that_do_not_fit_the_question_are_refused(question, answer):
    with pytest.raises(ValueError):
        score_answer(quiz(question, {"a"}), answer)


def test_mastery_compares_the_mean_quiz_score_with_the_threshold_and_counts_skipped_quizzes_as_zero():
    x = lesson(
        ReadStep("r", text=t("读")), quiz("single", {"a"}, step_id="q1"), quiz("single", {"a"}, step_id="q2")
    )
    assert mastery(x, {"q1": 1.0, "q2": 1.0}).passed
    m = mastery(x, {"q1": 1.0})
    assert (m.score, m.answered, m.total, m.passed) == (0.5, 1, 2, False)
    assert not mastery(x, {"q1": 1.0, "q2": 0.5}).passed  # 0.75 < 0.8
    assert mastery(lesson(*x.steps, threshold=0.75), {"q1": 1.0, "q2": 0.5}).passed


def test_a_lesson_without_quizzes_is_mastered_by_reaching_its_end():
    assert mastery(lesson(ReadStep("r", text=t("读"))), {}).passed


def test_progress_key_is_id_and_version_and_unlocking_needs_every_prerequisite():
    x = lesson(pre=("a", "b"))
    assert x.key == ("l", 2)
    assert not x.unlocked({"a"}) and x.unlocked({"a", "b", "c"})


def test_text_falls_back_to_the_first_language_and_fills_the_learners_name():
    text = LessonText.of({"zh_CN": "{name}，您好！\n\n第二段\n接着写", "en": "Hello, {name}!"})
    assert text.render("en", name="Ann") == "Hello, Ann!"
    assert text.get("fr").startswith("{name}")
    assert text.paragraphs("zh_CN", name="王阿姨") == ("王阿姨，您好！", "第二段 接着写")
    assert LessonText.of({"en": "50% off {other}"}).render("en", name="x") == "50% off {other}"


def test_catalogue_orders_lessons_by_tier_then_order():
    a = lesson(lesson_id="a", tier="advanced", order=1)
    b = lesson(lesson_id="b", tier="basic", order=2)
    c = lesson(lesson_id="c", tier="basic", order=1)
    from trainer.domain.lessons import sort_key

    cat = Catalogue((), tuple(sorted((a, b, c), key=sort_key)))
    assert [x.id for x in cat.lessons] == ["c", "b", "a"]
    assert [x.id for x in cat.by_tier()["basic"]] == ["c", "b"] and cat.by_tier()["intermediate"] == ()
    assert cat.get("a") is a and cat.get("zzz") is None
