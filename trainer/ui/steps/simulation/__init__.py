"""Simulated everyday apps (the ``simulation`` step kind): screens drawn from lesson data."""

from __future__ import annotations

from trainer.ui.steps.base import register_view
from trainer.ui.steps.simulation.view import SimulationView

register_view("simulation", SimulationView)

__all__ = ["SimulationView"]
