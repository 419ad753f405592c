"""The tutor's sharing screen through the real window: status, connecting to a real hub, a hub that
cannot be reached, USB files with the centre code, and merging a learner registered twice."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from tests.ui.conftest import set_up_centre
from trainer.services.sync import settings as sync_settings
from trainer.services.tutors import TutorService

PIN = "246813"


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_sync(w, qtbot):
    set_up_centre(w, PIN)
    click(qtbot, w.signin.for_tutors)
    click(qtbot, w.screen("tutor-choose").tiles[0])
    pad = w.screen("pin")
    for d in PIN:
        qtbot.keyClick(pad, d)
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.current_name() == "tutor-dashboard", timeout=5000)
    click(qtbot, w.screen("tutor-dashboard").actions["roster"])
    click(qtbot, w.screen("tutor-tools").buttons["sync"])
    assert w.current_name() == "tutor-sync"
    return w.screen("tutor-sync")


def settle(qtbot, screen):
    from trainer.ui.operations import wait_until_idle

    qtbot.waitUntil(lambda: not screen.work.bar.isVisible(), timeout=30000)
    wait_until_idle()
    qtbot.wait(50)


def test_a_pc_that_does_not_share_says_so_and_connects_to_the_hub(app_window, qtbot, hub_url, paths):
    w = app_window
    screen = open_sync(w, qtbot)
    qtbot.waitUntil(lambda: "does not share" in screen.state.plain_text(), timeout=5000)
    click(qtbot, screen.buttons["setup"])
    assert screen.setup.isVisible()
    user_pass, rest = hub_url.split("//")[1].split("@")
    user, password = user_pass.split(":")
    host, database = rest.split("/")
    for key, text in (("host", host), ("database", database), ("user", user), ("password", password)):
        qtbot.keyClicks(screen.fields[key][1], text)
    click(qtbot, screen.connect_button)
    qtbot.waitUntil(lambda: "Connected" in screen.status.plain_text(), timeout=30000)
    settle(qtbot, screen)
    assert "Hub: postgresql://" in screen.state.plain_text() and password not in screen.state.plain_text()
    assert "Nothing is waiting" in screen.state.plain_text()
    assert sync_settings.load(paths.data).hub_url == hub_url
    click(qtbot, screen.buttons["now"])
    qtbot.waitUntil(lambda: "Shared:" in screen.status.plain_text(), timeout=30000)
    settle(qtbot, screen)


def test_a_hub_that_cannot_be_reached_is_explained(app_window, qtbot, pg):
    w = app_window
    screen = open_sync(w, qtbot)
    click(qtbot, screen.buttons["setup"])
    for key, text in (
        ("host", f"127.0.0.1:{pg.port + 1}"),
        ("database", "hub"),
        ("user", "x"),
        ("password", "y"),
    ):
        qtbot.keyClicks(screen.fields[key][1], text)
    click(qtbot, screen.connect_button)
    qtbot.waitUntil(lambda: "cannot be reached" in screen.status.plain_text(), timeout=30000)
    assert "Learners can go on as usual" in screen.status.plain_text()
    settle(qtbot, screen)


def test_a_usb_file_goes_to_a_pc_with_the_centre_code(app_window, qtbot, tmp_path, paths):
    from sync_helpers import open_pc

    w = app_window
    screen = open_sync(w, qtbot)
    w.ctx.learners.create("Ann", "sun", "en")
    dest = tmp_path / "to-village.dbsync"
    screen.buttons["export"].setEnabled(True)
    w.tutor_mode.sync.flow.export(dest)
    qtbot.waitUntil(lambda: "Saved" in screen.status.plain_text(), timeout=30000)
    settle(qtbot, screen)
    click(qtbot, screen.buttons["code"])
    code = sync_settings.load(paths.data).code
    assert code in screen.status.plain_text()
    # the other way: a village PC's file, loaded here
    village = open_pc(tmp_path / "village")
    from trainer.services.sync.usb import export_bundle, import_bundle

    import_bundle(village, tmp_path / "village", dest, code=code)
    LearnerRepository = __import__("trainer.storage.repositories", fromlist=["x"]).LearnerRepository
    LearnerRepository(village).create("Bea", "tree", "#174A86", "zh_CN")
    back = export_bundle(village, tmp_path / "village", tmp_path / "from-village.dbsync").path
    village.close()
    w.tutor_mode.sync.flow.import_file(back)
    qtbot.waitUntil(lambda: "Loaded the file" in screen.status.plain_text(), timeout=30000)
    settle(qtbot, screen)
    assert {t.name for t in w.ctx.learners.tiles()} == {"Ann", "Bea"}


def test_a_village_pc_joins_the_centre_of_a_file_with_its_code(app_window, qtbot, tmp_path):
    from sync_helpers import open_pc

    from trainer.services.sync.usb import export_bundle

    town = open_pc(tmp_path / "town")
    TutorService(town).set_up("Sunshine Community Centre", "Hangzhou", "HZ-01", "Teacher Li", PIN)
    __import__("trainer.storage.repositories", fromlist=["x"]).LearnerRepository(town).create(
        "Ann", "sun", "#174A86", "en"
    )
    path = export_bundle(town, tmp_path / "town", tmp_path / "town.dbsync").path
    code = sync_settings.load(tmp_path / "town").code
    town.close()
    w = app_window  # set up on its own first, as every PC's tutor mode is: another centre
    screen = open_sync(w, qtbot)
    w.ctx.learners.create("Bea", "tree", "en")
    w.tutor_mode.sync.flow.import_file(path)
    qtbot.waitUntil(lambda: screen.code_card.isVisible(), timeout=30000)
    settle(qtbot, screen)
    assert (
        "another centre" in screen.status.plain_text() and "Nothing was loaded" in screen.status.plain_text()
    )
    assert "join" in screen.code_help.plain_text()
    qtbot.keyClicks(screen.code_edit, "WRONG")
    click(qtbot, screen.code_ok)
    assert "24 letters" in screen.status.plain_text()
    screen.code_edit.clear()
    qtbot.keyClicks(screen.code_edit, code.lower())
    click(qtbot, screen.code_ok)
    qtbot.waitUntil(lambda: "Loaded the file" in screen.status.plain_text(), timeout=30000)
    settle(qtbot, screen)
    assert {t.name for t in w.ctx.learners.tiles()} == {"Ann", "Bea"}
    assert w.ctx.tutor_access.centre().name == "Sunshine Community Centre"


def test_a_learner_registered_twice_is_merged_from_the_screen(app_window, qtbot, paths):
    w = app_window
    first = w.ctx.learners.create("王秀英", "sun", "zh_CN")
    second = w.ctx.learners.create("王 秀英", "tree", "zh_CN")
    from trainer.storage.repositories import AttemptRepository

    AttemptRepository(w.ctx.db).append(second.id, "mouse-basics", 1, "s1", {}, True, 900)
    screen = open_sync(w, qtbot)
    qtbot.waitUntil(lambda: screen.dup_flow.count() == 1, timeout=5000)
    merge = screen.findChild(type(screen.back), "sync-merge-0")
    assert merge.accessibleName().startswith("Merge the two registrations")
    click(qtbot, merge)
    qtbot.waitUntil(lambda: "Merged" in screen.status.plain_text(), timeout=10000)
    settle(qtbot, screen)
    qtbot.waitUntil(lambda: screen.dup_flow.count() == 0, timeout=5000)
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT count(*) FROM learner").fetchone() == (1,)
        assert conn.execute("SELECT learner_id FROM attempt").fetchall() == [(first.id,)]


def test_the_app_shares_after_the_start_a_lesson_and_sign_out_in_the_background(
    app_window, qtbot, hub_url, paths
):
    import psycopg

    from trainer.app import start_sync
    from trainer.services.sync.hub import setup_hub
    from trainer.ui.operations import wait_until_idle
    from trainer.ui.sync_runner import INTERVAL_MS

    w = app_window
    set_up_centre(w, PIN)
    setup_hub(w.ctx.db, paths.data, hub_url)
    start_sync(w.ctx)  # what the app does after its warm-up
    runner = w.ctx.sync_runner
    assert runner.timer.isActive() and runner.timer.interval() == INTERVAL_MS
    wait_until_idle()
    learner = w.ctx.learners.create("Ann", "sun", "en")
    w.sign_in(learner.id)
    lesson = w.ctx.progress.library.catalogue.lessons[0]
    session = w.ctx.progress.session(w.learner, lesson)
    session.start()
    for n in range(3):
        session.record({"choice": n}, n > 0)
    w.go_sign_in()  # signing out shares what the lesson wrote (saved first, then sent)
    qtbot.waitUntil(lambda: not runner.running, timeout=30000)
    wait_until_idle()
    with psycopg.connect(hub_url) as conn:
        sent = conn.execute("SELECT count(*) FROM hub_record WHERE tbl = 'attempt'").fetchone()[0]
    assert sent == 3 and runner.last_problem is None
    runner.stop()
