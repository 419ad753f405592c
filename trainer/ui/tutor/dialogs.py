"""The system's file dialogs for tutors (which file, where to save), and dates as a tutor reads them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog


def ask_open(parent, title: str, pattern: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), pattern)
    return Path(path) if path else None


def ask_save(parent, title: str, name: str, pattern: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), pattern)
    return Path(path) if path else None


def ask_folder(parent, title: str) -> Path | None:
    path = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
    return Path(path) if path else None


def when_text(moment) -> str:
    return QLocale().toString(moment.astimezone(), QLocale.FormatType.LongFormat)
