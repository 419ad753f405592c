"""Quiz choices are shown in a shuffled order per run, the same order when a run is resumed (even after
the app was closed), and everything follows the order shown: the numbers and number keys, the names a
screen reader says, the feedback, what is read aloud, and the order recorded with each attempt."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from tests.ui.assessment_helpers import click, close_app, go_to, open_app, rows, sign_in_and_continue


def _shown_on_screen(view) -> list[str]:
    """The choice ids top to bottom, as laid out."""
    buttons = sorted(
        view.choice_buttons.items(), key=lambda kv: kv[1].mapTo(view, kv[1].rect().topLeft()).y()
    )
    return [cid for cid, _ in buttons]


def _finish_quickly(qtbot, w, player) -> None:
    while w.current_name() == "player":
        click(qtbot, player.next)


def test_each_run_shuffles_and_a_resumed_run_shows_the_same_order(qtbot, paths):
    w = open_app(qtbot, paths)
    player = sign_in_and_continue(qtbot, w)
    go_to(qtbot, player, "who-gets-it")
    orders = [player.view.shown]
    assert _shown_on_screen(player.view) == list(player.view.shown)
    click(qtbot, player.back)
    click(qtbot, player.next)  # coming back to the step within the run: the same order
    assert player.view.shown == orders[0]
    for _ in range(4):  # "Practise this lesson again" starts a new run
        _finish_quickly(qtbot, w, player)
        click(qtbot, w.screen("result").again_button)
        go_to(qtbot, player, "who-gets-it")
        orders.append(player.view.shown)
        assert sorted(orders[-1]) == sorted(orders[0])
    assert len(set(orders)) >= 2  # 24 orders possible: five runs in one order would be a broken shuffle
    last = player.view.shown
    close_app(w)  # the app is closed in the middle of the run

    w2 = open_app(qtbot, paths)
    player2 = sign_in_and_continue(qtbot, w2)
    assert player2.view.step.id == "who-gets-it"
    assert player2.view.shown == last and _shown_on_screen(player2.view) == list(last)
    close_app(w2)


def test_numbers_keys_names_feedback_and_speech_follow_the_shown_order(qtbot, paths):
    w = open_app(qtbot, paths)
    player = sign_in_and_continue(qtbot, w)
    go_to(qtbot, player, "scam-signs")
    view = player.view
    shown = list(view.shown)
    labels = {c.id: c.label.get("en") for c in view.step.choices}
    for n, cid in enumerate(shown, 1):
        button = view.choice_buttons[cid]
        assert button.accessibleName() == f"{n}. {labels[cid]}"  # a screen reader says its place
        assert button.plain_text() == f"{n}. {labels[cid]}"
    view.choice_buttons[shown[0]].setFocus()
    qtbot.keyClick(view.choice_buttons[shown[0]], Qt.Key.Key_4)  # number keys choose by the number shown
    qtbot.keyClick(view.choice_buttons[shown[0]], Qt.Key.Key_2)
    assert [cid for cid in shown if view.choice_buttons[cid].isChecked()] == [shown[1], shown[3]]
    assert view.choice_buttons[shown[1]].hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_2)  # again: the choice is taken back (several answers allowed)
    assert not view.choice_buttons[shown[1]].isChecked()
    qtbot.keyClick(view, Qt.Key.Key_9)  # no ninth choice: nothing happens
    for cid in shown:
        if view.choice_buttons[cid].isChecked() != view.step.choice(cid).correct:
            click(qtbot, view.choice_buttons[cid])
    click(qtbot, view.check)
    right_in_shown_order = [cid for cid in shown if view.step.choice(cid).correct]
    explained = [f.plain_text() for f in view.feedback if f.isVisible() and f.plain_text()]
    assert explained == [view.step.choice(cid).feedback.get("en") for cid in right_in_shown_order]
    said = w.ctx.speaker.texts[-1]
    assert said.index(explained[0]) < said.index(explained[1])
    click(qtbot, player.repeat)  # Repeat reads the question, then the choices as numbered on screen
    read = w.ctx.speaker.texts[-1]
    positions = [read.index(f"{n}. {labels[cid]}") for n, cid in enumerate(shown, 1)]
    assert positions == sorted(positions)
    w.ctx.progress.writer.flush()
    recorded = rows(
        paths, "SELECT shown, answer FROM attempt WHERE step_id = 'scam-signs' ORDER BY created_at"
    )
    assert [json.loads(s) for s, _ in recorded] == [shown]  # the order the learner saw, kept
    assert sorted(json.loads(recorded[0][1])["answer"]) == sorted(right_in_shown_order)
    close_app(w)


def test_true_false_keeps_its_order_and_order_questions_still_shuffle():
    from trainer.domain.choice_order import shown_order
    from trainer.domain.lessons import Choice, LessonText, QuizStep

    t = LessonText.of({"en": "x"})
    tf = QuizStep("tf", "truefalse", t, (Choice("true", t, t), Choice("false", t, t, True)))
    assert {shown_order(tf, f"run-{n}") for n in range(20)} == {("true", "false")}
    ids = ("a", "b", "c")
    order = QuizStep("o", "order", t, tuple(Choice(i, t, t, True) for i in ids))
    seen = {shown_order(order, f"run-{n}") for n in range(40)}
    assert ids not in seen and len(seen) >= 3  # never already right, and not one fixed order
    assert shown_order(order, "run-1") == shown_order(order, "run-1")
