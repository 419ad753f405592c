"""Right answers spread over the positions: the validator warns when one position holds the right
answer in more than half of a lesson's questions, no shipped lesson does, and the balancing script
reorders choices without detaching their explanations."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

from content_helpers import BUILT_IN, ROOT, edit

from trainer.content.loader import load_packs
from trainer.content.validate import validate_roots
from trainer.domain.choice_order import (
    crowded_position,
    length_giveaway,
    length_place,
    right_positions,
    single_questions,
)


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


def _warnings(cli, sample) -> list[str]:
    code, out = cli("lessons", "validate", "--built-in", str(sample))
    assert code == 0, out  # warnings only: the pack still loads
    return [line for line in out.splitlines() if "by length" in line]


def _length_warning(sample: Path, place: str, count: int, total: int, language: str) -> str:
    return (
        f"warning: {sample}/search-online/lesson.toml: quiz choices: the right answer is the {place} choice "
        f"in {count} of {total} single-choice questions in {language}, vary it: in some questions make a "
        "wrong answer longer or shorter than the right one, so that choosing by length (the longest, the "
        "middle, the shortest) does not pass"
    )


def test_validate_warns_when_the_right_answer_holds_one_place_by_length(cli, sample):
    strings = _two_single_questions(sample) / "strings" / "en.toml"
    # as written, in English the right answer is the middle one by length in both questions
    assert _warnings(cli, sample) == [_length_warning(sample, "second longest", 2, 2, "en")]
    edit(
        strings, 'label = "It says \\"share this now\\", so share it straight away"', 'label = "Share it now"'
    )
    assert _warnings(cli, sample) == []  # "who" is now the longest there: two places, nothing given away
    edit(strings, 'label = "Someone paid to put it at the top"',
         'label = "Someone paid the search website to put it at the very top"')  # fmt: skip
    assert _warnings(cli, sample) == [_length_warning(sample, "longest", 2, 2, "en")]


def test_places_by_length_and_a_tie_that_tells_nothing(sample):
    _two_single_questions(sample)
    lesson = next(x for x in load_packs([sample]).lessons if x.id == "search-online")
    advert = lesson.step("advert")  # en: best 21, paid (right) 33, broken 36; zh: 7, 11, 6
    assert length_place(advert, "en") == "second longest"
    assert length_place(advert, "zh_CN") == "longest"
    assert length_place(lesson.step("trust"), "en") == "second longest"  # of five: one is longer
    edit(
        sample / "search-online/strings/en.toml",
        'label = "It is the best result"',
        'label = "It is the best result of them all"',
    )  # fmt: skip  (33 characters, as long as the right one)
    lesson = next(x for x in load_packs([sample]).lessons if x.id == "search-online")
    assert length_place(lesson.step("advert"), "en") is None
    assert length_giveaway(lesson, "en") is None  # one place in 1 of 2 questions: half is allowed


def test_across_the_curriculum_no_place_by_length_holds_the_right_answer_by_habit():
    """With three or four choices, chance puts the right answer in each place by length (longest,
    middle, shortest) about a third of the time; the lessons stay near that in each language (they once
    had it longest in 55% of Chinese and 53% of English questions, then, overcorrected, second longest
    in 57% of English ones)."""
    lessons = load_packs([BUILT_IN]).lessons
    for language in ("zh_CN", "en"):
        questions = [q for x in lessons if language in x.languages for q in single_questions(x, language)]
        places = Counter(length_place(q, language) for q in questions)
        places.pop(None, None)  # ties
        assert len(questions) > 100
        assert max(places.values()) <= 0.40 * len(questions), f"{language}: {places}"
