"""The contract between the lesson player and a step's view.

A view shows one step of a lesson. It reports every try as an ``AttemptEvent`` (the player appends
it to the attempt log) and says when the learner may go on (``completed``). It never writes to the
database and never calls the speech engine directly: it asks the player to read texts aloud with
``speak`` so that Repeat and Slower work the same on every step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from trainer.domain.learner import LearnerSettings
from trainer.domain.lessons import Lesson, Step


@dataclass(frozen=True)
class AttemptEvent:
    """One try at a step. ``answer`` is JSON-serialisable; ``correct`` None for steps without a right
    answer; ``score`` 0..1 for quizzes and drills; ``data`` extra facts (accuracy, tries, misses)."""

    answer: dict[str, Any]
    correct: bool | None = None
    score: float | None = None
    data: dict[str, Any] = field(default_factory=dict)
    shown: tuple[str, ...] | None = None  # a quiz's choice ids in the order they were shown


@dataclass(frozen=True)
class StepContext:
    """What a step's view needs besides the step: the lesson, the learner's language, settings and
    name. (Reading a step from lesson.toml uses ``content.steps.StepSource``.)"""

    lesson: Lesson
    lang: str
    settings: LearnerSettings
    learner_name: str = ""
    seed: str = ""  # the run's seed: quiz choices are shuffled per run (``domain.choice_order``)

    def text(self, t) -> str:
        """A ``LessonText`` in the learner's language, with {name} filled in."""
        return t.render(self.lang, name=self.learner_name) if t is not None else ""


class StepView(QWidget):
    attempt = Signal(object)  # AttemptEvent
    completed = Signal()  # the learner may go on (Next becomes the main action)
    speak = Signal(object)  # list[str]: texts to read aloud now, in order
    # Steps done with the pointer on an area (drills, simulated apps) put their feedback in
    # ``live_feedback`` (a Text) and emit ``feedback_changed``: the player shows it in a strip above
    # its buttons, which is always in view and never moves what is under the pointer.
    feedback_changed = Signal()
    live_feedback = None

    def __init__(self, step: Step, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.ctx = ctx
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(18)

    def spoken_texts(self) -> list[str]:
        """What Repeat reads: the step's text, question and choices (and feedback once shown)."""
        return []

    def spoken_widgets(self) -> list[QWidget]:
        """The widgets showing ``spoken_texts()``, one for one, so the sentence being read is marked."""
        return []

    def is_complete(self) -> bool:
        """True when Next may go on without another try (read steps: at once)."""
        return True

    def restore(self, answer: dict[str, Any] | None) -> None:  # noqa: B027 - optional for views
        """Show a previous answer again (when the learner comes back to this step)."""

    def focus_first(self) -> None:
        """Put the focus on the step's first control, if it has one to use (else the player's Next)."""

    def act_on(self, starting: bool) -> list[QWidget]:
        """What the learner acts on now (a drill's practice area; a simulated app's control after a miss):
        the player keeps it in view together with the feedback strip, when the step opens (``starting``)
        and after each try, and reading aloud does not scroll the page away from it. Empty: nothing to
        keep in view (the step opens at its top)."""
        return []

    def cue(self) -> QWidget | None:
        """The words on the page that say what to do (a drill's instruction): while the strip has no
        feedback and these words are scrolled out of the window (a short window shows the practice area),
        the strip shows them, so a learner without sound still reads what to do. None: no cue."""
        return None

    def fit_room(self, height: int) -> None:  # noqa: B027 - optional for views
        """Make the practice area (``act_on``) no taller than ``height`` where it can be: a short window
        then shows it whole with the feedback strip."""


def sentences(lang: str, *parts: str) -> str:
    """Sentences one after another: with a space between them, but none in Chinese."""
    return ("" if lang.startswith("zh") else " ").join(p for p in parts if p)


_VIEWS: dict[str, type[StepView]] = {}


def register_view(kind: str, cls: type[StepView]) -> None:
    _VIEWS[kind] = cls


def view_for(kind: str) -> type[StepView] | None:
    # importing registers the built-in views; Python imports each module once, so this is cheap,
    # and it does not matter which view modules something else imported first
    from trainer.ui.steps import own_phone, practice, quiz, read, simulation  # noqa: F401

    return _VIEWS.get(kind)
