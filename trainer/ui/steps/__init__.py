"""One view per step kind. The player (trainer/ui/screens/player.py) shows one step at a time.

To add a step kind's view: subclass ``StepView`` and register it with ``register_view(kind, cls)``
(see ``views_for``); the player looks views up by ``step.kind``.
"""

from __future__ import annotations

from trainer.ui.steps.base import AttemptEvent, StepContext, StepView, register_view, view_for

__all__ = ["AttemptEvent", "StepContext", "StepView", "register_view", "view_for"]
