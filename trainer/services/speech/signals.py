"""``emit(signal, *args)``: emit a Qt signal without the PySide6 6.12.0 reference bug.

Measured here (PySide6-Essentials 6.12.0, CPython 3.11): ``SignalInstance.emit()`` returns ``True``
without taking a reference, so each call whose result is dropped costs ``True`` one reference. After a
few thousand emits CPython aborts ("bool_dealloc: deallocating True or False"), or memory is corrupted
earlier. The speaker emits many signals (words, sentences, player events), so it would crash the app.

The bug is detected once at import by emitting a probe signal; only then is each reference given back.
On a fixed PySide6, or on Python 3.12+ where ``True`` is immortal, this is a plain emit.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def _emit_drops_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(4):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:
        _give_back(lost)  # the probe's own losses
    return lost >= 4


def _give_back(n: int = 1) -> None:
    for _ in range(n):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


EMIT_DROPS_TRUE = _emit_drops_true()


def emit(signal: Any, *args: Any) -> None:
    signal.emit(*args)
    if EMIT_DROPS_TRUE:
        _give_back()
