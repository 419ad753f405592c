"""Quiz steps: single choice, true/false, multiple choice, and put-the-steps-in-order.

Check gives written feedback at once, in view, read aloud and announced to screen readers. A wrong
answer may be tried again: the chosen answer is marked "✗ Not this one" and explained. After the
second wrong try the wrong choice is let go, the right answer is marked "✓ Right answer" and
explained in words written for that moment (the question's ``explanation``, else the right choice's
feedback without its "That's right"). Never a scolding word."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from trainer.domain.choice_order import shown_order
from trainer.domain.lessons import QuizStep
from trainer.domain.quiz_text import without_praise
from trainer.ui.answers import AnswerBox, AnswerButton
from trainer.ui.reveal import reveal
from trainer.ui.steps.base import AttemptEvent, StepContext, StepView, register_view, sentences
from trainer.ui.widgets import Button, Card, ChoiceGroup, Text

translate = QCoreApplication.translate
SHOW_ANSWER_AFTER = 2  # wrong tries


class QuizView(StepView):
    def __init__(self, step: QuizStep, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(step, ctx, parent)
        self.tries = 0
        self.solved = False
        self.prompt = Text(ctx.text(step.prompt), role="heading")
        self.box.addWidget(self.prompt)
        self.hint = Text(self._hint(), role="muted")
        self.box.addWidget(self.hint)
        self.choice_buttons: dict[str, AnswerButton | AnswerBox] = {}  # in the order shown
        self.order: list[str] = []
        # shuffled per run, the same again when the learner comes back (seed: the run, else the step)
        self.shown: tuple[str, ...] = shown_order(step, ctx.seed or step.id)
        if step.question == "order":
            self._build_order()
        else:
            self._build_choices()
        self.check = Button(translate("Player", "Check my answer"), role="primary", icon="check")
        self.check.setObjectName("check")
        self.check.clicked.connect(self.check_answer)
        self.box.addWidget(self.check, 0, Qt.AlignmentFlag.AlignLeft)
        self.verdict = Text(role="success")
        self.feedback = [Text() for _ in range(len(step.choices))]
        self.box.addWidget(self.verdict)
        for label in self.feedback:
            self.box.addWidget(label)
        self._clear_feedback()

    # building --------------------------------------------------------------------------------
    def _hint(self) -> str:
        return {
            "single": translate("Player", "Choose one answer, then press “Check my answer”."),
            "truefalse": translate("Player", "Is it true or false? Choose, then press “Check my answer”."),
            "multiple": translate(
                "Player", "Choose every answer that is right, then press “Check my answer”."
            ),
            "order": translate("Player", "Put the steps in the right order with the Up and Down buttons."),
        }[self.step.question]

    def _build_choices(self) -> None:
        self.group = ChoiceGroup(self) if self.step.question != "multiple" else None
        for n, cid in enumerate(self.shown, 1):
            choice = self.step.choice(cid)
            # numbered as shown: the number key n chooses it, and a screen reader says its place
            label = f"{n}. {self.ctx.text(choice.label)}"
            b = AnswerBox(label) if self.step.question == "multiple" else AnswerButton(label)
            b.setObjectName(f"choice-{choice.id}")
            b.setCheckable(True)
            if self.group is not None:
                self.group.addButton(b)
            b.clicked.connect(self._choice_changed)
            self.choice_buttons[choice.id] = b
            self.box.addWidget(b)

    def _build_order(self) -> None:
        ids = [c.id for c in self.step.choices]
        self.order = list(self.shown)  # never already right
        self.rows: list[tuple[Card, Text, Button, Button]] = []
        for _ in ids:
            card = Card()
            row = QHBoxLayout(card)
            row.setContentsMargins(12, 8, 12, 8)
            label = Text()
            up = Button(translate("Player", "Up"), icon="up")
            down = Button(translate("Player", "Down"), icon="down")
            row.addWidget(label, 1)
            row.addWidget(up)
            row.addWidget(down)
            self.box.addWidget(card)
            self.rows.append((card, label, up, down))
        for i, (_, _, up, down) in enumerate(self.rows):
            up.clicked.connect(lambda _=False, i=i: self.move(i, -1))
            down.clicked.connect(lambda _=False, i=i: self.move(i, +1))
        self._show_order()

    def _show_order(self) -> None:
        for i, (_, label, up, down) in enumerate(self.rows):
            text = self.ctx.text(self.step.choice(self.order[i]).label)
            label.set_text(f"{i + 1}.  {text}")
            up.set_label(translate("Player", "Up"), translate("Player", "Move “%1” up").replace("%1", text))
            down.set_label(
                translate("Player", "Down"), translate("Player", "Move “%1” down").replace("%1", text)
            )
            up.setEnabled(i > 0 and not self.is_complete())
            down.setEnabled(i < len(self.rows) - 1 and not self.is_complete())

    def move(self, index: int, delta: int) -> None:
        j = index + delta
        if 0 <= j < len(self.order):
            self.order[index], self.order[j] = self.order[j], self.order[index]
            self._choice_changed()
            self._show_order()
            target = (
                self.rows[j][2] if delta < 0 and j > 0 else self.rows[j][3 if j < len(self.rows) - 1 else 2]
            )
            target.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - number keys choose by the shown number
        text = event.text()
        buttons = list(self.choice_buttons.values())
        if text.isdigit() and text.isascii() and 1 <= int(text) <= len(buttons):
            button = buttons[int(text) - 1]
            button.setFocus()
            button.click()
            event.accept()
            return
        super().keyPressEvent(event)

    # answering ---------------------------------------------------------------------------------
    def answer(self):
        if self.step.question == "order":
            return list(self.order)
        chosen = [cid for cid, b in self.choice_buttons.items() if b.isChecked()]
        if self.step.question == "multiple":
            return chosen
        return chosen[0] if chosen else None

    def check_answer(self) -> None:
        answer = self.answer()
        if answer is None or answer == []:
            self.verdict.setProperty("role", "error")
            self.verdict.set_text(translate("Player", "Please choose an answer first."))
            self._repolish(self.verdict)
            self.verdict.show()
            reveal(self.verdict, text=self.verdict.plain_text())
            return
        result = self.step.score(answer)
        self.tries += 1
        self.solved = result.correct
        self.attempt.emit(
            AttemptEvent(
                {"answer": answer, "try": self.tries},
                result.correct,
                result.score,
                {"tries": self.tries},
                self.shown,
            )
        )
        self._show_result(result)
        if self.is_complete():
            self.completed.emit()
        shown = self._feedback_widgets()
        reveal(*shown, text="\n".join(w.plain_text() for w in shown))
        self.speak.emit(self.feedback_texts())  # the player marks self._feedback_widgets() as it reads

    def _show_result(self, result) -> None:
        self._clear_feedback()
        show_answer = not result.correct and self.tries >= SHOW_ANSWER_AFTER
        if result.correct:
            self.verdict.setProperty("role", "success")
            verdict = translate("Player", "✓ Well done, that is right.")
        elif show_answer:
            self.verdict.setProperty("role", "error")
            verdict = translate("Player", "Not quite. The right answer is marked with ✓.")
        else:
            self.verdict.setProperty("role", "error")
            verdict = translate("Player", "Not quite yet. Read why below, then try again.")
        self.verdict.set_text(verdict)
        self._repolish(self.verdict)
        self.verdict.show()
        if show_answer:
            texts = self._show_right_answer()
        else:
            self._mark_chosen(result.correct)
            ids = list(result.feedback)
            if self.step.question != "order":  # explained in the order the choices are shown
                ids.sort(key=self.shown.index)
            texts = [self.ctx.text(self.step.choice(cid).feedback) for cid in ids]
        for label, text in zip(self.feedback, texts, strict=False):
            label.set_text(text)
            label.show()

    def _mark_chosen(self, correct: bool) -> None:
        """Right: the chosen answers get ✓. Not yet: each chosen answer that is wrong gets ✗ (a right one
        chosen among several is not marked, so the next try is still the learner's own)."""
        for cid, b in self.choice_buttons.items():
            right = self.step.choice(cid).correct
            b.set_state(("right" if correct else "" if right else "wrong") if b.isChecked() else "")

    def _show_right_answer(self) -> list[str]:
        """After the second wrong try: the wrong choices let go (still marked ✗), the right ones chosen
        and marked ✓, and the words for this moment. Returns the texts to show under the verdict."""
        if self.step.question == "order":
            self.order = [c.id for c in self.step.choices]
            self._show_order()
            intro = translate("Player", "The right order is shown above.")
        else:
            right = [cid for cid in self.shown if self.step.choice(cid).correct]
            chosen = {cid for cid, b in self.choice_buttons.items() if b.isChecked()}
            for cid, b in self.choice_buttons.items():
                if self.step.choice(cid).correct:
                    b.setChecked(True)  # (one of a set: the wrong one is let go)
                    b.set_state("right")
                else:
                    b.setChecked(False)
                    b.set_state("wrong" if cid in chosen else "")
            labels = [f"“{self.ctx.text(self.step.choice(cid).label)}”" for cid in right]
            if len(labels) == 1:
                intro = translate("Player", "The right answer is %1.").replace("%1", labels[0])
            else:
                joined = join_words(labels, self.ctx.lang)
                intro = translate("Player", "The right answers are %1.").replace("%1", joined)
        if self.step.explanation is not None and self.ctx.text(self.step.explanation).strip():
            why = [self.ctx.text(self.step.explanation)]
        else:  # the right choices' own words, without their "That's right"
            why = [
                without_praise(self.ctx.text(c.feedback))
                for c in self.step.choices
                if c.correct and self.step.question != "order"
            ]
        return [sentences(self.ctx.lang, intro, *why)]

    def _choice_changed(self, *_args) -> None:
        """A new choice after a wrong try: the marks and words about the last try no longer apply."""
        if self.is_complete():
            return
        for b in self.choice_buttons.values():
            if b.state():
                b.set_state("")
        self._clear_feedback()

    def _feedback_widgets(self) -> list:
        return [w for w in (self.verdict, *self.feedback) if w.isVisibleTo(self) and w.plain_text()]

    def feedback_texts(self) -> list[str]:
        return [w.plain_text() for w in self._feedback_widgets()]

    def _clear_feedback(self) -> None:
        self.verdict.hide()
        for label in self.feedback:
            label.hide()

    @staticmethod
    def _repolish(w) -> None:
        w.style().unpolish(w)
        w.style().polish(w)

    def is_complete(self) -> bool:
        return self.solved or self.tries >= SHOW_ANSWER_AFTER

    def spoken_texts(self) -> list[str]:
        texts = [self.prompt.plain_text()]
        if self.step.question == "order":
            texts += [label.plain_text() for _, label, _, _ in self.rows]
        else:
            texts += [b.plain_text() for b in self.choice_buttons.values()]  # with their numbers
        return texts + self.feedback_texts()

    def spoken_widgets(self) -> list[QWidget]:
        if self.step.question == "order":
            items = [label for _, label, _, _ in self.rows]
        else:
            items = list(self.choice_buttons.values())
        return [self.prompt, *items, *self._feedback_widgets()]

    def focus_first(self) -> None:
        first = next(iter(self.choice_buttons.values()), None) or (
            self.rows[0][3] if self.rows else self.check
        )
        first.setFocus()


def join_words(words: list[str], lang: str) -> str:
    """“A”, “B” and “C” (English) or “A”、“B”和“C” (Chinese)."""
    if len(words) < 2:
        return "".join(words)
    if lang.startswith("zh"):
        return "、".join(words[:-1]) + "和" + words[-1]
    return ", ".join(words[:-1]) + " " + translate("Player", "and") + " " + words[-1]


register_view("quiz", QuizView)
