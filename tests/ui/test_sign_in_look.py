"""A tutor chooses how the sign-in screen looks for everyone at the centre (issue 14, defect 7): larger
text (so larger tiles) and high contrast, kept across sign-outs and restarts; a damaged choice means
the defaults, never an error. (Between PCs: tests/sync/test_sync_centre_setting.py.)"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import make_learner
from tests.ui.test_tutor import click, open_tools
from tests.ui.walk import settle
from trainer.app import AppContext, create_window
from trainer.services import sign_in_look
from trainer.ui.style import apply_settings, current_settings


def test_the_tutor_chooses_large_text_and_contrast_for_the_sign_in_screen(app_window, qtbot, paths):
    w = app_window
    make_learner(w, "Wang Fang")
    make_learner(w, "Li Guoqiang")
    w.go_sign_in()
    settle()
    small = w.signin.tiles()[0].height()
    assert current_settings().text_size == 18 and not current_settings().high_contrast
    tools = open_tools(w, qtbot)
    click(qtbot, tools.buttons["sign-in-largest"])  # (kept off the UI thread: the status says when it is)
    qtbot.waitUntil(lambda: "largest text" in tools.status.plain_text(), timeout=5000)
    assert "everyone" in tools.status.plain_text()
    assert "other computers that share records" in tools.status.plain_text()
    click(qtbot, tools.buttons["sign-in-contrast"])
    qtbot.waitUntil(lambda: "high contrast" in tools.status.plain_text(), timeout=5000)
    assert "the largest text in high contrast" in tools.status.plain_text()  # the size stayed
    w.go_sign_in()  # the tutor leaves: the sign-in screen as chosen
    qtbot.waitUntil(lambda: w.current_name() == "signin", timeout=5000)
    assert current_settings().text_size == 36 and current_settings().high_contrast
    qtbot.waitUntil(lambda: w.signin.tiles()[0].height() > small, timeout=5000)  # (once tutor work is over)
    # a learner signs in with their own settings, and signs out: the chosen look again
    w.sign_in(w.ctx.learners.tiles()[0].id)
    assert current_settings().text_size == 18
    w.go_sign_in()
    assert current_settings().text_size == 36
    # kept for the next start of the app (read from the database in the data folder)
    assert sign_in_look.load(paths.data).text_size == 36 and sign_in_look.load(paths.data).high_contrast


def test_a_damaged_old_file_means_the_defaults_and_a_good_one_moves_into_the_database(paths):
    paths.data.mkdir(parents=True, exist_ok=True)
    for bad in ("{", '{"text_size": 99, "high_contrast": true}', '{"text_size": 36}', "[]"):
        (paths.data / sign_in_look.FILE).write_text(bad, encoding="utf-8")
        assert sign_in_look.load(paths.data).text_size == 18
    (paths.data / sign_in_look.FILE).write_text('{"text_size": 26, "high_contrast": false}', encoding="utf-8")
    ctx = AppContext(paths)
    ctx.open_database()  # (the app's start: the PC's old choice moves into the centre setting)
    try:
        assert not (paths.data / sign_in_look.FILE).exists() and sign_in_look.load(paths.data).text_size == 26
        sign_in_look.save(ctx.db, 36, False)
        assert sign_in_look.load(paths.data).text_size == 36
    finally:
        ctx.on_close()


def test_at_start_up_the_look_is_read_once_before_the_window_and_the_first_screen_takes_it(qtbot, paths):
    from trainer.domain.learner import LearnerSettings
    from trainer.storage.db import Database

    paths.data.mkdir(parents=True, exist_ok=True)
    with Database.open(paths) as db:
        sign_in_look.save(db, 36, True)
    ctx = AppContext(paths)
    ctx.start_language = "en"
    ctx.start_look = sign_in_look.load(paths.data)  # as run_gui does, before the window is made
    assert (ctx.start_look.text_size, ctx.start_look.high_contrast) == (36, True)
    with Database.open(paths) as db:
        sign_in_look.save(db, 26, False)  # (changed meanwhile: shows which read the screen used)
    window = create_window(ctx)
    qtbot.addWidget(window)
    try:
        assert window.current_name() == "signin" and current_settings().text_size == 36  # the start-up read
        assert ctx.start_look is None
        window.go_sign_in()  # every later showing reads the centre's choice again
        assert current_settings().text_size == 26 and not current_settings().high_contrast
    finally:
        ctx.on_close()
        apply_settings(QApplication.instance(), LearnerSettings())
