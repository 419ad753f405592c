"""Every step of every built-in lesson, at the largest text size, in both languages: nothing clipped,
nothing overlapping, every control named and large enough (issue 6: read every lesson in the app)."""

from __future__ import annotations

import pytest

from tests.ui.conftest import make_learner
from tests.ui.test_accessibility import accessible_name, focusables, layout_problems
from tests.ui.walk import settle
from trainer.domain.learner import TEXT_SIZES, LearnerSettings
from trainer.services import translations
from trainer.services.lessons import LessonLibrary
from trainer.ui.style import apply_settings


@pytest.mark.slow
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_lesson_step_fits_at_the_largest_text_size(app_window, qtbot, paths, language):
    from PySide6.QtWidgets import QApplication

    w = app_window
    w.ctx.library = LessonLibrary(paths)  # the real curriculum, not the test pack
    w.ctx.progress.library = w.ctx.library
    learner = make_learner(w, "王秀英" if language == "zh_CN" else "Wang Xiuying", language=language)
    translations.install(language, paths.i18n)
    settings = LearnerSettings(text_size=TEXT_SIZES[-1])
    w.sign_in(learner.id)
    apply_settings(QApplication.instance(), settings)
    w.settings = settings
    lessons = w.ctx.library.catalogue_for(language).lessons  # what a learner in this language takes
    assert len(lessons) >= 24
    failures = []
    for lesson in lessons:
        w.open_lesson(lesson.id, restart=True)
        player = w.screen("player")
        assert player.session.lesson == lesson  # its steps in this language only
        for index in range(len(lesson.steps)):
            player.session.go_to(index)
            player.show_step()
            settle()
            label = f"{lesson.id}/{lesson.steps[index].id}"
            failures += [f"{label}: {p}" for p in layout_problems(player)]
            for widget in focusables(player):
                if not accessible_name(widget).strip():
                    failures.append(f"{label}: {type(widget).__name__} {widget.objectName()!r} has no name")
                if min(widget.width(), widget.height()) < settings.min_target_px:
                    failures.append(f"{label}: {widget.objectName()!r} is {widget.width()}x{widget.height()}")
    assert not failures, "\n".join(failures[:60])
