"""A lesson gone through to the end but not mastered: the lesson list says what is true (finished, not
mastered yet, and what helps) instead of "Started"; home does not offer it again as the next lesson
right after the learner finished it (only once nothing else is left, as one to practise again)."""

from __future__ import annotations

from tests.ui.conftest import make_learner


def _finish_without_mastery(w, lesson) -> None:
    session = w.ctx.progress.session(w.learner, lesson)
    session.start()
    result = session.finish()  # no answers given: not mastered
    assert not result.passed
    w.ctx.progress.writer.flush()


def test_a_finished_lesson_is_neither_started_nor_next(app_window):
    w = app_window
    learner = make_learner(w, "Wang Fang")
    w.sign_in(learner.id)
    lessons = w.ctx.progress.library.catalogue.lessons
    first, _ = w.ctx.progress.continue_with(learner.id, "en")
    _finish_without_mastery(w, first)
    nxt, why = w.ctx.progress.continue_with(learner.id, "en")
    assert nxt is not None and nxt.id != first.id and why == "next"
    w.open_home()
    assert first.title.get("en") not in w.screen("home").continue_button.text()
    w.open_tier(first.tier)
    card = next(c for c in w.screen("lessons")._cards if c.entry.lesson.id == first.id)
    assert "not mastered yet" in card.info.plain_text() and "Started" not in card.info.plain_text()
    assert card.button.text().startswith("Practise again")
    # every lesson finished, none mastered: home offers one to practise again, and says so
    for lesson in lessons:
        if lesson.id != first.id:
            _finish_without_mastery(w, lesson)
    again, why = w.ctx.progress.continue_with(learner.id, "en")
    assert again is not None and why == "again"
    w.open_home()
    assert "Practise again" in w.screen("home").continue_button.text()


def test_the_tutor_sees_finished_not_started(app_window, qtbot):
    """The learner's page in tutor mode says the same as the learner's list: finished, not mastered yet
    (a lesson left in the middle stays "Started")."""
    from tests.ui.test_tutor import set_up_centre

    w = app_window
    set_up_centre(w)
    learner = make_learner(w, "Wang Fang")
    w.sign_in(learner.id)
    lessons = w.ctx.progress.library.catalogue.lessons
    _finish_without_mastery(w, lessons[0])
    middle = w.ctx.progress.session(w.learner, lessons[1])
    middle.start()
    middle.go_to(1)
    w.ctx.progress.writer.flush()
    w.go_sign_in()
    w.tutor_mode.signed_in_as(w.ctx.tutor_access.tutors()[0])
    w.tutor_mode.learners.open_learner(learner.id)
    page = w.screen("tutor-learner")
    first, second = lessons[0].title.get("en"), lessons[1].title.get("en")

    def status() -> dict[str, str]:
        table = page.lessons
        return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}

    qtbot.waitUntil(lambda: first in status() and second in status(), timeout=5000)
    status = status()
    assert status[lessons[0].title.get("en")] == "Finished, not mastered yet"
    assert status[lessons[1].title.get("en")] == "Started"
