from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from practice_helpers import load_practice_lessons

from trainer.domain.learner import LearnerSettings
from trainer.ui.steps import view_for

# view_for() imports every view module on its first call only while no view is registered; these
# tests import the practice and simulation modules directly, which would leave quiz and read out of
# the registry for the rest of the test run. Fill it completely first.
view_for("read")


@dataclass
class Shown:
    """A step view on screen, with everything it told the player."""

    view: object
    host: object  # the window; kept here because qtbot holds it only weakly
    attempts: list = field(default_factory=list)
    spoken: list = field(default_factory=list)
    completed: list = field(default_factory=list)


@pytest.fixture(scope="session")
def catalogue(tmp_path_factory):
    return load_practice_lessons(tmp_path_factory.mktemp("pack") / "pack")


@pytest.fixture
def show(qtbot, catalogue):
    """show(lesson_id, step_id, **settings) -> Shown: the step's view in a window, as the player hosts it."""
    from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

    from trainer.services import translations
    from trainer.ui.steps import StepContext
    from trainer.ui.style import apply_settings

    def make(lesson_id: str, step_id: str, lang: str = "en", name: str = "Wang Fang", **kw) -> Shown:
        settings = LearnerSettings(**kw)
        translations.install(lang, Path(__file__).resolve().parents[2] / "i18n")
        apply_settings(QApplication.instance(), settings)
        lesson = catalogue.get(lesson_id)
        step = lesson.step(step_id)
        ctx = StepContext(lesson, lang, settings, name)
        view = view_for(step.kind)(step, ctx)
        host = QScrollArea()
        host.setWidgetResizable(True)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(view)
        box.addStretch(1)
        host.setWidget(page)
        qtbot.addWidget(host)
        host.resize(1366, 768)
        host.show()
        qtbot.waitExposed(host)
        shown = Shown(view, host)
        view.attempt.connect(shown.attempts.append)
        view.speak.connect(shown.spoken.append)
        view.completed.connect(lambda: shown.completed.append(True))
        view.focus_first()
        QApplication.processEvents()
        return shown

    yield make

    translations.install("en", Path(__file__).resolve().parents[2] / "i18n")
