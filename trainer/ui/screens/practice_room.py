"""Room for practising on a short screen: the feedback strip, and keeping what the learner acts on in view.

On a 1024x768 screen at 36 pt the player's buttons take two rows and a hint two lines: the page keeps
less than half the window. A drill's practice area (the target, the keyboard, the list) is sized to
the page's height with the strip at its tallest, and the page is scrolled so that the area shows (its
words above can be read by scrolling up). Where the strip goes is planned before it appears, so when
a hint appears (or grows, or goes) nothing on the page moves under the pointer: the page only
scrolls when a step opens, and after a try when the area is not in view, once the mouse buttons are
up (a press and its release land on the same thing)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.screens.base import ScrollPage
from trainer.ui.theme import LINE_HEIGHT_PERCENT
from trainer.ui.widgets import Text

PARAGRAPH_GAP = 6  # px below each paragraph of a Text (ui.widgets)
SHORT_WINDOW = 900  # px: a window lower than this keeps the strip to two lines of text
EDGE = 2  # px above a line of words the window starts at
MARGIN = 12  # px kept between the area and the page's edges when it is scrolled into view


class LiveStrip(QScrollArea):
    """The strip for feedback between the page and the buttons. As tall as its words need, up to a
    quarter of the window, and on a short window up to two lines (then it scrolls itself), so the page
    and the buttons always keep room."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("live-feedback")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inside = ScrollPage()  # (no minimum height: wrapped words are measured at the width they have)
        inside.setObjectName("live-inside")
        self.box = QVBoxLayout(inside)
        self.box.setContentsMargins(20, 10, 20, 10)
        self.setWidget(inside)
        # never shown: two lines of words (Latin and Chinese type), to measure how tall two lines are
        self.probe = Text("字Ag\n字Ag", parent=inside)
        self.probe.hide()
        self.spare = None  # () -> px of the page's window above the strip that show nothing to act on
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def window_height(self) -> int:
        return self.window().height() if self.window() is not None else 768

    def cap(self) -> int:
        """The tallest the strip gets in this window: a quarter of it; on a short window two lines of
        words (as the strip lays them out, in Latin and in Chinese type, whichever is taller)."""
        window = self.window_height()
        if window >= SHORT_WINDOW:
            return max(80, window // 4)
        margins = self.box.contentsMargins()
        self.probe.ensurePolished()
        lines = self.probe.heightForWidth(10_000) - PARAGRAPH_GAP  # (two paragraphs: one gap less)
        return lines + margins.top() + margins.bottom() + 2 * self.frameWidth() + 4

    def _doc(self, html: str, width: int = 10_000) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(self.widget().font())
        doc.setDocumentMargin(0)
        doc.setHtml(html)
        doc.setTextWidth(max(1, width))
        return doc

    def _line_tops(self, label: QLabel, width: int) -> list[float]:
        """Where each line of ``label``'s words starts, laid out at ``width``."""
        doc = self._doc(label.text(), width)
        tops, block = [], doc.begin()
        while block.isValid():
            first = doc.documentLayout().blockBoundingRect(block).top()
            layout = block.layout()
            tops += [first + layout.lineAt(i).y() for i in range(layout.lineCount())]
            block = block.next()
        return tops

    def fit_margins(self) -> None:
        """Less paper above and below the words on a short window."""
        gap = 4 if self.window_height() < SHORT_WINDOW else 10
        if self.box.contentsMargins().top() != gap:
            self.box.setContentsMargins(20, gap, 20, gap)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        # (measured without the room of its scroll bar: with one, it would wrap onto more lines)
        inside = width - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        need = self.widget().heightForWidth(inside) + 2 * self.frameWidth() + 4  # (and the top line)
        cap = self.cap()
        if need <= cap:
            return need
        # longer words may take the page's empty room below the practice area (they cover nothing)
        cap += max(0, self.spare()) if self.spare is not None and self.window_height() < SHORT_WINDOW else 0
        if need <= cap:
            return need
        # longer words: as many whole lines as the cap holds, the next one starting at the bottom edge
        # (never a line cut in half); the rest is below, the strip scrolls
        top = self.viewport().geometry().top() + self.box.contentsMargins().top()
        label = next((w for w in self.widget().findChildren(QLabel) if w.isVisibleTo(self)), None)
        if label is None:
            return cap
        margins = self.box.contentsMargins()
        tops = self._line_tops(label, inside - margins.left() - margins.right())
        fitting = [t for t in tops[1:] if top + t <= cap]
        return top + round(fitting[-1]) if fitting else cap

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), self.heightForWidth(self.width()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, min(80, self.heightForWidth(self.width())))


class AreaKeeper:
    """Keeps a step's practice area (``StepView.act_on``) in the page's window with the strip at its
    tallest: sizes it to that room, keeps room below the page for the strip, and scrolls to it."""

    def __init__(self, scroll: QScrollArea, live: LiveStrip, bar: QWidget, below) -> None:
        self.scroll, self.live, self.bar = scroll, live, bar
        self.below = below  # a QSpacerItem at the page's end
        self.view = None
        self._room = -1
        self._extra = 0
        self._waiting = False
        live.spare = self.free_below

    def set_view(self, view) -> None:
        self.view = view
        self._room = -1
        self._extra = 0  # room below the page beyond the strip's, for where show_area starts the window

    def room(self) -> int:
        """The page's window height when the strip is at its tallest."""
        screen = self.scroll.parentWidget()
        return screen.height() - self.bar.height() - self.live.cap()

    def free_below(self) -> int:
        """The rows of the page's window between what the learner acts on and the strip at its cap: a
        hint longer than the cap may grow into them and show whole, covering nothing of the area."""
        if self.view is None or not self.view.act_on(False):
            return 0
        block = self.area_rect(False)
        if block is None:
            return 0
        glide = getattr(self.scroll, "_glide", None)  # (not while the page moves: it would show a gap)
        if glide is not None and glide.state() == glide.State.Running:
            return 0
        shown_bottom = block.bottom() - self.scroll.verticalScrollBar().value()
        return max(0, self.room() - shown_bottom - MARGIN)

    def fit(self) -> bool:
        """Size the area to the room (when the window's or the text's size changed). True if it changed."""
        self.live.fit_margins()
        view = self.view
        has_area = view is not None and bool(view.act_on(True))
        self._room_below(self.live.cap() + self._extra if view is not None and view.live_feedback else 0)
        room = self.room() - 2 * MARGIN
        if not has_area or room == self._room:
            return False
        self._room = room
        view.fit_room(room)
        return True

    def _room_below(self, height: int) -> None:
        if self.below.sizeHint().height() != height:
            self.below.changeSize(0, height, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            self.scroll.widget().layout().invalidate()

    def area_rect(self, starting: bool) -> QRect | None:
        view = self.view
        if view is None:
            return None
        page = self.scroll.widget()
        rects = [
            QRect(w.mapTo(page, w.rect().topLeft()), w.size())
            for w in view.act_on(starting)
            if w is not None and w.isVisibleTo(page) and page.isAncestorOf(w)
        ]
        if not rects:
            return None
        block = rects[0]
        for r in rects[1:]:
            block = block.united(r)
        return block

    def wanted_value(self, starting: bool) -> int | None:
        """Where the page should be scrolled to show the area with the strip at its tallest (None: it shows)."""
        block = self.area_rect(starting)
        if block is None:
            return None
        bar = self.scroll.verticalScrollBar()
        value = bar.value()
        glide = getattr(self.scroll, "_glide", None)  # (where the page is gliding to: see ui.reveal)
        if glide is not None and glide.state() == glide.State.Running:
            value = glide.endValue()
        height = self.room()
        if block.top() >= value and block.bottom() <= value + height:
            return None
        wanted = block.bottom() + MARGIN - height
        if wanted > block.top() - MARGIN or block.top() < value:
            wanted = block.top() - MARGIN  # (taller than the room, or above: from its top)
        else:  # the window starts at a block's top (a line of words, not half of one) if one is near
            last = block.top() - EDGE  # (at the latest, just above the area)
            starts = [t - EDGE for t in self._tops() if wanted <= t - EDGE <= last]
            wanted = min(starts) if starts else wanted
        return max(0, wanted)

    def _tops(self) -> list[int]:
        """Where the window may start: the tops of the page's blocks and of the lines of its words, but
        never through a button, a box or a line of words (a progress bar centred beside words)."""
        page = self.scroll.widget()
        tops: list[int] = []
        spans: list[tuple[int, int, list[int]]] = []  # (top, bottom, its lines' tops) of what holds words
        for w in page.findChildren(QWidget):
            if w.parentWidget() is None or not w.isVisibleTo(page):
                continue
            top = w.mapTo(page, w.rect().topLeft()).y()
            lines = [top]
            if hasattr(w, "plain_text") and w.height() > 0:  # a Text: each of its lines
                line = round(w.fontMetrics().lineSpacing() * LINE_HEIGHT_PERCENT / 100)
                lines += [top + k * line for k in range(1, w.height() // max(1, line))]
            tops += lines
            if isinstance(w, QLabel | QAbstractButton | QLineEdit):
                spans.append((top, top + w.height(), lines))
        return [t for t in tops if all(not a < t < b or t in ok for a, b, ok in spans)]

    def show_area(self, starting: bool) -> None:
        """Scroll (at once) so that the area shows, when it does not."""
        from trainer.ui.reveal import glide_to

        if self.view is None:
            return
        page = self.scroll.widget()
        if page.layout() is not None:
            page.layout().activate()
        value = self.wanted_value(starting)
        if value is None:
            return
        bar = self.scroll.verticalScrollBar()
        if value > bar.maximum() and self.view.live_feedback is not None:
            # more room below, so the window can start at that line (it stays while the step does)
            self._extra += value - bar.maximum()
            self._room_below(self.live.cap() + self._extra)
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            page.layout().activate()
            bar.setMaximum(max(bar.maximum(), value))  # (the scroll area sets the same once laid out)
        if starting:
            self.scroll.verticalScrollBar().setValue(value)
        else:
            glide_to(self.scroll, value)

    def after_try(self) -> None:
        """After a try (a hint or praise appeared): bring the area into view if it is not, once the
        mouse buttons are up, so that nothing moves while a button is held."""
        if self._waiting or self.view is None or not self.view.act_on(False):
            return
        self._waiting = True
        QTimer.singleShot(0, self.scroll, self._when_released)

    def _when_released(self) -> None:
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            QTimer.singleShot(50, self.scroll, self._when_released)
            return
        self._waiting = False
        with contextlib.suppress(RuntimeError):  # (the step was closed meanwhile)
            self.show_area(starting=False)
