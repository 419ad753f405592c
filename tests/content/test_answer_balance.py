"""Right answers spread over the positions: the validator warns when one position holds the right
answer in more than half of a lesson's questions, no shipped lesson does, and the balancing script
reorders choices without detaching their explanations."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from content_helpers import BUILT_IN, ROOT, edit

from trainer.content.loader import load_packs
from trainer.content.validate import validate_roots
from trainer.domain.choice_order import crowded_position, longest_giveaway, right_is_longest, right_positions


def _script():
    spec = importlib.util.spec_from_file_location("balance_answers", ROOT / "scripts" / "balance_answers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _crowd_first(sample: Path) -> None:
    """Every right answer of the sample's search lesson first, as the lessons were written once."""
    lesson = sample / "search-online/lesson.toml"
    edit(lesson, 'choices = ["best", "paid", "broken"]', 'choices = ["paid", "best", "broken"]')
    edit(
        lesson,
        'choices = ["who", "shared", "when", "ask", "hurry"]',
        'choices = ["who", "when", "ask", "shared", "hurry"]',
    )


def test_no_shipped_lesson_puts_its_right_answers_in_one_place():
    report = validate_roots([BUILT_IN])
    assert report.problems == ()
    assert [str(w) for w in report.warnings] == []
    questions = [q for x in report.result.lessons for q in x.quizzes if q.question in ("single", "multiple")]
    firsts = sum(1 for q in questions if 0 in right_positions(q))
    assert len(questions) > 50 and firsts < len(questions) / 2  # not first by habit across the pack either


def test_validate_warns_about_crowded_answers_but_still_passes_the_pack(cli, sample):
    _crowd_first(sample)
    code, out = cli("lessons", "validate", "--built-in", str(sample))
    assert code == 0, out
    warning = [line for line in out.splitlines() if line.startswith("warning:")]
    assert warning == [
        f"warning: {sample}/search-online/lesson.toml: quiz choices: the right answer is the first choice in "
        "2 of 2 questions, reorder the choices so no position holds the right answer in more than half of "
        "them (python scripts/balance_answers.py does it)"
    ]
    assert out.splitlines()[-1].startswith("1 warning(s)")


def test_half_is_allowed_and_one_question_alone_is_not_crowded(sample):
    lesson = next(x for x in load_packs([sample]).lessons if x.id == "search-online")
    assert crowded_position(lesson) is None  # first for one question, second for the other: half each


def test_the_script_reorders_choices_only_and_keeps_each_explanation_with_its_choice(sample):
    _crowd_first(sample)
    strings = {p: p.read_bytes() for p in sample.rglob("strings/*.toml")}
    before = {x.id: x for x in load_packs([sample]).lessons}
    assert crowded_position(before["search-online"]) is not None
    assert _script().main([str(sample)]) == 0
    after = {x.id: x for x in load_packs([sample]).lessons}
    assert crowded_position(after["search-online"]) is None
    assert {p: p.read_bytes() for p in strings} == strings  # the words did not move
    old_quizzes = {q.id: q for q in before["search-online"].quizzes}
    moved = 0
    for quiz in after["search-online"].quizzes:
        old = old_quizzes[quiz.id]
        assert {c.id: c for c in quiz.choices} == {c.id: c for c in old.choices}  # label, feedback, right
        moved += [c.id for c in quiz.choices] != [c.id for c in old.choices]
    assert moved >= 1
    assert _script().main([str(sample), "--check"]) == 0


def _two_single_questions(sample: Path) -> Path:
    """The sample's search lesson with its second question made single-choice (the right one: "who")."""
    folder = sample / "search-online"
    edit(folder / "lesson.toml", 'type = "multiple"\nchoices = ["who", "shared", "when", "ask", "hurry"]\n'
         'answer = ["who", "when", "ask"]', 'type = "single"\nchoices = ["who", "shared", "when", "ask", '
         '"hurry"]\nanswer = "who"')  # fmt: skip
    return folder


def test_validate_warns_when_the_right_answer_is_the_longest_choice_by_habit(cli, sample):
    strings = _two_single_questions(sample) / "strings" / "en.toml"
    code, out = cli("lessons", "validate", "--built-in", str(sample))
    assert code == 0 and "longest" not in out, out  # as written: a wrong answer is the longest in each
    edit(strings, 'label = "Someone paid to put it at the top"',
         'label = "Someone paid the search website to put it at the very top"')  # fmt: skip
    edit(
        strings, 'label = "It says \\"share this now\\", so share it straight away"', 'label = "Share it now"'
    )
    code, out = cli("lessons", "validate", "--built-in", str(sample))
    assert code == 0, out  # a warning: the pack still loads
    assert [line for line in out.splitlines() if "longest" in line] == [
        f"warning: {sample}/search-online/lesson.toml: quiz choices: the right answer is the longest choice "
        "in 2 of 2 single-choice questions in en, make a wrong answer as full and tempting as the right one, "
        "or the right one plainer, so that choosing the longest answer does not pass"
    ]
    # the fix: one wrong answer as full as the right one
    edit(strings, 'label = "It is the best result"',
         'label = "It is the best and most trusted result, so the search website put it first"')  # fmt: skip
    code, out = cli("lessons", "validate", "--built-in", str(sample))
    assert code == 0 and "longest" not in out, out


def test_a_tie_for_the_longest_gives_nothing_away(sample):
    _two_single_questions(sample)
    lesson = next(x for x in load_packs([sample]).lessons if x.id == "search-online")
    advert = lesson.step("advert")
    assert not right_is_longest(advert, "en")  # "Something is wrong with the computer" is longer
    assert right_is_longest(advert, "zh_CN")  # 这是别人花钱排在前面的: 11 characters, the others 7 and 6
    assert longest_giveaway(lesson, "zh_CN") is None  # 1 of 2: half is allowed


def test_across_the_curriculum_the_right_answer_is_not_the_longest_by_habit():
    """With three or four choices, chance puts the right answer longest in a quarter to a third of the
    questions; the lessons stay near that in each language (before: 55% in Chinese, 53% in English)."""
    lessons = load_packs([BUILT_IN]).lessons
    for language in ("zh_CN", "en"):
        questions = [
            q
            for x in lessons
            if language in x.languages
            for q in x.quizzes
            if q.question == "single" and len(q.choices) >= 2
        ]
        share = sum(right_is_longest(q, language) for q in questions) / len(questions)
        assert len(questions) > 100 and share <= 0.40, f"{language}: {share:.0%}"
