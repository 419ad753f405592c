"""Tutor mode: what is left to record for one voice, lesson by lesson. The texts to record again come
first in each lesson (the lesson's words changed since the volunteer recorded them: learners hear the
computer's voice there until they are recorded again, never the old words), then those not yet recorded.
Each lesson has a way straight into recording it. The app's own spoken sentences (drill hints, quiz
verdicts: ``domain.app_words``) come first, as one more entry: every lesson says some of them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from trainer.domain.app_words import APP_WORDS
from trainer.domain.voice_pack import Coverage
from trainer.services.speech.voice_report import PackReport
from trainer.ui.screens.base import Screen
from trainer.ui.widgets import Button, Card, Text

translate = QCoreApplication.translate
SHOWN = 3  # texts shown per lesson and kind; the rest are counted


def _quote(text: str, size: int = 60) -> str:
    return "“" + (text if len(text) <= size else text[: size - 1] + "…") + "”"


def lesson_line(c: Coverage) -> str:
    if not c.stale and not c.missing:
        return translate("Voices", "All %1 texts recorded.").replace("%1", str(c.total))
    text = (
        translate("Voices", "%1 of %2 recorded")
        .replace("%1", str(len(c.recorded)))
        .replace("%2", str(c.total))
    )
    if c.stale:
        text += " · " + translate("Voices", "%1 to record again").replace("%1", str(len(c.stale)))
    if c.missing:
        text += " · " + translate("Voices", "%1 not yet").replace("%1", str(len(c.missing)))
    return text


def lesson_details(c: Coverage) -> str:
    lines: list[str] = []
    if c.stale:
        lines.append(translate("Voices", "To record again (the words changed):"))
        for s, old in c.stale[:SHOWN]:
            lines.append(
                "  • " + translate("Voices", "now %1, recorded as %2").replace("%1", _quote(s.text))
                .replace("%2", _quote(old.text))
            )  # fmt: skip
        if len(c.stale) > SHOWN:
            lines.append(
                "  " + translate("Voices", "… and %1 more.").replace("%1", str(len(c.stale) - SHOWN))
            )
    if c.missing:
        lines.append(translate("Voices", "Not recorded yet:"))
        lines += ["  • " + _quote(s.text) for s in c.missing[:SHOWN]]
        if len(c.missing) > SHOWN:
            lines.append(
                "  " + translate("Voices", "… and %1 more.").replace("%1", str(len(c.missing) - SHOWN))
            )
    return "\n".join(lines)


def app_words_title() -> str:
    """How the app's own spoken sentences (drill hints, quiz verdicts) are named beside the lessons."""
    return translate("Voices", "The app's own words")


def app_words_about(c: Coverage) -> str:
    return translate(
        "Voices",
        "What the app itself says in every lesson: a drill's hints, a quiz's “That's right.”, a "
        "simulation's “This is only practice”. %1 sentences can be recorded.",
    ).replace("%1", str(c.total))


def unrecordable_note(words: Coverage) -> str:
    """Why some of the app's sentences are never recorded (they hold a name or a number that changes)."""
    if not words.unrecordable:
        return ""
    return translate(
        "Voices",
        "%1 of the app's sentences hold a name, a number or a lesson's word that changes each time (such "
        "as how many tries were right): they cannot be recorded whole, so the computer's voice always "
        "reads them.",
    ).replace("%1", str(len(words.unrecordable)))


class VoiceCoverageScreen(Screen):
    back_pressed = Signal()
    record = Signal(str, str)  # the voice's id, the lesson's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = Text(role="title")
        self.summary = Text()
        self.summary.setObjectName("coverage-summary")
        self.note = Text(role="muted")
        for w in (self.title, self.summary, self.note):
            self.body.addWidget(w)
        self.list_box = QWidget()
        self.list = QVBoxLayout(self.list_box)
        self.list.setContentsMargins(0, 0, 0, 0)
        self.list.setSpacing(12)
        self.body.addWidget(self.list_box)
        self.body.addStretch(1)
        self.back = Button()
        self.back.setObjectName("coverage-back")
        self.back.clicked.connect(self.back_pressed)
        self.bar_layout.addWidget(self.back)
        self.bar_layout.addStretch(1)
        self.bar.show()
        self.report: PackReport | None = None
        self.cards: list[Card] = []
        self.retranslate()

    def show_report(self, report: PackReport) -> None:
        self.report = report
        for card in self.cards:
            self.list.removeWidget(card)
            card.deleteLater()
        self.cards = []
        lang = report.pack.lang
        entries = [(c, lesson.title.get(lang), "") for lesson, c in report.lessons]
        if report.words is not None:  # heard in every lesson: first among its equals
            entries.insert(0, (report.words, app_words_title(), app_words_about(report.words)))
        # texts to record again first, then those with texts missing, then the finished ones
        for c, title, about in sorted(entries, key=lambda e: (not e[0].stale, not e[0].missing)):
            self._add_card(c, title, about)
        self.retranslate()
        self.refresh_layout()

    def _add_card(self, c: Coverage, title: str, about: str = "") -> None:
        report = self.report
        assert report is not None
        card = Card()
        card.setObjectName(f"coverage-{c.lesson}")
        box = QVBoxLayout(card)
        box.setContentsMargins(20, 16, 20, 16)
        box.setSpacing(8)
        box.addWidget(Text(title, role="heading"))
        if about:
            box.addWidget(Text(about, role="muted"))
        line = Text(lesson_line(c), role="muted")
        line.setObjectName(f"coverage-line-{c.lesson}")
        box.addWidget(line)
        if c.stale or c.missing:
            details = Text(lesson_details(c))
            details.setObjectName(f"coverage-details-{c.lesson}")
            box.addWidget(details)
            b = Button()
            b.setObjectName(f"coverage-record-{c.lesson}")
            if c.lesson == APP_WORDS:
                b.set_label(
                    translate("Voices", "Record the app's words…"),
                    translate("Voices", "Record the app's own words: hints and verdicts"),
                )
            else:
                b.set_label(
                    translate("Voices", "Record this lesson…"),
                    translate("Voices", "Record the lesson %1").replace("%1", title),
                )
            b.clicked.connect(lambda _=False, i=c.lesson: self.record.emit(report.pack.id, i))
            box.addWidget(b)
        self.list.addWidget(card)
        self.cards.append(card)

    def retranslate(self) -> None:
        r = self.report
        self.title.set_text(
            translate("Voices", "What is left to record: %1").replace("%1", r.pack.label if r else "")
        )
        if r is not None:
            text = translate("Voices", "%1 of %2 texts recorded in %3 lessons.").replace(
                "%1", str(r.recorded)
            )
            text = text.replace("%2", str(r.total)).replace("%3", str(len(r.lessons)))
            if r.words is not None:
                text += "" if text.endswith("。") else " "  # (no space after a Chinese full stop)
                text += translate("Voices", "The app's own words are counted too.")
            text += "" if text.endswith("。") else " "
            text += (
                translate("Voices", "To record again: %1. Not yet recorded: %2.")
                .replace("%1", str(r.stale))
                .replace("%2", str(r.missing))
            )
            self.summary.set_text(text)
        self.note.set_text(
            translate(
                "Voices",
                "Texts with the learner's name in them are always read by the computer's voice. Until a "
                "text is recorded again, learners hear the computer's voice there, never the old words.",
            )
            + ("\n" + unrecordable_note(r.words) if r is not None and r.words is not None else "")
        )
        self.back.set_label(translate("Voices", "Back to the voices"))

    def on_show(self) -> None:
        self.back.setFocus()
