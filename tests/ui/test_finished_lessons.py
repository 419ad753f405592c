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
