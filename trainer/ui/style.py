"""Applying a learner's comfort settings to the whole app at once."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from trainer.domain.learner import LearnerSettings
from trainer.ui.theme import style_sheet, theme_for

_applied: LearnerSettings | None = None


def current_settings() -> LearnerSettings:
    """The settings the app is styled with now (the defaults before any were applied)."""
    return _applied if _applied is not None else LearnerSettings()


def apply_settings(app: QApplication, settings: LearnerSettings) -> None:
    global _applied
    settings = settings.normalised()
    if settings == _applied:
        return  # restyling every widget is not free: only when something changed
    previous, _applied = _applied, settings
    # The fonts, their size and the placeholder colour are all in the style sheet: set there, every
    # widget gets them (an app palette's placeholder colour is overridden by the sheet's "color"), and
    # the first screen is drawn without making PySide's QFont and QPalette classes (~3 ms).
    app.setStyleSheet(style_sheet(theme_for(settings), settings))
    app.setDoubleClickInterval(settings.double_click_ms)
    if settings.reduced_motion or (previous is not None and previous.reduced_motion):
        # (only when it matters: naming Qt.* costs the first screen ~23 ms, see ui.widgets)
        from PySide6.QtCore import Qt

        for effect in (
            Qt.UIEffect.UI_AnimateMenu,
            Qt.UIEffect.UI_AnimateCombo,
            Qt.UIEffect.UI_AnimateTooltip,
        ):
            app.setEffectEnabled(effect, not settings.reduced_motion)
    # A new font or style changes every widget's size, and Qt applies style sheets lazily: lay the
    # visible screen out again once the new style has reached every widget, so nothing is clipped.
    # (Before the first window there is nothing to lay out again.)
    if app.topLevelWidgets():
        QTimer.singleShot(0, lambda: _relayout(app))


def _relayout(app: QApplication) -> None:
    from trainer.ui.screens.base import Screen

    for top in app.topLevelWidgets():
        if top.isVisible():
            for screen in top.findChildren(Screen):
                if screen.isVisible():
                    screen.refresh_layout()
