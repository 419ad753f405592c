"""The simulated apps' colours: every text at least 7:1 on its background, the frame after two
misses and the focus ring at least 3:1, in both themes and for every kind of app."""

from __future__ import annotations

import pytest

from trainer.domain.contrast import contrast_ratio
from trainer.domain.simulation import APPS
from trainer.ui.steps.simulation.colours import DeviceColours, colours_for
from trainer.ui.theme import HIGH_CONTRAST, STANDARD


@pytest.mark.parametrize("theme", [STANDARD, HIGH_CONTRAST], ids=lambda t: t.name)
@pytest.mark.parametrize("app", APPS)
def test_text_and_marks_are_readable(app, theme):
    c = colours_for(app, theme)
    low = [
        (what, round(contrast_ratio(fg, bg), 2))
        for what, fg, bg in c.text_pairs()
        if contrast_ratio(fg, bg) < 7
    ]
    assert low == []
    for bg in (c.screen, c.card):
        assert contrast_ratio(c.mark, bg) >= 3
    assert contrast_ratio(c.outline, c.screen) >= 3


def test_the_check_catches_a_pale_text():
    pale = DeviceColours(**{**colours_for("chat", STANDARD).__dict__, "muted": "#AAAAAA"})
    assert any(what == "muted" and contrast_ratio(fg, bg) < 7 for what, fg, bg in pale.text_pairs())
