"""Keyboard drills driven with real key presses: keys, typing with gentle feedback, pinyin input."""

from __future__ import annotations

from practice_helpers import click
from PySide6.QtCore import Qt

K = Qt.Key


def test_keys_are_asked_one_by_one_and_a_wrong_key_says_where_the_right_one_is(show, qtbot):
    s = show("practice-keyboard", "keys")
    v = s.view
    assert v.keyboard.hasFocus() and v.keyboard.marked == "enter"  # the easy level marks the key
    assert "Enter" in v.ask.plain_text()
    qtbot.keyClick(v.keyboard, K.Key_Space)
    assert s.attempts[-1].correct is False and s.attempts[-1].answer == {
        "drill": "keys", "round": 1, "key": "space", "wanted": "enter"
    }  # fmt: skip
    assert v.feedback.plain_text() == (
        "That was the space bar. Enter is the big key at the right end of the letters."
    )
    qtbot.keyClick(v.keyboard, K.Key_A)
    assert "That was the key “A”." in v.feedback.plain_text()
    for key in (K.Key_Return, K.Key_Space, K.Key_Backspace, K.Key_Shift, K.Key_Up, K.Key_Down, K.Key_Left):
        qtbot.keyClick(v.keyboard, key)
    assert not s.completed
    qtbot.keyClick(v.keyboard, K.Key_Right)
    assert s.completed and s.attempts[-1].data == {
        "accuracy": 0.8, "tries": 10, "misses": 2, "done": 8, "rounds": 8
    }  # fmt: skip


def test_tab_is_not_trapped_by_the_keys_drill(show, qtbot):
    s = show("practice-keyboard", "keys")
    qtbot.keyClick(s.view.keyboard, K.Key_Tab)
    assert not s.view.keyboard.hasFocus() and not s.attempts
    assert s.view.focus_note.isVisible()


def test_typing_gives_gentle_feedback_and_has_no_time_limit(show, qtbot):
    s = show("practice-keyboard", "typing")
    v = s.view
    assert v.target() == "hello"
    qtbot.keyClicks(v.edit, "helo")
    qtbot.keyClick(v.edit, K.Key_Return)
    assert s.attempts[-1].correct is False and s.attempts[-1].answer["code"] == "typo"
    assert v.feedback.plain_text().startswith(
        "Nearly. Look at the underlined place, number 4: it should be “l”."
    )
    assert "<u><b>l</b></u>" in v.line.text()
    v.edit.clear()
    qtbot.keyClicks(v.edit, "hello")
    click(qtbot, v.check_button)
    assert s.attempts[-1].correct and v.target() == "13800138000" and v.edit.text() == ""
    qtbot.keyClicks(v.edit, "1380013")
    qtbot.keyClick(v.edit, K.Key_Return)
    assert s.attempts[-1].answer["code"] == "short"
    assert v.feedback.plain_text() == "Right so far. It goes on with: 8000"
    qtbot.keyClicks(v.edit, "8000")
    qtbot.keyClick(v.edit, K.Key_Return)
    qtbot.wait(300)  # waiting changes nothing: there is no time limit
    qtbot.keyClicks(v.edit, "see you at ten!")
    qtbot.keyClick(v.edit, K.Key_Return)
    assert s.attempts[-1].answer["code"] == "case"
    assert "capital" in v.feedback.plain_text()
    v.edit.clear()
    qtbot.keyClicks(v.edit, "See you at ten!")
    qtbot.keyClick(v.edit, K.Key_Return)
    assert s.completed
    last = s.attempts[-1]
    assert last.data["tries"] == 6 and last.data["misses"] == 3 and last.data["typing_accuracy"] == 1.0


def test_after_three_tries_a_line_is_let_go_with_its_accuracy(show, qtbot):
    s = show("practice-keyboard", "typing")
    v = s.view
    for _ in range(3):
        v.edit.clear()
        qtbot.keyClicks(v.edit, "hallo")
        qtbot.keyClick(v.edit, K.Key_Return)
    assert v.target() == "13800138000"
    assert s.attempts[-1].data["typing_accuracy"] == 0.8 and s.attempts[-1].score == 0.8


def test_pinyin_input_with_space_pages_and_number_keys(show, qtbot):
    s = show("practice-keyboard", "pinyin")
    v = s.view
    doc = v.doc
    assert doc.hasFocus()
    qtbot.keyClicks(doc, "ni")
    assert [b.text() for b in v.buttons if b.isVisible()] == ["1 你", "2 呢", "3 尼", "4 泥", "5 拟"]
    assert all(b.height() >= 80 and b.width() >= 80 for b in v.buttons if b.isVisible())
    qtbot.keyClick(doc, K.Key_Space)
    assert v.written == "你" and s.attempts[-1].correct
    # the praise names the next word: on a short window the word to write is above, out of view
    assert v.feedback.plain_text().endswith(v.ask.plain_text()) and "(pinyin: nihao)" in v.ask.plain_text()
    qtbot.keyClicks(doc, "nihao")
    qtbot.keyClick(doc, K.Key_1)
    assert v.written == "你你好"
    # yi: 医 is on the second page; picking 一 on the first page writes it, and Backspace fixes it
    qtbot.keyClicks(doc, "yi")
    qtbot.keyClick(doc, K.Key_Space)
    assert v.written == "你你好一" and s.attempts[-1].correct is False
    assert "医 is on another page: press = or ▶ to turn the page." in v.feedback.plain_text()
    qtbot.keyClicks(doc, "yi")
    assert v.round.typed == ""  # letters wait until the wrong character is deleted
    qtbot.keyClick(doc, K.Key_Backspace)
    assert v.written == "你你好"
    qtbot.keyClicks(doc, "yi")
    qtbot.keyClick(doc, K.Key_Equal)
    assert v.round.pager.page == 1 and v.buttons[0].text() == "1 医"
    click(qtbot, v.buttons[0])
    assert v.written == "你你好医"
    # a wrong letter is refused with the right one named
    qtbot.keyClicks(doc, "yix")
    assert s.attempts[-1].correct is False and "“s”" in v.feedback.plain_text()
    qtbot.keyClicks(doc, "sheng")
    qtbot.keyClick(doc, K.Key_2)
    assert v.written == "你你好医医生" and s.completed
    assert s.attempts[-1].data["tries"] == 6 and s.attempts[-1].data["misses"] == 2


def test_shift_switches_to_english_and_letters_then_go_straight_in(show, qtbot):
    s = show("practice-keyboard", "pinyin")
    v = s.view
    qtbot.keyClick(v.doc, K.Key_Shift)
    assert v.mode.text() == "英"
    qtbot.keyClicks(v.doc, "n")
    assert v.written == "n" and "(英)" in v.feedback.plain_text()
    qtbot.keyClick(v.doc, K.Key_Backspace)
    qtbot.keyClick(v.doc, K.Key_Shift)
    qtbot.keyClicks(v.doc, "ni")
    assert v.mode.text() == "中" and v.buttons[0].isVisible()


def test_what_is_read_aloud_is_marked_on_screen_one_for_one(show, qtbot):
    s = show("practice-keyboard", "keys")
    qtbot.keyClick(s.view.keyboard, K.Key_Space)
    texts, widgets = s.view.spoken_texts(), s.view.spoken_widgets()
    assert texts[1] == "Press: Enter" and len(texts) == len(widgets) == 3
    assert [w.plain_text() for w in widgets] == texts
