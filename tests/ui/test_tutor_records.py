"""What a tutor decides in tutor mode after damage or a forgotten PIN: restore the last good backup
made before the damage, or say the records now are right (the notice then ends); a hostile file is
refused with its reason before anything changes; a learner's PIN wait is lifted from their page."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing

from tests.ui.conftest import make_learner
from tests.ui.test_tutor import click, set_up_centre, sign_in_tutor
from trainer.domain.pin_wait import FREE_TRIES
from trainer.storage import backup
from trainer.storage.errors import DatabaseCorrupt
from trainer.ui import operations


def _damage_and_start_empty(w, paths):
    """Three learners and a backup of them; then the record book is damaged and someone started a new,
    empty one. Returns the backup kept for the put-aside records."""
    for name in ("Wang Fang", "Li Ming", "Chen Jing"):
        make_learner(w, name)
    made = backup.auto_backup(paths.database, paths.backups, "daily")
    w.ctx.db.close()
    w.ctx.db = None
    paths.database.write_bytes(os.urandom(paths.database.stat().st_size))
    try:
        w.ctx.open_database()
    except DatabaseCorrupt:
        w.ctx.start_empty()
    w.go_sign_in()
    return made


def test_restore_the_backup_from_before_the_damage(app_window, qtbot, paths):
    w = app_window
    made = _damage_and_start_empty(w, paths)
    assert "put aside" in w.notice_bar().text.plain_text()
    set_up_centre(w)
    sign_in_tutor(w, qtbot)
    w.tutor_mode.open_tools()
    tools = w.screen("tutor-tools")
    button = tools.buttons["restore-before-damage"]
    assert tools.sections["put-aside"].isVisible() and button.isVisible()
    assert "3 learners" in button.text()
    click(qtbot, button)
    qtbot.waitUntil(lambda: "3 learners" in tools.status.plain_text(), timeout=10000)
    assert made.exists()
    click(qtbot, tools.confirm)  # "Restore this backup"
    assert operations.wait_until_idle(20000)
    qtbot.waitUntil(lambda: w.current_name() == "signin", timeout=10000)
    assert sorted(t.name for t in w.ctx.learners.tiles()) == ["Chen Jing", "Li Ming", "Wang Fang"]
    w.go_sign_in()
    assert not w.notice_bar().isVisible()


def test_the_records_now_are_right_ends_the_notice(app_window, qtbot, paths):
    w = app_window
    _damage_and_start_empty(w, paths)
    set_up_centre(w)
    sign_in_tutor(w, qtbot)
    w.tutor_mode.open_tools()
    tools = w.screen("tutor-tools")
    click(qtbot, tools.buttons["records-right"])
    assert "Are the records on this computer now right?" in tools.status.plain_text()
    click(qtbot, tools.confirm)
    assert operations.wait_until_idle(10000)
    qtbot.waitUntil(lambda: "Done" in tools.status.plain_text(), timeout=5000)
    assert w.ctx.backups.put_aside() is None
    assert not tools.sections["put-aside"].isVisible() and not w.notice_bar().isVisible()


def test_without_damage_there_is_nothing_to_decide(app_window, qtbot):
    w = app_window
    set_up_centre(w)
    sign_in_tutor(w, qtbot)
    w.tutor_mode.open_tools()
    tools = w.screen("tutor-tools")
    assert not tools.sections["put-aside"].isVisible()
    assert not tools.buttons["restore-before-damage"].isVisible()


def test_an_altered_backup_is_refused_with_the_reason(app_window, qtbot, paths, tmp_path):
    w = app_window
    make_learner(w, "Wang Fang")
    altered = backup.make_backup(paths.database, tmp_path / "altered.sqlite")
    with closing(sqlite3.connect(altered)) as conn:
        conn.execute("CREATE TRIGGER no_answers BEFORE INSERT ON attempt BEGIN SELECT RAISE(ABORT, 'x'); END")
        conn.commit()
    set_up_centre(w)
    sign_in_tutor(w, qtbot)
    w.tutor_mode.open_tools()
    tools = w.screen("tutor-tools")
    w.tutor_mode.backups.choose_backup(altered)
    assert operations.wait_until_idle(10000)
    said = tools.status.plain_text()
    assert "triggers are not the trainer's" in said and "no_answers" in said and "Nothing was changed" in said
    assert not tools.confirm.isVisible()


def test_a_tutor_lifts_a_learners_pin_wait(app_window, qtbot):
    w = app_window
    ann = make_learner(w, "Wang Fang", pin="2468")
    for _ in range(FREE_TRIES + 1):
        w.ctx.learners.try_pin(ann.id, "1111")
    assert w.ctx.learners.pin_wait(ann.id) is not None
    set_up_centre(w)
    sign_in_tutor(w, qtbot)
    w.tutor_mode.learners.open_learner(ann.id)
    page = w.screen("tutor-learner")
    qtbot.waitUntil(lambda: page.page_data is not None, timeout=5000)
    button = page.manage_buttons["pin-wait"]
    assert button.isVisible()
    click(qtbot, button)
    assert operations.wait_until_idle(5000)
    assert w.ctx.learners.pin_wait(ann.id) is None
    assert "can try their PIN again now" in page.manage_status.plain_text()
    assert not button.isVisible()
