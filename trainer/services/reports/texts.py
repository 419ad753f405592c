"""The words on reports, translatable (Qt Linguist, context "Reports").

A report is written in a language of its own (a Chinese learner's take-home report while the tutor's
screen is in English), so the words are marked with ``QT_TRANSLATE_NOOP`` (lupdate collects them like
``QCoreApplication.translate`` calls) and looked up in that language's ``.qm`` file here, without
touching the translators the screens use.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from trainer.domain.learner import LANGUAGES

CONTEXT = "Reports"

PROGRESS_REPORT = QT_TRANSLATE_NOOP("Reports", "Progress report")
CLASS_REPORT = QT_TRANSLATE_NOOP("Reports", "Class report")
LEARNER = QT_TRANSLATE_NOOP("Reports", "Learner")
CENTRE = QT_TRANSLATE_NOOP("Reports", "Centre")
DATE = QT_TRANSLATE_NOOP("Reports", "Date")
BY_LEVEL = QT_TRANSLATE_NOOP("Reports", "Progress by level")
LEVEL = QT_TRANSLATE_NOOP("Reports", "Level")
MASTERED = QT_TRANSLATE_NOOP("Reports", "Lessons mastered")
N_OF_M = QT_TRANSLATE_NOOP("Reports", "%1 of %2")
MASTERED_ON = QT_TRANSLATE_NOOP("Reports", "Mastered on")
LESSON = QT_TRANSLATE_NOOP("Reports", "Lesson")
IN_PROGRESS = QT_TRANSLATE_NOOP("Reports", "Lessons in progress")
TIME_SPENT = QT_TRANSLATE_NOOP("Reports", "Time spent learning")
HOURS_MINUTES = QT_TRANSLATE_NOOP("Reports", "%1 h %2 min")
SIGNED_OFF = QT_TRANSLATE_NOOP("Reports", "Checked by a tutor")
SIGNED_OFF_WHAT = QT_TRANSLATE_NOOP("Reports", "What")
TUTOR = QT_TRANSLATE_NOOP("Reports", "Tutor")
NOTE = QT_TRANSLATE_NOOP("Reports", "Note")
WHOLE_LEVEL = QT_TRANSLATE_NOOP("Reports", "Whole level: %1")
NOTHING_YET = QT_TRANSLATE_NOOP("Reports", "No lessons mastered yet. Every step counts!")
NAME = QT_TRANSLATE_NOOP("Reports", "Name")
HOURS = QT_TRANSLATE_NOOP("Reports", "Hours")
LAST_ACTIVE = QT_TRANSLATE_NOOP("Reports", "Last active")
OPEN_HELP = QT_TRANSLATE_NOOP("Reports", "Help asked")
MAY_NEED_HELP = QT_TRANSLATE_NOOP("Reports", "May need help")
YES = QT_TRANSLATE_NOOP("Reports", "Yes")
NO = QT_TRANSLATE_NOOP("Reports", "No")
NEVER = QT_TRANSLATE_NOOP("Reports", "never")
LEARNERS_N = QT_TRANSLATE_NOOP("Reports", "Learners: %1")
MADE_WITH = QT_TRANSLATE_NOOP("Reports", "Made with Digital Bridge on %1")
TIER_NAMES = {
    "basic": QT_TRANSLATE_NOOP("Reports", "Basic"),
    "intermediate": QT_TRANSLATE_NOOP("Reports", "Intermediate"),
    "advanced": QT_TRANSLATE_NOOP("Reports", "Advanced"),
}
REASONS = {
    "wrong_tries": QT_TRANSLATE_NOOP("Reports", "many wrong tries on one step"),
    "stuck": QT_TRANSLATE_NOOP("Reports", "a long time on one step"),
    "asked": QT_TRANSLATE_NOOP("Reports", "asked for help"),
}


class Words:
    """The report words in one language (falls back to English, the source language)."""

    def __init__(self, language: str, i18n_dir: Path) -> None:
        self.language = language if language in LANGUAGES else "en"
        self._translator = QTranslator()
        self._translator.load(str(Path(i18n_dir) / f"trainer_{self.language}.qm"))

    def __call__(self, source: str, *args: object) -> str:
        text = self._translator.translate(CONTEXT, source) or source
        for n, value in enumerate(args, 1):
            text = text.replace(f"%{n}", str(value))
        return text

    def label(self, source: str, value: str) -> str:
        """``Label: value`` with the colon of the language (Chinese uses the full-width ：)."""
        return f"{self(source)}：{value}" if self.language == "zh_CN" else f"{self(source)}: {value}"

    def duration(self, ms: int) -> str:
        minutes = round(ms / 60000)
        return self(HOURS_MINUTES, minutes // 60, f"{minutes % 60:02d}")

    def tier(self, tier: str) -> str:
        return self(TIER_NAMES.get(tier, tier))

    def date(self, moment: datetime | None, tz: tzinfo) -> str:
        """A date people read easily: 2024年5月6日, 6 May 2024."""
        if moment is None:
            return self(NEVER)
        local = moment.astimezone(tz).date()
        if self.language == "zh_CN":
            return f"{local.year}年{local.month}月{local.day}日"
        return f"{local.day} {_MONTHS[local.month - 1]} {local.year}"


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
