"""The task engine of a simulation: a small state machine over a ``SimulationStep``.

A right action completes the task (and may go to another screen); a wrong press is a miss that
brings the task's hint, and from the second miss on the right element is highlighted. A trap
(paying a scammer) is a miss with its own explanation, and the run then no longer counts as passed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from trainer.domain.simulation import HIGHLIGHT_AFTER, Element, SimulationStep, Task, same_text

# Outcomes of one action
RIGHT, MISS, TRAP, PROGRESS, IGNORED = "right", "miss", "trap", "progress", "ignored"


@dataclass(frozen=True)
class Outcome:
    kind: str  # RIGHT, MISS, TRAP, PROGRESS (a right digit, not the last) or IGNORED
    task: Task | None  # the task the action was judged against
    misses: int = 0  # misses on that task so far
    moved: bool = False  # the screen changed

    @property
    def highlight(self) -> bool:
        return self.kind in (MISS, TRAP) and self.misses >= HIGHLIGHT_AFTER


@dataclass
class SimRun:
    """One learner's run through a simulation."""

    step: SimulationStep
    screen: str = ""
    index: int = 0
    misses_here: int = 0
    misses: int = 0
    traps: int = 0
    entered: dict[str, str] = field(default_factory=dict)  # numpad id -> digits so far
    toggles: dict[str, bool] = field(default_factory=dict)
    typed: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.screen = self.screen or self.step.start
        for s in self.step.screens:
            for e in s.elements:
                if e.type == "toggle":
                    self.toggles.setdefault(e.id, e.on)

    @property
    def task(self) -> Task | None:
        return self.step.tasks[self.index] if self.index < len(self.step.tasks) else None

    @property
    def finished(self) -> bool:
        return self.index >= len(self.step.tasks)

    @property
    def passed(self) -> bool:
        """Finished without falling into a trap (the scam variant is passed only by cancelling)."""
        return self.finished and self.traps == 0

    @property
    def accuracy(self) -> float:
        done = min(self.index, len(self.step.tasks))
        return done / (done + self.misses) if done + self.misses else 0.0

    def data(self) -> dict[str, object]:
        """What an attempt records about the run so far."""
        done = min(self.index, len(self.step.tasks))
        return {
            "accuracy": round(self.accuracy, 4),
            "tries": done + self.misses,
            "misses": self.misses,
            "traps": self.traps,
            "tasks_done": done,
            "tasks": len(self.step.tasks),
            "passed": self.passed,
        }

    def shows(self, element: Element) -> bool:
        """An element with ``after`` appears once that task is done."""
        return not element.after or self.step.task_index(element.after) < self.index

    @property
    def highlighted(self) -> str | None:
        task = self.task
        return task.target if task is not None and self.misses_here >= HIGHLIGHT_AFTER else None

    def _miss(self, element_id: str) -> Outcome:
        task = self.task
        self.misses_here += 1
        self.misses += 1
        kind = MISS
        if task is not None and element_id in task.traps:
            self.traps += 1
            kind = TRAP
        return Outcome(kind, task, self.misses_here)

    def _right(self) -> Outcome:
        task = self.task
        assert task is not None
        nxt = task.goto or self.step.element(task.target).goto
        moved = bool(nxt) and nxt != self.screen
        if nxt:
            self.screen = nxt
        self.index += 1
        misses, self.misses_here = self.misses_here, 0
        return Outcome(RIGHT, task, misses, moved)

    def press(self, element_id: str) -> Outcome:
        """A press on a button, icon, list item, picture or QR panel. A short press on what should be
        held is a miss: the hint says to keep it pressed."""
        task = self.task
        if task is None:
            return Outcome(IGNORED, None)
        if task.action == "press" and task.target == element_id:
            return self._right()
        return self._miss(element_id)

    def hold(self, element_id: str) -> Outcome:
        """A press held for HOLD_MS. On an element to be pressed it counts as the press (a learner who
        keeps a finger down a little long has still pressed it)."""
        task = self.task
        if task is None:
            return Outcome(IGNORED, None)
        if task.action in ("hold", "press") and task.target == element_id:
            return self._right()
        return self._miss(element_id)

    def toggle(self, element_id: str) -> Outcome:
        task = self.task
        if task is None:
            return Outcome(IGNORED, None)
        if task.action == "toggle" and task.target == element_id:
            self.toggles[element_id] = not self.toggles.get(element_id, False)
            if self.toggles[element_id] == task.on:
                return self._right()
            return Outcome(PROGRESS, task, self.misses_here)
        return self._miss(element_id)

    def type(self, element_id: str, text: str, wanted: str) -> Outcome:
        """The text of a field changed; ``wanted`` is the task's answer in the learner's language."""
        self.typed[element_id] = text
        task = self.task
        if task is None or task.action != "type" or task.target != element_id:
            return Outcome(IGNORED, task)
        if wanted.replace("|", "").strip() and same_text(text, wanted):
            return self._right()
        return Outcome(IGNORED, task)

    def submit(self, element_id: str, text: str, wanted: str) -> Outcome:
        """Enter pressed in a field: with no answer set, any text will do."""
        task = self.task
        if task is None or task.action != "type" or task.target != element_id:
            return Outcome(IGNORED, task)
        return self._right() if same_text(text, wanted) else Outcome(IGNORED, task)

    def key(self, numpad_id: str, key: str) -> Outcome:
        """A key of a number pad: a digit, or "del"."""
        task = self.task
        if task is None:
            return Outcome(IGNORED, None)
        if task.action != "enter" or task.target != numpad_id:
            return self._miss(numpad_id)
        so_far = self.entered.get(numpad_id, "")
        if key == "del":
            self.entered[numpad_id] = so_far[:-1]
            return Outcome(IGNORED, task)
        if not task.digits.startswith(so_far + key):
            return self._miss(numpad_id)
        self.entered[numpad_id] = so_far + key
        if self.entered[numpad_id] == task.digits:
            return self._right()
        return Outcome(PROGRESS, task, self.misses_here)

    def next_digit(self, numpad_id: str) -> str | None:
        """The key to highlight on a number pad."""
        task = self.task
        if task is None or task.action != "enter" or task.target != numpad_id:
            return None
        so_far = self.entered.get(numpad_id, "")
        return task.digits[len(so_far)] if len(so_far) < len(task.digits) else None
