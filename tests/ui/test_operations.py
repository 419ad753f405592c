"""The operations layer (ui/operations.py) through the real window: inputs taken on the UI thread, results
only to a screen that still shows, typed problems as messages, and closing or signing out waiting for
the work in flight without losing anything."""

from __future__ import annotations

import errno
import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import make_learner
from trainer.ui import operations
from trainer.ui.operations import Operation


def gated(gate: threading.Event, work):
    """``work`` once the test opens ``gate``: the operation is "long" for exactly as long as needed."""

    def run(*args, **kwargs):
        assert gate.wait(20), "the test never opened the gate"
        return work(*args, **kwargs)

    return run


def test_the_result_reaches_the_screen_on_the_ui_thread_with_inputs_taken_at_the_start(app_window, qtbot):
    w = app_window
    screen = w.signin
    got, threads = [], []
    name = ["Wang Fang"]
    gate = threading.Event()
    op = Operation(
        screen, gated(gate, lambda value: (threads.append(QThread.currentThread()), value)[1]), name[0]
    )
    op.on_success(lambda value: (got.append(value), threads.append(QThread.currentThread())))
    op.run()
    name[0] = None  # what the UI does after starting changes nothing in the work
    assert operations.running() == (op,)
    gate.set()
    qtbot.waitUntil(lambda: got == ["Wang Fang"], timeout=5000)
    app_thread = QApplication.instance().thread()
    assert threads[0] is not app_thread and threads[1] is app_thread
    assert operations.running() == ()


def test_a_result_that_arrives_after_its_screen_closed_is_dropped_but_the_change_is_told(app_window, qtbot):
    w = app_window
    w.show_screen("new")  # the learner starts making a tile...
    screen = w.screen("new")
    delivered, failures, changed = [], [], []
    gate = threading.Event()
    Operation(screen, gated(gate, lambda: "done")).on_success(delivered.append).changes(
        lambda: changed.append(True)
    ).run()
    Operation(screen, gated(gate, lambda: 1 / 0)).on_failure(failures.append).run()
    w.go_sign_in()  # ...and leaves before the work is done
    gate.set()
    assert operations.wait_until_idle(5000)
    assert delivered == [] and failures == []  # nothing pops up on the screen the next person sees
    assert changed == [True]  # the data did change: the screens that show it must learn it


def test_typed_problems_become_messages_in_the_persons_language(app_window, qtbot):
    from trainer.services.certificates.errors import WrongPassphrase
    from trainer.services.tutors import PinNotAccepted
    from trainer.storage.errors import BackupUnreadable

    w = app_window
    said: dict[str, str] = {}  # what the person reads, per problem (operations finish in any order)

    def fail(name, exc):
        def work():
            raise exc

        Operation(w.signin, work).on_failure(lambda message: said.__setitem__(name, message)).run()

    for name, exc in (
        ("passphrase", WrongPassphrase()),
        ("full", OSError(errno.ENOSPC, "No space left on device")),
        ("denied", PermissionError(errno.EACCES, "Permission denied")),
        ("backup", BackupUnreadable(w.ctx.paths.database)),
        ("pin", PinNotAccepted("too_simple")),
    ):
        fail(name, exc)
    assert operations.wait_until_idle(5000)
    qtbot.waitUntil(lambda: len(said) == 5, timeout=5000)
    assert "passphrase is not right" in said["passphrase"]
    assert "full" in said["full"]
    assert "may not write there" in said["denied"]
    assert "not a backup of the trainer" in said["backup"]
    assert "too easy to guess" in said["pin"]
    messages = list(said.values())
    assert not any("Error" in m or "errno" in m for m in messages)


def test_progress_is_shown_and_cancel_stops_cleanly(app_window, qtbot, tmp_path):
    from trainer.services.roster import RosterService
    from trainer.ui.progress import WorkProgress

    w = app_window
    for i in range(30):
        make_learner(w, f"Learner {i}")
    view = WorkProgress("test")
    qtbot.addWidget(view)
    view.show()
    gate = threading.Event()
    out = tmp_path / "list.csv"
    messages = []
    op = (
        Operation(view, gated(gate, RosterService(w.ctx.db).export_csv), out)
        .with_progress(view)
        .on_failure(messages.append)
        .run()
    )
    assert view.bar.isVisible() and view.cancel.isVisible() and view.busy
    view.cancel.click()
    assert op.token.cancelled
    gate.set()
    assert operations.wait_until_idle(5000)
    assert messages == ["Stopped. Nothing was changed."]
    assert not out.exists() and not view.busy and not view.bar.isVisible()
    # and uncancelled, the figures arrive on the screen
    done = []
    Operation(view, RosterService(w.ctx.db).export_csv, out).with_progress(view).on_success(done.append).run()
    assert operations.wait_until_idle(5000)
    assert done == [30] and view.bar.maximum() == 30 and out.exists()


def test_closing_during_a_long_export_waits_for_it_and_loses_nothing(app_window, qtbot, tmp_path):
    from trainer.services.roster import RosterService

    w = app_window
    make_learner(w, "Wang Fang")
    gate = threading.Event()
    out = tmp_path / "list.csv"
    Operation(w.signin, gated(gate, RosterService(w.ctx.db).export_csv), out).cancellable().run()
    assert not w.close()  # not yet: the export is still being written
    assert w.isVisible() and w.ctx.db is not None
    dialog = w.findChild(type(w._closing), "busy-dialog")
    assert dialog is not None and dialog.isVisible() and dialog.stop.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=10000)
    assert "Wang Fang" in out.read_text(encoding="utf-8-sig")  # the whole file, then closed
    assert w.ctx.db is None  # the data was closed after the work, not under it
    assert list(w.ctx.paths.backups.glob("auto-*-exit.sqlite"))  # and backed up on the way out


def test_closing_can_stop_the_long_work_cleanly(app_window, qtbot, tmp_path):
    import sqlite3

    from trainer.services.roster import RosterService

    w = app_window
    make_learner(w, "Wang Fang")
    gate = threading.Event()
    out = tmp_path / "list.csv"
    Operation(w.signin, gated(gate, RosterService(w.ctx.db).export_csv), out).cancellable().run()
    assert not w.close()
    w._closing.stop.click()  # "Stop it and close"
    assert "Stopping" in w._closing.text.plain_text()
    gate.set()
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=10000)
    assert not out.exists()  # stopped: no half-written file
    with sqlite3.connect(w.ctx.paths.database) as conn:
        assert conn.execute("select name from learner").fetchall() == [("Wang Fang",)]


def test_signing_out_reads_the_list_of_learners_after_running_work_has_finished(app_window, qtbot):
    w = app_window
    gate = threading.Event()
    Operation(None, gated(gate, w.ctx.learners.create), "Li Ming", "tree", "en").run()
    w.go_sign_in()
    assert w.current_name() == "signin" and w.signin.tiles() == []
    gate.set()
    qtbot.waitUntil(lambda: [t.text() for t in w.signin.tiles()] == ["Li Ming"], timeout=5000)


def test_messages_are_chosen_by_the_errors_type_not_its_name():
    from trainer.services.certificates.errors import WrongPassphrase
    from trainer.ui.problems import problem_text

    class PassphraseForOldKey(WrongPassphrase):  # a new, more precise error keeps the message
        pass

    class NotEligible(Exception):  # same name as the domain's, but not that error
        pass

    assert "passphrase is not right" in problem_text(PassphraseForOldKey())
    assert "not finished every lesson" not in problem_text(NotEligible("x"))


def test_what_waits_for_the_idle_moment_is_dropped_when_what_it_was_for_is_gone(app_window, qtbot, caplog):
    """The window waits for running work before it closes, with a dialog that says so; if the window is
    deleted meanwhile (the app quitting, a test's window given up), "close now" must not reach for the
    dialog that went with it (this failed CI: "Internal C++ object (BusyDialog) already deleted")."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QWidget
    from shiboken6 import isValid

    gate = threading.Event()
    Operation(None, gated(gate, lambda: "done")).run()
    dialog = QWidget()
    operations.when_idle(dialog.hide, dialog)
    dialog.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(dialog)
    caplog.set_level("INFO", logger="trainer.ui.operations")
    gate.set()
    assert operations.wait_until_idle(5000)
    QApplication.processEvents()
    assert "was dropped" in caplog.text  # and no exception reached the event loop (pytest-qt fails on one)


def test_what_waits_for_the_idle_moment_runs_when_what_it_was_for_still_lives(app_window, qtbot):
    w = app_window
    gate = threading.Event()
    ran = []
    Operation(None, gated(gate, lambda: None)).run()
    operations.when_idle(lambda: ran.append(True), w)
    assert ran == []
    gate.set()
    qtbot.waitUntil(lambda: ran == [True], timeout=5000)
    operations.when_idle(lambda: ran.append(False), w)  # nothing running: at once
    assert ran == [True, False]
