"""Drills for the mouse and keyboard (the ``practice`` step kind): one view class per drill type."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from trainer.domain.practice import PracticeStep
from trainer.ui.steps.base import StepContext, StepView, register_view
from trainer.ui.steps.practice.base import DrillView
from trainer.ui.steps.practice.handling import DragDrill, RightClickDrill
from trainer.ui.steps.practice.keyboard import KeysDrill
from trainer.ui.steps.practice.pinyin import PinyinDrill
from trainer.ui.steps.practice.pointing import ClickDrill, DoubleClickDrill
from trainer.ui.steps.practice.scrolling import ScrollDrill
from trainer.ui.steps.practice.typing import TypingDrill

DRILL_VIEWS: dict[str, type[DrillView]] = {
    "click": ClickDrill,
    "double-click": DoubleClickDrill,
    "right-click": RightClickDrill,
    "drag": DragDrill,
    "scroll": ScrollDrill,
    "keys": KeysDrill,
    "typing": TypingDrill,
    "pinyin": PinyinDrill,
}


def practice_view(step: PracticeStep, ctx: StepContext, parent: QWidget | None = None) -> StepView:
    """The player creates views as ``cls(step, ctx)``: this picks the drill's own class."""
    return DRILL_VIEWS[step.drill](step, ctx, parent)


register_view("practice", practice_view)  # type: ignore[arg-type] - a factory, called like a class

__all__ = ["DRILL_VIEWS", "DrillView", "practice_view"]
