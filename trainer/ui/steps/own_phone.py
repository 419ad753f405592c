"""The "try it on your own phone" step: what to try, the checklist, and a panel for the tutor.

The tutor watches the learner do the tasks on their own phone, ticks what they saw and confirms with
their tutor PIN (checked off the UI thread by the player, against the shared tutor lockout). Without
that PIN nothing is saved, so a learner cannot tick the list themselves, and nothing here leads into
tutor mode. Items already seen show a tick with the tutor's name. The step never blocks the lesson:
a learner at home goes on with Next.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from trainer.domain.observation import OwnPhoneStep
from trainer.ui.answers import AnswerBox, AnswerButton
from trainer.ui.steps.base import AttemptEvent, StepContext, StepView, register_view
from trainer.ui.widgets import Button, Card, ChoiceGroup, Text

translate = QCoreApplication.translate


class OwnPhoneView(StepView):
    observe = Signal(object)  # {"tutor_id", "pin", "items"}: the player checks the PIN and saves

    def __init__(self, step: OwnPhoneStep, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(step, ctx, parent)
        self.heading = Text(translate("OwnPhone", "Try it on your own phone"), role="heading")
        self.intro = Text(ctx.text(step.intro))
        self.box.addWidget(self.heading)
        self.box.addWidget(self.intro)
        self.item_texts: dict[str, Text] = {}
        for item_id, _ in step.items:
            label = Text()
            label.setObjectName(f"item-{item_id}")
            self.item_texts[item_id] = label
            self.box.addWidget(label)
        self.seen: dict[str, str] = {}  # item id -> tutor name
        self._build_tutor_panel()
        self.show_state([], [])

    def _build_tutor_panel(self) -> None:
        self.panel = Card()
        self.panel.setObjectName("tutor-panel")
        pbox = QVBoxLayout(self.panel)
        pbox.setContentsMargins(20, 16, 20, 16)
        pbox.setSpacing(12)
        self.panel_title = Text(translate("OwnPhone", "For your tutor"), role="heading")
        self.panel_help = Text()
        self.who = Text(translate("OwnPhone", "Who is watching?"))
        self.tutor_box = QVBoxLayout()
        self.what = Text(translate("OwnPhone", "What did you see the learner do?"))
        self.tick_box = QVBoxLayout()
        self.pin_label = Text(translate("OwnPhone", "Tutor PIN"))
        self.pin = QLineEdit()
        self.pin.setObjectName("tutor-pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setAccessibleName(translate("OwnPhone", "Tutor PIN"))
        self.pin.setPlaceholderText(translate("OwnPhone", "Tutor PIN"))
        self.pin.returnPressed.connect(self.confirm)
        self.confirm_button = Button(translate("OwnPhone", "Save with my tutor PIN"), role="primary")
        self.confirm_button.setObjectName("confirm-observed")
        self.confirm_button.clicked.connect(self.confirm)
        self.status = Text()
        self.status.setObjectName("observed-status")
        pbox.addWidget(self.panel_title)
        pbox.addWidget(self.panel_help)
        pbox.addWidget(self.who)
        pbox.addLayout(self.tutor_box)
        pbox.addWidget(self.what)
        pbox.addLayout(self.tick_box)
        pbox.addWidget(self.pin_label)
        pbox.addWidget(self.pin)
        pbox.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignLeft)
        pbox.addWidget(self.status)
        self.box.addWidget(self.panel)
        self.tutor_buttons: dict[str, AnswerButton] = {}
        self.ticks: dict[str, AnswerBox] = {}
        self.tutor_group = ChoiceGroup(self)

    # what the player tells the view -----------------------------------------------------------------
    def show_state(self, observed, tutors) -> None:
        """``observed``: the learner's ``Observation``s of this step; ``tutors``: who may tick."""
        self.seen = {o.item_id: o.tutor_name for o in observed if o.step_id == self.step.id}
        for item_id, text in self.step.items:
            words = self.ctx.text(text)
            if item_id in self.seen:
                words = (
                    translate("OwnPhone", "✓ %1 (seen by %2)")
                    .replace("%1", words)
                    .replace("%2", self.seen[item_id])
                )
            else:
                words = f"• {words}"
            self.item_texts[item_id].set_text(words)
        for holder in (self.tutor_buttons, self.ticks):
            for w in holder.values():
                w.hide()
                w.deleteLater()
            holder.clear()
        self.tutor_group = ChoiceGroup(self)
        for tutor in tutors:
            b = AnswerButton(tutor.name, "one")
            b.setObjectName(f"tutor-{tutor.id}")
            b.setCheckable(True)
            b.refresh()
            self.tutor_group.addButton(b)
            self.tutor_buttons[tutor.id] = b
            self.tutor_box.addWidget(b)
        if len(self.tutor_buttons) == 1:
            next(iter(self.tutor_buttons.values())).setChecked(True)
        for item_id, text in self.step.items:
            if item_id in self.seen:
                continue
            tick = AnswerBox(self.ctx.text(text))
            tick.setObjectName(f"tick-{item_id}")
            tick.setCheckable(True)
            tick.refresh()
            self.ticks[item_id] = tick
            self.tick_box.addWidget(tick)
        open_items = bool(self.ticks)
        can_tick = bool(tutors) and open_items
        for w in (self.who, self.what, self.pin_label, self.pin, self.confirm_button):
            w.setVisible(can_tick)
        self.who.setVisible(can_tick and len(tutors) > 1)
        for b in self.tutor_buttons.values():
            b.setVisible(can_tick and len(tutors) > 1)
        if not open_items:
            self.panel_help.set_text(
                translate("OwnPhone", "Your tutor has seen everything on this list. Well done!")
            )
        elif not tutors:
            self.panel_help.set_text(
                translate(
                    "OwnPhone", "At the centre, show this step to your tutor: they can tick what you did."
                )
            )
        else:
            self.panel_help.set_text(
                translate(
                    "OwnPhone",
                    "Tutor: watch the learner do these on their own phone, tick what you saw, "
                    "and save with your tutor PIN.",
                )
            )

    def show_outcome(self, outcome) -> None:
        """What the PIN check said: ``Ticked``, ``WrongPin`` or ``LockedOut`` (or an error text)."""
        from trainer.domain.tutoring import LockedOut, WrongPin

        self.pin.clear()
        self.confirm_button.setEnabled(True)
        if isinstance(outcome, WrongPin):
            self._say(
                translate(
                    "OwnPhone", "That PIN is not right, so nothing was saved. %1 more tries before a pause."
                ).replace("%1", str(outcome.tries_left)),
                "error",
            )
            self.pin.setFocus()
        elif isinstance(outcome, LockedOut):
            self._say(
                translate(
                    "OwnPhone",
                    "Tutor PINs are paused for a while after too many wrong tries. Nothing was saved.",
                ),
                "error",
            )
        elif isinstance(outcome, str):
            self._say(outcome, "error")
        else:
            names = [self.ctx.text(self.step.item(o.item_id)) for o in outcome.added]
            self.attempt.emit(AttemptEvent({"observed": [o.item_id for o in outcome.added]}, None))
            self._say(
                translate("OwnPhone", "Saved. %1 saw: %2")
                .replace("%1", outcome.tutor.name)
                .replace("%2", "; ".join(names)),
                "success",
            )

    # the tutor's actions --------------------------------------------------------------------------
    def chosen_tutor(self) -> str | None:
        return next((tid for tid, b in self.tutor_buttons.items() if b.isChecked()), None)

    def confirm(self) -> None:
        tutor = self.chosen_tutor()
        items = [i for i, b in self.ticks.items() if b.isChecked()]
        pin = self.pin.text().strip()
        if tutor is None or not items:
            self._say(
                translate("OwnPhone", "Please choose who is watching and at least one thing you saw."),
                "error",
            )
            return
        if not (6 <= len(pin) <= 12 and pin.isdigit()):
            self._say(translate("OwnPhone", "Please type your tutor PIN (6 to 12 numbers)."), "error")
            self.pin.setFocus()
            return
        self.confirm_button.setEnabled(False)
        self._say(translate("OwnPhone", "Checking the PIN…"), "")
        self.observe.emit({"tutor_id": tutor, "pin": pin, "items": items})

    def _say(self, text: str, role: str) -> None:
        self.status.setProperty("role", role)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.set_text(text)

    # the player's questions ----------------------------------------------------------------------
    def spoken_widgets(self) -> list[QWidget]:
        return [self.heading, self.intro, *self.item_texts.values()]

    def spoken_texts(self) -> list[str]:
        return [w.plain_text() for w in self.spoken_widgets()]


register_view("own-phone", OwnPhoneView)


def link_to_session(view: OwnPhoneView, session) -> None:
    """Fill the view from the learner's record and save the tutor's ticks through ``session``
    (``services.lessons.LessonSession``). The PIN check (scrypt) runs off the UI thread; its outcome
    reaches the view only while it still shows (the learner may have gone on: the ticks are saved)."""
    from trainer.ui.operations import Operation

    def refresh() -> None:
        observed, tutors = session.observation_state()
        view.show_state(observed, tutors)

    def done(outcome) -> None:
        view.show_outcome(outcome)
        if getattr(outcome, "added", None) is not None:
            keep = view.status.plain_text()
            refresh()
            view.status.set_text(keep)

    def failed(message: str) -> None:
        view.show_outcome(
            translate("OwnPhone", "Saving did not work. Nothing was lost; please try again.") + "\n" + message
        )

    def request(wanted: dict) -> None:
        Operation(
            view,
            session.tick_observed,
            view.step.id,
            wanted["tutor_id"],
            wanted["pin"],
            list(wanted["items"]),
        ).on_success(done).on_failure(failed).run()

    view.observe.connect(request)
    refresh()
