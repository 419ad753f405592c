"""Problems at start-up get a plain screen, never a crash, and lose nothing."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from trainer.app import AppContext, create_window


def build(qtbot, paths):
    ctx = AppContext(paths)
    ctx.start_language = "en"
    window = create_window(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_corrupt_database_is_moved_aside_and_the_backup_restored(qtbot, paths):
    w = build(qtbot, paths)
    w.ctx.learners.create("Wang Fang", "sun", "en")
    w.ctx.on_close()  # closing makes an automatic backup
    assert list(paths.backups.glob("auto-*"))
    paths.database.write_bytes(b"this is not a database" * 500)
    for extra in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + extra).unlink(missing_ok=True)

    w2 = build(qtbot, paths)
    assert w2.current_name() == "problem"
    problem = w2.screen("problem")
    assert problem.title.plain_text() == "The record book could not be read"
    assert problem.restore_button.isVisible()
    moved = list(paths.data.glob("trainer.db.corrupt-*"))
    assert moved and moved[0].read_bytes().startswith(b"this is not a database")  # never deleted
    qtbot.mouseClick(problem.restore_button, Qt.MouseButton.LeftButton)
    assert w2.current_name() == "signin"
    assert [t.text() for t in w2.signin.tiles()] == ["Wang Fang"]
    w2.ctx.on_close()


def test_unwritable_data_folder_is_explained(qtbot, tmp_path, monkeypatch):
    from trainer.config import resolve_paths

    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("TRAINER_HOME", str(blocker / "data"))
    w = build(qtbot, resolve_paths())
    assert w.current_name() == "problem"
    screen = w.screen("problem")
    assert screen.title.plain_text() == "The trainer cannot save your progress"
    assert str(blocker / "data") in screen.detail.plain_text()
    assert screen.close_button.isVisible() and not screen.restore_button.isVisible()


def test_unexpected_error_is_logged_and_shown_calmly(qtbot, paths, caplog, monkeypatch):
    from trainer.ui import errors

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    errors.install()
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR):
            errors._hook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    assert "Your progress so far is saved" in shown[0]
    assert "boom" in caplog.text
    QApplication.processEvents()


def test_an_error_in_another_thread_is_shown_calmly_on_the_ui_thread(qtbot, paths, caplog, monkeypatch):
    import threading

    from trainer.ui import errors

    shown = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda self: shown.append((self.text(), threading.current_thread())) or 0
    )
    errors.install()

    def work() -> None:
        raise RuntimeError("boom in a thread")

    with caplog.at_level(logging.ERROR):
        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    text, thread = shown[0]
    assert "Your progress so far is saved" in text
    assert thread is threading.main_thread()  # widgets only on the UI thread
    assert "boom in a thread" in caplog.text
    QApplication.processEvents()
