"""The simulation step: a practice copy of an everyday app, with one task at a time beside it.

A wrong press brings the task's hint (read aloud); from the second miss on, the right element has a
thick frame. A trap (paying a scammer) is explained and the run is then not passed. Nothing is sent
anywhere: the run lives in memory (``trainer.domain.sim_engine.SimRun``) and the screens say so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from trainer.domain.sim_engine import IGNORED, PROGRESS, RIGHT, TRAP, Outcome, SimRun
from trainer.domain.simulation import SimulationStep
from trainer.ui.steps.base import AttemptEvent, StepContext, StepView, sentences
from trainer.ui.steps.simulation.colours import colours_for, style_sheet
from trainer.ui.steps.simulation.frame import Device, Marker, nothing_is_sent
from trainer.ui.steps.simulation.painted import Switch
from trainer.ui.steps.simulation.screen import Field, Numpad, ScreenView
from trainer.ui.theme import theme_for
from trainer.ui.widgets import Button, Card, Text

translate = QCoreApplication.translate

NARROWEST = 320  # px: a phone or computer is never drawn narrower (a window that small scrolls)


class SimulationView(StepView):
    def __init__(self, step: SimulationStep, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(step, ctx, parent)
        self.theme = theme_for(ctx.settings)
        self.c = colours_for(step.app, self.theme)
        self.target_px = max(ctx.settings.min_target_px, 48)
        self.run = SimRun(step)
        self.screen_view: ScreenView | None = None
        self.marked_id: str | None = None  # the element with the thick frame
        self.marker = Marker(self, ctx.settings.reduced_motion)
        self._build()
        self.show_screen()
        self.show_task()

    # building ------------------------------------------------------------------------------------
    def _build(self) -> None:
        banner, self.banner, self.banner_more = nothing_is_sent(self.theme, self.fontMetrics().height())
        self.box.addWidget(banner)
        self.intro = Text(self.ctx.text(self.step.intro))
        self.box.addWidget(self.intro)
        self.main = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.main.setSpacing(24)
        self.device = Device(self.c.frame, self.ideal_width(), self.step.device == "phone")
        # set once on the frame: parsed once, and every screen built inside it picks it up
        self.device.setStyleSheet(style_sheet(self.c, self.target_px, self.ctx.settings.text_size))
        self.main.addWidget(self.device, 0, Qt.AlignmentFlag.AlignTop)
        self.panel = Card()
        self.panel.setObjectName("task-panel")
        pbox = QVBoxLayout(self.panel)
        pbox.setContentsMargins(20, 16, 20, 16)
        pbox.setSpacing(14)
        self.task_no = Text(role="muted")
        self.instruction = Text(role="heading")
        self.feedback = Text()
        self.feedback.setObjectName("sim-feedback")
        self.live_feedback = self.feedback
        self.finish_text = Text()
        self.again = Button(translate("Simulation", "Practise again"))
        self.again.setObjectName("again")
        self.again.clicked.connect(self.restart)
        for w in (self.task_no, self.instruction, self.feedback, self.finish_text):
            pbox.addWidget(w)
        pbox.addWidget(self.again, 0, Qt.AlignmentFlag.AlignLeft)
        pbox.addStretch(1)
        self.main.addWidget(self.panel, 1, Qt.AlignmentFlag.AlignTop)
        self.box.addLayout(self.main)

    def ideal_width(self) -> int:
        """The width the phone or the computer is drawn at when the window has room: wider with larger
        text, so that a screen holds about as many words at every size."""
        size = self.ctx.settings.text_size
        if self.step.device == "phone":
            return min(880, max(400, size * 24))
        return min(1100, max(760, size * 44))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """The device narrows to the room there is (see resizeEvent), so it sets no minimum width:
        the page never gets wider than the window (cut off at the sides)."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), NARROWEST), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - side by side when there is room
        room = event.size().width()
        width = max(NARROWEST, min(self.ideal_width(), room))
        if width != self.device.width():  # a small window: the device as wide as the page
            self.device.set_width(width)
            self.show_screen(again=True)  # (its words wrap at the new width)
        wide = room >= self.device.width() + 420
        # one above the other, the task comes first, so it is seen without scrolling
        want = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.BottomToTop
        if self.main.direction() != want:
            self.main.setDirection(want)
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        return super().sizeHint().expandedTo(QSize(self.device.width(), 0))

    # showing -----------------------------------------------------------------------------------
    def show_screen(self, again: bool = False) -> None:
        """Build the run's current screen; ``again``: the same screen at a new width, with the focus and
        the thick frame where they were."""
        old = self.screen_view
        focused = self._focused_element() if again else None
        width = self.device.width() - 28
        view = ScreenView(
            self.step.screen(self.run.screen),
            self.ctx.text,
            self.c,
            self.target_px,
            width,
            lambda rel: str(self.ctx.lesson.asset(rel)),
            self.run.shows,
            self._pressable,
        )
        view.pressed.connect(lambda i: self.handle(self.run.press(i), i))
        view.held.connect(lambda i: self.handle(self.run.hold(i), i))
        view.toggled.connect(self._toggle)
        view.typed.connect(lambda i, text: self.handle(self.run.type(i, text, self._wanted(i)), i))
        view.submitted.connect(lambda i, text: self.handle(self.run.submit(i, text, self._wanted(i)), i))
        view.key.connect(self._key)
        for eid, w in view.widgets.items():  # what the learner did before stays as it was
            if isinstance(w, Switch):
                w.set_state(self.run.toggles.get(eid, False), self._on_off())
            elif isinstance(w, Field):
                w.edit.setText(self.run.typed.get(eid, ""))
            elif isinstance(w, Numpad):
                w.show_digits(self.run.entered.get(eid, ""))
        if old is not None:
            self.device.box.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.device.box.addWidget(view, 1)
        self.screen_view = view
        marked = self.marked_id
        self.marker.forget()
        self.marked_id = None
        if again and marked is not None:
            self.mark(marked)
        if focused is not None and self.screen_view.control(focused) is not None:
            self.screen_view.control(focused).setFocus()
        elif again and old is not None and focused is None and old.hasFocus():
            self.screen_view.setFocus()

    def _focused_element(self) -> str | None:
        """The element of the screen shown now that has the keyboard focus (or None)."""
        from PySide6.QtWidgets import QApplication

        if self.screen_view is None:
            return None
        focus = QApplication.focusWidget()
        for eid in self.screen_view.widgets:
            w = self.screen_view.control(eid)
            if w is not None and (w is focus or w.isAncestorOf(focus)):
                return eid
        return None

    def show_task(self) -> None:
        task = self.run.task
        total = len(self.step.tasks)
        done = self.run.finished
        self.task_no.set_text(
            translate("Simulation", "All %1 tasks done").replace("%1", str(total))
            if done
            else translate("Simulation", "Task %1 of %2")
            .replace("%1", str(self.run.index + 1))
            .replace("%2", str(total))
        )
        self.instruction.setVisible(not done)
        if task is not None:
            self.instruction.set_text(self.ctx.text(task.instruction))
        self.finish_text.setVisible(done)
        self.again.setVisible(done)
        if done:
            self.finish_text.set_text(self._finish_words())

    def _finish_words(self) -> str:
        words = self.ctx.text(self.step.finish)
        if self.run.traps:
            words += "\n" + translate(
                "Simulation",
                "You pressed a dangerous button on the way. Press “Practise again” and go through it once more without it.",
            )
        return words

    def _on_off(self) -> tuple[str, str]:
        return translate("Simulation", "Off"), translate("Simulation", "On")

    def _pressable(self, element) -> bool:
        """Pictures count as buttons only when a task uses them."""
        return element.type != "picture" or any(
            element.id == t.target or element.id in t.traps for t in self.step.tasks
        )

    def _wanted(self, element_id: str) -> str:
        task = self.run.task
        if task is None or task.target != element_id or task.answer is None:
            return ""
        return self.ctx.text(task.answer)

    # acting ------------------------------------------------------------------------------------
    def _toggle(self, element_id: str) -> None:
        outcome = self.run.toggle(element_id)
        w = self.screen_view.widgets.get(element_id) if self.screen_view else None
        if isinstance(w, Switch):
            w.set_state(self.run.toggles.get(element_id, False), self._on_off())
        self.handle(outcome, element_id)

    def _key(self, pad_id: str, key: str) -> None:
        outcome = self.run.key(pad_id, key)
        w = self.screen_view.widgets.get(pad_id) if self.screen_view else None
        if isinstance(w, Numpad):
            w.show_digits(self.run.entered.get(pad_id, ""))
        self.handle(outcome, pad_id)

    def handle(self, outcome: Outcome, element_id: str) -> None:
        if outcome.kind in (IGNORED, PROGRESS):
            return
        task = outcome.task
        assert task is not None
        right = outcome.kind == RIGHT
        self.attempt.emit(
            AttemptEvent(
                {"task": task.id, "element": element_id, "result": outcome.kind},
                right,
                round(self.run.accuracy, 4),
                self.run.data(),
            )
        )
        if right:
            self._after_right(task, outcome.moved)
        else:
            self._after_miss(outcome, task)

    def _after_right(self, task, moved: bool) -> None:
        said = [self.ctx.text(task.explain)] if task.explain is not None else []
        well_done = said[0] if said else translate("Simulation", "Well done.")
        if moved:
            # the press (or key) that got here is still being delivered to a widget of the old
            # screen: build the new one once that event is over
            QTimer.singleShot(0, self, self._next_screen)  # (with self: not if the step is gone by then)
        elif self.screen_view is not None:
            self.screen_view.refresh(self.run.shows)
        self.show_task()
        if self.run.finished:
            said.append(self.finish_text.plain_text())
            self._set_feedback(well_done, "success")
            from trainer.ui.reveal import reveal

            reveal(self.finish_text, self.again)
            self.completed.emit()
        else:  # (the next task's words are read aloud and shown in the task panel)
            said.append(self.instruction.plain_text())
            self._set_feedback(well_done, "success")
        self.speak.emit(said)

    def _next_screen(self) -> None:
        if self.screen_view is not None and self.screen_view.screen.id != self.run.screen:
            self.show_screen()
            # the new screen from its top (the learner may be scrolled down to the last one's bottom)
            from trainer.ui.reveal import reveal

            reveal(self.device)
            if not self.run.finished:
                self._focus_screen()

    def _after_miss(self, outcome: Outcome, task) -> None:
        lang = self.ctx.lang
        if outcome.kind == TRAP and task.trap is not None:
            safe = translate("Simulation", "This is only practice: nothing was paid or sent.")
            words = sentences(lang, self.ctx.text(task.trap), safe)
        else:
            words = self.ctx.text(task.hint)
        if outcome.highlight:
            words = sentences(
                lang, words, translate("Simulation", "The right place now has a thick frame around it.")
            )
            self.mark(task.target)
        self._set_feedback(words, "")
        self.speak.emit([words])

    def _set_feedback(self, words: str, role: str) -> None:
        self.feedback.setProperty("role", role)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.set_text(words)
        self.feedback.setVisible(bool(words))
        self.feedback_changed.emit()

    def mark(self, element_id: str) -> None:
        """The thick frame around the element to use (the next digit's key on a number pad)."""
        if self.screen_view is None:
            return
        self.marked_id = element_id
        w = self.screen_view.control(element_id)
        if isinstance(w, Numpad):
            digit = self.run.next_digit(element_id)
            w = w.keys.get(digit) if digit else w
        if w is None:
            return
        self.marker.mark(w)

    def _focus_screen(self) -> None:
        """The screen itself takes the focus, not its first button (which would look like a hint);
        Tab then goes through its controls."""
        if self.screen_view is not None and self.isVisible():
            self.screen_view.setFocus()

    def restart(self) -> None:
        self.run = SimRun(self.step)
        self.marker.forget()
        self._set_feedback("", "")
        self.show_screen()
        self.show_task()
        self.speak.emit([self.instruction.plain_text()])

    # the player's questions ------------------------------------------------------------------------
    def spoken_parts(self) -> list[tuple[str, QWidget]]:
        parts = [(self.banner.plain_text(), self.banner), (self.intro.plain_text(), self.intro)]
        now = self.finish_text if self.run.finished else self.instruction
        parts.append((now.plain_text(), now))
        if self.feedback.plain_text() and not self.run.finished:
            parts.append((self.feedback.plain_text(), self.feedback))
        return parts

    def spoken_texts(self) -> list[str]:
        return [text for text, _ in self.spoken_parts()]

    def spoken_widgets(self) -> list[QWidget]:
        return [w for _, w in self.spoken_parts()]

    def is_complete(self) -> bool:
        return self.run.finished

    def focus_first(self) -> None:
        self._focus_screen()

    def act_on(self, starting: bool) -> list[QWidget]:
        """After a miss, the control the task wants (the hint says where it is; from the second miss it
        has a thick frame): in view with the hint. The app opens at its top, the task first."""
        task = self.run.task
        missed = bool(self.feedback.plain_text()) and self.feedback.property("role") != "success"
        if starting or task is None or not missed or self.screen_view is None:
            return []
        control = self.screen_view.control(task.target)
        if isinstance(control, Numpad):  # (the key of the next digit, as the thick frame shows)
            digit = self.run.next_digit(task.target)
            control = control.keys.get(digit, control) if digit else control
        return [control] if control is not None else []
