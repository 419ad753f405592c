"""Typing words and short sentences: no time limit, and feedback that says what to look at."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from trainer.domain.text_input import MAX_TYPING_TRIES, TypingResult, judge_typing
from trainer.ui.steps.base import sentences
from trainer.ui.steps.practice.base import DrillView, at_least
from trainer.ui.widgets import Button, Text

translate = QCoreApplication.translate


class TypingDrill(DrillView):
    def build_area(self) -> QWidget:
        self.index = 0
        self.tries_here = 0
        self.best: list[float] = []
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        self.copy_label = Text(translate("Practice", "Type this:"), role="muted")
        self.line = QLabel()
        self.line.setObjectName("line-to-type")
        self.line.setTextFormat(Qt.TextFormat.RichText)
        self.line.setWordWrap(True)
        self.line.setProperty("role", "title")
        self.edit = QLineEdit()
        self.edit.setObjectName("typing-box")
        self.edit.setAccessibleName(translate("Practice", "Your typing"))
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        self.edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)  # letters as typed
        at_least(self.edit, self.min_px)
        self.edit.returnPressed.connect(self.check)
        self.check_button = Button(translate("Practice", "Check"), role="primary")
        self.check_button.setObjectName("check")
        at_least(self.check_button, self.min_px)
        self.check_button.clicked.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.check_button)
        box.addWidget(self.copy_label)
        box.addWidget(self.line)
        box.addLayout(row)
        self.show_line()
        return holder

    def target(self) -> str:
        return self.label(self.step.lines[min(self.index, len(self.step.lines) - 1)])

    def show_line(self, result: TypingResult | None = None) -> None:
        text = self.target()
        self.line.setAccessibleName(text)
        if result is None or result.code == "ok":
            self.line.setText(html.escape(text))
            return
        # letters to look at are underlined and bold: never colour alone
        parts = [
            html.escape(ch) if ok else f"<u><b>{html.escape(ch) if ch != ' ' else '&nbsp;'}</b></u>"
            for ch, ok in zip(text, result.marks, strict=True)
        ]
        self.line.setText("".join(parts))

    def check(self) -> None:
        if self.tally.finished:
            return
        typed = self.edit.text()
        if not typed.strip():
            self.say(translate("Practice", "Click in the white box and type the text first."))
            return
        result = judge_typing(self.target(), typed)
        self.tries_here += 1
        answer = {"typed": typed, "code": result.code, "line_accuracy": result.accuracy}
        if result.code == "ok":
            self._next_line(result.accuracy)
            self.hit(answer, translate("Practice", "Exactly right. Here is the next one."))
            return
        self.show_line(result)
        if self.tries_here >= MAX_TYPING_TRIES:
            self._next_line(result.accuracy)
            self.tally.hit()  # the line is done, with the accuracy reached
            self.tally.misses += 1
            self._record(answer, False)
            self.show_progress()
            if self.tally.finished:
                self.finish()
            else:
                self.say(translate("Practice", "Good effort. Let’s go on to the next one."))
            return
        self.miss(answer, self.explain(result, typed))

    def _next_line(self, accuracy: float) -> None:
        self.best.append(accuracy)
        self.tally.extra["typing_accuracy"] = round(sum(self.best) / len(self.best), 4)
        self.index += 1
        self.tries_here = 0
        if self.index < len(self.step.lines):
            self.edit.clear()
            self.show_line()

    def explain(self, r: TypingResult, typed: str) -> str:
        if r.code == "case":
            return translate(
                "Practice",
                "Nearly: only the capital letters differ. Hold Shift and press a letter for a capital.",
            )
        if r.code == "spaces":
            return translate("Practice", "Nearly: check the spaces between the words.")
        if r.code == "short":
            rest = self.target()[len(typed.strip()) :]
            return translate("Practice", "Right so far. It goes on with: %1").replace("%1", rest)
        n = (r.first_wrong or 0) + 1
        ch = self.target()[r.first_wrong or 0]
        shown = translate("Practice", "a space") if ch == " " else f"“{ch}”"
        look = translate("Practice", "Nearly. Look at the underlined place, number %1: it should be %2.")
        return sentences(
            self.ctx.lang,
            look.replace("%1", str(n)).replace("%2", shown),
            translate("Practice", "Backspace deletes the letter before the cursor."),
        )

    def score(self) -> float:
        return self.tally.extra.get("typing_accuracy", self.tally.accuracy)

    def reset_area(self) -> None:
        self.index = self.tries_here = 0
        self.best = []
        self.edit.clear()
        self.show_line()

    def focus_first(self) -> None:
        self.edit.setFocus()

    def extra_parts(self) -> list[tuple[str, QWidget]]:
        return [(self.target(), self.line)]
