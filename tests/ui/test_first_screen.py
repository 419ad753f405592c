"""The sign-in screen is built without PySide6's Qt namespace (it costs ~23 ms to make), yet its
widgets get exactly the settings they would have had by name; its tiles sit in columns that fit.
No module's source is read through the line cache on the way (PySide6's slow import check)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import make_learner
from trainer.ui.widgets import Button, Text, Tile

ROOT = Path(__file__).resolve().parents[2]

# Runs the real app until the sign-in screen is painted and reports every enum PySide made by then
# and every source file read through the line cache.
CHILD = r"""
import enum, json, linecache, sys
made = []
_create = enum.EnumType._create_
def spy(cls, class_name, *args, **kwargs):
    made.append(str(class_name))
    return _create(cls, class_name, *args, **kwargs)
enum.EnumType._create_ = spy
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
before = set(linecache.cache)  # what PySide6 read while it was imported
class Painted(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            read = sorted(name for name in set(linecache.cache) - before if name.endswith(".py"))
            print(json.dumps({"enums": made, "read": read}), flush=True)
            QTimer.singleShot(0, app.quit)
        return False
painted = Painted()
import trainer.ui.pyside_imports  # what run_gui does first: the probe's import below comes before it
from trainer.ui.screens import signin
_init = signin.SignInScreen.__init__
def watched(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    self.installEventFilter(painted)
signin.SignInScreen.__init__ = watched
from trainer.app import run_gui
run_gui()
"""


@pytest.fixture(scope="module")
def first_paint(tmp_path_factory) -> dict:
    """What the real app had made and read when its sign-in screen (12 learners) was first painted."""
    from trainer.config import resolve_paths
    from trainer.services.learners import LearnerService
    from trainer.storage.db import Database

    home = tmp_path_factory.mktemp("first-paint")
    env = {**os.environ, "TRAINER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TRAINER_HOME", str(home))
        db = Database.open(resolve_paths())
    service = LearnerService(db)
    for n in range(12):
        service.create(f"Learner {n}", "sun", "en")
    db.close()
    out = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    assert lines, out.stderr
    return json.loads(lines[0])


def test_the_sign_in_screen_is_painted_before_the_qt_namespace_is_made(first_paint):
    made = first_paint["enums"]
    assert "Shape" in made  # the spy does see PySide's enums (QFrame's, for the scroll area)
    # enums of the Qt namespace: made all at once on first use, ~23 ms before anything is painted
    assert not {"FocusPolicy", "AlignmentFlag", "CursorShape", "Key"} & set(made)


def test_no_source_is_read_through_the_line_cache_before_the_first_paint(first_paint):
    # PySide6's own check reads each module imported after it (about 60, 15 ms) this way
    assert first_paint["read"] == []


def test_settings_given_by_number_are_the_named_ones(app_window):
    text = Text("Hello")
    assert text.textFormat() == Qt.TextFormat.RichText
    assert text.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    button = Button("Next")
    assert button.focusPolicy() == Qt.FocusPolicy.StrongFocus
    tile = Tile("Wang Fang")
    assert tile.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    assert tile.focusPolicy() == Qt.FocusPolicy.StrongFocus
    scroll = app_window.signin.scroll
    assert scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert scroll.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_the_pointing_hand_shows_over_buttons_and_tiles(app_window):
    for widget in (Button("Next"), Tile("Wang Fang")):
        assert widget.cursor().shape() == Qt.CursorShape.ArrowCursor
        QApplication.sendEvent(widget, QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5)))
        assert widget.cursor().shape() == Qt.CursorShape.PointingHandCursor


def test_tiles_fill_rows_as_wide_as_the_window_and_rearrange_when_it_narrows(app_window, qtbot):
    w = app_window
    for n in range(20):
        make_learner(w, f"Learner {n:02d}")
    screen = w.signin

    def rows() -> list[int]:
        return sorted({t.geometry().top() for t in [screen.new_tile, *screen.tiles()]})

    def settle() -> None:
        for _ in range(5):
            QApplication.processEvents()

    settle()
    wide_columns = screen._columns
    assert wide_columns >= 4  # 1366 px: several tiles side by side
    assert screen.grid.getItemPosition(screen.grid.indexOf(screen.new_tile))[:2] == (0, 0)  # "I am new" first
    assert len(rows()) == -(-21 // wide_columns)
    w.resize(960, 700)
    qtbot.waitUntil(lambda: screen._columns < wide_columns)
    settle()
    right = screen.scroll.viewport().width()
    for tile in [screen.new_tile, *screen.tiles()]:  # none cut off at the right edge
        assert tile.mapTo(screen.scroll.viewport(), tile.rect().topRight()).x() <= right
    assert len(rows()) == -(-21 // screen._columns)


def test_with_many_learners_the_first_rows_come_at_once_and_the_rest_right_after(app_window, qtbot):
    from trainer.ui.screens.signin import FIRST_TILES

    w = app_window
    names = [f"Learner {n:02d}" for n in range(40)]
    for name in names:
        w.ctx.learners.create(name, "sun", "en")
    w.refresh_tiles()
    screen = w.signin
    assert len(screen._tiles) == FIRST_TILES  # what shows first is there before the screen is drawn
    qtbot.waitUntil(lambda: len(screen._tiles) == 40)  # the rest after one turn of the event loop
    tiles = screen.tiles()
    assert [t.text() for t in tiles] == names
    assert [t.accessibleName() for t in tiles] == names
    chain, widget = [], screen.new_tile
    for _ in range(40):  # Tab goes through every tile in order
        widget = widget.nextInFocusChain()
        while widget not in tiles:
            widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain == tiles
    w.refresh_tiles()  # signing out rebuilds them; a batch still pending for the old ones is dropped
    assert screen.tiles()[0].text() == names[0] and len(screen.tiles()) == 40


def test_tiles_in_a_row_are_equally_tall_whatever_the_caption(app_window):
    from trainer.services import translations

    w = app_window
    for n in range(8):
        make_learner(w, f"Learner {n}")
    translations.install("zh_CN", w.ctx.paths.i18n)  # "I am new" in Chinese, the names in Latin letters
    try:
        for _ in range(5):
            QApplication.processEvents()
        screen = w.signin
        first_row = [t for t in [screen.new_tile, *screen.tiles()] if t.y() == screen.new_tile.y()]
        assert len(first_row) > 1
        assert {t.height() for t in first_row} == {screen.new_tile.height()}
        assert {t.y() for t in first_row} == {screen.new_tile.y()}
    finally:
        translations.install("en", w.ctx.paths.i18n)
