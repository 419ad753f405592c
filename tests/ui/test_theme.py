"""Every text/background pair of every theme is at least 7:1; focus rings and fills at least 3:1."""

from __future__ import annotations

import pytest

from trainer.domain.contrast import contrast_ratio
from trainer.domain.learner import COLOURS
from trainer.ui.theme import THEMES


def test_contrast_ratio_matches_known_values():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_text_pairs_reach_7_to_1(theme):
    low = [
        (what, round(contrast_ratio(fg, bg), 2))
        for what, fg, bg in theme.text_pairs()
        if contrast_ratio(fg, bg) < 7
    ]
    assert not low


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_non_text_pairs_reach_3_to_1(theme):
    low = [
        (what, round(contrast_ratio(fg, bg), 2))
        for what, fg, bg in theme.non_text_pairs()
        if contrast_ratio(fg, bg) < 3
    ]
    assert not low


def test_learner_colours_carry_white_drawings_at_7_to_1():
    assert all(contrast_ratio("#FFFFFF", c) >= 7 for c in COLOURS)


def test_style_sheet_uses_the_theme_and_size(qapp):
    from trainer.domain.learner import LearnerSettings
    from trainer.ui.theme import HIGH_CONTRAST, style_sheet

    sheet = style_sheet(HIGH_CONTRAST, LearnerSettings(text_size=32, high_contrast=True))
    assert "font-size: 32pt" in sheet and HIGH_CONTRAST.window in sheet and "min-height: 60px" in sheet


@pytest.mark.parametrize("high_contrast", [False, True], ids=["standard", "high_contrast"])
def test_every_widget_gets_the_fonts_the_size_and_the_placeholder_colour(app_window, high_contrast):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QLineEdit

    from trainer.domain.learner import LearnerSettings
    from trainer.ui.style import apply_settings
    from trainer.ui.theme import FAMILIES, theme_for

    settings = LearnerSettings(text_size=26, high_contrast=high_contrast)
    apply_settings(QApplication.instance(), settings)
    try:
        field = QLineEdit(app_window)
        field.setPlaceholderText("Your name")
        for widget in (field, app_window.signin.hint, app_window.signin.new_tile):
            widget.ensurePolished()
            font = widget.font()
            assert font.families() == list(FAMILIES), widget  # Chinese from a CJK face, in this order
            assert font.pointSize() == 26, widget
        placeholder = field.palette().color(QPalette.ColorRole.PlaceholderText).name()
        assert placeholder.lower() == theme_for(settings).muted.lower()
    finally:
        apply_settings(QApplication.instance(), LearnerSettings())
