"""PySide6 drops a reference to None whenever it returns a null pointer; the guard makes that harmless."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QWidget

from trainer.ui.qt_guard import make_none_immortal


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_guard_keeps_none_far_from_zero(qapp):
    make_none_immortal()
    orphan = QWidget()
    before = sys.getrefcount(None)
    for _ in range(1000):
        orphan.parentWidget()  # returns None
    after = sys.getrefcount(None)
    assert after > 1 << 39  # whatever PySide6 does, None's count stays astronomically high
    assert before - after <= 1000
    assert sys.getrefcount(True) > 1 << 39 and sys.getrefcount(False) > 1 << 39
