"""PySide6 drops a reference to None whenever it returns a null pointer (services/qt_guard.py). The first
test measures the bug itself, so it FAILS the day a PySide6 release fixes it: then the guard (and the
upper bound on PySide6 in pyproject.toml that makes an upgrade run this test) can go."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject

from trainer.services.qt_guard import make_none_immortal, needed

CALLS = 1000
pytestmark = pytest.mark.skipif(not needed(), reason="None is immortal from Python 3.12: no bug to see")


def test_pyside_still_drops_a_reference_to_none_for_each_null_pointer():
    import PySide6

    orphan = QObject()  # (QtCore only: no application needed)
    orphan.parent()  # (anything made on the first call is made now)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        orphan.parent()  # a null pointer, returned as None
    dropped = before - sys.getrefcount(None)
    assert dropped >= CALLS * 0.9, (
        f"PySide6 {PySide6.__version__} no longer drops a reference to None ({dropped} in {CALLS} calls): "
        "the bug is fixed. Remove trainer/services/qt_guard.py, its callers and the upper bound on "
        "PySide6 in pyproject.toml."
    )


def test_the_guard_keeps_none_true_and_false_far_from_zero():
    make_none_immortal()
    orphan = QObject()
    for _ in range(CALLS):
        orphan.parent()
    assert sys.getrefcount(None) > 1 << 39  # whatever PySide6 does, None's count stays astronomically high
    assert sys.getrefcount(True) > 1 << 39 and sys.getrefcount(False) > 1 << 39
