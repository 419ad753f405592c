"""Practice and simulations count: a trap taken or a practical step skipped leaves the lesson not
mastered (with kind words on what to practise), and doing that step right afterwards masters it. The
rule the record was judged by is stored with it."""

from __future__ import annotations

from tests.ui.assessment_helpers import (
    answer_right,
    click,
    close_app,
    do_keys_drill,
    go_to,
    open_app,
    press_element,
    progress_row,
    sign_in_and_continue,
)


def _quizzes_right(qtbot, player, until: str) -> None:
    """Every quiz before ``until`` answered right at the first try, the rest passed by."""
    while player.view.step.id != until:
        if player.view.step.kind == "quiz":
            answer_right(qtbot, player.view)
        click(qtbot, player.next)


def _to_the_end(qtbot, w, player) -> None:
    while w.current_name() == "player":
        click(qtbot, player.next)


def test_a_trap_leaves_the_lesson_unmastered_until_the_simulation_is_done_right(qtbot, paths):
    w = open_app(qtbot, paths)
    player = sign_in_and_continue(qtbot, w)
    _quizzes_right(qtbot, player, "scam-pay")
    press_element(qtbot, player, "pay")  # paying the scammer: the trap
    assert "That would pay a scammer." in player.view.feedback.plain_text()
    press_element(qtbot, player, "cancel")  # then the right button: the tasks are done, with a trap
    assert player.view.is_complete()
    click(qtbot, player.next)
    do_keys_drill(qtbot, player.view)
    _to_the_end(qtbot, w, player)

    result = w.screen("result")
    assert w.current_name() == "result"
    assert result.result.quiz_passed and not result.result.passed
    assert "Keep going" in result.headline.plain_text()
    advice = result.practise.plain_text()
    assert "In step 5 you pressed a button that would be dangerous in real life" in advice
    assert result.practise_button.isVisible() and result.practise_button.text() == "Practise step 5 now"
    assert result.practise_button.hasFocus()
    status, rule = progress_row(w, paths)
    assert status == "in_progress"
    assert rule == {
        "rule": 2,
        "lesson_version": 2,
        "threshold": 0.8,
        "quiz_scoring": "first-try",
        "quizzes": ["who-gets-it", "code-safe", "scam-signs"],
        "practical": ["scam-pay", "keys"],
        "drill_accuracy": 0.5,
    }

    click(qtbot, result.practise_button)  # back into the same run, at the simulation
    assert w.current_name() == "player" and player.view.step.id == "scam-pay"
    press_element(qtbot, player, "cancel")
    _to_the_end(qtbot, w, player)
    assert result.result.passed and "Well done" in result.headline.plain_text()
    assert not result.practise_button.isVisible()
    assert progress_row(w, paths)[0] == "mastered"
    close_app(w)


def test_a_skipped_practical_step_leaves_it_unmastered_and_doing_it_masters_it(qtbot, paths):
    w = open_app(qtbot, paths)
    player = sign_in_and_continue(qtbot, w)
    _quizzes_right(qtbot, player, "scam-pay")
    press_element(qtbot, player, "cancel")
    click(qtbot, player.next)
    assert player.view.step.id == "keys"
    _to_the_end(qtbot, w, player)  # the drill is left out
    result = w.screen("result")
    assert not result.result.passed
    assert [r.step_id for r in result.result.to_practise] == ["keys"]
    assert "Step 6 is a practice that was left out." in result.practise.plain_text()
    assert progress_row(w, paths)[0] == "in_progress"

    click(qtbot, result.practise_button)
    assert player.view.step.id == "keys"
    do_keys_drill(qtbot, player.view)
    _to_the_end(qtbot, w, player)
    assert result.result.passed
    assert progress_row(w, paths)[0] == "mastered"
    close_app(w)


def test_a_wrong_quiz_is_not_mended_by_practice(qtbot, paths):
    w = open_app(qtbot, paths)
    player = sign_in_and_continue(qtbot, w)
    go_to(qtbot, player, "code-safe")
    click(qtbot, player.view.choice_buttons["true"])  # wrong at the first try
    click(qtbot, player.view.check)
    _quizzes_right(qtbot, player, "scam-pay")
    press_element(qtbot, player, "cancel")
    click(qtbot, player.next)
    do_keys_drill(qtbot, player.view)
    _to_the_end(qtbot, w, player)
    result = w.screen("result")
    assert not result.result.passed and not result.result.quiz_passed
    assert not result.practise_button.isVisible() and result.again_button.hasFocus()
    assert progress_row(w, paths)[0] == "in_progress"
    close_app(w)


def test_with_the_quiz_not_passed_the_advice_names_the_steps_but_offers_the_whole_lesson(qtbot, paths):
    w = open_app(qtbot, paths)
    player = sign_in_and_continue(qtbot, w)
    _to_the_end(qtbot, w, player)  # nothing answered, nothing practised
    result = w.screen("result")
    assert "Step 5 is a practice that was left out." in result.practise.plain_text()
    assert not result.practise_button.isVisible() and result.again_button.hasFocus()
    close_app(w)
