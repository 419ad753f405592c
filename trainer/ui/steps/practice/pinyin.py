"""Chinese pinyin input in a practice input method: type the letters, pick the character from the
numbered candidates (Space takes the first, = and - turn the page), and fix a wrong pick with
Backspace. Shift switches between Chinese (中) and English (英), as in common input methods."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from trainer.domain.text_input import PinyinRound
from trainer.ui.steps.base import sentences
from trainer.ui.steps.practice.base import DrillView, at_least
from trainer.ui.widgets import Button, Card, Text

translate = QCoreApplication.translate
NEXT_KEYS = (Qt.Key.Key_Equal, Qt.Key.Key_BracketRight, Qt.Key.Key_PageDown, Qt.Key.Key_Period)
PREV_KEYS = (Qt.Key.Key_Minus, Qt.Key.Key_BracketLeft, Qt.Key.Key_PageUp, Qt.Key.Key_Comma)


class Document(QLabel):
    """The box being written in; it takes the keys and hands them to the drill."""

    def __init__(self, drill: PinyinDrill) -> None:
        super().__init__()
        self.drill = drill
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("role", "title")
        self.setObjectName("pinyin-document")

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or not self.drill.key(event):
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        self.drill.show_state()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.drill.show_state()
        super().focusOutEvent(event)


class PinyinDrill(DrillView):
    def build_area(self) -> QWidget:
        self.index = 0
        self.round = PinyinRound(self.step.words[0])
        self.written = ""  # text in the document, including a wrong pick still to delete
        self.chinese = True
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        self.ask = Text(role="heading")
        self.doc = Document(self)
        self.doc.setAccessibleName(translate("Practice", "Writing box"))
        self.note = Text(role="muted")
        bar = Card()
        bar.setObjectName("input-method")
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 8, 12, 8)
        self.mode = QLabel()
        self.mode.setObjectName("ime-mode")
        self.typed = QLabel()  # what the learner typed: shown as typed, never as markup
        self.typed.setObjectName("ime-typed")
        for label in (self.mode, self.typed):
            label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.mode)
        row.addWidget(self.typed, 1)
        self.cands = QHBoxLayout()
        self.buttons: list[Button] = []
        for n in range(5):
            b = Button()
            b.setObjectName(f"candidate-{n + 1}")
            at_least(b, self.min_px, square=True)
            b.clicked.connect(lambda _=False, k=n + 1: self.pick(k))
            self.cands.addWidget(b)
            self.buttons.append(b)
        self.prev = Button("◀")
        self.prev.set_label("◀", translate("Practice", "Previous page of characters"))
        self.next = Button("▶")
        self.next.set_label("▶", translate("Practice", "Next page of characters"))
        for b, step in ((self.prev, -1), (self.next, 1)):
            at_least(b, self.min_px, square=True)
            b.clicked.connect(lambda _=False, s=step: self.turn(s))
        self.cands.addStretch(1)
        self.cands.addWidget(self.prev)
        self.cands.addWidget(self.next)
        longest = max((c for w in self.step.words for c in w.candidates), key=len, default="字")
        for n, b in enumerate(self.buttons):  # (as tall as with its longest word, before one shows)
            b.set_label(f"{n + 1} {longest}", "")
        for b in (self.prev, self.next, *self.buttons):  # the row keeps its height while none show
            policy = b.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            b.setSizePolicy(policy)
        self.ime_bar = bar
        self.cand_row = QWidget()
        self.cand_row.setLayout(self.cands)
        self.cands.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.ask)
        box.addWidget(self.doc)
        box.addWidget(bar)
        box.addWidget(self.cand_row)
        box.addWidget(self.note)  # (below: when it comes and goes nothing above it moves)
        self.show_state()
        return holder

    def act_on(self, starting: bool) -> list[QWidget]:
        # (the word to write is just above, and read aloud: with it the area is too tall at 36 pt; the
        # strip says it instead while it is out of view: see ``cue`` and the praise in ``pick``)
        return [self.doc, self.ime_bar, self.cand_row]

    def cue(self) -> QWidget | None:
        return self.ask  # (what to write now says more than how the input method works, read aloud)

    def ask_text(self) -> str:
        w = self.round.word
        return (
            translate("Practice", "Write: %1  (pinyin: %2)").replace("%1", w.answer).replace("%2", w.pinyin)
        )

    # state -----------------------------------------------------------------------------------------
    def show_state(self) -> None:
        self.ask.set_text(self.ask_text())
        focused = self.doc.hasFocus()
        t = self.theme
        # the focus ring is thicker and the padding thinner, and an empty box holds a wide space as tall
        # as a character: the box never changes its height (what is below it would move)
        ring = 5 if focused else 3
        self.doc.setStyleSheet(
            f"QLabel {{ background: {t.window}; color: {t.text}; border: {ring}px solid "
            f"{t.focus if focused else t.outline}; border-radius: 8px; padding: {11 - ring}px {17 - ring}px; "
            f"min-height: {self.min_px}px; }}"
        )
        self.doc.setText(self.written + ("|" if focused else "") + ("" if self.written else "\u3000"))
        self.doc.setAccessibleName(translate("Practice", "Writing box") + ": " + self.written)
        self.note.setVisible(not self.doc.hasFocus())
        self.note.set_text(translate("Practice", "Click in the writing box first, then type."))
        self.mode.setText("中" if self.chinese else "英")
        self.mode.setAccessibleName(
            translate("Practice", "Chinese input") if self.chinese else translate("Practice", "English input")
        )
        self.typed.setText(self.round.typed)
        shown = self.round.pager.visible() if self.round.showing_candidates else ()
        for n, b in enumerate(self.buttons):
            b.setVisible(n < len(shown))
            if n < len(shown):
                b.set_label(f"{n + 1} {shown[n]}", f"{n + 1}: {shown[n]}")
        pager = self.round.pager
        self.prev.setVisible(bool(shown))
        self.next.setVisible(bool(shown))
        self.prev.setEnabled(pager.page > 0)
        self.next.setEnabled(pager.page + 1 < pager.pages)

    def wrong_pending(self) -> bool:
        done = "".join(w.answer for w in self.step.words[: self.index])
        return self.written != done

    # keys ------------------------------------------------------------------------------------------
    def key(self, event) -> bool:
        """Handle one key; False when the key is not the input method's."""
        if self.tally.finished:
            return False
        k, text = event.key(), event.text()
        if k == Qt.Key.Key_Shift:
            self.chinese = not self.chinese
            self.show_state()
        elif k == Qt.Key.Key_Backspace:
            self.backspace()
        elif k == Qt.Key.Key_Escape:
            self.round.typed = ""
            self.show_state()
        elif self.round.showing_candidates and k == Qt.Key.Key_Space:
            self.pick(1)
        elif self.round.showing_candidates and text in ("1", "2", "3", "4", "5"):
            self.pick(int(text))
        elif self.round.showing_candidates and k in NEXT_KEYS + PREV_KEYS:
            self.turn(1 if k in NEXT_KEYS else -1)
        elif text and text.isascii() and text.isalpha():
            self.letter(text)
        else:
            return False
        return True

    def letter(self, ch: str) -> None:
        if not self.chinese:
            self.written += ch
            self.show_state()
            self.say(
                translate(
                    "Practice",
                    "That went in as a letter: the input is in English mode (英). Press Backspace, then Shift to switch to Chinese (中).",
                )
            )
            return
        if self.wrong_pending():
            self.say(translate("Practice", "First press Backspace to delete the wrong character."))
            return
        if self.round.letter(ch):
            self.show_state()
            if self.round.showing_candidates:
                self.say(
                    translate("Practice", "Now pick %1 from the numbered list.").replace(
                        "%1", self.round.word.answer
                    ),
                    speak=False,
                )
            return
        nxt = (
            self.round.target[len(self.round.typed)] if len(self.round.typed) < len(self.round.target) else ""
        )
        self.miss(
            {"letter": ch, "typed": self.round.typed},
            translate("Practice", "The pinyin of %1 is %2. The next letter is “%3”.")
            .replace("%1", self.round.word.answer)
            .replace("%2", " ".join(self.round.target))
            .replace("%3", nxt),
        )

    def backspace(self) -> None:
        if self.round.typed:
            self.round.backspace()
        elif self.wrong_pending():
            self.written = self.written[:-1]
            if not self.wrong_pending():
                self.say(translate("Practice", "Deleted. Now type the pinyin again."), speak=False)
        self.show_state()

    def turn(self, step: int) -> None:
        pager = self.round.pager
        pager.next_page() if step > 0 else pager.previous_page()
        self.show_state()

    def pick(self, number: int) -> None:
        chosen = self.round.pager.pick(number)
        right = self.round.pick(number)
        if right is None or chosen is None:
            return
        self.written += chosen
        answer = {"picked": chosen, "wanted": self.round.word.answer, "page": self.round.pager.page + 1}
        if right:
            self.index += 1
            praise = translate("Practice", "Right. Here is the next one.")
            if self.index < len(self.step.words):  # (and which: on a short window it is above, out of view)
                self.round = PinyinRound(self.step.words[self.index])
                praise = sentences(self.ctx.lang, praise, self.ask_text())
            self.hit(answer, praise)
        else:
            self.round.typed = ""
            page = self.round.pager.page_of(self.round.word.answer)
            elsewhere = page is not None and page != self.round.pager.page
            hint = translate(
                "Practice", "That wrote %1, not %2. Press Backspace to delete it, then type the pinyin again."
            )
            hint = hint.replace("%1", chosen).replace("%2", self.round.word.answer)
            if elsewhere:
                turn = translate("Practice", "%1 is on another page: press = or ▶ to turn the page.")
                hint = sentences(self.ctx.lang, hint, turn.replace("%1", self.round.word.answer))
            self.miss(answer, hint)
        self.show_state()

    def reset_area(self) -> None:
        self.index = 0
        self.round = PinyinRound(self.step.words[0])
        self.written = ""
        self.chinese = True
        self.show_state()

    def focus_first(self) -> None:
        self.doc.setFocus()

    def extra_parts(self) -> list[tuple[str, QWidget]]:
        return [(self.ask.plain_text(), self.ask)]
