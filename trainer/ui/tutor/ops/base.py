"""What every subject of tutor mode shares: the mode, the app context (its services) and the hooks
through which a subject puts its buttons on the shared screens."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from trainer.ui.screens.base import Screen

if TYPE_CHECKING:
    from trainer.ui.tutor.dashboard import DashboardScreen
    from trainer.ui.tutor.learner import LearnerPageScreen
    from trainer.ui.tutor.mode import TutorMode
    from trainer.ui.tutor.tools import ToolsScreen


class TutorSubject:
    def __init__(self, mode: TutorMode) -> None:
        self.mode = mode
        self.ctx = mode.ctx

    def screens(self) -> dict[str, Callable[[], Screen]]:
        """The screens this subject builds, by name (each built once, when first shown)."""
        return {}

    def on_dashboard(self, dashboard: DashboardScreen) -> None:
        """Put this subject's buttons on the dashboard (``dashboard.add_action``)."""

    def on_learner_page(self, page: LearnerPageScreen) -> None:
        """Put this subject's buttons on a learner's page (``page.add_record_action``)."""

    def on_tools(self, tools: ToolsScreen) -> None:
        """Put this subject's section on the tools screen (``tools.add_section``)."""
