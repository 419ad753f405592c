"""On an old 1024x768 screen at the largest text (36 pt), a drill stays usable: when it opens and after a
miss, what the learner must act on (the round target, the folder, the photo and the album, the list,
the drawn keyboard, the typing box, the pinyin box and its characters) shows in the page's window
together with the hint in the feedback strip, and neither the strip nor the buttons cover it. (The
page had ~370 px left: the instruction's first lines, and the target far below, out of sight.)
A simulated app after a miss: the control the task wants shows with the hint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget

from tests.ui.conftest import show_step_of, sign_in_to_the_curriculum
from tests.ui.test_new_lesson_screens import _do
from tests.ui.walk import settle
from trainer.domain.learner import TEXT_SIZES, LearnerSettings
from trainer.ui.reveal import finish_movement


def _open(
    w, paths, language: str, width: int = 1024, height: int = 768, size: int = TEXT_SIZES[-1], contrast=False
):
    settings = LearnerSettings(text_size=size, high_contrast=contrast)
    return sign_in_to_the_curriculum(w, paths, language, settings, width, height)


def _first_of_each(catalogue, kind: str, key):
    seen = set()
    for lesson in catalogue.lessons:
        for index, step in enumerate(lesson.steps):
            if step.kind == kind and key(step) not in seen:
                seen.add(key(step))
                yield lesson, index, step


def _rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def _targets(view) -> list[QWidget]:
    """What the learner acts on in each drill."""
    drill = view.step.drill
    if drill == "click":
        return [view.target]
    if drill == "double-click":
        return [view.folder]
    if drill == "right-click":
        return [view.photo]
    if drill == "drag":
        return [view.photo, view.album]
    if drill == "scroll":
        return [view.list]
    if drill == "keys":
        return [view.ask, view.keyboard]
    if drill == "typing":
        return [view.line, view.edit, view.check_button]
    if drill == "pinyin":
        return [view.doc, *(b for b in view.buttons if b.isVisible())]
    raise AssertionError(f"a drill this test does not know: {drill}")


def _miss(qtbot, view) -> None:
    """A miss, the way a learner makes it."""
    drill, left = view.step.drill, Qt.MouseButton.LeftButton
    if drill == "click":
        t = view.target.geometry()
        far = QPoint(4 if t.center().x() > view.panel.width() // 2 else view.panel.width() - 4, 4)
        qtbot.mouseClick(view.panel, left, pos=far)
    elif drill == "double-click":
        qtbot.mouseClick(view.folder, left, pos=QPoint(10, 10))
        view.verdict(view.judge.timeout(view.now_ms() + 10_000))  # (one click, then nothing)
    elif drill in ("right-click", "drag"):
        qtbot.mouseClick(view.photo, left, pos=QPoint(10, 10))
    elif drill == "scroll":
        wrong = next(i for i, _ in view.step.items if i != view.step.answer)
        qtbot.mouseClick(view.rows[wrong], left)
    elif drill == "keys":
        view.keyboard.setFocus()
        qtbot.keyClick(view.keyboard, Qt.Key.Key_Q if view.wanted != "q" else Qt.Key.Key_W)
    elif drill == "typing":
        view.edit.setText("q")
        qtbot.keyClick(view.edit, Qt.Key.Key_Return)
    elif drill == "pinyin":  # the pinyin typed, then a wrong character picked from the list
        view.doc.setFocus()
        for ch in view.round.target:
            qtbot.keyClicks(view.doc, ch)
        shown = view.round.pager.visible()
        wrong = next(n for n, c in enumerate(shown, 1) if c != view.round.word.answer)
        qtbot.keyClicks(view.doc, str(wrong))


def _problems(player, widgets: list[QWidget]) -> list[str]:
    """What of ``widgets`` and of the feedback strip does not show, or shows under the strip or the bar."""
    finish_movement(player.scroll)
    window = QRect(0, 0, player.window().width(), player.window().height())
    viewport = _rect(player.scroll.viewport())
    covers = [("the feedback", player.live), ("the buttons", player.bar)]
    out = []
    for w in widgets:
        r = _rect(w)
        name = w.accessibleName() or w.objectName() or type(w).__name__
        if not viewport.contains(r):
            out.append(
                f"{name!r} at rows {r.top()}..{r.bottom()} is not in the page's window {viewport.top()}..{viewport.bottom()}"
            )
        out += [f"{name!r} is under {what}" for what, c in covers if c.isVisible() and _rect(c).intersects(r)]
    live = player.live
    if not live.isVisible() or not player.view.live_feedback.plain_text():
        out.append("no feedback shown")
    elif not window.contains(_rect(live)) or _rect(live).intersects(_rect(player.bar)):
        out.append(f"the feedback at {_rect(live)} is not in the window above the buttons")
    return out


def _what_to_do_unread(player) -> list[str]:
    """A drill opens at its area; what to do must still be readable without sound (no sound card): the
    instruction is in the page's window, or else it is what the strip says, above the buttons."""
    words = player.view.cue()
    viewport = _rect(player.scroll.viewport())
    if viewport.contains(_rect(words)):
        return ["the instruction shows on the page and again in the strip"] if player.cue.isVisible() else []
    if not player.cue.isVisible() or player.cue.plain_text() != words.plain_text():
        return ["the instruction is out of view and the strip does not say it"]
    strip = _rect(player.live)
    if strip.intersects(_rect(player.bar)) or not QRect(0, 0, 10**4, player.window().height()).contains(
        strip
    ):
        return [f"the instruction in the strip at {strip} is not in the window above the buttons"]
    return []


@pytest.mark.parametrize(
    ("language", "window", "size", "contrast"),
    [
        pytest.param("en", (1024, 768), TEXT_SIZES[-1], False, id="1024x768-36pt-en"),
        pytest.param("zh_CN", (1024, 768), TEXT_SIZES[-1], True, id="1024x768-36pt-zh-contrast"),
        pytest.param("en", (1366, 768), TEXT_SIZES[0], True, id="1366x768-18pt-en-contrast"),
    ],
)
def test_a_drill_and_its_hint_show_together_on_a_short_screen(
    app_window, qtbot, paths, language, window, size, contrast
):
    w = app_window
    catalogue = _open(w, paths, language, *window, size=size, contrast=contrast)
    failures, drills = [], set()
    for lesson, index, step in _first_of_each(catalogue, "practice", id):  # (every drill step)
        player = show_step_of(w, lesson, index)
        view = player.view
        drills.add(step.drill)
        label = f"{lesson.id}/{step.id}"
        finish_movement(player.scroll)
        viewport = _rect(player.scroll.viewport())
        failures += [
            f"{label} opening: {_rect(t)} not in {viewport}"
            for t in _targets(view)
            if not viewport.contains(_rect(t))
        ]
        failures += [f"{label} opening: {p}" for p in _what_to_do_unread(player)]
        before = _rect(view.area)
        _miss(qtbot, view)
        settle()
        if player.cue.isVisible():
            failures.append(f"{label}: the instruction still shows in the strip instead of the hint")
        if step.drill == "typing" and player.live.verticalScrollBar().maximum() > 0:
            # (three lines at 36 pt: the strip grows into the empty page below the typing box)
            failures.append(f"{label}: the hint is cut to the strip's two lines though the page has room")
        failures += [f"{label} after a miss: {p}" for p in _problems(player, _targets(view))]
        if _rect(view.area).topLeft() != before.topLeft():  # (the hint's strip came: nothing moved)
            failures.append(f"{label}: the practice area moved from {before} to {_rect(view.area)}")
        if step.drill == "right-click":  # the menu opens at the pointer: all of its choices show
            photo = view.photo
            qtbot.mouseClick(
                photo, Qt.MouseButton.RightButton, pos=QPoint(photo.width() // 2, photo.height() - 4)
            )
            settle()
            failures += [f"{label} menu: {p}" for p in _problems(player, [view.menu])]
    expected = {"click", "double-click", "right-click", "drag", "scroll", "keys", "typing"}
    assert expected | ({"pinyin"} if language == "zh_CN" else set()) <= drills
    assert not failures, "\n".join(failures)


def test_a_simulated_app_shows_the_control_to_press_with_the_hint(app_window, qtbot, paths):
    w = app_window
    catalogue = _open(w, paths, "zh_CN")
    failures, seen = [], 0
    for lesson, index, step in _first_of_each(catalogue, "simulation", lambda s: s.device):
        player = show_step_of(w, lesson, index)
        view = player.view
        _do(view, step.tasks[0])  # (the first task done: its next screen shows from its top)
        settle()
        task = view.run.task
        if task is None:
            continue
        wrong = next(e.id for e in view.step.screen(view.run.screen).elements if e.id != task.target)
        for _ in range(2):  # from the second miss the control has a thick frame
            view.handle(view.run.press(wrong), wrong)
            settle()
        seen += 1
        control = view.act_on(False)[0]
        assert (
            control is view.screen_view.control(task.target)
            or control in getattr(view.screen_view.control(task.target), "keys", {}).values()
        )
        failures += [f"{lesson.id}/{step.id}: {p}" for p in _problems(player, [control])]
    assert seen == 2
    assert not failures, "\n".join(failures)
