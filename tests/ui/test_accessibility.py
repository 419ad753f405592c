"""Every screen, at the default and the largest text size, in both themes and languages:
accessible names, 44/60 px targets, reachable with Tab, visible focus, nothing clipped or overlapping."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QScrollBar,
    QWidget,
)

from tests.ui.conftest import make_learner
from tests.ui.walk import every_screen, settle
from trainer.domain.learner import TEXT_SIZES, LearnerSettings
from trainer.services import translations

CASES = [
    pytest.param(TEXT_SIZES[0], False, "en", id="18pt-standard-en"),
    pytest.param(TEXT_SIZES[-1], False, "en", id="36pt-standard-en"),
    pytest.param(TEXT_SIZES[-1], True, "zh_CN", id="36pt-contrast-zh"),
    pytest.param(TEXT_SIZES[-1], False, "zh_CN", id="36pt-standard-zh"),
]


def current_screen(window):
    return window.stack.currentWidget()


def focusables(screen: QWidget) -> list[QWidget]:
    out = []
    for w in screen.findChildren(QWidget):
        if isinstance(w, QScrollBar):
            continue
        if w.isVisible() and w.isEnabled() and (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            out.append(w)
    return out


def accessible_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def geometry_in(w: QWidget, ancestor: QWidget) -> QRect:
    return QRect(w.mapTo(ancestor, w.rect().topLeft()), w.size())


def layout_problems(screen) -> list[str]:
    problems = []
    viewport = screen.scroll.viewport()
    if screen.page.width() > viewport.width() + 1:
        problems.append(
            f"page is wider ({screen.page.width()}) than the window ({viewport.width()}): clipped"
        )
    for w in screen.findChildren(QWidget):
        if not w.isVisible() or not isinstance(w, QLabel | QAbstractButton | QLineEdit):
            continue
        name = f"{type(w).__name__} {w.objectName() or accessible_name(w)[:40]!r}"
        hint = w.minimumSizeHint()
        if (isinstance(w, QLabel) and w.wordWrap()) or (not isinstance(w, QLabel) and w.hasHeightForWidth()):
            # text that wraps: what counts is the height it needs at the width it was given
            need = w.heightForWidth(w.width())
            if need > w.height() + 1:
                problems.append(f"{name}: text needs {need}px height, has {w.height()}")
            if not isinstance(w, QLabel) and w.width() + 1 < hint.width():
                problems.append(f"{name}: {w.width()} wide, needs at least {hint.width()}")
        elif w.width() + 1 < hint.width() or w.height() + 1 < hint.height():
            problems.append(
                f"{name}: {w.width()}x{w.height()} smaller than needed {hint.width()}x{hint.height()}"
            )
        parent = w.parentWidget()
        if parent is not None and w.geometry().right() > parent.width() + 1:
            problems.append(f"{name}: sticks out of its container")
    # siblings must not overlap
    for parent in [screen, *screen.findChildren(QWidget)]:
        kids = [
            k
            for k in parent.children()
            if isinstance(k, QLabel | QAbstractButton | QLineEdit) and k.isVisible()
        ]
        for i, a in enumerate(kids):
            for b in kids[i + 1 :]:
                if a.geometry().intersects(b.geometry()):
                    problems.append(
                        f"{a.objectName() or a.text()[:20]!r} overlaps {b.objectName() or b.text()[:20]!r}"
                    )
    return problems


@pytest.mark.parametrize(("size", "contrast", "language"), CASES)
def test_every_screen_is_accessible(app_window, qtbot, paths, size, contrast, language):
    w = app_window
    make_learner(w, "Wang Fang", "tree")
    make_learner(w, "Li Guoqiang", "boat", pin="1234")
    translations.install(language, paths.i18n)
    settings = LearnerSettings(text_size=size, high_contrast=contrast)
    target = settings.min_target_px
    seen = []
    failures = []
    for label in every_screen(w, settings):
        w.ctx.learners.repo  # noqa: B018 - loaded
        screen = current_screen(w)
        seen.append(label)
        widgets = focusables(screen)
        assert widgets, f"{label}: nothing to press"
        for widget in widgets:
            name = accessible_name(widget)
            what = f"{label}: {type(widget).__name__} {widget.objectName()!r}"
            if not name.strip():
                failures.append(f"{what} has no accessible name")
            if widget.width() < target or widget.height() < target:
                failures.append(f"{what} is {widget.width()}x{widget.height()}, under {target}px")
        # Tab reaches every control
        widgets[0].setFocus(Qt.FocusReason.TabFocusReason)
        settle()
        reached = set()
        for _ in range(len(widgets) * 2 + 4):
            reached.add(QApplication.focusWidget())
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        for widget in widgets:
            if widget not in reached:
                failures.append(
                    f"{label}: Tab never reaches {type(widget).__name__} {accessible_name(widget)!r}"
                )
        settle()  # (the focus ring is thicker: the focused control is laid out again)
        failures += [f"{label}: {p}" for p in layout_problems(screen)]
    assert len(seen) >= 12
    assert not failures, "\n".join(failures)


def test_focus_is_visible(app_window, qtbot):
    """A focused button looks different from the same button unfocused."""
    w = app_window
    make_learner(w)
    tile = w.signin.tiles()[0]
    other = w.signin.new_tile
    other.setFocus()
    settle()
    unfocused = tile.grab().toImage()
    tile.setFocus()
    settle()
    focused = tile.grab().toImage()
    assert unfocused != focused
    language = w.signin.language
    language.setFocus()
    settle()
    a = language.grab().toImage()
    tile.setFocus()
    settle()
    assert a != language.grab().toImage()
