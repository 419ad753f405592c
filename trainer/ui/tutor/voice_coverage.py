"""Tutor mode: what is left to record for one voice, lesson by lesson. The texts to record again come
first in each lesson (the lesson's words changed since the volunteer recorded them: learners hear the
computer's voice there until they are recorded again, never the old words), then those not yet recorded.
Each lesson has a way straight into recording it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

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
        # lessons with texts to record again first, then those with texts missing, then the finished ones
        order = sorted(report.lessons, key=lambda lc: (not lc[1].stale, not lc[1].missing))
        for lesson, c in order:
            card = Card()
            card.setObjectName(f"coverage-{lesson.id}")
            box = QVBoxLayout(card)
            box.setContentsMargins(20, 16, 20, 16)
            box.setSpacing(8)
            box.addWidget(Text(lesson.title.get(report.pack.lang), role="heading"))
            line = Text(lesson_line(c), role="muted")
            line.setObjectName(f"coverage-line-{lesson.id}")
            box.addWidget(line)
            if c.stale or c.missing:
                details = Text(lesson_details(c))
                details.setObjectName(f"coverage-details-{lesson.id}")
                box.addWidget(details)
                b = Button()
                b.setObjectName(f"coverage-record-{lesson.id}")
                title = lesson.title.get(report.pack.lang)
                b.set_label(
                    translate("Voices", "Record this lesson…"),
                    translate("Voices", "Record the lesson %1").replace("%1", title),
                )
                b.clicked.connect(lambda _=False, i=lesson.id: self.record.emit(report.pack.id, i))
                box.addWidget(b)
            self.list.addWidget(card)
            self.cards.append(card)
        self.retranslate()
        self.refresh_layout()

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
            text += "" if text.endswith("。") else " "  # (no space after a Chinese full stop)
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
        )
        self.back.set_label(translate("Voices", "Back to the voices"))

    def on_show(self) -> None:
        self.back.setFocus()
