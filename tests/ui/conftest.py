from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture
def app_window(qtbot, paths):
    """The real window on a real database in a temporary data folder, at a community-centre PC's size."""
    from trainer.app import AppContext, create_window
    from trainer.domain.learner import LearnerSettings
    from trainer.services import translations
    from trainer.ui.style import apply_settings

    app = QApplication.instance()
    from trainer.services.speech.speaker import RecordingSpeaker

    ctx = AppContext(paths)
    ctx.start_language = "en"
    ctx.speaker = RecordingSpeaker()
    ctx.library = fixture_library(paths)
    translations.install("en", paths.i18n)
    apply_settings(app, LearnerSettings())
    window = create_window(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if ctx.db is not None:
        ctx.db.close()
        ctx.db = None
    translations.install("en", paths.i18n)


FIXTURE_LESSONS = Path(__file__).resolve().parent.parent / "fixtures" / "lessons"


def fixture_library(paths):
    """A fixed copy of the sample pack, so these tests do not change when the curriculum does."""
    from trainer.services.lessons import LessonLibrary

    return LessonLibrary(paths, roots=[FIXTURE_LESSONS])


def make_learner(window, name="Wang Fang", avatar="tree", language="en", pin=None):
    learner = window.ctx.learners.create(name, avatar, language)
    if pin:
        window.ctx.learners.set_pin(learner.id, pin)
    window.refresh_tiles()
    return learner
