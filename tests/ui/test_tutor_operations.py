"""Tutor mode's work as operations (ui/tutor/ops): each test would have caught one of the tangles issue 16
found in the old controller (a worker reading the signed-in tutor while the screens lock, a restore
closing the database under running work, refreshes written by hand)."""

from __future__ import annotations

import threading

from tests.ui.conftest import make_learner
from tests.ui.test_tutor import click, master, set_up_centre, sign_in_tutor
from trainer.ui import operations
from trainer.ui.operations import Operation


def test_a_certificate_started_before_the_screens_lock_is_issued_by_the_tutor_who_asked(
    app_window, qtbot, tmp_path
):
    from trainer.services.tutors import create_signing_key

    w = app_window
    learner = make_learner(w, "Wang Fang")
    set_up_centre(w)
    phrase = "k7qm-3xfp-9hwt-c2vr-ab4d"
    assert create_signing_key(w.ctx.paths, phrase)
    master(w, learner, "mouse-basics")
    sign_in_tutor(w, qtbot)
    w.tutor_mode.learners.open_learner(learner.id)
    page = w.screen("tutor-learner")
    qtbot.waitUntil(lambda: page.page_data is not None, timeout=5000)
    w.tutor_mode.certificates.issue(learner.id, "basic", phrase, tmp_path)
    w.tutor_mode.lock()  # ten idle minutes end while the key is being opened (it takes a moment)
    assert w.current_name() == "signin" and w.tutor_mode.signed_in is None
    assert operations.wait_until_idle(30000)
    (record,) = w.ctx.certificates.register()
    assert record.issued_by == "Teacher Li" and record.learner_name == "Wang Fang"
    assert list(tmp_path.glob("*.pdf"))
    assert "is ready" not in page.cert_status.plain_text()  # nothing shown on a locked screen


def test_restoring_waits_for_running_work_then_replaces_the_data(app_window, qtbot, tmp_path):
    w = app_window
    make_learner(w, "Before Backup")
    set_up_centre(w)
    sign_in_tutor(w, qtbot)
    w.tutor_mode.open_tools()
    tools = w.screen("tutor-tools")
    stick = tmp_path / "usb"
    stick.mkdir()
    w.tutor_mode.backups.back_up(stick)
    qtbot.waitUntil(lambda: "Backed up to" in tools.status.plain_text(), timeout=10000)
    (backup,) = list(stick.glob("*.sqlite"))
    make_learner(w, "After Backup")
    # a list being saved is still running when the tutor confirms the restore
    gate = threading.Event()
    saved = tmp_path / "list.csv"

    def save_list(path):
        assert gate.wait(20)
        return w.ctx.roster.export_csv(path)

    Operation(tools, save_list, saved).run()
    w.tutor_mode.backups.choose_backup(backup)
    qtbot.waitUntil(lambda: tools.confirm.isVisible(), timeout=5000)
    click(qtbot, tools.confirm)
    from trainer.ui.progress import BusyDialog

    busy = w.findChild(BusyDialog, "busy-dialog")
    assert busy is not None and busy.isVisible()  # "Restoring the backup… please wait"
    qtbot.wait(200)
    assert w.ctx.db is not None and sorted(x.name for x in w.ctx.roster.learners()) == [
        "After Backup",
        "Before Backup",
    ]  # not restored yet: the running work still uses the data
    gate.set()
    qtbot.waitUntil(lambda: w.current_name() == "signin", timeout=15000)
    assert "After Backup" in saved.read_text(
        encoding="utf-8-sig"
    )  # the work finished on the data it began with
    qtbot.waitUntil(lambda: [t.text() for t in w.signin.tiles()] == ["Before Backup"], timeout=5000)
    assert w.tutor_mode.signed_in is None
    assert not [d for d in w.findChildren(BusyDialog) if d.isVisible()]  # the window has gone


def test_each_change_reloads_the_screen_that_shows_the_data_once(app_window, qtbot):
    w = app_window
    set_up_centre(w)
    zhou = make_learner(w, "Zhou Lan")
    sign_in_tutor(w, qtbot)
    dash = w.screen("tutor-dashboard")
    qtbot.waitUntil(lambda: dash.table.rowCount() == 1, timeout=5000)
    loads = []
    dash_set_data = dash.set_data
    dash.set_data = lambda *a: (loads.append("dashboard"), dash_set_data(*a))
    # adding a learner: the dashboard shows them without any hand-written refresh
    w.tutor_mode.roster.open_add()
    add = w.screen("tutor-add")
    qtbot.keyClicks(add.name, "Li Ming")
    click(qtbot, add.ok)
    qtbot.waitUntil(lambda: dash.table.rowCount() == 2, timeout=5000)
    assert operations.wait_until_idle(5000) and loads == ["dashboard"]
    # hiding a learner from the sign-in screen: their page says so at once
    w.tutor_mode.learners.open_learner(zhou.id)
    page = w.screen("tutor-learner")
    qtbot.waitUntil(lambda: page.page_data is not None, timeout=5000)
    click(qtbot, page.manage_buttons["archive"])
    qtbot.waitUntil(lambda: page.archived, timeout=5000)
    assert "Show again" in page.manage_buttons["archive"].text()
    # erasing: back to the dashboard, loaded once, without them
    loads.clear()
    click(qtbot, page.manage_buttons["erase-ask"])
    click(qtbot, page.erase_confirm)
    qtbot.waitUntil(
        lambda: w.current_name() == "tutor-dashboard" and dash.table.rowCount() == 1, timeout=5000
    )
    assert operations.wait_until_idle(5000) and loads == ["dashboard"]
    assert dash.table.item(0, 0).text() == "Li Ming"


def test_opening_another_learner_never_shows_the_one_before(app_window, qtbot):
    w = app_window
    set_up_centre(w)
    wang, li = make_learner(w, "Wang Fang"), make_learner(w, "Li Ming")
    sign_in_tutor(w, qtbot)
    w.tutor_mode.learners.open_learner(wang.id)
    page = w.screen("tutor-learner")
    qtbot.waitUntil(lambda: page.title.plain_text() == "Wang Fang", timeout=5000)
    w.tutor_mode.learners.open_dashboard()
    w.tutor_mode.learners.open_learner(li.id)
    assert page.title.plain_text() != "Wang Fang"  # while Li Ming's page loads
    qtbot.waitUntil(lambda: page.title.plain_text() == "Li Ming", timeout=5000)


def test_erasing_and_archiving_run_off_the_ui_thread(app_window, qtbot):
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication

    w = app_window
    set_up_centre(w)
    zhou = make_learner(w, "Zhou Lan")
    sign_in_tutor(w, qtbot)
    threads = []
    roster = w.ctx.roster
    for name in ("archive", "erase"):
        real = getattr(roster, name)

        def recording(*args, _real=real, **kwargs):
            threads.append(QThread.currentThread())
            return _real(*args, **kwargs)

        setattr(roster, name, recording)  # the real service, watched
    w.tutor_mode.learners.open_learner(zhou.id)
    page = w.screen("tutor-learner")
    qtbot.waitUntil(lambda: page.page_data is not None, timeout=5000)
    click(qtbot, page.manage_buttons["archive"])
    qtbot.waitUntil(lambda: page.archived, timeout=5000)
    click(qtbot, page.manage_buttons["erase-ask"])
    click(qtbot, page.erase_confirm)
    qtbot.waitUntil(lambda: w.current_name() == "tutor-dashboard", timeout=5000)
    assert len(threads) == 2 and QApplication.instance().thread() not in threads
