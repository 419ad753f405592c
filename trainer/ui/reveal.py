"""Bringing what just appeared into view, and saying it to screen readers.

Feedback (an answer's explanation, a drill's hint, "your tutor has been told") often appears below
what the screen shows, most of all with large text on a small screen: then nothing seems to happen.
``reveal`` scrolls the page of the screen holding it, once the new text is laid out, so that all of
it shows (or its top, when it is taller than the window), gliding for a quarter of a second, or in
one jump with "less movement". ``announce`` tells screen readers (an accessibility announcement)."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QPropertyAnimation, QRect, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

GLIDE_MS = 250
MARGIN_PX = 24


def announce(widget: QWidget, text: str) -> None:
    """Screen readers say ``text`` (politely: after what they are saying now)."""
    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def reveal(*widgets: QWidget, text: str = "") -> None:
    """Scroll ``widgets`` (feedback that has just been shown) into view once laid out; announce ``text``."""
    shown = [w for w in widgets if w is not None]
    if not shown:
        return
    if text:
        announce(shown[0], text)
    area = scroll_area_of(shown[0])
    if area is None:
        return
    QTimer.singleShot(0, area, lambda: _bring(area, shown))


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    """The outermost scroll area holding ``widget`` (a screen's page, not a list inside it)."""
    found, parent = None, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            found = parent
        parent = parent.parentWidget()
    return found


def _bring(area: QScrollArea, widgets: list[QWidget]) -> None:
    try:
        page = area.widget()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # lay the new text out first
        if page.layout() is not None:
            page.layout().activate()
        rects = [
            QRect(w.mapTo(page, w.rect().topLeft()), w.size())
            for w in widgets
            if w.isVisibleTo(page) and page.isAncestorOf(w)
        ]
    except RuntimeError:  # the step was closed meanwhile
        return
    if not rects:
        return
    block = rects[0]
    for r in rects[1:]:
        block = block.united(r)
    glide_to(area, target_value(area, block.top(), block.bottom()))


def target_value(area: QScrollArea, top: int, bottom: int) -> int:
    """The scroll position that shows page rows ``top``..``bottom``: unchanged when they show already;
    else the least movement that shows all of them, or their top when they are taller than the window."""
    bar = area.verticalScrollBar()
    value, height = bar.value(), area.viewport().height()
    if top >= value and bottom <= value + height:
        return value
    if bottom - top + 2 * MARGIN_PX > height or top < value:
        wanted = top - MARGIN_PX
    else:
        wanted = bottom + MARGIN_PX - height
    return max(bar.minimum(), min(bar.maximum(), wanted))


def glide_to(area: QScrollArea, value: int) -> None:
    from trainer.ui.style import current_settings

    bar = area.verticalScrollBar()
    old = getattr(area, "_glide", None)
    if old is not None:
        old.stop()
    if value == bar.value():
        return
    if current_settings().reduced_motion:
        bar.setValue(value)
        return
    glide = QPropertyAnimation(bar, b"value", area)
    glide.setDuration(GLIDE_MS)
    glide.setEasingCurve(QEasingCurve.Type.OutCubic)
    glide.setStartValue(bar.value())
    glide.setEndValue(value)
    area._glide = glide
    glide.start()


def finish_movement(area: QScrollArea) -> None:
    """Jump to where a glide is going (tests; a new screen opening)."""
    glide = getattr(area, "_glide", None)
    if glide is not None and glide.state() == QPropertyAnimation.State.Running:
        glide.setCurrentTime(glide.duration())
        glide.stop()
