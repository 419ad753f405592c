"""Tutor mode: the signed-in tutor ticks, from a learner's page, what they saw the learner do on their
own phone, takes back a tick made by mistake (kept as withdrawn), and sees the ticks as evidence
beside the sign-off."""

from __future__ import annotations

from tests.ui.assessment_helpers import click, close_app, open_app, rows
from tests.ui.test_assessment_accessibility import check_screen
from trainer.ui.operations import wait_until_idle


def _tutor_on_learner_page(qtbot, paths):
    w = open_app(qtbot, paths)
    w.ctx.tutor_access.set_up("阳光社区中心", "杭州", "HZ-01", "周老师", "246810")
    learner = w.ctx.learners.create("王秀英", "tree", "en")
    w.refresh_tiles()
    w.tutor_mode  # noqa: B018 - tutor mode is made when first used
    w.tutor_mode.signed_in_as(w.ctx.tutor_access.tutors()[0])
    w.tutor_mode.learners.open_learner(learner.id)
    wait_until_idle()
    qtbot.waitUntil(lambda: w.screen("tutor-learner").page_data is not None, timeout=10000)
    return w, learner


def test_the_tutor_ticks_takes_back_and_sees_the_evidence_beside_the_sign_off(qtbot, paths):
    w, learner = _tutor_on_learner_page(qtbot, paths)
    page = w.screen("tutor-learner")
    assert not page.evidence.isVisible()
    click(qtbot, page.manage_buttons["observed"])
    wait_until_idle()
    screen = w.screen("tutor-observed")
    assert w.current_name() == "tutor-observed" and screen.learner_id == learner.id
    key = ("safe-pay", "on-my-phone", "scan-no-pay")
    qtbot.waitUntil(lambda: key in screen.ticks, timeout=10000)
    click(qtbot, screen.save)  # nothing ticked yet
    assert "Tick what you saw" in screen.status.plain_text()
    click(qtbot, screen.ticks[key])
    click(qtbot, screen.save)
    wait_until_idle()
    qtbot.waitUntil(lambda: "Saved: 1 ticked" in screen.status.plain_text(), timeout=10000)
    assert rows(paths, "SELECT item_id, tutor_name, withdrawn_at FROM observation") == [
        ("scan-no-pay", "周老师", None)
    ]
    assert key not in screen.ticks and len(screen.take_back) == 1  # shown as seen, with a way to take it back
    assert check_screen(w, "own-phone ticks", w.settings.min_target_px) == []

    click(qtbot, screen.back_button)
    wait_until_idle()
    qtbot.waitUntil(lambda: page.evidence.isVisible(), timeout=10000)
    assert "Seen on their own phone" in page.evidence.plain_text()
    assert "Paying safely: Scan a payment code and stop before paying (周老师" in page.evidence.plain_text()

    click(qtbot, page.manage_buttons["observed"])
    wait_until_idle()
    qtbot.waitUntil(lambda: bool(screen.take_back), timeout=10000)
    click(qtbot, next(iter(screen.take_back.values())))
    wait_until_idle()
    qtbot.waitUntil(lambda: "taken back" in screen.status.plain_text(), timeout=10000)
    assert rows(paths, "SELECT count(*) FROM observation WHERE withdrawn_at IS NOT NULL") == [(1,)]
    assert key in screen.ticks  # may be ticked again
    close_app(w)


def test_a_locked_tutor_mode_shows_nothing_of_it(qtbot, paths):
    w, learner = _tutor_on_learner_page(qtbot, paths)
    w.tutor_mode.lock()
    w.tutor_mode.observations.open(learner.id)
    assert w.current_name() != "tutor-observed"
    close_app(w)
