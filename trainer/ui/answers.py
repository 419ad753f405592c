"""Quiz answers, and other choices shown like them: one of several (a radio button, for screen readers)
or any of several (a check box); the look is in trainer.ui.theme and docs/design.md."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QRadioButton, QSizePolicy, QVBoxLayout, QWidget

from trainer.ui.widgets import _FONT_CHANGE, _PALETTE_CHANGE, _STYLE_CHANGE, STRONG_FOCUS, point_on_hover

translate = QCoreApplication.translate
INSET = (17, 13, 17, 13)  # border 3 + padding 14 x 10, or border 5 + padding 12 x 8 (theme.style_sheet)


class _Answer:
    """What a quiz answer (and any choice shown like one) has, whether one or several may be chosen: a
    mark (round for one, square for several: drawn, so colour is never the only sign), its words
    wrapping onto more lines, and once checked a badge with words ("✓ Right answer", "✗ Not this
    one"). The whole box takes the press; Enter presses it as Space does."""

    MARK_ICONS = {"one": ("radio-off", "radio-on"), "many": ("box-off", "box-on"), "": ("", "")}

    def _build(self, text: str, marks: str) -> None:
        self._text, self._marks, self._state = text, marks, ""
        self.setProperty("role", "answer")
        self.setProperty("focusPolicy", STRONG_FOCUS)
        self.mark = QLabel(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.badge = QLabel(self)
        self.badge.setWordWrap(True)
        self.badge.hide()
        for part in (self.mark, self.label, self.badge):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row = QHBoxLayout(self)
        row.setContentsMargins(*INSET)  # the style sheet's border and padding, 17 x 13 in every state
        row.setSpacing(14)
        row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(4)
        words.addWidget(self.label)
        words.addWidget(self.badge)
        row.addLayout(words, 1)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.toggled.connect(self.refresh)
        self.refresh()

    def plain_text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        self._text = text
        self.refresh()

    def set_state(self, state: str) -> None:
        """ "right" (the right answer, shown with ✓), "wrong" (chosen, not right: ✗), or "" (none)."""
        if state == self._state:  # (restyling costs: every answer is set after each check)
            return
        self._state = state
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)
        self.refresh()

    def state(self) -> str:
        return self._state

    def refresh(self, *_args) -> None:
        from trainer.ui.icons import mark_pixmap

        self.label.setText(self._text)
        off, on = self.MARK_ICONS[self._marks]
        name = on if self.isChecked() else off
        side = round(self.fontMetrics().height() * 0.85)
        if name:
            colour = self.label.palette().windowText().color().name()
            self.mark.setPixmap(mark_pixmap(name, colour, side, self.devicePixelRatioF()))
        self.mark.setVisible(bool(name))
        words = {
            "right": translate("Answer", "✓ Right answer"),
            "wrong": translate("Answer", "✗ Not this one"),
        }.get(self._state, "")
        self.badge.setText(words)
        role = f"badge-{self._state}" if words else ""
        if self.badge.property("role") != role:
            self.badge.setProperty("role", role)
            self.badge.style().unpolish(self.badge)
            self.badge.style().polish(self.badge)
        self.badge.setVisible(bool(words))
        if self.label.property("on") != self.isChecked():
            self.label.setProperty("on", self.isChecked())  # (a :checked state does not reach children)
            self.label.style().unpolish(self.label)
            self.label.style().polish(self.label)
        self.setAccessibleName(self._text)
        self.setAccessibleDescription(words)
        self.updateGeometry()

    def changeEvent(self, event) -> None:  # noqa: N802 - the mark follows the text's colour and size
        super().changeEvent(event)
        if event.type() in (_STYLE_CHANGE, _FONT_CHANGE, _PALETTE_CHANGE) and hasattr(self, "mark"):
            self.refresh()

    def hitButton(self, pos) -> bool:  # noqa: N802 - the whole box, not only the round mark
        return self.rect().contains(pos)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)

    def enterEvent(self, event) -> None:  # noqa: N802
        point_on_hover(self)
        super().enterEvent(event)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return max(self.minimumHeight(), self.layout().totalHeightForWidth(width))

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = self.layout().totalSizeHint()
        return QSize(hint.width(), max(hint.height(), self.minimumHeight()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(min(self.sizeHint().width(), 200), max(self.minimumHeight(), 44))


class AnswerButton(_Answer, QRadioButton):
    """An answer of which one may be chosen: screen readers hear a radio button. (``marks`` "one"
    shows the round mark; "" none.) Several may be chosen: ``AnswerBox``."""

    def __init__(self, text: str = "", marks: str = "one", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build(text, marks if marks != "many" else "one")
        self.setAutoExclusive(True)  # one of its siblings; and Qt then names it a radio button
        self.toggled.connect(self._every_one_in_tab_order)

    def _every_one_in_tab_order(self, *_args) -> None:
        """Qt takes the unchosen buttons of an exclusive set out of the Tab order (arrow keys move
        between them): new computer users do not know that, so every answer stays reachable by Tab."""
        parent = self.parentWidget()
        for sibling in parent.findChildren(AnswerButton) if parent is not None else ():
            if sibling.focusPolicy() != Qt.FocusPolicy.StrongFocus:
                sibling.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self._every_one_in_tab_order()


class AnswerBox(_Answer, QCheckBox):
    """An answer of several that may be chosen: screen readers hear a check box."""

    def __init__(self, text: str = "", marks: str = "many", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build(text, "many")
