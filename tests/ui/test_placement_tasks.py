"""The placement check asks for short hands-on tasks (a click, a double-click, a drag, typing a word)
besides questions, and explains its suggestion: tasks not done well mean the basic level; otherwise
the first level whose questions were hard, with the counts that led there."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.assessment_helpers import (
    answer_right,
    click,
    close_app,
    do_drill,
    one_lesson_pack,
    open_app,
)


def _open_check(qtbot, paths, tmp_path):
    w = open_app(qtbot, paths, one_lesson_pack(tmp_path / "pack", "placement-check"))
    w.ctx.learners.create("Zhao Min", "tree", "en")
    w.refresh_tiles()
    click(qtbot, w.signin.tiles()[0])
    home = w.screen("home")
    assert home.placement.isVisible() and "short check" in home.placement.text()
    click(qtbot, home.placement)
    return w, w.screen("player")


def _answer_wrong(qtbot, view) -> None:
    wrong = next(c for c in view.step.choices if not c.correct)
    click(qtbot, view.choice_buttons[wrong.id])
    click(qtbot, view.check)


def test_tasks_done_well_and_the_first_hard_level_is_suggested_with_its_reasons(qtbot, paths, tmp_path):
    w, player = _open_check(qtbot, paths, tmp_path)
    kinds = []
    while w.current_name() == "player":
        view = player.view
        kinds.append((view.step.kind, getattr(view.step, "drill", "")))
        if view.step.kind == "practice":
            do_drill(qtbot, view)
        elif view.step.kind == "quiz" and view.step.question != "order":
            if view.step.id.startswith("basic"):
                answer_right(qtbot, view)
            else:
                _answer_wrong(qtbot, view)
        click(qtbot, player.next)
    assert [d for k, d in kinds if k == "practice"] == ["click", "double-click", "drag", "typing"]
    result = w.screen("result")
    assert result.suggested_tier == "intermediate"
    said = result.advice.plain_text()
    assert "The tasks with the mouse and the keyboard went well (4 of 4)." in said
    assert "Questions on the Basic level: 3 of 3 right at the first try." in said
    assert "Questions on the Intermediate level: 0 of 3 right at the first try." in said
    assert "The Intermediate level starts where the questions became harder for you." in said
    assert "only a suggestion" in said
    close_app(w)


def test_tasks_left_out_suggest_basic_however_well_the_questions_went(qtbot, paths, tmp_path):
    w, player = _open_check(qtbot, paths, tmp_path)
    while w.current_name() == "player":
        view = player.view
        if view.step.kind == "quiz" and view.step.question != "order":
            answer_right(qtbot, view)
        elif view.step.kind == "quiz":  # put in order with the keyboard-free Up buttons
            for target, cid in enumerate(c.id for c in view.step.choices):
                while view.order.index(cid) > target:
                    click(qtbot, view.rows[view.order.index(cid)][2])
            click(qtbot, view.check)
        elif view.step.kind == "practice" and view.step.drill == "typing":
            qtbot.keyClicks(view.edit, "xyz")  # a learner who cannot type the word yet
            qtbot.keyClick(view.edit, Qt.Key.Key_Return)
        click(qtbot, player.next)  # the mouse tasks are left out
    result = w.screen("result")
    assert result.suggested_tier == "basic"
    assert result.advice.plain_text().startswith(
        "The tasks with the mouse and the keyboard are not easy yet (0 of 4 went well)."
    )
    close_app(w)
