"""Applying a learner's comfort settings to the whole app at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from trainer.domain.learner import LearnerSettings
from trainer.ui.theme import style_sheet, theme_for

# Latin letters and punctuation from a Latin face, Chinese from the first CJK face the PC has.
FAMILIES = (
    "Noto Sans",
    "DejaVu Sans",
    "Segoe UI",
    "Helvetica Neue",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
)


def apply_settings(app: QApplication, settings: LearnerSettings) -> None:
    settings = settings.normalised()
    font = QFont(app.font())
    font.setPointSize(settings.text_size)
    font.setFamilies(list(FAMILIES))
    app.setFont(font)
    app.setStyleSheet(style_sheet(theme_for(settings), settings))
    app.setDoubleClickInterval(settings.double_click_ms)
    for effect in (Qt.UIEffect.UI_AnimateMenu, Qt.UIEffect.UI_AnimateCombo, Qt.UIEffect.UI_AnimateTooltip):
        app.setEffectEnabled(effect, not settings.reduced_motion)
