"""Unexpected errors: logged in full, and shown to the person as a calm message that loses nothing."""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

translate = QCoreApplication.translate

log = logging.getLogger("trainer.errors")
_showing = False


def calm_message() -> tuple[str, str]:
    return (
        translate("Errors", "Something went wrong"),
        translate(
            "Errors",
            "Something unexpected happened. Your progress so far is saved.\n"
            "Press OK and carry on. If it happens again, please tell your tutor.",
        ),
    )


def show_calm_message() -> None:
    global _showing
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    from PySide6.QtWidgets import QMessageBox  # imported when needed: its enums cost start-up time

    try:
        title, text = calm_message()
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok)
        box.button(QMessageBox.StandardButton.Ok).setMinimumSize(120, 60)
        box.exec()
    finally:
        _showing = False


def _hook(exc_type, exc, tb) -> None:
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    app = QApplication.instance()
    if app is not None:
        QTimer.singleShot(0, show_calm_message)


class _Relay(QObject):
    """Brings an error raised in another thread to the UI thread (queued signal)."""

    failed = Signal()

    @Slot()
    def show(self) -> None:
        show_calm_message()


_relay: _Relay | None = None


def _thread_hook(args) -> None:
    log.error("unexpected error in a thread", exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
    if _relay is not None:
        _relay.failed.emit()


def install() -> None:
    global _relay
    _relay = _Relay()
    # a slot of an object living on the UI thread: emitted from another thread, the call is queued
    _relay.failed.connect(_relay.show)
    sys.excepthook = _hook
    threading.excepthook = _thread_hook
