"""What every drill shares: the instruction, a progress line, gentle feedback, attempts, the end.

Each try (a click, a double-click, a drop, a key, a checked line, a picked character) is one
``AttemptEvent``: correct or not, the running accuracy as its score, and tries, misses and accuracy
in its data. Hints are read aloud; praise for each hit is shown but not spoken (too chatty)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt
from PySide6.QtWidgets import QWidget

from trainer.domain.practice import PracticeStep, Tally, min_target
from trainer.ui.steps.base import AttemptEvent, StepContext, StepView
from trainer.ui.theme import theme_for
from trainer.ui.widgets import Button, Text

translate = QCoreApplication.translate


def at_least(w: QWidget, px: int, square: bool = False, extra: str = "") -> None:
    """A target of at least ``px``. (The app's style sheet sets its own minimum, which would win over
    setMinimumHeight once the widget is polished, so the drill's size goes in a style sheet too.)"""
    width = f" min-width: {px}px;" if square else ""
    w.setStyleSheet(f"min-height: {px}px;{width} {extra}".strip())


class DrillView(StepView):
    """Subclasses build ``self.area`` in ``build_area`` and call ``hit``/``miss`` as the learner tries."""

    def __init__(self, step: PracticeStep, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(step, ctx, parent)
        self.theme = theme_for(ctx.settings)
        self.min_px = min_target(step.level, ctx.settings.min_target_px)
        self.clock = QElapsedTimer()
        self.clock.start()
        self.tally = Tally(step.rounds)
        self.instruction = Text(ctx.text(step.instruction), role="heading")
        self.progress = Text(role="muted")
        self.feedback = Text()
        self.feedback.setObjectName("drill-feedback")
        self.live_feedback = self.feedback
        self.again = Button(translate("Practice", "Practise again"))
        self.again.setObjectName("again")
        self.again.clicked.connect(self.restart)
        self.box.addWidget(self.instruction)
        self.box.addWidget(self.progress)
        self.area = self.build_area()
        self.box.addWidget(self.area)
        self.box.addWidget(self.feedback)
        self.box.addWidget(self.again, 0, Qt.AlignmentFlag.AlignLeft)
        self.again.hide()
        self.show_progress()

    # for subclasses ------------------------------------------------------------------------------
    def build_area(self) -> QWidget:
        raise NotImplementedError

    def reset_area(self) -> None:
        """Start the drill again from its first round."""

    def act_on(self, starting: bool) -> list[QWidget]:
        return [self.area]

    def cue(self) -> QWidget | None:
        return self.instruction

    def label(self, text) -> str:
        return self.ctx.text(text)

    def now_ms(self) -> float:
        return float(self.clock.elapsed())

    # trying ----------------------------------------------------------------------------------------
    def hit(self, answer: dict[str, Any], praise: str = "") -> None:
        self.tally.hit()
        self._record(answer, True)
        self.show_progress()
        if self.tally.finished:
            self.finish()
        else:  # praise, or nothing: a hint about the try before ("a little faster") is no longer true
            self.say(praise, "success" if praise else "", speak=False)

    def miss(self, answer: dict[str, Any], hint: str) -> None:
        self.tally.miss()
        self._record(answer, False)
        self.say(hint)

    def _record(self, answer: dict[str, Any], correct: bool) -> None:
        payload = {"drill": self.step.drill, "round": self.tally.done + (0 if correct else 1), **answer}
        self.attempt.emit(AttemptEvent(payload, correct, round(self.score(), 4), self.tally.data()))

    def score(self) -> float:
        return self.tally.accuracy

    def say(self, text: str, role: str = "", speak: bool = True) -> None:
        self.feedback.setProperty("role", role)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.set_text(text)
        self.feedback.setVisible(bool(text))
        self.feedback_changed.emit()
        if speak and text:
            self.speak.emit([text])

    def show_progress(self) -> None:
        t = self.tally
        self.progress.set_text(
            translate("Practice", "Done: %1 of %2").replace("%1", str(t.done)).replace("%2", str(t.rounds))
        )

    def finish(self) -> None:
        t = self.tally
        words = translate("Practice", "Well done, you have finished this practice.") + " "
        words += (
            translate("Practice", "%1 of your %2 tries were right.")
            .replace("%1", str(t.tries - t.misses))
            .replace("%2", str(t.tries))
        )
        self.say(words, "success")
        self.again.show()
        from trainer.ui.reveal import reveal

        reveal(self.again)
        self.completed.emit()

    def restart(self) -> None:
        self.tally = Tally(self.step.rounds)
        self.again.hide()
        self.say("", speak=False)
        self.show_progress()
        self.reset_area()
        self.speak.emit([self.instruction.plain_text()])

    # the player's questions ----------------------------------------------------------------------
    def extra_parts(self) -> list[tuple[str, QWidget]]:
        """What a drill reads after its instruction (the key to press, the line to type)."""
        return []

    def spoken_parts(self) -> list[tuple[str, QWidget]]:
        parts = [(self.instruction.plain_text(), self.instruction), *self.extra_parts()]
        if self.feedback.plain_text():
            parts.append((self.feedback.plain_text(), self.feedback))
        return parts

    def spoken_texts(self) -> list[str]:
        return [text for text, _ in self.spoken_parts()]

    def spoken_widgets(self) -> list[QWidget]:
        return [w for _, w in self.spoken_parts()]

    def is_complete(self) -> bool:
        return self.tally.finished
