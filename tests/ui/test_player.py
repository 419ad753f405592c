"""A whole lesson driven through the real player: right and wrong answers, help, quitting in the
middle, restarting the app and resuming at the same step; mastery and the attempt log."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from tests.ui.conftest import make_learner, open_window
from trainer.services import translations


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def answer_quiz(qtbot, view, right: bool) -> None:
    """Answer the quiz on screen, rightly or wrongly, the way a learner would."""
    step = view.step
    if step.question == "order":
        want = [c.id for c in step.choices] if right else list(reversed([c.id for c in step.choices]))
        # move items with the Up buttons until the order is the wanted one
        for target_index, cid in enumerate(want):
            while view.order.index(cid) > target_index:
                click(qtbot, view.rows[view.order.index(cid)][2])
    else:
        for c in step.choices:
            b = view.choice_buttons[c.id]
            should = c.correct if right else (not c.correct)
            if step.question in ("single", "truefalse") and not right:
                should = not c.correct and all(b2.isChecked() is False for b2 in view.choice_buttons.values())
            if b.isChecked() != should:
                click(qtbot, b)
    click(qtbot, view.check)


def open_first_lesson(w, qtbot):
    learner = make_learner(w, "Wang Fang")
    click(qtbot, w.signin.tiles()[0])
    home = w.screen("home")
    assert home.continue_button.isEnabled()
    click(qtbot, home.continue_button)
    assert w.current_name() == "player"
    return learner, w.screen("player")


def test_whole_lesson_with_mistakes_feedback_and_mastery(app_window, qtbot, paths):
    w = app_window
    learner, player = open_first_lesson(w, qtbot)
    lesson = player.session.lesson
    speaker = w.ctx.speaker
    assert "Step 1 of" in player.position.plain_text()
    assert speaker.texts and speaker.texts[-1]  # the step was read aloud when it opened
    wrong_once = False
    seen_steps = []
    while w.current_name() == "player":
        view = player.view
        seen_steps.append(view.step.id)
        if view.step.kind == "quiz":
            if not wrong_once:
                answer_quiz(qtbot, view, right=False)
                assert view.verdict.isVisible() and "Not quite" in view.verdict.plain_text()
                assert any(f.isVisible() and f.plain_text() for f in view.feedback)  # it explains
                assert "Not quite" in speaker.texts[-1]  # and says so aloud
                wrong_once = True
            answer_quiz(qtbot, view, right=True) if not view.is_complete() else None
            assert view.is_complete()
        click(qtbot, player.next)
    assert seen_steps == [s.id for s in lesson.steps]
    assert w.current_name() == "result"
    result = w.screen("result").result
    quizzes = len(lesson.quizzes)
    assert result.total == quizzes and abs(result.score - (quizzes - 1) / quizzes) < 1e-6
    assert result.passed == ((quizzes - 1) / quizzes >= lesson.mastery)
    with sqlite3.connect(paths.database) as conn:
        rows = conn.execute(
            "select step_id, correct from attempt where learner_id = ?", (learner.id,)
        ).fetchall()
        status = conn.execute(
            "select status from lesson_progress where lesson_id = ?", (lesson.id,)
        ).fetchone()[0]
    assert {s for s, _ in rows} == {s.id for s in lesson.steps}
    assert (0,) in [(c,) for _, c in rows] and (1,) in [(c,) for _, c in rows]
    assert status == ("mastered" if result.passed else "in_progress")


def test_quit_in_the_middle_and_resume_after_restart(app_window, qtbot, paths):
    w = app_window
    _, player = open_first_lesson(w, qtbot)
    click(qtbot, player.next)
    click(qtbot, player.next) if player.view.is_complete() else None
    index = player.session.index
    step_id = player.session.step.id
    assert index >= 1
    w.close()  # the app is closed in the middle of the lesson (closing also backs up and closes the db)
    assert w.ctx.db is None

    w2 = open_window(qtbot, paths)
    w2.show()
    assert w2.current_name() == "signin" and w2.learner is None  # nobody signed in automatically
    click(qtbot, w2.signin.tiles()[0])
    home = w2.screen("home")
    assert "Continue where I left off" in home.continue_button.text()
    click(qtbot, home.continue_button)
    player2 = w2.screen("player")
    assert player2.session.step.id == step_id
    assert f"Step {index + 1} of" in player2.position.plain_text()
    w2.ctx.db.close()
    w2.ctx.db = None


def test_help_me_records_a_request_and_reassures(app_window, qtbot, paths):
    w = app_window
    learner, player = open_first_lesson(w, qtbot)
    click(qtbot, player.help)
    assert player.notice.isVisible() and "tutor has been told" in player.notice.plain_text()
    w.ctx.progress.writer.flush()  # saved off the UI thread
    with sqlite3.connect(paths.database) as conn:
        rows = conn.execute("select learner_id, lesson_id, step_id from help_request").fetchall()
    assert rows == [(learner.id, player.session.lesson.id, player.session.step.id)]


def test_repeat_and_slower_read_the_step_again(app_window, qtbot):
    w = app_window
    _, player = open_first_lesson(w, qtbot)
    speaker = w.ctx.speaker
    before = len(speaker.spoken)
    click(qtbot, player.repeat)
    click(qtbot, player.slower)
    assert len(speaker.spoken) == before + 2
    assert speaker.spoken[-2].text == speaker.spoken[-1].text
    assert speaker.spoken[-1].rate == "slow" and speaker.spoken[-2].rate == "normal"


def test_the_text_being_read_is_marked(app_window, qtbot):
    w = app_window
    _, player = open_first_lesson(w, qtbot)
    speaker = w.ctx.speaker
    widgets = player.view.spoken_widgets()
    assert len(widgets) >= 2
    assert widgets[0].property("reading") is True  # the first sentence is being read
    while player._marked is widgets[0]:
        speaker.advance()
    assert widgets[0].property("reading") is False and player._marked in widgets[1:]
    speaker.finish()
    assert not any(x.property("reading") for x in widgets)


def test_missing_voice_is_said_plainly_once(qtbot, paths):
    from trainer.services.speech.speaker import RecordingSpeaker

    w = open_window(qtbot, paths, speaker=RecordingSpeaker(missing=("en",)))
    w.show()
    _, player = open_first_lesson(w, qtbot)
    assert player.notice.isVisible()
    assert "cannot read English aloud" in player.notice.plain_text()
    # one short line for the learner: no command for the tutor, and not in the colour of success
    assert "espeak" not in player.notice.plain_text() and "\n" not in player.notice.plain_text()
    assert player.notice.property("role") == ""
    assert player.view.spoken_texts()[0]  # the text is still on the screen
    w.ctx.on_close()


def test_placement_check_suggests_a_tier_and_leaves_the_choice_free(app_window, qtbot):
    w = app_window
    make_learner(w, "Zhao Min")
    click(qtbot, w.signin.tiles()[0])
    home = w.screen("home")
    assert home.placement.isVisible()
    click(qtbot, home.placement)
    player = w.screen("player")
    assert player.session.lesson.id == "placement-check"
    while w.current_name() == "player":
        view = player.view
        if view.step.kind == "quiz":
            answer_quiz(qtbot, view, right=view.step.id.startswith("basic"))
            if not view.is_complete():
                answer_quiz(qtbot, view, right=True)
        click(qtbot, player.next)
    result = w.screen("result")
    assert result.suggested_tier == "intermediate"
    assert "Intermediate" in result.detail.plain_text() and "only a suggestion" in result.advice.plain_text()
    click(qtbot, result.lessons_button)
    assert w.current_name() == "lessons" and w.screen("lessons").tier == "intermediate"
    # the check is not a lesson: it is not counted in any tier
    assert all(
        e.lesson.id != "placement-check" for t in ("basic",) for e in w.ctx.progress.entries(w.learner.id, t)
    )


def test_finishing_a_level_is_congratulated_on_the_home_page(app_window, qtbot):
    from tests.ui.test_tutor import master

    w = app_window
    learner = make_learner(w, "Sun Li")
    w.sign_in(learner.id)
    home = w.screen("home")
    assert not home.congrats.isVisible()
    master(w, w.learner, "mouse-basics")  # the only basic lesson of the test pack
    w.open_home()
    assert home.congrats.isVisible()
    assert "Basic" in home.congrats.plain_text() and "certificate" in home.congrats.plain_text()


def test_no_sound_is_one_short_line_in_the_learners_language(qtbot, paths):
    """A PC that cannot play sound (no player, or no sound card): the Chinese learner reads one short
    Chinese line, not the tutor's English fix (issue 14, defect 5)."""
    from trainer.services.speech import messages

    w = open_window(qtbot, paths, "zh_CN")
    w.show()
    try:
        make_learner(w, "王芳", language="zh_CN")
        click(qtbot, w.signin.tiles()[0])
        click(qtbot, w.screen("home").continue_button)
        player = w.screen("player")
        w.ctx.speaker.notice.emit(messages.no_player("zh_CN"))
        said = player.notice.plain_text()
        assert player.notice.isVisible() and said.startswith("这台电脑现在放不出声音"), said
        assert not any(c.isascii() and c.isalpha() for c in said) and "\n" not in said
        assert player.notice.property("role") == ""
    finally:
        translations.install("en", paths.i18n)
        w.ctx.on_close()
