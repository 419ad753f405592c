"""A tier's lessons, each with its time, what it teaches and where the learner is; and the end of a
lesson: congratulations, or encouragement to practise again (never a scolding)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from trainer.ui.screens.base import Screen
from trainer.ui.screens.home import tier_name
from trainer.ui.widgets import Button, Card, Text

translate = QCoreApplication.translate


class LessonListScreen(Screen):
    open_lesson = Signal(str)
    back_home = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = Text(role="title")
        self.body.addWidget(self.title)
        self.list_box = QWidget()
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(16)
        self.body.addWidget(self.list_box)
        self.body.addStretch(1)
        self.home = Button()
        self.home.setObjectName("home")
        self.home.clicked.connect(self.back_home)
        self.bar_layout.addWidget(self.home)
        self.bar_layout.addStretch(1)
        self.bar.show()
        self.tier = ""
        self.lang = "en"
        self.entries = []
        self.buttons: dict[str, Button] = {}
        self._cards: list[Card] = []

    def show_entries(self, tier: str, entries, lang: str) -> None:
        self.tier, self.entries, self.lang = tier, entries, lang
        for card in self._cards:
            card.hide()
            card.setParent(None)
            card.deleteLater()
        self._cards, self.buttons = [], {}
        for e in entries:
            card = Card()
            box = QVBoxLayout(card)
            box.setContentsMargins(20, 16, 20, 16)
            box.setSpacing(8)
            card.name = Text(role="heading")
            card.info = Text(role="muted")
            card.goals = Text()
            card.first = Text(role="muted")
            card.button = Button(role="primary" if e.progress and e.progress.status == "in_progress" else "")
            card.button.setObjectName(f"open-{e.lesson.id}")
            card.button.clicked.connect(lambda _=False, lid=e.lesson.id: self.open_lesson.emit(lid))
            for w in (card.name, card.info, card.goals, card.first, card.button):
                box.addWidget(w)
            card.entry = e
            self.list_layout.addWidget(card)
            card.show()
            self._cards.append(card)
            self.buttons[e.lesson.id] = card.button
        self.retranslate()

    def retranslate(self) -> None:
        self.title.set_text(tier_name(self.tier) if self.tier else "")
        self.home.set_label(translate("Lessons", "Back to my home page"))
        for card in self._cards:
            e = card.entry
            lesson = e.lesson
            title = lesson.title.get(self.lang)
            card.name.set_text(title)
            status = e.progress.status if e.progress else "not_started"
            if e.progress is not None and e.progress.finished:
                status = "finished"  # every step done, not mastered yet: say so, and what helps
            status_text = {
                "mastered": translate("Lessons", "Done ✓"),
                "finished": translate("Lessons", "Finished, not mastered yet: going through it again helps"),
                "in_progress": translate("Lessons", "Started"),
                "not_started": translate("Lessons", "Not started"),
            }[status]
            card.info.set_text(
                translate("Lessons", "About %1 minutes · %2")
                .replace("%1", str(lesson.minutes))
                .replace("%2", status_text)
            )
            card.goals.set_text("\n".join(f"•  {o.get(self.lang)}" for o in lesson.objectives))
            if e.suggested_first:
                names = (
                    "、".join(x.title.get(self.lang) for x in e.suggested_first)
                    if self.lang == "zh_CN"
                    else ", ".join(x.title.get(self.lang) for x in e.suggested_first)
                )
                card.first.set_text(
                    translate("Lessons", "We suggest this lesson first: %1").replace("%1", names)
                )
                card.first.show()
            else:
                card.first.hide()
            label = {
                "mastered": translate("Lessons", "Practise again"),
                "finished": translate("Lessons", "Practise again"),
                "in_progress": translate("Lessons", "Continue"),
                "not_started": translate("Lessons", "Start"),
            }[status]
            card.button.set_label(label, f"{label}: {title}")

    def on_show(self) -> None:
        first = next(iter(self.buttons.values()), None)
        (first or self.home).setFocus()


class ResultScreen(Screen):
    again = Signal()
    to_lessons = Signal()
    practise_step = Signal(str)  # a practical step to do right, in the same run

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = Text(role="title")
        self.detail = Text()
        self.advice = Text()
        self.practise = Text()  # the practical steps still to pass, one line each
        for w in (self.headline, self.detail, self.advice, self.practise):
            self.body.addWidget(w)
        self.practise_button = Button(role="primary")
        self.practise_button.setObjectName("practise-step")
        self.practise_button.clicked.connect(self._practise_first)
        self.body.addWidget(self.practise_button)
        self.numbers: dict[str, int] = {}
        self.placement_advice = None
        self.again_button = Button()
        self.again_button.setObjectName("again")
        self.lessons_button = Button(role="primary")
        self.lessons_button.setObjectName("to-lessons")
        self.again_button.clicked.connect(self.again)
        self.lessons_button.clicked.connect(self.to_lessons)
        self.body.addStretch(1)
        # in the bar that is always in view: after a long result at 36 pt, the way on is not below it
        self.bar_layout.addWidget(self.again_button)
        self.bar_layout.addStretch(1)
        self.bar_layout.addWidget(self.lessons_button)
        self.bar.show()
        self.result = None
        self.title = ""
        self.name = ""
        self.suggested_tier = ""

    def show_result(self, result, title: str, name: str, numbers: dict[str, int] | None = None) -> None:
        """``numbers``: each step's number in the lesson, for the practical steps still to pass."""
        self.result, self.title, self.name, self.suggested_tier = result, title, name, ""
        self.numbers = dict(numbers or {})
        self.retranslate()

    def _to_practise(self) -> tuple:
        return tuple(getattr(self.result, "to_practise", ()) or ())

    def _practise_first(self) -> None:
        todo = self._to_practise()
        if todo:
            self.practise_step.emit(todo[0].step_id)

    def show_placement(self, advice, name: str) -> None:
        """After the placement check: a suggestion with its reasons, never a verdict; the learner may
        choose freely. ``advice``: ``trainer.domain.placement.PlacementAdvice``."""
        self.result, self.name, self.suggested_tier = None, name, advice.tier
        self.placement_advice = advice
        self.retranslate()

    def retranslate(self) -> None:
        r = self.result
        self.again_button.set_label(translate("Lessons", "Practise this lesson again"))
        self.lessons_button.set_label(translate("Lessons", "Back to my lessons"))
        self.again_button.setVisible(not self.suggested_tier)
        from trainer.ui.screens.practise_advice import advice_text, practise_label

        todo = () if self.suggested_tier else self._to_practise()
        self.practise.set_text(advice_text(todo, self.numbers))
        self.practise.setVisible(bool(todo))
        # going back to one step helps only when the quiz was passed: else the whole lesson again
        self.practise_button.setVisible(bool(todo) and bool(getattr(self.result, "quiz_passed", False)))
        if todo:
            self.practise_button.set_label(practise_label(self.numbers.get(todo[0].step_id, 0)))
        if self.suggested_tier:
            name = tier_name(self.suggested_tier)
            self.headline.set_text(translate("Lessons", "Thank you, %1.").replace("%1", self.name))
            self.detail.set_text(translate("Lessons", "We suggest you start with: %1").replace("%1", name))
            from trainer.ui.screens.practise_advice import placement_reasons

            why = placement_reasons(self.placement_advice, tier_name)
            note = translate(
                "Lessons", "This is only a suggestion. You can choose any level on your home page."
            )
            self.advice.set_text("\n".join([*why, note]))
            self.advice.show()
            self.lessons_button.set_label(translate("Lessons", "Start with %1").replace("%1", name))
            return
        if r is None:
            return
        right = round(r.score * r.total) if r.total else 0
        if r.passed:
            self.headline.set_text(translate("Lessons", "Well done, %1!").replace("%1", self.name))
            self.detail.set_text(translate("Lessons", "You have finished “%1”.").replace("%1", self.title))
        else:
            self.headline.set_text(
                translate("Lessons", "Good work, %1. Keep going!").replace("%1", self.name)
            )
            self.detail.set_text(
                translate(
                    "Lessons", "You have gone through “%1”. Practising once more will make it stick."
                ).replace("%1", self.title)
            )
        if r.total:
            self.advice.set_text(
                translate("Lessons", "You answered %1 of %2 questions right at the first try.")
                .replace("%1", str(right))
                .replace("%2", str(r.total))
            )
        else:
            self.advice.set_text("")
        self.advice.setVisible(bool(r.total))

    def on_show(self) -> None:
        passed = self.suggested_tier or (self.result and self.result.passed)
        quiz_done = self.result is not None and getattr(self.result, "quiz_passed", False)
        if not passed and quiz_done and self._to_practise():
            self.practise_button.setFocus()  # only a practical step is missing: the way there
        else:
            (self.lessons_button if passed else self.again_button).setFocus()
