"""Every screen of every simulation of the lessons issue 21 added, at the largest text size, in both
languages: each task done as a learner would, and the screen it leads to checked like the first one
(nothing clipped or overlapping, every control named and large enough)."""

from __future__ import annotations

import pytest

from tests.ui.conftest import make_learner
from tests.ui.test_accessibility import accessible_name, focusables, layout_problems
from tests.ui.walk import settle
from trainer.domain.learner import TEXT_SIZES, LearnerSettings
from trainer.services import translations
from trainer.services.lessons import LessonLibrary
from trainer.ui.style import apply_settings

NEW_LESSONS = (  # issue 21; lessons not written yet are skipped until they are
    "phone-basics", "scams-and-tools", "getting-around", "family-payments", "farm-info",
    "public-service-apps", "short-video", "privacy-phone-care", "school-helper", "handwriting-voice",
)  # fmt: skip


def _do(view, task) -> None:
    """The right action for a task, through the screen's own signals (the clicks are tested elsewhere)."""
    sv = view.screen_view
    if task.action == "press":
        sv.pressed.emit(task.target)
    elif task.action == "hold":
        sv.held.emit(task.target)
    elif task.action == "toggle":
        sv.toggled.emit(task.target)
    elif task.action == "enter":
        for digit in task.digits:
            sv.key.emit(task.target, digit)
    else:
        answer = view.ctx.text(task.answer).split("|")[0]
        sv.typed.emit(task.target, answer)


@pytest.mark.slow
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_screen_of_the_new_simulations_fits_at_the_largest_text_size(
    app_window, qtbot, paths, language
):
    from PySide6.QtWidgets import QApplication

    w = app_window
    w.ctx.library = LessonLibrary(paths)
    w.ctx.progress.library = w.ctx.library
    learner = make_learner(w, "王秀英" if language == "zh_CN" else "Wang Xiuying", language=language)
    translations.install(language, paths.i18n)
    settings = LearnerSettings(text_size=TEXT_SIZES[-1])
    w.sign_in(learner.id)
    apply_settings(QApplication.instance(), settings)
    w.settings = settings
    catalogue = w.ctx.library.catalogue_for(language)
    lessons = [x for x in (catalogue.get(i) for i in NEW_LESSONS) if x is not None]
    assert len(lessons) >= 4
    failures, screens = [], 0
    for lesson in lessons:
        w.open_lesson(lesson.id, restart=True)
        player = w.screen("player")
        for index, step in enumerate(lesson.steps):
            if step.kind != "simulation":
                continue
            player.session.go_to(index)
            player.show_step()
            settle()
            view = player.view
            for task in step.tasks:
                _do(view, task)
                settle()
                screens += 1
                label = f"{lesson.id}/{step.id} after {task.id}"
                failures += [f"{label}: {p}" for p in layout_problems(player)]
                for widget in focusables(view.screen_view):
                    if not accessible_name(widget).strip():
                        failures.append(
                            f"{label}: {type(widget).__name__} {widget.objectName()!r} has no name"
                        )
                    if min(widget.width(), widget.height()) < settings.min_target_px:
                        failures.append(
                            f"{label}: {widget.objectName()!r} is {widget.width()}x{widget.height()}"
                        )
            assert view.run.passed, f"{lesson.id}/{step.id}"
    assert screens > 50
    assert not failures, "\n".join(failures[:60])
