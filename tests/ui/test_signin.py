"""Sign-in on a shared PC: tiles, 'I am new' in three steps, PINs, sign out. Real widgets, real database."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from tests.ui.conftest import make_learner


def test_first_start_shows_empty_sign_in_and_nobody_is_signed_in(app_window):
    w = app_window
    assert w.current_name() == "signin"
    assert w.learner is None
    assert w.signin.empty.isVisible()
    assert "Nobody has signed up" in w.signin.empty.plain_text()


def test_new_learner_in_three_steps_with_the_keyboard(app_window, qtbot, paths):
    w = app_window
    qtbot.mouseClick(w.signin.new_tile, Qt.MouseButton.LeftButton)
    new = w.screen("new")
    assert w.current_name() == "new" and new.step() == 0
    assert "Step 1 of 3" in new.progress.plain_text()
    qtbot.keyClicks(new.name_edit, "  Li   Ming ")
    qtbot.keyClick(new.name_edit, Qt.Key.Key_Return)
    assert new.step() == 1
    qtbot.mouseClick(new.avatar_tiles["teapot"], Qt.MouseButton.LeftButton)
    assert new.chosen_avatar() == "teapot"
    qtbot.mouseClick(new.next, Qt.MouseButton.LeftButton)
    assert new.step() == 2 and new.next.text() == "Finish"
    qtbot.mouseClick(new.language_buttons["zh_CN"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(new.next, Qt.MouseButton.LeftButton)
    # signed in, at home, in the chosen language, with the name cleaned
    assert w.current_name() == "home"
    assert w.learner.name == "Li Ming" and w.learner.avatar == "teapot" and w.learner.language == "zh_CN"
    assert w.screen("home").greeting.plain_text() == "Li Ming，您好"
    with sqlite3.connect(paths.database) as conn:
        rows = conn.execute("select name, avatar, language from learner").fetchall()
    assert rows == [("Li Ming", "teapot", "zh_CN")]


def test_empty_name_is_explained_and_nothing_is_created(app_window, qtbot):
    w = app_window
    qtbot.mouseClick(w.signin.new_tile, Qt.MouseButton.LeftButton)
    new = w.screen("new")
    qtbot.keyClicks(new.name_edit, "   ")
    qtbot.mouseClick(new.next, Qt.MouseButton.LeftButton)
    assert new.step() == 0
    assert new.name_error.isVisible() and "type your name" in new.name_error.plain_text()
    qtbot.mouseClick(new.back, Qt.MouseButton.LeftButton)
    assert w.current_name() == "signin"
    assert w.ctx.learners.tiles() == []


def test_tile_signs_in_and_sign_out_returns_to_tiles(app_window, qtbot):
    w = app_window
    learner = make_learner(w, "Zhang Wei")
    tiles = w.signin.tiles()
    assert [t.text() for t in tiles] == ["Zhang Wei"]
    qtbot.mouseClick(tiles[0], Qt.MouseButton.LeftButton)
    assert w.current_name() == "home" and w.learner.id == learner.id
    qtbot.mouseClick(w.screen("home").sign_out, Qt.MouseButton.LeftButton)
    assert w.current_name() == "signin" and w.learner is None


def test_pin_protected_tile_asks_for_the_pin(app_window, qtbot, paths):
    w = app_window
    make_learner(w, "Chen Jing", pin="2468")
    qtbot.mouseClick(w.signin.tiles()[0], Qt.MouseButton.LeftButton)
    pin = w.screen("pin")
    assert w.current_name() == "pin"
    assert "Chen Jing" in pin.prompt.plain_text()
    for d in "1111":
        qtbot.mouseClick(pin.keys[d], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pin.keys["ok"], Qt.MouseButton.LeftButton)
    assert w.current_name() == "pin" and pin.message.isVisible()
    assert "not right" in pin.message.plain_text()
    for d in "2468":  # the keyboard's number keys work too
        qtbot.keyClick(pin, d)
    qtbot.keyClick(pin, Qt.Key.Key_Return)
    assert w.current_name() == "home"
    # the PIN is stored only as a slow salted hash
    raw = paths.database.read_bytes()
    with sqlite3.connect(paths.database) as conn:
        stored = conn.execute("select pin_hash from learner").fetchone()[0]
    assert b"2468" not in raw and "2468" not in stored and stored.startswith("scrypt$")


def test_learner_sets_and_removes_a_pin_in_settings(app_window, qtbot):
    w = app_window
    make_learner(w)
    qtbot.mouseClick(w.signin.tiles()[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.screen("home").settings, Qt.MouseButton.LeftButton)
    settings = w.screen("settings")
    qtbot.mouseClick(settings.pin_button, Qt.MouseButton.LeftButton)
    pin = w.screen("pin")
    for d in "1357":
        qtbot.keyClick(pin, d)
    qtbot.keyClick(pin, Qt.Key.Key_Return)
    for d in "1350":  # a different PIN the second time
        qtbot.keyClick(pin, d)
    qtbot.keyClick(pin, Qt.Key.Key_Return)
    assert "not the same" in pin.message.plain_text()
    for pin_try in ("1357", "1357"):
        for d in pin_try:
            qtbot.keyClick(pin, d)
        qtbot.keyClick(pin, Qt.Key.Key_Return)
    assert w.current_name() == "settings"
    assert w.ctx.learners.has_pin(w.learner.id)
    assert "Remove my PIN" in settings.pin_button.text()
    qtbot.mouseClick(settings.pin_button, Qt.MouseButton.LeftButton)
    assert not w.ctx.learners.has_pin(w.learner.id)


def test_language_button_switches_without_restart(app_window, qtbot):
    w = app_window
    assert w.signin.question.plain_text() == "Who is learning today?"
    assert w.signin.language.text() == "中文"
    qtbot.mouseClick(w.signin.language, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.signin.question.plain_text() == "今天谁来学习？", timeout=2000)
    assert w.signin.language.text() == "English"
    assert w.windowTitle() == "数字桥"
    qtbot.mouseClick(w.signin.language, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.signin.question.plain_text() == "Who is learning today?", timeout=2000)
