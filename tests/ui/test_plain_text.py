"""Every place that shows what people typed (learner names, the centre, tutors, notes) shows it as
plain text: a learner named ``<img src=/dev/zero>`` (allowed by "I am new") made the tutor's
dashboard tooltip load /dev/zero and hang. This walks every screen a learner and a tutor can reach
with hostile names in the data and checks every label, button, tooltip and table cell."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # (mightBeRichText lives in QtGui's Qt namespace)
from PySide6.QtWidgets import QAbstractButton, QLabel, QTableWidget, QToolTip, QWidget

from tests.ui.walk import every_screen, settle
from trainer.domain.learner import LearnerSettings

pytestmark = pytest.mark.slow  # a walk through every screen, tutor mode included (about 20 s)

HOSTILE = [
    "<img src=/dev/zero>",
    "<b>王</b>秀英",
    "<a href='http://x.example'>点我</a>",
    "Tom & <i>Jerry</i>",
    "%1 %2 {name} &amp;",
]
MARKUP = ("<img", "<b>", "<a href", "<i>")


def _rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
    )


def _tooltip_safe(tip: str) -> bool:
    """A tooltip that Qt would render as rich text may not carry a hostile name's markup raw."""
    return not GuiQt.mightBeRichText(tip) or not any(m in tip for m in MARKUP)


def _check(window, where: str, seen: dict[str, int]) -> None:
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        tip = w.toolTip()
        assert _tooltip_safe(tip), f"{where}: {type(w).__name__} tooltip {tip!r}"
        if isinstance(w, QLabel):
            if _rich(w):
                assert not any(m in w.text() for m in MARKUP), f"{where}: label {w.text()[:200]!r}"
            shown = w.text()
        elif isinstance(w, QAbstractButton):
            shown = w.text()  # buttons never render markup
        elif isinstance(w, QTableWidget):
            shown = ""
            for r in range(w.rowCount()):
                for c in range(w.columnCount()):
                    item = w.item(r, c)
                    if item is not None:
                        assert _tooltip_safe(item.toolTip()), f"{where}: cell tooltip {item.toolTip()!r}"
                        shown += item.text()
                        if item.toolTip():
                            QToolTip.showText(w.mapToGlobal(w.rect().center()), item.toolTip(), w)
        else:
            continue
        for name in HOSTILE:
            if name in shown or name.replace("&", "&amp;").replace("<", "&lt;") in shown:
                seen[where] = seen.get(where, 0) + 1
    QToolTip.hideText()


def test_every_screen_shows_hostile_names_as_plain_text(app_window, qtbot, paths):
    w = app_window
    for name in HOSTILE:
        w.ctx.learners.create(name, "sun", "en")
    service = w.ctx.tutor_access
    service.set_up("<b>Centre</b> & co", "<img src=x>", "<i>C1</i>", "<u>周老师</u>", "246813")
    w.refresh_tiles()
    seen: dict[str, int] = {}
    for where in every_screen(w, LearnerSettings()):
        settle()
        _check(w, where, seen)
    # the names were really on screen where it matters (a test that shows nothing proves nothing)
    assert seen.get("sign-in", 0) >= len(HOSTILE)
    assert seen.get("tutor: dashboard", 0) >= len(HOSTILE)
    assert seen.get("tutor: learner page", 0) >= 1
