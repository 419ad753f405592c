"""What every screen shares: a scrolling page (nothing is ever clipped), and retranslation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from trainer.ui.widgets import NO_FOCUS, SCROLL_BAR_ALWAYS_OFF


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
        self.body.setContentsMargins(40, 28, 40, 28)
        self.body.setSpacing(20)
        self.scroll.setWidget(self.page)
        outer.addWidget(self.scroll, 1)
        # a bar that stays visible below the scrolling page, for the main actions
        self.bar = QWidget(self)
        self.bar_layout = QHBoxLayout(self.bar)
        self.bar_layout.setContentsMargins(40, 12, 40, 20)
        self.bar_layout.setSpacing(20)
        outer.addWidget(self.bar)
        self.bar.hide()

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
