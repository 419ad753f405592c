"""The real app on a real SQLite file with the small assessment pack (tests/fixtures/assessment_pack):
opening it, signing in, and doing each kind of step as a learner would."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

PACK = Path(__file__).resolve().parents[1] / "fixtures" / "assessment_pack"
LEFT = Qt.MouseButton.LeftButton


def open_app(qtbot, paths, pack: Path = PACK):
    from trainer.app import AppContext, create_window
    from trainer.domain.learner import LearnerSettings
    from trainer.services import translations
    from trainer.services.lessons import LessonLibrary
    from trainer.services.speech.speaker import RecordingSpeaker
    from trainer.ui.style import apply_settings

    ctx = AppContext(paths)
    ctx.start_language = "en"
    ctx.speaker = RecordingSpeaker()
    ctx.library = LessonLibrary(paths, roots=[pack])
    translations.install("en", paths.i18n)
    apply_settings(QApplication.instance(), LearnerSettings())
    w = create_window(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def close_app(w) -> None:
    w.close()  # backs up and closes the database, as the app does
    if w.ctx.db is not None:
        w.ctx.db.close()
        w.ctx.db = None


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, LEFT, pos=widget.rect().center())
    QApplication.processEvents()


def sign_in_and_continue(qtbot, w, name: str = "Wang Fang"):
    if not w.ctx.learners.tiles():
        w.ctx.learners.create(name, "tree", "en")
        w.refresh_tiles()
    click(qtbot, w.signin.tiles()[0])
    click(qtbot, w.screen("home").continue_button)
    assert w.current_name() == "player"
    return w.screen("player")


def go_to(qtbot, player, step_id: str) -> None:
    """Next, Next... until the step is on screen (skipping whatever lies between)."""
    while player.view.step.id != step_id:
        click(qtbot, player.next)


def answer_right(qtbot, view) -> None:
    """Choose the right answers of a single, true/false or multiple question and check."""
    for c in view.step.choices:
        button = view.choice_buttons[c.id]
        if button.isChecked() != c.correct:
            click(qtbot, button)
    click(qtbot, view.check)


def press_element(qtbot, player, element_id: str) -> None:
    w = player.view.screen_view.widgets[element_id]
    player.scroll.ensureWidgetVisible(w, 20, 20)
    QApplication.processEvents()
    click(qtbot, w)


def do_keys_drill(qtbot, view) -> None:
    names = {"enter": Qt.Key.Key_Return, "space": Qt.Key.Key_Space}
    for key in view.step.keys:
        qtbot.keyClick(view.keyboard, names[key])
    assert view.is_complete()


def rows(paths, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(paths.database) as conn:
        return conn.execute(sql, params).fetchall()


def progress_row(w, paths, lesson_id: str = "safe-pay") -> tuple[str, dict | None]:
    """The lesson's status and stored mastery rule, once the window's writer has saved everything."""
    w.ctx.progress.writer.flush()
    status, rule = rows(
        paths, "SELECT status, mastery_rule FROM lesson_progress WHERE lesson_id = ?", lesson_id
    )[0]
    return status, (json.loads(rule) if rule else None)


def one_lesson_pack(dest: Path, lesson_id: str) -> Path:
    """A pack holding one lesson of lessons/ (for the placement check, which needs no other)."""
    import shutil

    lessons = Path(__file__).resolve().parents[2] / "lessons"
    dest.mkdir(parents=True)
    shutil.copy(lessons / "pack.toml", dest / "pack.toml")
    shutil.copytree(lessons / lesson_id, dest / lesson_id)
    return dest


def do_drill(qtbot, view) -> None:
    """A click, double-click, drag or typing drill done as a learner who can: every try right."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QMouseEvent

    drill = view.step.drill
    while not view.is_complete():
        if drill == "click":
            click(qtbot, view.target)
        elif drill == "double-click":
            click(qtbot, view.folder)
            qtbot.mouseDClick(view.folder, LEFT, pos=view.folder.rect().center())
            if view.window.isVisible():
                click(qtbot, view.close_button)
        elif drill == "drag":
            photo, to = view.photo, view.album.geometry().center()
            qtbot.mousePress(photo, LEFT, pos=photo.rect().center())
            origin = photo.mapTo(view.panel, photo.rect().center())
            for k in range(1, 6):
                at = origin + (to - origin) * k / 5
                QApplication.sendEvent(photo, QMouseEvent(
                    QMouseEvent.Type.MouseMove, photo.mapFrom(view.panel, at).toPointF(),
                    view.panel.mapToGlobal(at).toPointF(), Qt.MouseButton.NoButton, LEFT,
                    Qt.KeyboardModifier.NoModifier,
                ))  # fmt: skip
            qtbot.mouseRelease(photo, LEFT, pos=photo.mapFrom(view.panel, QPoint(to)))
        elif drill == "typing":
            qtbot.keyClicks(view.edit, view.target())
            qtbot.keyClick(view.edit, Qt.Key.Key_Return)
        else:
            raise AssertionError(f"no driver for {drill}")
        QApplication.processEvents()
