"""Pointing and clicking (targets that shrink as accuracy improves) and double-clicking (at the
learner's own double-click speed, with the reason for a miss explained)."""

from __future__ import annotations

import math
import random

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from trainer.domain.practice import (
    DOUBLE_CLICK_TOLERANCE_PX,
    DoubleClickJudge,
    Press,
    TargetSizer,
    place_target,
)
from trainer.ui.steps.practice.base import DrillView
from trainer.ui.steps.practice.panel import Drawn, Panel
from trainer.ui.widgets import Button, Card, Text

translate = QCoreApplication.translate
NEAR_PX = 40  # a miss this close to the edge is "just beside it"


class ClickDrill(DrillView):
    def build_area(self) -> QWidget:
        self.sizer = TargetSizer.for_level(self.step.level, self.ctx.settings.min_target_px)
        self.rng = random.Random(self.step.id)
        self.panel = Panel(
            self.theme, max(420, self.sizer.largest * 2 + 40), translate("Practice", "Practice area")
        )
        self.panel.on_press = lambda e: self.press(e.position().x(), e.position().y(), e.button())
        self.target = Drawn(
            self.theme, "target", translate("Practice", "Target"), self.sizer.size, self.panel
        )
        self.target.on_press = self._target_pressed
        self._placed = False
        self.panel.on_resize = self._fit
        return self.panel

    def fit_room(self, height: int) -> None:
        self.panel.fit(height, self.sizer.largest + 40)

    def _target_pressed(self, e: QMouseEvent) -> None:
        pos = self.target.mapTo(self.panel, e.position().toPoint())
        self.press(pos.x(), pos.y(), e.button())

    def _fit(self) -> None:
        if not self._placed:
            self.move_target()
        else:  # keep it inside when the window changes size
            g = self.target.geometry()
            x = min(g.x(), max(0, self.panel.width() - g.width()))
            y = min(g.y(), max(0, self.panel.height() - g.height()))
            self.target.move(x, y)

    def move_target(self) -> None:
        side = self.sizer.size
        self.target.set_side(side)
        prev = (self.target.x(), self.target.y()) if self._placed else None
        x, y = place_target(self.rng, self.panel.width() - 8, self.panel.height() - 8, side, prev)
        self.target.move(x + 4, y + 4)
        self._placed = True

    def target_centre(self) -> tuple[float, float]:
        c = self.target.geometry().center()
        return c.x(), c.y()

    def press(self, x: float, y: float, button: Qt.MouseButton) -> None:
        if self.tally.finished:
            return
        cx, cy = self.target_centre()
        gap = math.dist((x, y), (cx, cy)) - self.sizer.size / 2
        answer = {"size": self.sizer.size, "gap_px": round(max(0.0, gap), 1)}
        if button != Qt.MouseButton.LeftButton:
            self.miss(
                {**answer, "button": "other"},
                translate("Practice", "That was the right button. Click with the left button."),
            )
        elif gap <= 0:
            self.sizer.hit()
            self.hit(answer, translate("Practice", "Good, you hit it."))
            if not self.tally.finished:
                self.move_target()
        else:
            self.sizer.miss()
            self.target.set_side(self.sizer.size)
            self._fit()
            near = gap <= NEAR_PX
            self.miss(
                answer,
                translate("Practice", "Just beside it. Move the pointer onto the target, then click.")
                if near
                else translate("Practice", "Move the pointer onto the round target first, then click."),
            )

    def reset_area(self) -> None:
        self.sizer = TargetSizer.for_level(self.step.level, self.ctx.settings.min_target_px)
        self.rng = random.Random(self.step.id)
        self._placed = False
        self.move_target()


class DoubleClickDrill(DrillView):
    REASONS = {
        "slow": lambda: translate(
            "Practice", "A little faster: press the second time straight after the first."
        ),
        "moved": lambda: translate(
            "Practice",
            "Keep the mouse still: it moved between the two presses. Rest your hand and press twice.",
        ),
        "once": lambda: translate("Practice", "That was one click. Press the left button twice, quickly."),
        "outside": lambda: translate("Practice", "Point at the folder first, then press twice."),
    }

    def build_area(self) -> QWidget:
        s = self.ctx.settings
        self.judge = DoubleClickJudge(s.double_click_ms, DOUBLE_CLICK_TOLERANCE_PX[self.step.level])
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire up to 5% early
        self.timer.timeout.connect(lambda: self.verdict(self.judge.timeout(self.now_ms())))
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        self.speed = Text(
            translate(
                "Practice",
                "Time for your double-click: %1 seconds. If that is too little, choose more time in Settings.",
            ).replace("%1", f"{s.double_click_ms / 1000:.1f}"),  # as Settings says it
            role="muted",
        )
        box.addWidget(self.speed)
        side = max(self.min_px, 120 if self.step.level == "easy" else self.min_px)
        self.panel = Panel(self.theme, max(360, side * 2 + 80), translate("Practice", "Practice area"))
        self.panel.on_press = lambda e: self.press(e, inside=False)
        self.folder = Drawn(self.theme, "folder", self.label(self.step.target), side, self.panel)
        self.folder.on_press = lambda e: self.press(e, inside=True)
        self.folder.move(60, 50)
        self.window = Card(self.panel)
        wbox = QVBoxLayout(self.window)
        wbox.setContentsMargins(20, 16, 20, 16)
        self.window_text = Text()
        self.close_button = Button(translate("Practice", "Close the folder"))
        self.close_button.setObjectName("close-folder")
        self.close_button.clicked.connect(self.close_folder)
        wbox.addWidget(self.window_text)
        wbox.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.window.hide()
        box.addWidget(self.panel)
        return holder

    def act_on(self, starting: bool) -> list[QWidget]:
        return [self.panel]  # (the note on the double-click's speed above it can be read by scrolling)

    def fit_room(self, height: int) -> None:
        # the folder, and the folder's window with its words and its button, inside the area
        self.window.ensurePolished()
        window = self.window.layout().totalHeightForWidth(max(200, self.panel.width() - 60))
        self.panel.fit(height, max(self.folder.y() + self.folder.height() + 16, window + 60))

    def press(self, e: QMouseEvent, inside: bool) -> None:
        if self.window.isVisible() or self.tally.finished:
            return
        if e.button() != Qt.MouseButton.LeftButton:
            self.miss({"verdict": "button"}, translate("Practice", "Use the left button to open things."))
            return
        g = e.globalPosition()
        verdict = self.judge.press(Press(self.now_ms(), g.x(), g.y(), inside))
        if verdict is None:
            self.timer.start(round(self.judge.give_up_ms) + 20)
        else:
            self.verdict(verdict)

    def verdict(self, code: str | None) -> None:
        if code is None:
            return
        self.timer.stop()
        if code == "ok":
            self.open_folder()
            return
        self.tally.extra[code] = self.tally.extra.get(code, 0) + 1
        self.miss({"verdict": code}, self.REASONS[code]())

    def open_folder(self) -> None:
        self.window_text.set_text(
            translate("Practice", "You opened “%1”. Well done!").replace("%1", self.label(self.step.target))
        )
        self.window.setGeometry(self.panel.rect().adjusted(30, 30, -30, -30))
        self.window.show()
        self.window.raise_()
        self.hit({"verdict": "ok"})
        if not self.tally.finished:
            self.close_button.setFocus()
        else:
            self.close_button.hide()

    def close_folder(self) -> None:
        self.window.hide()
        self.say(translate("Practice", "Now open it once more."), speak=False)

    def reset_area(self) -> None:
        self.judge.pending = None
        self.window.hide()
        self.close_button.show()
