"""A quiz's feedback as a learner meets it (issue 14, defects 2, 4 and 13): in view once it appears,
the right answer marked "✓" and the wrong one let go after the second try, with words written for
that moment, and answers that screen readers hear as radio buttons or check boxes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import make_learner
from tests.ui.screen_tour import settle
from trainer.domain.learner import TEXT_SIZES, LearnerSettings
from trainer.domain.lessons import Choice, LessonText, QuizStep
from trainer.services import translations
from trainer.ui.style import apply_settings

LEFT = Qt.MouseButton.LeftButton


def text(en: str, zh: str = "") -> LessonText:
    return LessonText.of({"en": en, "zh_CN": zh or en})


def double_click_question(explanation: LessonText | None = None) -> QuizStep:
    return QuizStep(
        "how-double",
        question="single",
        prompt=text("How do you double-click?", "怎样双击？"),
        choices=(
            Choice(
                "once",
                text("Press the right button once", "按一下右键"),
                text("That opens a menu.", "会弹出菜单。"),
            ),
            Choice(
                "quick",
                text("Press the left button twice, quickly", "快速按两下左键"),
                text("That's right. Keep the mouse still.", "对了！按的时候鼠标别动。"),
                correct=True,
            ),
            Choice(
                "slow",
                text("Press the left button twice, slowly", "慢慢按两下左键"),
                text("Too slow.", "太慢了。"),
            ),
        ),
        explanation=explanation,
    )


@pytest.fixture
def quiz(app_window, paths):
    """open(step, lang, size) -> the player showing ``step`` as the first step of a lesson."""
    w = app_window

    def open_step(step: QuizStep, lang: str = "en", size: int = TEXT_SIZES[0]):
        import dataclasses

        lesson = w.ctx.progress.library.catalogue.lessons[0]
        lesson = dataclasses.replace(lesson, steps=(step, *lesson.steps[1:]))
        learner = make_learner(w, "Wang Fang", language=lang)
        translations.install(lang, paths.i18n)
        w.sign_in(learner.id)
        settings = LearnerSettings(text_size=size)
        w.settings = settings
        apply_settings(QApplication.instance(), settings)
        w._lesson = lesson
        session = w.ctx.progress.session(w.learner, lesson)
        session.restart()
        from trainer.ui.steps import StepContext

        player = w.screen("player")
        player.open(session, StepContext(lesson, lang, settings, "Wang Fang"))
        w.show_screen("player")
        settle()
        return player

    return open_step


def choose_and_check(player, cid: str) -> None:
    view = player.view
    b = view.choice_buttons[cid]
    player.scroll.ensureWidgetVisible(b)
    settle()
    QApplication.processEvents()
    from PySide6.QtTest import QTest

    QTest.mouseClick(b, LEFT, pos=b.rect().center())
    view.check.click()
    settle()


def in_view(player, w) -> bool:
    viewport = player.scroll.viewport()
    rect = QRect(w.mapTo(viewport, QPoint(0, 0)), w.size())
    return viewport.rect().contains(rect)


def test_the_second_wrong_try_marks_the_right_answer_and_lets_the_wrong_one_go(quiz):
    player = quiz(double_click_question())
    view = player.view
    choose_and_check(player, "once")
    once, quick = view.choice_buttons["once"], view.choice_buttons["quick"]
    assert once.isChecked() and once.state() == "wrong" and "Not this one" in once.badge.text()
    assert view.feedback[0].plain_text() == "That opens a menu."
    choose_and_check(player, "slow")
    assert not view.choice_buttons["slow"].isChecked(), "the wrong choice is let go"
    assert view.choice_buttons["slow"].state() == "wrong"
    assert quick.isChecked() and quick.state() == "right" and "Right answer" in quick.badge.text()
    assert "marked" in view.verdict.plain_text()
    why = view.feedback[0].plain_text()
    assert why.startswith("The right answer is “Press the left button twice, quickly”.")
    assert "That's right" not in why and "Keep the mouse still." in why  # no contradiction
    assert quick.accessibleDescription() == "✓ Right answer"


def test_a_question_may_explain_its_right_answer_for_that_moment(quiz):
    player = quiz(
        double_click_question(text("A double-click is two quick presses.", "双击就是快快按两下。")), "zh_CN"
    )
    view = player.view
    choose_and_check(player, "once")
    choose_and_check(player, "slow")
    why = view.feedback[0].plain_text()
    assert why == "正确答案是“快速按两下左键”。双击就是快快按两下。"
    assert "对了" not in why


def test_feedback_is_in_view_after_checking_at_the_largest_text_on_a_small_screen(quiz, app_window):
    app_window.resize(1024, 768)
    player = quiz(double_click_question(), "zh_CN", TEXT_SIZES[-1])
    view = player.view
    for cid in ("once", "slow", "quick"):
        choose_and_check(player, cid)
        shown = [w for w in (view.verdict, *view.feedback) if w.isVisible()]
        assert shown and in_view(player, shown[0]), f"after {cid}: the verdict is out of view"
        assert (
            all(in_view(player, w) for w in shown)
            or not in_view(player, shown[-1])
            and (shown[-1].height() + view.verdict.height() > player.scroll.viewport().height())
        )
        if cid == "slow":
            player.session.go_to(0)
            player.show_step()
            view = player.view
            settle()


def test_screen_readers_hear_radio_buttons_check_boxes_and_headings(quiz):
    player = quiz(double_click_question())
    roles = {QAccessible.queryAccessibleInterface(b).role() for b in player.view.choice_buttons.values()}
    assert roles == {QAccessible.Role.RadioButton}
    many = QuizStep(
        "many",
        question="multiple",
        prompt=text("Which are safe?"),
        choices=(
            Choice("a", text("A"), text("Yes."), correct=True),
            Choice("b", text("B"), text("No.")),
        ),
    )
    player = quiz(many)
    roles = {QAccessible.queryAccessibleInterface(b).role() for b in player.view.choice_buttons.values()}
    assert roles == {QAccessible.Role.CheckBox}
    heading = QAccessible.queryAccessibleInterface(player.view.prompt)
    assert heading.role() == QAccessible.Role.Heading
