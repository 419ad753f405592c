"""Simulated everyday apps as plain data, and the task engine that runs them.

A simulation is one ``simulation`` step: mock app screens made of elements (headers, texts,
pictures, buttons...) and a sequence of tasks ("Press Video call", "Type your name"). The engine is
a small state machine: a right action completes the task (and may go to another screen); a wrong
press is a miss that brings the task's hint, and from the second miss on the right element is
highlighted. A trap (paying a scammer) is a miss with its own explanation, and the run then no
longer counts as passed. Nothing here sends anything anywhere: it is all in memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from trainer.domain.lessons import Step, Text

ELEMENT_TYPES = (
    "header",  # the app's title bar
    "text",  # a paragraph; style: title, big, muted, caption (centred), warning
    "bubble",  # a chat message; style: in (received) or out (sent)
    "picture",  # a built-in drawing (shape) or a picture file
    "button",  # style: primary, danger or plain
    "icon",  # a round icon with a caption; style: go, stop or plain
    "item",  # a list row with an optional icon and detail line
    "field",  # a text box to type into
    "toggle",  # an on/off switch
    "numpad",  # digits 0-9 and Delete, for a PIN or an amount
    "qr",  # a QR-code panel (drawn, never a real code)
    "space",  # empty room that pushes what follows down
)
PRESSABLE = ("button", "icon", "item", "toggle", "qr", "picture")
ACTIONS = ("press", "type", "toggle", "enter")  # what a task asks for
ACTION_TYPES = {"press": PRESSABLE, "type": ("field",), "toggle": ("toggle",), "enter": ("numpad",)}
ICONS = (
    "attach", "back", "bell", "calendar", "camera", "cart", "check", "clock", "close", "doc",
    "hang-up", "home", "lock", "mail", "map", "mic", "mic-off", "next", "person", "phone", "photo",
    "plus", "reply", "scan", "search", "send", "settings", "shield", "speaker", "video", "video-off",
    "warning", "wifi",
)  # fmt: skip
SHAPES = ("person", "photo", "document", "fruit", "building", "hospital", "product", "map", "card")
STYLES = {
    "text": ("", "title", "big", "muted", "caption", "warning"),
    "bubble": ("in", "out"),
    "button": ("", "primary", "danger"),
    "icon": ("", "go", "stop"),
}
APPS = ("chat", "call", "pay", "hospital", "mail", "browser", "settings", "shop", "gov", "messages")
DEVICES = ("phone", "computer")
HIGHLIGHT_AFTER = 2  # misses on one task


@dataclass(frozen=True)
class Element:
    id: str
    type: str
    label: Text | None = None  # shown and read; for pictures, the description
    detail: Text | None = None  # item: a second line
    style: str = ""
    icon: str = ""  # icon, item, button: a built-in glyph
    shape: str = ""  # picture: a built-in drawing
    picture: str | None = None  # picture: a file in the lesson's assets
    goto: str = ""  # screen shown after a right action on this element
    on: bool = False  # toggle: starts on
    mask: bool = False  # numpad: show dots instead of digits (a PIN)
    inline: bool = False  # on the same row as the element before
    after: str = ""  # shown only once this task is done (a sent message appears)


@dataclass(frozen=True)
class Screen:
    id: str
    elements: tuple[Element, ...]
    dialog: bool = False  # drawn as a box over a dimmed background


@dataclass(frozen=True)
class Task:
    id: str
    action: str  # one of ACTIONS
    target: str  # element id
    instruction: Text
    hint: Text
    answer: Text | None = None  # type: the text to type (may hold {name})
    digits: str = ""  # enter: the digits to key in
    on: bool = True  # toggle: the state wanted
    goto: str = ""  # overrides the element's goto
    explain: Text | None = None  # said after the right action (what happened, the clue)
    traps: tuple[str, ...] = ()  # elements whose press is a serious mistake
    trap: Text | None = None  # said after a trap: why it is dangerous and what to do


@dataclass(frozen=True)
class SimulationStep(Step):
    app: str
    device: str
    start: str
    screens: tuple[Screen, ...]
    tasks: tuple[Task, ...]
    intro: Text
    finish: Text
    kind: ClassVar[str] = "simulation"

    def screen(self, screen_id: str) -> Screen:
        return next(s for s in self.screens if s.id == screen_id)

    def element(self, element_id: str) -> Element:
        return next(e for s in self.screens for e in s.elements if e.id == element_id)

    def screen_of(self, element_id: str) -> str | None:
        return next((s.id for s in self.screens for e in s.elements if e.id == element_id), None)

    def task_index(self, task_id: str) -> int:
        return next((n for n, t in enumerate(self.tasks) if t.id == task_id), len(self.tasks))


def same_text(typed: str, wanted: str) -> bool:
    """Typed text matches when it is the same apart from capitals, spaces and a final full stop.
    ``wanted`` may list several accepted answers separated by "|" (医院|yiyuan); an empty answer
    (a learner without a name) accepts any text."""

    def norm(s: str) -> str:
        return " ".join(s.split()).casefold().rstrip(".。!！")

    options = [w for w in wanted.split("|") if w.strip()]
    if not options:
        return bool(typed.strip())
    return any(
        norm(typed) == norm(w) or norm(typed).replace(" ", "") == norm(w).replace(" ", "") for w in options
    )


@dataclass(frozen=True)
class Walk:
    """Where the learner is before each task, when every task is done right."""

    before: tuple[str, ...]  # screen id before each task
    unreachable: tuple[int, ...]  # indexes of tasks whose element is not on that screen
    unseen: tuple[str, ...]  # screens never shown


def walk(step: SimulationStep) -> Walk:
    known = {s.id for s in step.screens}
    screen, before, unreachable, seen = step.start, [], [], {step.start}
    for n, task in enumerate(step.tasks):
        before.append(screen)
        target = step.element(task.target) if step.screen_of(task.target) else None
        hidden = target is not None and target.after and step.task_index(target.after) >= n
        if step.screen_of(task.target) != screen or hidden:
            unreachable.append(n)
            continue
        nxt = task.goto or step.element(task.target).goto
        if nxt in known:
            screen = nxt
            seen.add(nxt)
    unseen = tuple(s.id for s in step.screens if s.id not in seen)
    return Walk(tuple(before), tuple(unreachable), unseen)


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
        """A press on a button, icon, list item, picture or QR panel."""
        task = self.task
        if task is None:
            return Outcome(IGNORED, None)
        if task.action == "press" and task.target == element_id:
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
