"""Start-up: the sign-in screen needs only the learners; lessons, the ORM and tutor mode come later."""

from __future__ import annotations

import gc

from trainer import app as app_module
from trainer.app import AppContext, create_window


def test_the_sign_in_screen_is_shown_before_lessons_and_tutor_mode_are_made(qtbot, paths):
    ctx = AppContext(paths)
    window = create_window(ctx)
    qtbot.addWidget(window)
    assert window.current_name() == "signin"
    assert ctx._progress is None and ctx.library is None  # made on first use, not for the first screen
    assert window._tutor_mode is None
    assert ctx.progress is not None and ctx.library is not None  # and there when asked for
    assert window.tutor_mode.signed_in is None  # tutor mode made on demand, locked
    window.go_sign_in()


def test_the_warm_up_loads_the_lessons_then_sets_start_up_objects_aside(qtbot, paths, monkeypatch):
    monkeypatch.setattr(app_module, "WARM_UP_DELAY_MS", 0)
    ctx = AppContext(paths)
    window = create_window(ctx)
    qtbot.addWidget(window)
    gc.unfreeze()
    try:
        app_module._after_start(ctx)
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=20000)
        assert ctx.library is not None and ctx.library._result is not None  # loaded in the background
        assert ctx.library.catalogue.lessons
    finally:
        gc.unfreeze()  # the test process goes on; give the collector everything back
