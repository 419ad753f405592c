from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture
def app_window(qtbot, paths):
    """The real window on a real database in a temporary data folder, at a community-centre PC's size."""
    from trainer.domain.learner import LearnerSettings
    from trainer.services import translations
    from trainer.ui.style import apply_settings

    translations.install("en", paths.i18n)
    apply_settings(QApplication.instance(), LearnerSettings())
    window = open_window(qtbot, paths)
    ctx = window.ctx
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if ctx.db is not None:
        ctx.db.close()
        ctx.db = None
    translations.install("en", paths.i18n)


def open_window(qtbot, paths, language: str | None = "en", speaker=None):
    """The real window on the data folder of ``paths``, not shown yet, as the app makes it at start-up
    (a test that starts the app again makes a second one). Speech is recorded, not played."""
    from trainer.app import AppContext, create_window
    from trainer.services.speech.speaker import RecordingSpeaker

    ctx = AppContext(paths)
    if language is not None:
        ctx.start_language = language
    ctx.speaker = speaker if speaker is not None else RecordingSpeaker()
    ctx.library = fixture_library(paths)
    window = create_window(ctx)
    qtbot.addWidget(window)
    return window


def set_up_centre(window, pin: str = "246813") -> None:
    """The centre set up with its first tutor, Teacher Li, as on a first run of tutor mode."""
    window.ctx.tutor_access.set_up("Sunshine Community Centre", "Hangzhou", "HZ-01", "Teacher Li", pin)


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


def sign_in_to_the_curriculum(window, paths, language: str, settings, width: int = 1024, height: int = 768):
    """A learner signed in on the real curriculum (not the fixed test copy), at ``settings`` and the
    window's size; returns the catalogue in ``language``."""
    from trainer.services import translations
    from trainer.services.lessons import LessonLibrary
    from trainer.ui.style import apply_settings

    window.ctx.library = LessonLibrary(paths)
    window.ctx.progress.library = window.ctx.library
    learner = make_learner(window, "王秀英" if language == "zh_CN" else "Wang Xiuying", language=language)
    translations.install(language, paths.i18n)
    window.resize(width, height)
    window.sign_in(learner.id)
    apply_settings(QApplication.instance(), settings)
    window.settings = settings
    return window.ctx.library.catalogue_for(language)


def show_step_of(window, lesson, index: int, reopen: bool = True):
    """The player at step ``index`` of ``lesson``, settled; ``reopen=False`` keeps a session already on
    that lesson (faster for a walk through one lesson's steps)."""
    from tests.ui.walk import settle

    player = window.screen("player")
    if reopen or player.session is None or player.session.lesson.id != lesson.id:
        window.open_lesson(lesson.id, restart=True)
    player.session.go_to(index)
    player.show_step()
    settle()
    return player
