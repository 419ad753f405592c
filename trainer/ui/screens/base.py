"""What every screen shares: a scrolling page (nothing is ever clipped), and retranslation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from trainer.ui.bar import ActionBar
from trainer.ui.widgets import NO_FOCUS, SCROLL_BAR_ALWAYS_OFF

SIDE_WIDE, SIDE_NARROW = 32, 20  # the page's and the bar's side margins (see docs/design.md)


class ScrollPage(QWidget):
    """The scrolling page. Its height follows its width (text rewraps), so the scroll area must not
    take the height that wrapped text would need at the narrowest width as a minimum."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().minimumSizeHint().width(), 0)


class Screen(QWidget):
    """A page of the app. Subclasses build widgets in ``build`` and set texts in ``retranslate``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # (as properties: no Qt.* names before the first screen is painted, see ui.widgets)
        self.scroll.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        self.scroll.setProperty("focusPolicy", NO_FOCUS)
        self.page = ScrollPage()
        self.body = QVBoxLayout(self.page)
        self._side = 0  # the page's side margins: see resizeEvent
        self.body.setContentsMargins(SIDE_WIDE, 24, SIDE_WIDE, 24)
        self.body.setSpacing(20)
        self.scroll.setWidget(self.page)
        outer.addWidget(self.scroll, 1)
        # a bar that stays visible below the scrolling page (never over it), for the main actions;
        # its buttons reflow into rows rather than be cut off
        self.bar = ActionBar(self)
        self.bar_layout = self.bar.bar_layout
        self.bar_layout.setContentsMargins(SIDE_WIDE, 12, SIDE_WIDE, 16)
        self.bar_layout.setSpacing(20)
        outer.addWidget(self.bar)
        self.bar.hide()

    def resizeEvent(self, event) -> None:  # noqa: N802
        """Narrower margins on a narrow window (1024 px and less): more room for large words."""
        side = SIDE_WIDE if event.size().width() >= 1200 else SIDE_NARROW
        if side != self._side:
            self._side = side
            self.body.setContentsMargins(side, 24, side, 24)
            self.bar_layout.setContentsMargins(side, 12, side, 16)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text; called on creation and whenever the language changes."""

    def refresh_layout(self) -> None:
        """Apply the current style to every child now and lay out again, so that a size changed by a
        new text size or language is never laid out with an old, smaller size (clipped text)."""
        # the page's and the bar's widgets: the scroll area's own parts restyle themselves, and
        # asking for them makes PySide look up every widget class once (~10 ms before the first paint)
        for part in (self.page, self.bar):
            for child in (part, *part.findChildren(QWidget)):
                child.ensurePolished()
                child.updateGeometry()
        for layout in (self.body, self.bar_layout, self.layout()):
            layout.invalidate()

    def on_show(self) -> None:
        """Called each time the screen is shown (refresh data, set focus)."""

    # opening at the top, with the focus in view -------------------------------------------------------
    opening = False  # while True, a change of focus does not scroll the page (see MainWindow)

    def open_at_top(self) -> None:
        """The page starts at its top. Once laid out, if the focus (set by ``on_show``) is on the page but
        not in view, it goes to ``fallback_focus`` instead, so the screen never opens scrolled."""
        from PySide6.QtCore import QTimer

        self.opening = True
        glide = getattr(self.scroll, "_glide", None)  # (see trainer.ui.reveal, imported when first used)
        if glide is not None:
            glide.stop()
        self.scroll.ensureVisible(0, 0, 0, 0)  # the top (without making the QScrollBar class: start-up)
        QTimer.singleShot(0, self, self._opened)

    def _opened(self) -> None:
        from PySide6.QtWidgets import QApplication

        if self.page.layout() is not None:
            self.page.layout().activate()
        self.scroll.ensureVisible(0, 0, 0, 0)  # the top (without making the QScrollBar class: start-up)
        self.opening_position()
        focus = QApplication.focusWidget()
        if focus is not None and self.page.isAncestorOf(focus) and not self.in_view(focus):
            fallback = self.fallback_focus()
            if fallback is not None:
                fallback.setFocus()
        self.opening = False

    def opening_position(self) -> None:
        """Where the page is scrolled to when the screen opens, once laid out (default: its top)."""

    def in_view(self, widget: QWidget) -> bool:
        """True when all of ``widget`` shows in the page's window (or it is not on the page)."""
        if not self.page.isAncestorOf(widget):
            return True
        # measured against the scroll area (no frame, no horizontal bar: the same rows as its
        # viewport), whose Python wrapper exists already (making the viewport's costs ~60 ms once)
        top = widget.mapTo(self.scroll, widget.rect().topLeft()).y()
        return top >= 0 and top + widget.height() <= self.scroll.height()

    def fallback_focus(self) -> QWidget | None:
        """Where the focus goes when the likely next action is below the fold: the bar's main button."""
        for i in reversed(range(self.bar_layout.count())):
            w = self.bar_layout.itemAt(i).widget()
            if w is not None and w.isVisibleTo(self) and w.isEnabled():
                return w
        return None
