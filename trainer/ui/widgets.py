"""Building blocks every screen uses: large buttons, wrapping text with generous line spacing, tiles."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QObject, QRect, QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetItem,
)

from trainer.ui.theme import LINE_HEIGHT_PERCENT

# as html.escape, without importing the html package (and its table of entities) at start-up
_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})

# The sign-in screen is built from these widgets and must not name PySide6's ``Qt`` namespace before
# it is painted: the first use of any Qt.* enum makes PySide build all ~90 enums of the namespace at
# once, about 23 ms or a tenth of the start-up. So the values they need are set as Qt properties, by
# their numbers in Qt's qnamespace.h (tests read them back as enums), and Qt.* is named only in code
# that runs later (key presses, the pointing hand on the first hover, other screens).
NO_FOCUS, STRONG_FOCUS = 0, 11  # Qt::NoFocus, Qt::StrongFocus
RICH_TEXT, NO_TEXT_INTERACTION = 1, 0  # Qt::RichText, Qt::NoTextInteraction
TEXT_UNDER_ICON = 3  # Qt::ToolButtonTextUnderIcon
# QEvent types (numbers from qcoreevent.h, for the same reason)
_FONT_CHANGE, _STYLE_CHANGE, _PALETTE_CHANGE = 97, 100, 39
SCROLL_BAR_ALWAYS_OFF = 1  # Qt::ScrollBarAlwaysOff


def point_on_hover(widget: QWidget) -> None:
    """The pointing hand over something to press, set when the mouse first comes over it."""
    if not widget.property("hand"):
        widget.setProperty("hand", True)
        widget.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)


class Text(QLabel):
    """Wrapping text with at least 1.3 line spacing. ``role`` picks the style: title, heading, muted, ...

    (A lesson's words in every language are ``domain.lessons.LessonText``.)"""

    def __init__(self, text: str = "", role: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setProperty("textFormat", RICH_TEXT)
        self.setProperty("textInteractionFlags", NO_TEXT_INTERACTION)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        if role:
            self.setProperty("role", role)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self._plain = text
        paragraphs = "".join(
            f'<p style="line-height:{LINE_HEIGHT_PERCENT}%; margin:0 0 6px 0">{p.translate(_ESCAPE)}</p>'
            for p in text.split("\n")
        )
        self.setText(paragraphs)
        self.setAccessibleName(text)

    def plain_text(self) -> str:
        return self._plain


class Button(QPushButton):
    """A large push button, never cut off: when it is given less room than its words need on one line,
    they wrap onto more lines (words for Latin script, characters for Chinese) and the button grows
    taller. ``icon`` names a line icon (trainer.ui.icons) drawn beside the words in the text's own
    colour; an icon never replaces the words. The accessible name follows the text unless one is set."""

    def __init__(self, text: str = "", role: str = "", parent: QWidget | None = None, icon: str = "") -> None:
        super().__init__(text, parent)
        self._full = text
        self._icon = icon
        self._one_line: QSize | None = None  # the size hint with the text on one line
        self._wrapped_for = -1  # the width the shown text was wrapped for (-1: not wrapped)
        if role:
            self.setProperty("role", role)
        self.setProperty("focusPolicy", STRONG_FOCUS)
        self.setAutoDefault(True)  # Enter presses the focused button
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._fixed_name = ""

    def set_label(self, text: str, accessible: str = "") -> None:
        self.setText(text)
        self._fixed_name = accessible
        self.setAccessibleName(accessible or text.replace("&", ""))

    def set_icon(self, name: str) -> None:
        self._icon = name
        self._paint_icon()

    # the words: wrapped to the width given ---------------------------------------------------------
    def setText(self, text: str) -> None:  # noqa: N802
        if text == self._full and self._wrapped_for < 0 and super().text() == text:
            return
        self._full = text
        self._one_line = None
        self._wrapped_for = -1
        super().setText(text)
        if self.isVisible() and self.width() < self._one_line_hint().width():
            self._wrap_to(self.width())

    def text(self) -> str:
        return self._full

    def _one_line_hint(self) -> QSize:
        if self._one_line is None:
            shown = super().text()
            if shown != self._full:
                super().setText(self._full)
            self._one_line = super().sizeHint().expandedTo(self.minimumSize())
            if shown != self._full:
                super().setText(shown)
        return self._one_line

    def _chrome(self) -> int:
        """Padding, border and icon: the width that is not the words'."""
        one = self._one_line_hint().width()
        return max(
            0, one - max((self.fontMetrics().horizontalAdvance(x) for x in self._full.split("\n")), default=0)
        )

    def _lines_for(self, width: int) -> str:
        return wrap_text(self._full, self.fontMetrics(), max(20, width - self._chrome()))

    def _wrap_to(self, width: int) -> None:
        shown = self._full if width >= self._one_line_hint().width() else self._lines_for(width)
        self._wrapped_for = -1 if shown == self._full else width
        if shown != super().text():
            super().setText(shown)
            self.updateGeometry()

    def resizeEvent(self, event) -> None:  # noqa: N802
        width = event.size().width()
        if width < self._one_line_hint().width() or self._wrapped_for >= 0:
            self._wrap_to(width)
        super().resizeEvent(event)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        one = self._one_line_hint()
        if width >= one.width():
            return one.height()
        extra = self._lines_for(width).count("\n") - self._full.count("\n")
        return one.height() + max(0, extra) * self.fontMetrics().lineSpacing()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return QSize(self._one_line_hint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        one = self._one_line_hint()
        if not self._full:
            return QSize(one)
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(t.strip()) for t in _tokens(self._full)), default=0)
        return QSize(min(one.width(), max(self.minimumWidth(), widest + self._chrome())), one.height())

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        kind = event.type()
        if kind in (_STYLE_CHANGE, _FONT_CHANGE, _PALETTE_CHANGE):
            self._one_line = None
            if self._icon:
                self._paint_icon()
            if self._wrapped_for >= 0 or (self.isVisible() and self.width() < self._one_line_hint().width()):
                self._wrap_to(self.width())
            self.updateGeometry()

    def _paint_icon(self) -> None:
        from trainer.ui.icons import icon_width, line_icon

        if not self._icon:
            self.setIcon(QIcon())
            return
        side = round(self.fontMetrics().height() * 0.9)
        colour = self.palette().buttonText().color().name()
        self.setIcon(line_icon(self._icon, colour, side, self.devicePixelRatioF()))
        self.setIconSize(QSize(icon_width(side), side))
        self._one_line = None

    def showEvent(self, event) -> None:  # noqa: N802
        if self._icon and self.icon().isNull():
            self._paint_icon()
        super().showEvent(event)

    def enterEvent(self, event) -> None:  # noqa: N802
        point_on_hover(self)
        super().enterEvent(event)


class Tile(QToolButton):
    """A big square choice: a picture above its caption (learners, avatars, tiers). What a learner's
    tile shows comes from ``services.learners.LearnerTile``."""

    def __init__(self, caption: str = "", icon: QIcon | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "tile")
        self.setProperty("toolButtonStyle", TEXT_UNDER_ICON)
        self.setProperty("focusPolicy", STRONG_FOCUS)
        self.setAutoRaise(False)
        if icon is not None:
            self.setIcon(icon)
        self.setText(caption)
        self.setAccessibleName(caption)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)

    def enterEvent(self, event) -> None:  # noqa: N802
        point_on_hover(self)
        super().enterEvent(event)


class ChoiceGroup(QObject):
    """Exactly one of its buttons is chosen, yet each button stays in the Tab order.

    (With a QButtonGroup, Tab visits only one button of the group and leaves the rest to the arrow
    keys, which new computer users do not know.)"""

    idClicked = Signal(int)  # noqa: N815 (Qt naming)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._buttons: list[QAbstractButton] = []

    def addButton(self, button: QAbstractButton, index: int | None = None) -> None:  # noqa: N802
        index = len(self._buttons) if index is None else index
        self._buttons.append(button)
        button.setCheckable(True)
        button.clicked.connect(lambda _=False, b=button, i=index: (self.choose(b), self.idClicked.emit(i)))

    def buttons(self) -> list[QAbstractButton]:
        return list(self._buttons)

    def choose(self, chosen: QAbstractButton) -> None:
        for b in self._buttons:
            b.setChecked(b is chosen)


class Card(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")


class FlowLayout(QLayout):
    """Lays items left to right and wraps them onto new rows, like words in a sentence."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 16) -> None:
        super().__init__(parent)
        self._items: list = []
        self._spacing = spacing
        self._hfw: tuple[int, int] | None = None  # (width, height): Qt asks several times per layout

    def invalidate(self) -> None:
        self._hfw = None
        super().invalidate()

    def addItem(self, item) -> None:  # noqa: N802
        self._items.append(item)
        self.invalidate()

    def add_widget(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        if not 0 <= index < len(self._items):
            return None
        self.invalidate()
        return self._items.pop(index)

    def expandingDirections(self):  # noqa: N802
        return QtCore.Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if self._hfw is None or self._hfw[0] != width:
            self._hfw = (width, self._place(QRect(0, 0, width, 0), apply=False))
        return self._hfw[1]

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        x0, y = rect.x() + m.left(), rect.y() + m.top()
        right = rect.right() - m.right()
        x, row_h = x0, 0
        for item in self._items:
            if item.widget() is not None and not item.widget().isVisibleTo(self.parentWidget()):
                continue
            hint = item.sizeHint()
            if item.widget() is not None:
                hint = hint.expandedTo(item.widget().minimumSizeHint()).expandedTo(
                    item.widget().minimumSize()
                )
            if x + hint.width() > right + 1 and x > x0:
                x, y = x0, y + row_h + self._spacing
                row_h = 0
            if apply:
                item.setGeometry(QRect(x, y, hint.width(), hint.height()))
            x += hint.width() + self._spacing
            row_h = max(row_h, hint.height())
        return y + row_h + m.bottom() - rect.y()


def wrap_text(text: str, fm, width: int) -> str:
    """Break ``text`` into lines no wider than ``width`` (words for Latin script, characters for
    Chinese, which has no spaces); existing line breaks are kept."""
    out = []
    for paragraph in text.split("\n"):
        line = ""
        for token in _tokens(paragraph):
            trial = line + token
            if line and fm.horizontalAdvance(trial.rstrip()) > width:
                out.append(line.rstrip())
                line = token.lstrip()
            else:
                line = trial
        out.append(line.rstrip())
    return "\n".join(out)


def _tokens(text: str) -> list[str]:
    tokens, word = [], ""
    for ch in text:
        if ord(ch) >= 0x2E80:  # CJK: every character may start a new line
            if word:
                tokens.append(word)
                word = ""
            tokens.append(ch)
        elif ch == " ":
            tokens.append(word + " ")
            word = ""
        else:
            word += ch
    if word:
        tokens.append(word)
    return tokens


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that Qt shows as plain text. Qt guesses rich text for a tooltip that
    starts with a tag, so a learner named ``<img src=/dev/zero>`` froze the tutor's dashboard on
    hover: anything with a ``<`` is escaped and wrapped, so it shows exactly as typed."""
    if "<" not in text and "&" not in text:
        return text
    import html

    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
