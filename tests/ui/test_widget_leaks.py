"""A long morning at a community-centre PC: many learners, many lessons, the same window all day. Screens
and steps the app leaves are deleted, so the window does not grow heavier and slower as the day goes on
(each change of text size or theme restyles every widget that is still alive)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import make_learner, set_up_centre
from tests.ui.walk import settle
from trainer.domain.learner import TEXT_SIZES, LearnerSettings
from trainer.ui.style import apply_settings


def _alive() -> int:
    settle()  # (the event loop's work, deleting what was given up included)
    return len(QApplication.allWidgets())


def _a_round(w, learners) -> None:
    """Each learner signs in, opens every lesson of the pack and steps through it, then signs out."""
    app = QApplication.instance()
    for learner in learners:
        w.go_sign_in()
        w.refresh_tiles()
        w.sign_in(learner.id)
        apply_settings(app, LearnerSettings(text_size=TEXT_SIZES[-1]))
        w.open_home()
        w.open_tier("basic")
        for lesson in w.ctx.progress.library.catalogue.lessons:
            w.open_lesson(lesson.id, restart=True)
            player = w.screen("player")
            for index in range(len(lesson.steps)):
                player.session.go_to(index)
                player.show_step()
                settle()
        w.open_settings()
        settle()
    w.go_sign_in()


def _a_tutors_round(w, learners) -> None:
    """A tutor looks at the dashboard, each learner's page, the certificates and the tutors, then locks."""
    from trainer.ui.operations import wait_until_idle

    service = w.ctx.tutor_access
    if not service.is_set_up():
        set_up_centre(w)
    w.tutor_mode.enter()
    w.tutor_mode.signed_in_as(service.tutors()[0])
    for _ in range(2):
        w.tutor_mode.learners.open_dashboard()
        wait_until_idle()
        for learner in learners:
            w.tutor_mode.learners.open_learner(learner.id)
            wait_until_idle()
            settle()
        w.tutor_mode.certificates.open()
        wait_until_idle()
        w.tutor_mode.tutors.open()
        wait_until_idle()
        settle()
    w.tutor_mode.lock()
    w.go_sign_in()


def test_a_day_of_lessons_does_not_pile_up_widgets(app_window):
    w = app_window
    learners = [make_learner(w, name) for name in ("Wang Fang", "Li Guoqiang")]
    _a_round(w, learners)  # every screen made once
    _a_tutors_round(w, learners)
    first = _alive()
    for _ in range(2):
        _a_round(w, learners)
        _a_tutors_round(w, learners)
    later = _alive()
    assert later <= first + 5, f"{later - first} more widgets alive after two more rounds ({first} after one)"
