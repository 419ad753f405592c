"""Work around a reference-count bug in PySide6 on Python 3.11.

PySide6 6.12 takes one reference from ``None`` too many whenever a Qt function returns a null
pointer as ``None`` (and from ``True``/``False`` in some bool conversions) (``QApplication.focusWidget()`` with nothing focused, ``parentWidget()`` of a
window, ...). On Python 3.12 and later ``None`` is immortal and nothing happens; on 3.11 (Debian 12's
Python) a long session would drive None's count to zero and the interpreter aborts with
"none_dealloc: deallocating None". The guard gives ``None`` a reference count so large that it can
never reach zero, which is what Python 3.12 does itself. ``tests/ui/test_qt_guard.py`` shows both the
bug and the guard.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40
_done = False


def make_none_immortal() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # the same happens to True and False (a QVariant property read back as a bool, for example)
    for singleton in (None, True, False, NotImplemented, Ellipsis):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _MARGIN
    _done = True
