from __future__ import annotations

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


def make_learner(window, name="Wang Fang", avatar="tree", language="en", pin=None):
    learner = window.ctx.learners.create(name, avatar, language)
    if pin:
        window.ctx.learners.set_pin(learner.id, pin)
    window.refresh_tiles()
    return learner
