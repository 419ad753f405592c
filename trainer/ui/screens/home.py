"""A signed-in learner's home: continue where they left off (the biggest button), and the three tiers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from trainer.domain.learner import Learner
from trainer.domain.tiers import TIERS, TierProgress
from trainer.ui.avatars import avatar_pixmap
from trainer.ui.screens.base import Screen
from trainer.ui.widgets import Button, Card, Text

translate = QCoreApplication.translate


def tier_name(tier: str) -> str:
    return {
        "basic": translate("Tier", "Basic"),
        "intermediate": translate("Tier", "Intermediate"),
        "advanced": translate("Tier", "Advanced"),
    }.get(tier, tier)


def tier_blurb(tier: str) -> str:
    return {
        "basic": translate(
            "Tier", "Using the computer: mouse, keyboard, windows, the internet, staying safe."
        ),
        "intermediate": translate(
            "Tier", "Everyday life: messages, video calls, paying, booking, spotting scams."
        ),
        "advanced": translate(
            "Tier", "Doing more: shopping, banking, judging information, making and fixing things."
        ),
    }.get(tier, "")


class TierCard(Card):
    open_tier = Signal(str)

    def __init__(self, tier: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tier = tier
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        self.name = Text(role="heading")
        self.blurb = Text()
        self.count = Text(role="muted")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.open = Button()
        self.open.setObjectName(f"tier-{tier}")
        self.open.clicked.connect(lambda: self.open_tier.emit(self.tier))
        for w in (self.name, self.blurb, self.count, self.bar):
            layout.addWidget(w)
        layout.addWidget(self.open)
        self.progress = TierProgress(tier, 0, 0)

    def set_progress(self, progress: TierProgress) -> None:
        self.progress = progress
        self.bar.setMaximum(max(progress.total, 1))
        self.bar.setValue(progress.mastered)
        self.retranslate()

    def retranslate(self) -> None:
        name = tier_name(self.tier)
        self.name.set_text(name)
        self.blurb.set_text(tier_blurb(self.tier))
        p = self.progress
        if p.total:
            count = (
                translate("Home", "%1 of %2 lessons done")
                .replace("%1", str(p.mastered))
                .replace("%2", str(p.total))
            )
        else:
            count = translate("Home", "Lessons for this level are not installed yet.")
        self.count.set_text(count)
        self.bar.setAccessibleName(count)
        self.open.set_label(
            translate("Home", "Open %1").replace("%1", name),
            translate("Home", "Open the %1 lessons").replace("%1", name),
        )
        self.open.setEnabled(p.total > 0)


class HomeScreen(Screen):
    continue_pressed = Signal()
    open_tier = Signal(str)
    settings_pressed = Signal()
    placement_pressed = Signal()
    start_other = Signal(str)  # a lesson id: the first lesson of another path (computer instead of phone)
    sign_out_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        top = QHBoxLayout()
        self.picture = QLabel()
        self.greeting = Text(role="title")
        top.addWidget(self.picture)
        top.addWidget(self.greeting, 1)
        self.body.addLayout(top)
        self.continue_button = Button(role="primary")
        self.continue_button.setObjectName("continue")
        self.continue_button.setMinimumHeight(110)
        self.continue_button.clicked.connect(self.continue_pressed)
        self.body.addWidget(self.continue_button)
        self.other_start = Button()  # before the first lesson only: the other path's first lesson
        self.other_start.setObjectName("other-start")
        self.other_start.clicked.connect(
            lambda: self.start_other.emit(self._other[2]) if self._other else None
        )
        self.other_start.hide()
        self.body.addWidget(self.other_start)
        self.congrats = Text(role="success")
        self.congrats.setObjectName("congratulations")
        self.congrats.hide()
        self.body.addWidget(self.congrats)
        self.placement = Button()
        self.placement.setObjectName("placement")
        self.placement.clicked.connect(self.placement_pressed)
        self.placement.hide()
        self.body.addWidget(self.placement)
        self.cards = [TierCard(t) for t in TIERS]
        for card in self.cards:
            card.open_tier.connect(self.open_tier)
            self.body.addWidget(card)
        self.body.addStretch(1)
        self.settings = Button()
        self.settings.setObjectName("settings")
        self.sign_out = Button()
        self.sign_out.setObjectName("sign-out")
        self.settings.clicked.connect(self.settings_pressed)
        self.sign_out.clicked.connect(self.sign_out_pressed)
        self.bar_layout.addWidget(self.settings)
        self.bar_layout.addStretch(1)
        self.bar_layout.addWidget(self.sign_out)
        self.bar.show()
        self._learner: Learner | None = None
        self._continue_title = ""
        self._other: tuple[str, str, str] | None = None  # (path name, lesson title, lesson id)
        self.retranslate()

    def set_learner(
        self,
        learner: Learner,
        tiers: list[TierProgress],
        continue_title: str,
        why: str = "",
        other: tuple[str, str, str] | None = None,
    ) -> None:
        """``other``: before the first lesson, another way to begin (path name, lesson title, lesson id)."""
        self._learner = learner
        self._continue_title = continue_title
        self._why = why
        self._other = other
        self.picture.setPixmap(avatar_pixmap(learner.avatar, learner.colour, 96))
        self.picture.setFixedSize(QSize(96, 96))
        for card, progress in zip(self.cards, tiers, strict=True):
            card.set_progress(progress)
        self.retranslate()

    def retranslate(self) -> None:
        name = self._learner.name if self._learner else ""
        self.greeting.set_text(self.tr("Hello, %1").replace("%1", name))
        self.picture.setAccessibleName(name)
        why = getattr(self, "_why", "")
        if self._continue_title and why == "resume":
            label = self.tr("Continue where I left off:\n%1").replace("%1", self._continue_title)
        elif self._continue_title and why == "next":
            label = self.tr("My next lesson:\n%1").replace("%1", self._continue_title)
        elif self._continue_title and why == "again":
            label = self.tr("Practise again (not mastered yet):\n%1").replace("%1", self._continue_title)
        elif self._continue_title:
            label = self.tr("Start my first lesson:\n%1").replace("%1", self._continue_title)
        elif any(c.progress.total for c in self.cards):
            label = self.tr("All lessons done. Choose one below to practise again.")
        else:
            label = self.tr("Start my first lesson")
        self.continue_button.set_label(label, label.replace("\n", " "))
        self.continue_button.setEnabled(bool(self._continue_title))
        if self._other:
            other = self.tr("Or begin another way. %1:\n%2").replace("%1", self._other[0])
            other = other.replace("%2", self._other[1])
            self.other_start.set_label(other, other.replace("\n", " "))
        self.other_start.setVisible(bool(self._other))
        for card in self.cards:
            card.retranslate()
        self.placement.set_label(self.tr("Not sure where to start? Take a short check"))
        done = [
            c.progress.tier
            for c in self.cards
            if c.progress.total and c.progress.mastered >= c.progress.total
        ]
        if done:
            names = (
                "、".join(tier_name(t) for t in done)
                if QLocale().language() == QLocale.Language.Chinese
                else ", ".join(tier_name(t) for t in done)
            )
            self.congrats.set_text(
                self.tr(
                    "Congratulations, %1! You have finished every lesson of: %2. Ask your tutor to print your "
                    "certificate."
                )
                .replace("%1", name)
                .replace("%2", names)
            )
        self.congrats.setVisible(bool(done))
        self.settings.set_label(self.tr("Settings: text size, contrast, voice"))
        self.sign_out.set_label(self.tr("Sign out"))

    def on_show(self) -> None:
        if self.continue_button.isEnabled():
            self.continue_button.setFocus()
        else:
            self.settings.setFocus()
