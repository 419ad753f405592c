"""Mouse drills driven with real mouse events: hits, misses, and the explanations for misses."""

from __future__ import annotations

import pytest
from practice_helpers import click
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton


def test_click_targets_shrink_on_hits_and_grow_after_a_miss(show, qtbot):
    s = show("practice-mouse", "click")
    v = s.view
    first = v.target.width()
    assert first >= 80  # the easy level
    click(qtbot, v.target)
    second = v.target.width()
    assert second < first
    # a miss well away from the target
    corner = QPoint(5, 5) if v.target.x() > 200 else QPoint(v.panel.width() - 5, v.panel.height() - 5)
    click(qtbot, v.panel, corner)
    assert v.target.width() > second
    assert "Move the pointer onto the round target" in v.feedback.plain_text()
    assert s.spoken[-1] == [v.feedback.plain_text()]
    # the right button is explained, not just counted
    click(qtbot, v.target, button=RIGHT)
    assert "right button" in v.feedback.plain_text()
    while not s.completed:
        click(qtbot, v.target)
    assert min(a.data["rounds"] for a in s.attempts) == 8
    last = s.attempts[-1]
    assert last.data["tries"] == 10 and last.data["misses"] == 2
    assert last.score == pytest.approx(0.8) and last.data["accuracy"] == pytest.approx(0.8)
    assert [a.correct for a in s.attempts].count(False) == 2
    assert v.is_complete() and v.again.isVisible()


def test_click_targets_never_get_smaller_than_80_px_at_the_easy_level(show, qtbot):
    s = show("practice-mouse", "click")
    while not s.completed:
        assert s.view.target.width() >= 80
        click(qtbot, s.view.target)


def test_double_click_at_the_learners_speed_opens_the_folder(show, qtbot):
    s = show("practice-mouse", "double-click", double_click_ms=800)
    v = s.view
    click(qtbot, v.folder)  # two quick presses (the second reaches the app as a double-click event
    qtbot.mouseDClick(v.folder, LEFT, pos=v.folder.rect().center())  # when it is within the interval)
    assert v.window.isVisible() and s.attempts[-1].correct is True
    assert "0.8 seconds" in v.speed.plain_text()  # as in Settings, not "800 milliseconds"


def test_a_slow_double_click_is_explained(show, qtbot):
    s = show("practice-mouse", "double-click", double_click_ms=400)
    v = s.view
    click(qtbot, v.folder)
    qtbot.wait(600)  # slower than the learner's 400 ms
    click(qtbot, v.folder)
    assert not v.window.isVisible()
    assert s.attempts[-1].correct is False and s.attempts[-1].answer["verdict"] == "slow"
    assert v.feedback.plain_text().startswith("A little faster")
    assert s.spoken[-1] == [v.feedback.plain_text()]
    click(qtbot, v.folder)  # then a right double-click: the hint about the last try is gone
    qtbot.mouseDClick(v.folder, LEFT, pos=v.folder.rect().center())
    assert s.attempts[-1].correct is True
    assert "faster" not in v.feedback.plain_text()


def test_moving_between_the_presses_is_explained_and_small_movement_is_tolerated(show, qtbot):
    s = show("practice-mouse", "double-click", double_click_ms=1200)
    v = s.view
    c = v.folder.rect().center()
    click(qtbot, v.folder, c)
    click(qtbot, v.folder, c + QPoint(6, 6))  # about 8 px: still counts as still at the easy level
    assert v.window.isVisible()
    click(qtbot, v.close_button)
    click(qtbot, v.folder, QPoint(c.x() - 40, c.y()))
    click(qtbot, v.folder, QPoint(c.x() + 40, c.y()))
    assert s.attempts[-1].answer["verdict"] == "moved"
    assert v.feedback.plain_text().startswith("Keep the mouse still")


def test_a_single_click_is_told_to_press_twice(show, qtbot):
    s = show("practice-mouse", "double-click", double_click_ms=400)
    click(qtbot, s.view.folder)
    qtbot.waitUntil(lambda: bool(s.attempts), timeout=3000)
    assert s.attempts[-1].answer["verdict"] == "once"
    assert "one click" in s.view.feedback.plain_text()


def test_right_click_opens_the_menu_and_a_wrong_choice_is_explained(show, qtbot):
    s = show("practice-mouse", "right-click")
    v = s.view
    click(qtbot, v.photo)  # the left button
    assert not v.menu.isVisible() and "left button" in v.feedback.plain_text()
    click(qtbot, v.photo, button=RIGHT)
    assert v.menu.isVisible()
    assert all(b.height() >= 80 for b in v.items.values())
    click(qtbot, v.items["delete"])
    assert not v.menu.isVisible()
    assert "“Delete”" in v.feedback.plain_text() and "“Copy”" in v.feedback.plain_text()
    click(qtbot, v.photo, button=RIGHT)
    qtbot.keyClick(v, Qt.Key.Key_Escape)
    assert not v.menu.isVisible()
    click(qtbot, v.photo, button=RIGHT)
    click(qtbot, v.items["copy"])
    assert s.completed and s.attempts[-1].correct
    assert s.attempts[-1].data["tries"] == 3 and s.attempts[-1].data["misses"] == 2


def drag(qtbot, v, to: QPoint) -> None:
    """Press on the photo, move in steps with the button held, let go at ``to`` (panel coordinates)."""
    photo = v.photo
    start = photo.rect().center()
    qtbot.mousePress(photo, LEFT, pos=start)
    origin = photo.mapTo(v.panel, start)
    for k in range(1, 6):
        at = origin + (to - origin) * k / 5
        ev = QMouseEvent(
            QMouseEvent.Type.MouseMove, photo.mapFrom(v.panel, at).toPointF(), v.panel.mapToGlobal(at).toPointF(),
            Qt.MouseButton.NoButton, LEFT, Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(photo, ev)
    qtbot.mouseRelease(photo, LEFT, pos=photo.mapFrom(v.panel, to))


def test_a_drop_outside_the_album_goes_back_and_is_retried(show, qtbot):
    s = show("practice-mouse", "drag", reduced_motion=True)
    v = s.view
    home = v.photo.pos()
    drag(qtbot, v, QPoint(v.panel.width() // 2, 40))  # between the photo and the album
    assert v.photo.pos() == home  # back at once: reduced motion, no animation
    assert s.attempts[-1].correct is False and s.attempts[-1].answer["dropped"] == "outside"
    assert v.feedback.plain_text().startswith("The photo went back")
    for _ in range(3):
        drag(qtbot, v, v.album.geometry().center())
    assert s.completed and [a.correct for a in s.attempts] == [False, True, True, True]
    assert s.attempts[-1].data["accuracy"] == pytest.approx(0.75)


def test_with_motion_allowed_the_photo_glides_back(show, qtbot):
    s = show("practice-mouse", "drag", reduced_motion=False)
    v = s.view
    home = v.photo.pos()
    drag(qtbot, v, QPoint(v.panel.width() // 2, 40))
    assert v._anim is not None and v._anim.state() == v._anim.State.Running
    qtbot.waitUntil(lambda: v.photo.pos() == home, timeout=2000)


def test_scrolling_with_the_wheel_finds_the_name(show, qtbot):
    s = show("practice-mouse", "scroll-wheel")
    v = s.view
    target = v.rows["ma"]
    assert not target.visibleRegion().boundingRect().height()  # hidden below at first
    click(qtbot, v.rows["zhang"])
    assert "Keep scrolling" in v.feedback.plain_text()
    viewport = v.list.viewport()
    for _ in range(30):
        if v.list.verticalScrollBar().value() >= target.y() - 40:
            break
        qtbot.wheel(viewport, pos=viewport.rect().center(), angle_delta=QPoint(0, -120)) if hasattr(
            qtbot, "wheel"
        ) else _wheel(viewport)
    QApplication.processEvents()
    assert v.wheel_turns > 0
    click(qtbot, target)
    assert s.completed and s.attempts[-1].answer["wheel_turns"] == v.wheel_turns


def _wheel(widget) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    pos = QPointF(widget.rect().center())
    ev = QWheelEvent(
        pos, widget.mapToGlobal(pos), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(widget, ev)


def test_the_scroll_bar_practice_asks_for_the_bar_instead_of_the_wheel(show, qtbot):
    s = show("practice-mouse", "scroll-bar")
    v = s.view
    bar = v.list.verticalScrollBar()
    _wheel(v.list.viewport())
    assert bar.value() == 0 and "scroll bar" in v.feedback.plain_text()
    assert bar.width() >= 44
    handle_y = 40
    qtbot.mousePress(bar, LEFT, pos=QPoint(bar.width() // 2, handle_y))
    for y in range(handle_y, bar.height(), 20):
        ev = QMouseEvent(
            QMouseEvent.Type.MouseMove, QPoint(bar.width() // 2, y).toPointF(),
            bar.mapToGlobal(QPoint(bar.width() // 2, y)).toPointF(), Qt.MouseButton.NoButton, LEFT,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(bar, ev)
        if bar.value() >= v.rows["kunming"].y() - 100:
            break
    qtbot.mouseRelease(bar, LEFT, pos=QPoint(bar.width() // 2, y))
    assert v.bar_uses > 0 and bar.value() > 0
    v.list.ensureWidgetVisible(v.rows["kunming"])
    click(qtbot, v.rows["kunming"])
    assert s.completed and s.attempts[-1].answer["scroll_bar_uses"] >= 1
