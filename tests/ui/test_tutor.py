"""Tutor mode through the real window: first-run set-up, PINs as slow hashes, the lockout that survives
a restart, idle locking, and no way into tutor screens from a learner's session."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from tests.ui.conftest import make_learner, open_window, set_up_centre


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_pin(qtbot, w, pin: str):
    pad = w.screen("pin")
    for d in pin:
        qtbot.keyClick(pad, d)
    qtbot.keyClick(pad, Qt.Key.Key_Return)


def test_first_run_sets_up_the_centre_and_a_tutor_with_a_hashed_pin(app_window, qtbot, paths):
    w = app_window
    click(qtbot, w.signin.for_tutors)
    assert w.current_name() == "tutor-setup"
    setup = w.screen("tutor-setup")
    click(qtbot, setup.next)
    assert setup.error.isVisible() and "Please fill in" in setup.error.plain_text()
    for key, text in (
        ("centre", "Sunshine Centre"),
        ("place", "Hangzhou"),
        ("code", "HZ-01"),
        ("tutor", "Teacher Li"),
    ):
        qtbot.keyClicks(setup.fields[key][1], text)
    click(qtbot, setup.next)
    assert w.current_name() == "pin" and w.screen("pin").mode == "tutor-new"
    type_pin(qtbot, w, "123456")  # too easy
    assert "too easy" in w.screen("pin").message.plain_text()
    type_pin(qtbot, w, "802451")
    type_pin(qtbot, w, "802451")  # (the PIN is hashed off the UI thread)
    qtbot.waitUntil(lambda: w.current_name() == "tutor-passphrase", timeout=10000)
    phrase = w.screen("tutor-passphrase")
    qtbot.waitUntil(lambda: phrase.ok.isEnabled(), timeout=20000)
    assert len(phrase._phrase.split("-")) == 5
    with sqlite3.connect(paths.database) as conn:
        centre = conn.execute("select name, place, code from centre").fetchone()
        stored = conn.execute("select pin_hash from tutor").fetchone()[0]
    assert centre == ("Sunshine Centre", "Hangzhou", "HZ-01")
    assert stored.startswith("scrypt$") and "802451" not in stored
    assert b"802451" not in paths.database.read_bytes()
    assert all("802451" not in p.read_text(errors="ignore") for p in paths.logs.glob("*"))


def pad_accepts(w) -> bool:
    return w.screen("pin").keys["1"].isEnabled()


def test_five_wrong_pins_lock_sign_in_even_after_a_restart(app_window, qtbot, paths):
    w = app_window
    set_up_centre(w)
    click(qtbot, w.signin.for_tutors)
    choose = w.screen("tutor-choose")
    assert w.current_name() == "tutor-choose" and [t.text() for t in choose.tiles] == ["Teacher Li"]
    for i in range(5):
        if w.current_name() != "pin":
            click(qtbot, choose.tiles[0])
        type_pin(qtbot, w, "111222")
        assert not pad_accepts(w)  # while the PIN is checked, the pad takes no more numbers
        qtbot.waitUntil(
            lambda: (
                w.current_name() in ("pin", "tutor-choose")
                and w.screen("pin").message.isVisible()
                or w.current_name() == "tutor-choose"
            ),
            timeout=5000,
        )
        qtbot.waitUntil(lambda: pad_accepts(w) or w.current_name() == "tutor-choose", timeout=10000)
        if i < 4:
            assert "more tries" in w.screen("pin").message.plain_text()
            assert f"{4 - i} more tries" in w.screen("pin").message.plain_text()
    qtbot.waitUntil(lambda: w.current_name() == "tutor-choose", timeout=5000)
    assert "Too many wrong PINs" in choose.message.plain_text()
    assert w.tutor_mode.signed_in is None
    # a new start of the app: still locked, even with the right PIN
    w2 = open_window(qtbot, paths, language=None)
    w2.show()
    result = w2.ctx.tutor_access.sign_in(w2.ctx.tutor_access.tutors()[0].id, "246813")
    assert type(result).__name__ == "LockedOut"
    w2.ctx.on_close()


def test_a_learner_session_cannot_reach_tutor_screens(app_window, qtbot):
    w = app_window
    set_up_centre(w)
    learner = make_learner(w)
    w.sign_in(learner.id)
    assert w.current_name() == "home"
    # nothing on the learner's screens leads to tutor mode
    home = w.screen("home")
    names = {b.objectName() for b in home.findChildren(type(home.settings))}
    assert not any(n.startswith("tutor") or n == "for-tutors" for n in names)
    # asking for a tutor screen without a tutor PIN goes back to the sign-in screen
    w.tutor_mode.learners.open_dashboard()
    assert w.current_name() == "signin" and w.learner is None


def test_tutor_screens_lock_after_ten_idle_minutes(app_window, qtbot):
    w = app_window
    set_up_centre(w)
    now = [1000.0]
    w.tutor_mode.idle._clock = lambda: now[0]
    w.tutor_mode.signed_in_as(w.ctx.tutor_access.tutors()[0])
    w.tutor_mode.idle.arm()
    w.show_screen("tutor-choose")
    now[0] += 9 * 60
    w.tutor_mode.idle.check()
    assert w.tutor_mode.signed_in is not None
    now[0] += 61
    w.tutor_mode.idle.check()
    assert w.tutor_mode.signed_in is None and w.current_name() == "signin"


def test_a_closed_window_is_never_locked_later(app_window, qtbot):
    """The idle lock of a window that was closed (its data closed) must not fire ten minutes later: it
    would read the closed database (seen when one process opens many windows, as the tests do)."""
    w = app_window
    set_up_centre(w)
    w.tutor_mode.signed_in_as(w.ctx.tutor_access.tutors()[0])
    w.tutor_mode.idle.arm()
    watcher = w.tutor_mode.idle
    assert watcher.parent() is w.tutor_mode and w.tutor_mode.parent() is w  # they go with the window
    w.close()
    assert not watcher.armed
    watcher._clock = lambda: 10**9
    watcher.check()  # nothing happens: no lock, no read of the closed data
    assert w.tutor_mode.signed_in is None


def sign_in_tutor(w, qtbot, pin="246813"):
    click(qtbot, w.signin.for_tutors)
    click(qtbot, w.screen("tutor-choose").tiles[0])
    type_pin(qtbot, w, pin)
    qtbot.waitUntil(lambda: w.current_name() == "tutor-dashboard", timeout=5000)


def test_dashboard_shows_learners_help_requests_and_signs_off_a_level(app_window, qtbot, paths):
    w = app_window
    set_up_centre(w)
    wang = make_learner(w, "Wang Fang")
    make_learner(w, "Li Guoqiang")
    # Wang asks for help in a lesson
    w.sign_in(wang.id)
    lesson = w.ctx.progress.library.catalogue.lessons[0]
    session = w.ctx.progress.session(w.learner, lesson)
    session.start()
    session.ask_for_help()
    w.ctx.progress.writer.flush()
    w.go_sign_in()
    sign_in_tutor(w, qtbot)
    dash = w.screen("tutor-dashboard")
    qtbot.waitUntil(lambda: dash.table.rowCount() == 2, timeout=5000)
    assert (
        len(dash.help_cards) == 1
        and "Wang Fang asked for help" in dash.help_cards[0].findChildren(type(dash.title))[0].plain_text()
    )
    # where and when, as the tutor can find it: the step's number and first words, not its id; the day
    said = dash.help_cards[0].findChildren(type(dash.title))[0].plain_text()
    first = lesson.steps[0]
    assert f"step 1 of {len(lesson.steps)}" in said and "today at" in said, said
    assert f"“{first.id}”" not in said
    # the learner who asked comes first (sorted by who needs attention)
    assert dash.table.item(0, 0).text() == "Wang Fang"
    assert "asked for help" in dash.table.item(0, 6).text()
    # filter by name
    qtbot.keyClicks(dash.search, "Li")
    assert dash.table.rowCount() == 1 and dash.table.item(0, 0).text() == "Li Guoqiang"
    dash.search.clear()
    # the chart's figures are there as text too
    assert "Basic" in dash.chart_text.plain_text() and dash.chart.accessibleDescription()
    # mark the help request done
    done = dash.help_cards[0].findChildren(type(dash.lock))[0]
    click(qtbot, done)
    qtbot.waitUntil(lambda: not getattr(dash, "help_cards", [1]), timeout=5000)
    # open Wang's page and sign off the basic level with the PIN
    qtbot.waitUntil(lambda: dash.table.rowCount() == 2, timeout=5000)
    row = next(r for r in range(2) if dash.table.item(r, 0).text() == "Wang Fang")
    dash.table.cellClicked.emit(row, 0)
    page = w.screen("tutor-learner")
    qtbot.waitUntil(
        lambda: page.page_data is not None and page.title.plain_text() == "Wang Fang", timeout=5000
    )
    qtbot.keyClicks(page.pin, "000000")
    click(qtbot, page.sign_buttons["basic"])
    qtbot.waitUntil(lambda: page.sign_error.isVisible(), timeout=5000)
    assert "not right" in page.sign_error.plain_text()
    qtbot.keyClicks(page.note, "Did every mouse task without help")
    qtbot.keyClicks(page.pin, "246813")
    click(qtbot, page.sign_buttons["basic"])
    qtbot.waitUntil(lambda: page.signed.isVisible(), timeout=5000)
    assert "signed off by Teacher Li" in page.signed.plain_text()
    with sqlite3.connect(paths.database) as conn:
        row = conn.execute("select tier, note from sign_off").fetchone()
    assert row == ("basic", "Did every mouse task without help")
    click(qtbot, w.screen("tutor-dashboard").lock) if w.current_name() == "tutor-dashboard" else click(
        qtbot, page.back
    )


def open_tools(w, qtbot):
    set_up_centre(w)
    sign_in_tutor(w, qtbot)
    click(qtbot, w.screen("tutor-dashboard").actions["roster"])
    return w.screen("tutor-tools")


def test_roster_import_lists_bad_lines_and_imports_only_when_asked(app_window, qtbot, tmp_path):
    w = app_window
    tools = open_tools(w, qtbot)
    csv = tmp_path / "roster.csv"
    csv.write_text(
        "name,language,birth_year\n王秀英,zh_CN,1950\n=CMD(),en,1949\nLi Ming,en,1948\n", encoding="utf-8-sig"
    )
    w.tutor_mode.roster.import_file(csv)
    qtbot.waitUntil(lambda: "Nothing was imported" in tools.status.plain_text(), timeout=5000)
    assert "Line 3" in tools.status.plain_text() and "formula" in tools.status.plain_text()
    assert w.ctx.roster.learners() == []
    click(qtbot, tools.confirm)  # "Import only the good lines"
    qtbot.waitUntil(lambda: "Added 2 learners" in tools.status.plain_text(), timeout=5000)
    assert tools.work.bar.maximum() in (0, 2, 3) and not tools.work.bar.isVisible()
    assert sorted(x.name for x in w.ctx.roster.learners()) == ["Li Ming", "王秀英"]
    # export: UTF-8 with BOM
    out = tmp_path / "out.csv"
    w.tutor_mode.roster.save_list(out)
    qtbot.waitUntil(lambda: "Saved 2 learners" in tools.status.plain_text(), timeout=5000)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") and "王秀英" in out.read_text(encoding="utf-8-sig")


def test_a_wrongly_encoded_file_is_explained(app_window, qtbot, tmp_path):
    w = app_window
    tools = open_tools(w, qtbot)
    csv = tmp_path / "gbk.csv"
    csv.write_bytes("name,language\n王秀英,zh_CN\n".encode("gbk"))
    w.tutor_mode.roster.import_file(csv)
    qtbot.waitUntil(lambda: "UTF-8" in tools.status.plain_text(), timeout=5000)
    assert w.ctx.roster.learners() == []


def test_backup_to_a_folder_and_restore_with_a_preview(app_window, qtbot, tmp_path):
    w = app_window
    make_learner(w, "Before Backup")
    tools = open_tools(w, qtbot)
    stick = tmp_path / "usb"
    stick.mkdir()
    w.tutor_mode.backups.back_up(stick)
    qtbot.waitUntil(lambda: "Backed up to" in tools.status.plain_text(), timeout=5000)
    assert not tools.work.bar.isVisible() and not tools.work.cancel.isVisible()  # the work is over
    (backup,) = list(stick.glob("*.sqlite"))
    make_learner(w, "After Backup")
    w.tutor_mode.backups.choose_backup(backup)  # checked in full off the UI thread, then a preview
    qtbot.waitUntil(lambda: "1 learners" in tools.status.plain_text(), timeout=5000)
    assert tools.confirm.isVisible()
    click(qtbot, tools.confirm)
    qtbot.waitUntil(lambda: w.current_name() == "signin", timeout=10000)
    qtbot.waitUntil(lambda: [t.text() for t in w.signin.tiles()] == ["Before Backup"], timeout=5000)
    assert w.tutor_mode.signed_in is None


def test_erasing_a_learner_offers_an_export_first_and_erases_everything(app_window, qtbot, tmp_path, paths):
    w = app_window
    learner = make_learner(w, "Zhou Lan")
    set_up_centre(w)
    sign_in_tutor(w, qtbot)
    w.tutor_mode.learners.open_learner(learner.id)
    page = w.screen("tutor-learner")
    qtbot.waitUntil(lambda: page.page_data is not None, timeout=5000)
    w.tutor_mode.learners.save_data(tmp_path)
    qtbot.waitUntil(lambda: "Saved in" in page.manage_status.plain_text(), timeout=5000)
    (saved,) = list(tmp_path.glob("*.json"))
    assert "Zhou Lan" in saved.read_text(encoding="utf-8")
    click(qtbot, page.manage_buttons["erase-ask"])
    assert page.erase_confirm.isVisible() and "Save their data first" in page.manage_status.plain_text()
    click(qtbot, page.erase_confirm)
    qtbot.waitUntil(lambda: w.current_name() == "tutor-dashboard", timeout=5000)
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("select count(*) from learner").fetchone()[0] == 0


def master(w, learner, lesson_id):
    """The learner answers every quiz of the lesson right at the first try."""
    lesson = w.ctx.progress.library.catalogue.get(lesson_id)
    session = w.ctx.progress.session(learner, lesson)
    session.start()
    for i, step in enumerate(lesson.steps):
        session.go_to(i)
        if step.kind == "quiz":
            session.record({"answer": "right"}, True, 1.0)
    assert session.finish().passed


def test_tutor_issues_a_level_certificate_with_the_passphrase(app_window, qtbot, tmp_path):
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
    assert page.cert_buttons["basic"].isEnabled() and not page.cert_buttons["intermediate"].isEnabled()
    w.tutor_mode.certificates.issue(learner.id, "basic", "wrong-passphrase", tmp_path)
    qtbot.waitUntil(lambda: "not right" in page.cert_status.plain_text(), timeout=20000)
    assert not list(tmp_path.glob("*.pdf"))
    w.tutor_mode.certificates.issue(learner.id, "basic", phrase, tmp_path)
    qtbot.waitUntil(lambda: "is ready" in page.cert_status.plain_text(), timeout=20000)
    (pdf,) = list(tmp_path.glob("*.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF") and list(tmp_path.glob("*.jwt"))
    # in view, with a way to open it (to look at or print) in the PC's viewer
    assert_in_view_and_opens(qtbot, page, page.cert_status, page.open_certificate, pdf)


def test_learner_progress_report_is_saved_as_pdf(app_window, qtbot, tmp_path):
    w = app_window
    learner = make_learner(w, "Wang Fang")
    set_up_centre(w)
    sign_in_tutor(w, qtbot)
    w.tutor_mode.learners.open_learner(learner.id)
    page = w.screen("tutor-learner")
    qtbot.waitUntil(lambda: page.page_data is not None, timeout=5000)
    out = tmp_path / "report.pdf"
    w.resize(1024, 768)
    w.tutor_mode.reports.learner_pdf(out)
    qtbot.waitUntil(lambda: "Saved in" in page.manage_status.plain_text(), timeout=20000)
    assert out.read_bytes().startswith(b"%PDF")
    assert_in_view_and_opens(qtbot, page, page.manage_status, page.open_report, out)


def assert_in_view_and_opens(qtbot, screen, status, button, path) -> None:
    """The words saying the file is saved show in the window, and the button beside them opens the file
    (through Qt's URL handling, which the PC's viewer takes: caught here)."""
    from PySide6.QtCore import QObject, Slot
    from PySide6.QtGui import QDesktopServices

    from trainer.ui.reveal import finish_movement

    class Catch(QObject):
        urls: list = []

        @Slot("QUrl")
        def open(self, url) -> None:
            self.urls.append(url.toLocalFile())

    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()
    finish_movement(screen.scroll)
    assert button.isVisible() and screen.in_view(status) and screen.in_view(button)
    catch = Catch()
    QDesktopServices.setUrlHandler("file", catch, "open")
    try:
        click(qtbot, button)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert Catch.urls == [str(path)]


def test_class_report_and_anonymous_summary_from_the_tools_screen(app_window, qtbot, tmp_path):
    import json

    w = app_window
    make_learner(w, "Wang Fang")
    tools = open_tools(w, qtbot)
    w.resize(1024, 768)
    reports = w.tutor_mode.reports
    for make, name in (
        (reports.class_pdf, "c.pdf"),
        (reports.class_csv, "c.csv"),
        (reports.summary_json, "s.json"),
    ):
        make(tmp_path / name)
        qtbot.waitUntil(lambda n=name: f"Saved in {tmp_path / n}" in tools.status.plain_text(), timeout=20000)
        assert_in_view_and_opens(qtbot, tools, tools.status, tools.confirm, tmp_path / name)
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
    assert "Wang Fang" in (tmp_path / "c.csv").read_text(encoding="utf-8-sig")
    summary = (tmp_path / "s.json").read_text(encoding="utf-8")
    assert "Wang Fang" not in summary and json.loads(summary)


def test_long_work_shows_progress_and_can_be_cancelled_leaving_nothing_half_done(app_window, qtbot, tmp_path):
    import threading

    from trainer.ui import operations

    w = app_window
    tools = open_tools(w, qtbot)
    csv = tmp_path / "roster.csv"
    csv.write_text("name\n" + "\n".join(f"Learner {i}" for i in range(1200)) + "\n", encoding="utf-8")
    # the import reports its figures from the worker; the tutor presses Cancel half-way
    gate, halfway = threading.Event(), threading.Event()
    real = w.ctx.roster.import_csv

    def slow_import(path, skip_bad=False, progress=None, cancel=None):
        def report(done, total):
            progress(done, total)
            if done < total:  # the first batch is written, the rest not yet
                halfway.set()
                assert gate.wait(20)

        return real(path, skip_bad=skip_bad, progress=report, cancel=cancel)

    w.ctx.roster.import_csv = slow_import  # the real service, held half-way
    w.tutor_mode.roster.import_file(csv)
    assert tools.work.bar.isVisible() and tools.work.cancel.isVisible()
    assert halfway.wait(10)
    qtbot.waitUntil(lambda: 0 < tools.work.bar.value() < tools.work.bar.maximum() == 1200, timeout=5000)
    click(qtbot, tools.work.cancel)
    assert "nothing will be left half-done" in tools.status.plain_text()
    gate.set()
    assert operations.wait_until_idle(10000)
    assert "Stopped. Nothing was changed." in tools.status.plain_text() and not tools.work.bar.isVisible()
    assert w.ctx.roster.learners() == []


def test_chart_figures_in_chinese_take_full_width_marks(app_window):
    from trainer.services import translations
    from trainer.ui.theme import STANDARD
    from trainer.ui.tutor.charts import BarChart, Series

    chart = BarChart(STANDARD)
    chart.set_data("", ["入门"], [Series("还没开始", (0,)), Series("学了部分课程", (7,))])
    translations.install("zh_CN", app_window.ctx.paths.i18n)
    try:
        assert chart.as_text() == "入门：还没开始 0，学了部分课程 7"
    finally:
        translations.install("en", app_window.ctx.paths.i18n)
    assert chart.as_text() == "入门: 还没开始 0, 学了部分课程 7"


def test_a_help_request_of_another_day_says_the_date(app_window):
    from datetime import UTC, datetime, timedelta

    from trainer.domain.dashboard import OpenHelp
    from trainer.domain.lessons import step_place

    w = app_window
    dash = w.screen("tutor-dashboard")
    lesson = w.ctx.progress.library.catalogue.lessons[0]
    step = lesson.steps[-1]
    asked = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    h = OpenHelp("r1", "l1", "Wang Fang", lesson.id, step.id, asked)
    dash.set_data(
        [], [h], {lesson.id: "Using the mouse"}, {(lesson.id, step.id): step_place(lesson, step.id, "en")}
    )
    said = dash.help_text(h)
    assert "November" in said and "2026" in said and "today" not in said, said
    assert f"step {len(lesson.steps)} of {len(lesson.steps)}" in said and "“Using the mouse”" in said
    gone = OpenHelp(
        "r2", "l1", "Wang Fang", lesson.id, "removed-step", datetime.now(UTC) - timedelta(minutes=5)
    )
    assert "no longer in the lesson" in dash.help_text(gone) and "removed-step" not in dash.help_text(gone)


def test_chart_legend_and_week_dates_are_never_cut(app_window):
    """36 pt on a narrow page: the legend wraps onto rows inside the chart, week dates are written
    whole (every n-th one when a date is wider than its bars) and never run into each other."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QFontMetricsF

    from trainer.ui.theme import STANDARD
    from trainer.ui.tutor.charts import BarChart, Series

    chart = BarChart(STANDARD)
    font = QFont(chart.font())
    font.setPointSize(36)
    chart.setFont(font)
    weeks = [f"2026-{m:02d}-{d:02d}" for m in (9, 10, 11) for d in (2, 9, 16, 23)]
    names = ["lessons done", "minutes of practice", "help asked for"]
    chart.set_data("weeks", weeks, [Series(n, tuple(range(12))) for n in names])
    fm = QFontMetricsF(font)
    for width in (480, 760, 1300):
        plan = chart.plan(width)
        rows = {round(box.top()) for box, _ in plan.legend}
        assert width > 1000 or len(rows) > 1  # (narrow: the legend took more rows)
        for (box, rect), name in zip(plan.legend, names, strict=True):
            need = fm.boundingRect(QRectF(0, 0, rect.width(), 10_000), 0x0001 | 0x1000, name)
            assert box.left() >= 0 and rect.right() <= width and rect.left() >= box.right(), (width, name)
            assert need.width() <= rect.width() and need.height() <= rect.height(), (width, name)
            assert rect.bottom() < plan.top and box.bottom() < plan.top
        boxes = [r for pair in plan.legend for r in pair]
        assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
        rects = [(i, plan.label_rect(i, 100.0)) for i in range(len(weeks))]
        shown = [(i, r) for i, r in rects if r is not None]
        assert shown and shown[0][0] == 0
        for (_, a), (_, b) in zip(shown, shown[1:], strict=False):
            assert a.right() <= b.left() + 0.5, width  # side by side, not over each other
        for i, r in shown:
            assert r.left() >= plan.left and r.right() <= width - plan.right + 0.5, (width, weeks[i])
            need = fm.boundingRect(QRectF(0, 0, r.width(), 10_000), 0x0004 | 0x1000, weeks[i])
            assert need.width() <= r.width() and need.height() <= r.height(), (width, weeks[i])
        assert chart.heightForWidth(width) >= plan.top + plan.bottom + 160
