"""Work around a reference-count bug in PySide6 on Python 3.11: the one home of the guard (the GUI
installs it after its first paint, ``services.pdf.ensure_gui`` for the command line, the tests in
``tests/conftest.py``).

PySide6 6.12 takes one reference from ``None`` too many whenever a Qt function returns a null
pointer as ``None`` (``QApplication.focusWidget()`` with nothing focused, ``parentWidget()`` of a
window, ...), and from ``True``/``False`` in some bool conversions. On Python 3.12 and later these
objects are immortal and nothing happens; on 3.11 (Debian 12's Python) a long session would drive
None's count to zero and the interpreter aborts with "none_dealloc: deallocating None". The guard
gives them a reference count so large that it can never reach zero, which is what Python 3.12 does
itself.

When it can go: ``tests/test_qt_guard.py`` measures the bug itself and fails once a PySide6 release
no longer drops the references; ``pyproject.toml`` bounds PySide6 below the next minor version, so an
upgrade runs that test before it ships. Then delete this module and its three callers.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40
_done = False


def needed() -> bool:
    """True where the bug can bite: CPython before 3.12 (later ones make None immortal)."""
    return sys.version_info < (3, 12) and sys.implementation.name == "cpython"


def make_none_immortal() -> None:
    global _done
    if _done or not needed():
        return
    # the same happens to True and False (a QVariant property read back as a bool, for example)
    for singleton in (None, True, False, NotImplemented, Ellipsis):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _MARGIN
    _done = True
