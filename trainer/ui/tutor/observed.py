"""Tutor mode: what a learner was seen doing on their own phone (the "try it on your own phone"
checklists of their lessons). The signed-in tutor ticks what they watched and saves it (no PIN again:
tutor mode is already behind it); a tick made by mistake is taken back (kept on record as withdrawn).
The same ticks are the evidence a sign-off and a certificate carry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from trainer.ui.answers import AnswerBox
from trainer.ui.screens.base import Screen
from trainer.ui.widgets import Button, Card, Text

translate = QCoreApplication.translate


class ObservedScreen(Screen):
    back = Signal()
    save_requested = Signal(str, object)  # learner id, [(lesson id, step id, item id), ...]
    withdraw_requested = Signal(str)  # observation id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.learner_id = ""
        self.learner_name = ""
        self.language = "zh_CN"
        self.title = Text(role="title")
        self.help = Text()
        self.body.addWidget(self.title)
        self.body.addWidget(self.help)
        self.list_box = QWidget()
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(16)
        self.body.addWidget(self.list_box)
        self.status = Text(role="success")
        self.status.setObjectName("observed-status")
        self.body.addWidget(self.status)
        self.body.addStretch(1)
        self.back_button = Button()
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.back)
        self.save = Button(role="primary")
        self.save.setObjectName("save-observed")
        self.save.clicked.connect(self._save)
        self.bar_layout.addWidget(self.back_button)
        self.bar_layout.addStretch(1)
        self.bar_layout.addWidget(self.save)
        self.bar.show()
        self.ticks: dict[tuple[str, str, str], AnswerBox] = {}
        self.take_back: dict[str, Button] = {}  # observation id -> its button
        self._rows: list[tuple[str, str, str, str | None]] = []
        self.retranslate()

    def show_learner(self, learner_id: str, name: str, language: str, rows, observed) -> None:
        """``rows``: (lesson title, lesson id, step, item id, item text) of the learner's lessons'
        checklists, in lesson order; ``observed``: the learner's active ``Observation``s."""
        self.learner_id, self.learner_name, self.language = learner_id, name, language
        seen = {(o.lesson_id, o.step_id, o.item_id): o for o in observed}
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.ticks.clear()
        self.take_back.clear()
        current = None
        box = None
        for title, lesson_id, step_id, item_id, text in rows:
            if lesson_id != current:
                current = lesson_id
                card = Card()
                box = QVBoxLayout(card)
                box.setContentsMargins(20, 16, 20, 16)
                box.setSpacing(10)
                box.addWidget(Text(title, role="heading"))
                self.list_layout.addWidget(card)
            key = (lesson_id, step_id, item_id)
            found = seen.get(key)
            if found is None:
                tick = AnswerBox(text)
                tick.setObjectName(f"tick-{lesson_id}-{item_id}")
                tick.setCheckable(True)
                self.ticks[key] = tick
                box.addWidget(tick)
            else:
                when = QLocale().toString(
                    found.created_at.astimezone().date(), QLocale.FormatType.ShortFormat
                )
                words = (
                    translate("Tutor", "✓ %1 (seen by %2, %3)")
                    .replace("%1", text)
                    .replace("%2", found.tutor_name)
                    .replace("%3", when)
                )
                box.addWidget(Text(words))
                undo = Button()
                undo.setObjectName(f"withdraw-{lesson_id}-{item_id}")
                undo.set_label(
                    translate("Tutor", "Take this tick back"),
                    translate("Tutor", "Take back the tick for “%1”").replace("%1", text),
                )
                undo.clicked.connect(lambda _=False, oid=found.id: self.withdraw_requested.emit(oid))
                self.take_back[found.id] = undo
                box.addWidget(undo, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def _save(self) -> None:
        chosen = [key for key, b in self.ticks.items() if b.isChecked()]
        if not chosen:
            self.status.setProperty("role", "error")
            self.status.set_text(translate("Tutor", "Tick what you saw the learner do first."))
            return
        self.save.setEnabled(False)
        self.save_requested.emit(self.learner_id, chosen)

    def saved(self, text: str) -> None:
        self.save.setEnabled(True)
        self.status.setProperty("role", "success")
        self.status.set_text(text)

    def retranslate(self) -> None:
        self.title.set_text(
            translate("Tutor", "Seen on their own phone: %1").replace("%1", self.learner_name)
        )
        if self.ticks or self.take_back:
            self.help.set_text(
                translate(
                    "Tutor",
                    "Tick what you watched the learner do on their own phone, then save. "
                    "These ticks are evidence for your sign-off and go into the certificate.",
                )
            )
        else:
            self.help.set_text(
                translate("Tutor", "None of this learner's lessons has an own-phone checklist.")
            )
        self.back_button.set_label(translate("Tutor", "Back to the learner"))
        self.save.set_label(translate("Tutor", "Save what I saw"))
        self.save.setVisible(bool(self.ticks))

    def on_show(self) -> None:
        first = next(iter(self.ticks.values()), None)
        (first or self.back_button).setFocus()


def checklist_rows(lessons, language: str) -> list[tuple[str, str, str, str, str]]:
    """(lesson title, lesson id, step id, item id, item text) of every own-phone checklist in ``lessons``."""
    from trainer.domain.observation import observed_steps

    rows = []
    for lesson in lessons:
        for step in observed_steps(lesson):
            for item_id, text in step.items:
                rows.append((lesson.title.get(language), lesson.id, step.id, item_id, text.get(language)))
    return rows
