"""The "try it on your own phone" step: the tutor ticks what they saw and saves with their PIN, checked
against the shared tutor lockout; without the PIN nothing is saved (a learner cannot tick it), the
ticks are kept as evidence with the tutor's name, and the step never blocks mastery."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.assessment_helpers import click, close_app, go_to, open_app, rows, sign_in_and_continue
from trainer.services.tutors import TutorService
from trainer.storage.db import Database

PIN = "246810"


def _centre_with_tutors(paths) -> dict[str, str]:
    db = Database.open(paths)
    try:
        service = TutorService(db)
        _, zhou = service.set_up("阳光社区中心", "杭州", "HZ-01", "周老师", PIN)
        ann = service.add_tutor("Ann", "135791")
        return {"zhou": zhou.id, "ann": ann.id}
    finally:
        db.close()


def _wait_for_status(qtbot, view) -> str:
    qtbot.waitUntil(lambda: view.confirm_button.isEnabled(), timeout=10000)
    return view.status.plain_text()


def test_the_tutor_ticks_what_they_saw_with_their_pin(qtbot, paths):
    tutors = _centre_with_tutors(paths)
    w = open_app(qtbot, paths)
    player = sign_in_and_continue(qtbot, w)
    go_to(qtbot, player, "on-my-phone")
    view = player.view
    said = " ".join(view.spoken_texts())
    assert "Try it on your own phone" in said and "• Find the anti-fraud app" in said
    assert set(view.tutor_buttons) == set(tutors.values()) and view.who.isVisible()

    # the learner alone: a choice without the PIN saves nothing
    click(qtbot, view.ticks["scan-no-pay"])
    click(qtbot, view.confirm_button)
    assert "Please choose who is watching" in view.status.plain_text()
    click(qtbot, view.tutor_buttons[tutors["zhou"]])
    click(qtbot, view.confirm_button)
    assert "Please type your tutor PIN" in view.status.plain_text()
    assert rows(paths, "SELECT count(*) FROM observation") == [(0,)]

    # a wrong PIN counts against the tutor lockout, and saves nothing
    qtbot.keyClicks(view.pin, "999999")
    click(qtbot, view.confirm_button)
    assert "That PIN is not right, so nothing was saved. 4 more tries" in _wait_for_status(qtbot, view)
    assert rows(paths, "SELECT failed_count FROM sign_in_guard WHERE scope = 'tutor'") == [(1,)]
    assert rows(paths, "SELECT count(*) FROM observation") == [(0,)]

    # the tutor's own PIN: saved with the tutor's name, shown ticked
    qtbot.keyClicks(view.pin, PIN)
    qtbot.keyClick(view.pin, Qt.Key.Key_Return)  # Enter in the PIN box saves too
    assert _wait_for_status(qtbot, view) == "Saved. 周老师 saw: Scan a payment code and stop before paying"
    assert view.item_texts["scan-no-pay"].plain_text() == (
        "✓ Scan a payment code and stop before paying (seen by 周老师)"
    )
    assert list(view.ticks) == ["anti-fraud-app"]  # what is left to see
    saved = rows(
        paths, "SELECT lesson_id, lesson_version, step_id, item_id, tutor_name, withdrawn_at FROM observation"
    )
    assert saved == [("safe-pay", 2, "on-my-phone", "scan-no-pay", "周老师", None)]
    assert rows(paths, "SELECT failed_count FROM sign_in_guard WHERE scope = 'tutor'") == [(0,)]
    close_app(w)


def test_too_many_wrong_pins_pause_tutor_pins_here_too(qtbot, paths):
    tutors = _centre_with_tutors(paths)
    w = open_app(qtbot, paths)
    player = sign_in_and_continue(qtbot, w)
    go_to(qtbot, player, "on-my-phone")
    view = player.view
    click(qtbot, view.tutor_buttons[tutors["ann"]])
    click(qtbot, view.ticks["anti-fraud-app"])
    for _ in range(5):
        qtbot.keyClicks(view.pin, "999999")
        click(qtbot, view.confirm_button)
        _wait_for_status(qtbot, view)
    assert "paused for a while" in view.status.plain_text()
    qtbot.keyClicks(view.pin, "135791")  # even the right PIN waits out the pause
    click(qtbot, view.confirm_button)
    assert "paused for a while" in _wait_for_status(qtbot, view)
    assert rows(paths, "SELECT count(*) FROM observation") == [(0,)]
    close_app(w)


def test_without_tutors_the_step_says_to_show_it_at_the_centre_and_never_blocks(qtbot, paths):
    w = open_app(qtbot, paths)
    player = sign_in_and_continue(qtbot, w)
    go_to(qtbot, player, "on-my-phone")
    view = player.view
    assert "show this step to your tutor" in view.panel_help.plain_text()
    assert not view.pin.isVisible() and not view.confirm_button.isVisible()
    assert view.is_complete()
    close_app(w)
