"""Scrolling a long list, with the mouse wheel or with the scroll bar, to find one item."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from trainer.ui.steps.practice.base import DrillView, at_least
from trainer.ui.widgets import Button

translate = QCoreApplication.translate
VISIBLE_ROWS = 4.5
LEAST_ROWS = 2.5  # on a short page: still more than two rows, so it is clearly a list that scrolls


class ScrollDrill(DrillView):
    def build_area(self) -> QWidget:
        self.wheel_turns = 0
        self.bar_uses = 0
        row_h = max(self.min_px, self.fontMetrics().height() + 24)
        self.list = QScrollArea()
        self.list.setObjectName("scroll-list")
        self.list.setAccessibleName(translate("Practice", "A long list"))
        self.list.setWidgetResizable(True)
        self.list.setFrameShape(QFrame.Shape.Box)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        bar_w = 48 if self.step.level == "easy" else 32
        handle = max(self.min_px, 60)
        self.list.setStyleSheet(
            f"QScrollArea#scroll-list {{ border: 2px solid {self.theme.outline}; }}"
            f"QScrollBar:vertical {{ width: {bar_w}px; background: {self.theme.track}; }}"
            f"QScrollBar::handle:vertical {{ background: {self.theme.outline}; min-height: {handle}px;"
            f" border-radius: 8px; margin: 3px; }}"
        )
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.setContentsMargins(6, 6, 6, 6)
        box.setSpacing(6)
        self.rows: dict[str, Button] = {}
        for item_id, text in self.step.items:
            b = Button(self.label(text))  # wraps when long; Enter chooses it, as Space does
            b.setObjectName(f"item-{item_id}")
            at_least(b, row_h, extra="text-align: left;")
            b.clicked.connect(lambda _=False, i=item_id: self.choose(i))
            box.addWidget(b)
            self.rows[item_id] = b
        self.list.setWidget(inner)
        self.list_heights = (round((row_h + 6) * LEAST_ROWS) + 12, round((row_h + 6) * VISIBLE_ROWS) + 12)
        self.list.setFixedHeight(self.list_heights[1])
        self.list.viewport().installEventFilter(self)
        bar = self.list.verticalScrollBar()
        bar.setAccessibleName(translate("Practice", "Scroll bar"))
        bar.sliderPressed.connect(self._bar_used)
        bar.actionTriggered.connect(lambda _action: self._bar_used())
        return self.list

    def fit_room(self, height: int) -> None:
        least, most = self.list_heights
        self.list.setFixedHeight(max(least, min(most, height)))

    def _bar_used(self) -> None:
        self.bar_uses += 1
        self.tally.extra["scroll_bar_uses"] = self.bar_uses

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Wheel and watched is self.list.viewport():
            if self.step.method == "scrollbar":
                self.say(
                    translate(
                        "Practice",
                        "This time, use the scroll bar on the right: hold its handle down and drag it.",
                    )
                )
                return True  # the wheel does not scroll in this practice
            self.wheel_turns += 1
            self.tally.extra["wheel_turns"] = self.wheel_turns
        return False

    def _wanted(self) -> str:
        return next(self.label(t) for i, t in self.step.items if i == self.step.answer)

    def choose(self, item_id: str) -> None:
        if self.tally.finished:
            return
        if item_id == self.step.answer:
            self.hit({"chose": item_id, "wheel_turns": self.wheel_turns, "scroll_bar_uses": self.bar_uses})
            return
        chosen = next(self.label(t) for i, t in self.step.items if i == item_id)
        self.miss(
            {"chose": item_id},
            translate("Practice", "That is “%1”. Keep scrolling to find “%2”.")
            .replace("%1", chosen)
            .replace("%2", self._wanted()),
        )

    def reset_area(self) -> None:
        self.list.verticalScrollBar().setValue(0)
        self.wheel_turns = self.bar_uses = 0
