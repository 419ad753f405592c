"""The tutor's tables at the largest text on an old 1024x768 screen: the names wrap, the figures stay in
view, nothing scrolls sideways."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import make_learner
from tests.ui.test_tutor import master, set_up_centre, sign_in_tutor


@pytest.mark.parametrize("size", [18, 36])
def test_tables_never_scroll_sideways_on_a_small_screen(app_window, qtbot, size):
    from trainer.domain.learner import LearnerSettings
    from trainer.ui.style import apply_settings

    w = app_window
    w.resize(1024, 768)
    set_up_centre(w)
    learner = make_learner(w, "Wang Fang of the long family name")
    for lesson in w.ctx.progress.library.catalogue.lessons[:3]:
        master(w, learner, lesson.id)
    w.ctx.progress.writer.flush()
    apply_settings(QApplication.instance(), LearnerSettings(text_size=size))
    w.go_sign_in()
    sign_in_tutor(w, qtbot)
    dash = w.screen("tutor-dashboard")
    qtbot.waitUntil(lambda: dash.table.rowCount() == 1, timeout=5000)
    qtbot.wait(50)
    assert dash.table.horizontalScrollBar().maximum() == 0, "the learners' table scrolls sideways"
    w.tutor_mode.learners.open_learner(learner.id)
    page = w.screen("tutor-learner")
    qtbot.waitUntil(lambda: page.lessons.rowCount() >= 3, timeout=5000)
    qtbot.wait(50)
    table = page.lessons
    assert table.horizontalScrollBar().maximum() == 0, "the lessons table scrolls sideways"
    # nothing is cut: each cell's and each title's wrapped text fits its column and its row
    for t in (dash.table, table):
        assert_nothing_cut(t)


def assert_nothing_cut(table):
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics

    from trainer.ui.tutor.tables import PAD

    cells = QFontMetrics(table.font())
    heads = QFontMetrics(table.horizontalHeader().font())
    for c in range(table.columnCount()):
        room = table.columnWidth(c) - PAD + 4
        title = table.horizontalHeaderItem(c).text()
        words = max(heads.horizontalAdvance(w) for w in title.split())
        assert words <= room, f"title {title!r} cut"
        box = heads.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, title)
        assert box.height() <= table.horizontalHeader().height(), f"title {title!r} cut"
        for r in range(table.rowCount()):
            item = table.item(r, c)
            if item is None or not item.text():
                continue
            words = max(cells.horizontalAdvance(w) for w in item.text().split())
            assert words <= room, f"cell {item.text()!r} cut"
            box = cells.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, item.text())
            assert box.height() <= table.rowHeight(r) + 2, f"cell {item.text()!r} cut"
