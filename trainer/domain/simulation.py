"""Simulated everyday apps as plain data: mock app screens made of elements (headers, texts,
pictures, buttons...) and a sequence of tasks ("Press Video call", "Type your name"), with the
rules every author's simulation must follow (``walk``). The engine that runs one is in
``trainer.domain.sim_engine``. Nothing here sends anything anywhere: it is all in memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from trainer.domain.lessons import LessonText, Step

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
ACTIONS = ("press", "hold", "type", "toggle", "enter")  # what a task asks for
HOLDABLE = ("button", "icon", "item", "picture")
ACTION_TYPES = {
    "press": PRESSABLE,
    "hold": HOLDABLE,  # press and hold (a long press): the mouse button or Space kept down
    "type": ("field",),
    "toggle": ("toggle",),
    "enter": ("numpad",),
}
HOLD_MS = 700  # how long a press must last to count as pressing and holding
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
    label: LessonText | None = None  # shown and read; for pictures, the description
    detail: LessonText | None = None  # item: a second line
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
class SimScreen:
    """One screen of a simulated app (a phone's home screen, a payment dialog). Not a screen of the
    trainer itself: those are ``ui.screens.base.Screen``."""

    id: str
    elements: tuple[Element, ...]
    dialog: bool = False  # drawn as a box over a dimmed background


@dataclass(frozen=True)
class Task:
    id: str
    action: str  # one of ACTIONS
    target: str  # element id
    instruction: LessonText
    hint: LessonText
    answer: LessonText | None = None  # type: the text to type (may hold {name})
    digits: str = ""  # enter: the digits to key in
    on: bool = True  # toggle: the state wanted
    goto: str = ""  # overrides the element's goto
    explain: LessonText | None = None  # said after the right action (what happened, the clue)
    traps: tuple[str, ...] = ()  # elements whose press is a serious mistake
    trap: LessonText | None = None  # said after a trap: why it is dangerous and what to do


@dataclass(frozen=True)
class SimulationStep(Step):
    app: str
    device: str
    start: str
    screens: tuple[SimScreen, ...]
    tasks: tuple[Task, ...]
    intro: LessonText
    finish: LessonText
    kind: ClassVar[str] = "simulation"

    def screen(self, screen_id: str) -> SimScreen:
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
