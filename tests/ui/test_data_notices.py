"""The calm notices above every screen: answers that cannot be saved (a full disk: SQLite's own
"database or disk is full"), damage the start-up check found, records put aside after damage.
The learner is told in plain words and carries on; the tutor gets the cause; nothing is lost."""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import closing

from PySide6.QtCore import Qt
from sqlalchemy import event

from tests.ui.conftest import make_learner
from trainer.storage import backup


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _fill_the_disk(engine, limit: dict) -> None:
    """Every connection the app takes from now on may not grow the file past ``limit["pages"]``:
    SQLite then answers "database or disk is full" exactly as on a full disk."""

    @event.listens_for(engine, "checkout")
    def _limit(dbapi_connection, _record, _proxy) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {limit['pages']}")


def test_answers_on_a_full_disk_are_kept_shown_calmly_and_saved_when_there_is_room(app_window, qtbot, paths):
    w = app_window
    make_learner(w, "Wang Fang")
    click(qtbot, w.signin.tiles()[0])
    click(qtbot, w.screen("home").continue_button)
    player = w.screen("player")
    session, writer = player.session, w.ctx.progress.writer
    writer.flush()
    with closing(sqlite3.connect(paths.database)) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        before = conn.execute("SELECT count(*) FROM attempt").fetchone()[0]
    limit = {"pages": pages}
    _fill_the_disk(w.ctx.db.engine, limit)
    big = {"note": "字" * 3000}  # each answer needs pages of its own
    for n in range(5):
        session.record({"n": n}, True, data=big)
    writer.flush()
    assert writer.problem is not None and writer.problem.kind == "disk_full"
    qtbot.waitUntil(lambda: w.notice_bar().isVisible(), timeout=5000)
    bar = w.notice_bar()
    assert "disk is full" in bar.text.plain_text() and "carry on" in bar.text.plain_text().lower()
    assert bar.more.isVisible() and not bar.detail.isVisible()  # the cause is one press away
    click(qtbot, bar.more)
    assert bar.detail.isVisible()
    assert "For your tutor" in bar.detail.plain_text() and "5 answer" in bar.detail.plain_text()
    assert w.current_name() == "player"  # nothing stopped the lesson
    # more answers while the disk is full: kept too, in order
    for n in range(5, 8):
        session.record({"n": n}, n % 2 == 0, data=big)
    # room again: the next try saves everything, and the learner is told
    limit["pages"] = 1_000_000
    writer.retry_now()
    writer.flush()
    assert writer.problem is None and writer.pending == 0
    qtbot.waitUntil(lambda: "All your answers are saved now" in bar.text.plain_text(), timeout=5000)
    with closing(sqlite3.connect(paths.database)) as conn:
        saved = [
            json.loads(a)["n"] for (a,) in conn.execute("SELECT answer FROM attempt ORDER BY created_at")
        ]
    assert saved[before:] == list(range(8))


def test_damage_found_after_start_up_is_a_notice_not_a_stop(app_window, qtbot, paths):
    w = app_window
    make_learner(w, "Wang Fang")
    with closing(sqlite3.connect(paths.database)) as conn:  # an index no longer agrees with its table
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = sql || ' WHERE 0' WHERE name = 'ix_attempt_created_at'")
        conn.commit()
    with closing(sqlite3.connect(paths.database)) as conn:
        conn.execute(
            "INSERT INTO attempt (id, learner_id, lesson_id, lesson_version, step_id, answer, correct, duration_ms,"
            " created_at) SELECT 'a1', id, 'x', 1, 's', '1', 1, 5, created_at FROM learner"
        )
        conn.commit()
    with closing(sqlite3.connect(paths.database)) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = substr(sql, 1, length(sql) - 8) WHERE name = 'ix_attempt_created_at'"
        )
        conn.commit()
    found = w.ctx.check_database()
    assert found is not None and not found.ok
    w.show_start_up_findings()
    bar = w.notice_bar()
    assert bar.isVisible() and "fault in its record book" in bar.text.plain_text()
    assert "self-test" in bar.detail.plain_text()
    click(qtbot, w.signin.tiles()[0])  # the learner can still sign in and learn
    assert w.current_name() == "home"


def test_records_put_aside_are_shown_until_a_tutor_decides(app_window, qtbot, paths):
    w = app_window
    make_learner(w, "Wang Fang")
    made = backup.auto_backup(paths.database, paths.backups, "daily")
    w.ctx.db.close()
    w.ctx.db = None
    paths.database.write_bytes(os.urandom(paths.database.stat().st_size))
    from trainer.storage.errors import DatabaseCorrupt

    try:
        w.ctx.open_database()
    except DatabaseCorrupt as problem:
        w.show_problem(problem)
    screen = w.screen("problem")
    assert "with 1 learners" in screen.todo.plain_text() or "1 learner" in screen.todo.plain_text()
    click(qtbot, screen.empty_button)  # "start a new, empty record book"
    w.ctx.start_empty()
    w.go_sign_in()
    bar = w.notice_bar()
    assert bar.isVisible() and "put aside" in bar.text.plain_text()
    assert made.name in bar.detail.plain_text() and "1 learners" in bar.detail.plain_text()
    # a later start says it again
    w.ctx.db.close()
    w.ctx.open_database()
    w.go_sign_in()
    assert "put aside" in w.notice_bar().text.plain_text()
    # the tutor's word ends it
    from trainer.services.backups import BackupService

    BackupService.for_paths(paths).accept_current()
    w.go_sign_in()
    assert not w.notice_bar().isVisible()


def test_closing_with_answers_not_saved_asks_and_keeps_the_trainer_open(app_window, qtbot, paths):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    w = app_window
    make_learner(w, "Wang Fang")
    click(qtbot, w.signin.tiles()[0])
    click(qtbot, w.screen("home").continue_button)
    session, writer = w.screen("player").session, w.ctx.progress.writer
    writer.flush()
    with closing(sqlite3.connect(paths.database)) as conn:
        limit = {"pages": conn.execute("PRAGMA page_count").fetchone()[0]}
    _fill_the_disk(w.ctx.db.engine, limit)
    session.record({"n": 1}, True, data={"note": "字" * 3000})
    writer.flush()
    assert writer.problem is not None

    answered = []

    def answer(keep: bool) -> None:
        box = next(b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible())
        answered.append(box.text())
        wanted = "Keep the trainer open" if keep else "Close anyway"
        next(b for b in box.buttons() if b.text() == wanted).click()

    QTimer.singleShot(200, lambda: answer(keep=True))
    w.close()
    assert answered and "could not be saved yet" in answered[0] and "lost" in answered[0]
    assert w.isVisible() and w.ctx.db is not None  # still open, the answer still waiting
    limit["pages"] = 1_000_000  # the tutor freed some space: closing saves it without asking
    w.close()
    assert len(answered) == 1 and not w.isVisible()
    with closing(sqlite3.connect(paths.database)) as conn:
        assert conn.execute("SELECT count(*) FROM attempt WHERE answer LIKE '%\"n\": 1%'").fetchone() == (1,)
