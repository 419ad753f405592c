"""The Tutors screen through the real window: adding a tutor (confirmed with one's own PIN), renaming,
retiring and bringing back, changing one's own PIN; the PIN rules and the lockout of signing in."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_tutor import click, set_up_centre, sign_in_tutor
from trainer.domain.tutoring import SignedIn, WrongPin
from trainer.ui import operations

MY_PIN = "246813"


def open_tutors(w, qtbot):
    set_up_centre(w, MY_PIN)
    sign_in_tutor(w, qtbot, MY_PIN)
    click(qtbot, w.screen("tutor-dashboard").actions["tutors"])
    screen = w.screen("tutor-tutors")
    assert w.current_name() == "tutor-tutors"
    qtbot.waitUntil(lambda: len(screen.rows) == 1, timeout=5000)
    return screen


def fill(qtbot, edit, text):
    edit.clear()
    qtbot.keyClicks(edit, text)


def names(screen):
    return [row.name.plain_text() for row in screen.rows]


def test_a_tutor_adds_another_who_can_then_sign_in(app_window, qtbot):
    w = app_window
    screen = open_tutors(w, qtbot)
    assert names(screen) == ["Teacher Li (you)"] and not screen.retired_title.isVisible()
    fill(qtbot, screen.add_name, "Teacher Wang")
    fill(qtbot, screen.add_pin, "123456")  # too easy: refused by the rule of tutor PINs
    fill(qtbot, screen.add_pin_again, "123456")
    fill(qtbot, screen.add_my_pin, MY_PIN)
    click(qtbot, screen.add_button)
    qtbot.waitUntil(lambda: screen.add_error.isVisible(), timeout=5000)
    assert "too easy" in screen.add_error.plain_text()
    fill(qtbot, screen.add_pin, "583920")
    fill(qtbot, screen.add_pin_again, "583921")
    click(qtbot, screen.add_button)
    assert "not the same" in screen.add_error.plain_text()  # checked on the screen, nothing sent
    fill(qtbot, screen.add_pin_again, "583920")
    fill(qtbot, screen.add_my_pin, "999999")  # not my PIN: nothing added, and it counts
    click(qtbot, screen.add_button)
    qtbot.waitUntil(lambda: "not your PIN" in screen.add_error.plain_text(), timeout=5000)
    assert w.ctx.tutor_access.sign_in(w.tutor_mode.signed_in.id, "999999") == WrongPin(3)
    fill(qtbot, screen.add_my_pin, MY_PIN)
    click(qtbot, screen.add_button)
    qtbot.waitUntil(lambda: screen.add_done.isVisible(), timeout=5000)
    assert "Teacher Wang can now sign in" in screen.add_done.plain_text()
    assert screen.add_name.text() == "" and screen.add_pin.text() == ""  # no PIN left in a field
    qtbot.waitUntil(lambda: names(screen) == ["Teacher Li (you)", "Teacher Wang"], timeout=5000)
    # the same name twice cannot be told apart on the sign-in screen
    fill(qtbot, screen.add_name, "teacher wang")
    for edit, pin in (
        (screen.add_pin, "583920"),
        (screen.add_pin_again, "583920"),
        (screen.add_my_pin, MY_PIN),
    ):
        fill(qtbot, edit, pin)
    click(qtbot, screen.add_button)
    qtbot.waitUntil(lambda: "already a tutor with that name" in screen.add_error.plain_text(), timeout=5000)
    # the new tutor signs in with their own PIN
    w.tutor_mode.lock()
    click(qtbot, w.signin.for_tutors)
    choose = w.screen("tutor-choose")
    assert [t.text() for t in choose.tiles] == ["Teacher Li", "Teacher Wang"]
    wang = next(t for t in w.ctx.tutor_access.tutors() if t.name == "Teacher Wang")
    assert isinstance(w.ctx.tutor_access.sign_in(wang.id, "583920"), SignedIn)


def test_renaming_retiring_and_bringing_back(app_window, qtbot):
    w = app_window
    w.ctx.tutor_access.set_up("Centre", "Town", "", "Teacher Li", MY_PIN)
    zhou = w.ctx.tutor_access.add_tutor("Teacher Zhou", "583920")
    sign_in_tutor(w, qtbot, MY_PIN)
    w.tutor_mode.tutors.open()
    screen = w.screen("tutor-tutors")
    qtbot.waitUntil(lambda: len(screen.rows) == 2, timeout=5000)
    me, other = screen.rows
    assert len(me.buttons) == 1  # one cannot retire oneself (nor leave the centre without a tutor)
    # my own name: what certificates will print from now on
    click(qtbot, me.buttons[0])
    assert screen.act_card.isVisible() and screen.new_name.hasFocus()
    screen.new_name.selectAll()
    qtbot.keyClicks(screen.new_name, "Li Hua")
    qtbot.keyClick(screen.new_name, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: "Li Hua (you)" in names(screen), timeout=5000)
    assert w.tutor_mode.signed_in.name == "Li Hua"
    # retire Teacher Zhou: asked first, then they can no longer sign in
    other = next(r for r in screen.rows if r.tutor.id == zhou.id)
    click(qtbot, other.buttons[1])
    assert "Retire Teacher Zhou" in screen.act_ok.text() and screen.act_ok.hasFocus()
    click(qtbot, screen.act_ok)
    qtbot.waitUntil(lambda: screen.retired_title.isVisible(), timeout=5000)
    assert [t.name for t in w.ctx.tutor_access.tutors()] == ["Li Hua"]
    assert isinstance(w.ctx.tutor_access.sign_in(zhou.id, "583920"), WrongPin)
    # brought back
    back = next(r for r in screen.rows if r.tutor.id == zhou.id)
    click(qtbot, back.buttons[0])
    qtbot.waitUntil(lambda: not screen.retired_title.isVisible(), timeout=5000)
    assert isinstance(w.ctx.tutor_access.sign_in(zhou.id, "583920"), SignedIn)


def test_changing_ones_own_pin(app_window, qtbot):
    w = app_window
    screen = open_tutors(w, qtbot)
    fill(qtbot, screen.old_pin, "111222")
    fill(qtbot, screen.new_pin, "583920")
    fill(qtbot, screen.new_pin_again, "583920")
    click(qtbot, screen.pin_button)
    qtbot.waitUntil(lambda: screen.pin_error.isVisible(), timeout=5000)
    assert (
        "not your current PIN" in screen.pin_error.plain_text()
        and "4 more tries" in screen.pin_error.plain_text()
    )
    fill(qtbot, screen.old_pin, MY_PIN)
    fill(qtbot, screen.new_pin, "777777")
    fill(qtbot, screen.new_pin_again, "777777")
    click(qtbot, screen.pin_button)
    qtbot.waitUntil(lambda: "too easy" in screen.pin_error.plain_text(), timeout=5000)
    fill(qtbot, screen.old_pin, MY_PIN)
    fill(qtbot, screen.new_pin, "583920")
    fill(qtbot, screen.new_pin_again, "583920")
    click(qtbot, screen.pin_button)
    qtbot.waitUntil(lambda: screen.pin_done.isVisible(), timeout=5000)
    assert operations.wait_until_idle(5000)
    me = w.tutor_mode.signed_in.id
    assert isinstance(w.ctx.tutor_access.sign_in(me, "583920"), SignedIn)
    assert isinstance(w.ctx.tutor_access.sign_in(me, MY_PIN), WrongPin)
