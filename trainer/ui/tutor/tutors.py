"""The centre's tutors: who can sign in, adding a tutor (with their own PIN, confirmed by the PIN of the
tutor signed in now), renaming, retiring (their sign-offs stay; a retired tutor can be brought back),
and changing one's own PIN. The PIN rules and the lockout are those of signing in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from trainer.domain.tutoring import TUTOR_PIN_MAX, TUTOR_PIN_MIN, Tutor
from trainer.ui.screens.base import Screen
from trainer.ui.widgets import Button, Card, FlowLayout, Text

translate = QCoreApplication.translate


def pin_field(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(TUTOR_PIN_MAX)
    return edit


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


class TutorCard(Card):
    """One tutor: the name, and what can be done with them."""

    def __init__(self, tutor: Tutor, me: bool, screen: TutorsScreen) -> None:
        super().__init__()
        self.tutor = tutor
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        shown = translate("Tutor", "%1 (you)").replace("%1", tutor.name) if me else tutor.name
        self.name = Text(shown)
        row.addWidget(self.name, 1)
        self.buttons: list[Button] = []
        if tutor.active:
            rename = Button()
            rename.setObjectName(f"tutor-rename-{tutor.id}")
            rename.set_label(
                translate("Tutor", "Rename"), translate("Tutor", "Rename %1").replace("%1", tutor.name)
            )
            rename.clicked.connect(lambda: screen.ask_rename(tutor))
            self.buttons.append(rename)
            if not me:
                retire = Button()
                retire.setObjectName(f"tutor-retire-{tutor.id}")
                retire.set_label(
                    translate("Tutor", "Retire"), translate("Tutor", "Retire %1").replace("%1", tutor.name)
                )
                retire.clicked.connect(lambda: screen.ask_retire(tutor))
                self.buttons.append(retire)
        else:
            back = Button()
            back.setObjectName(f"tutor-return-{tutor.id}")
            back.set_label(
                translate("Tutor", "Bring back"),
                translate("Tutor", "Bring back %1").replace("%1", tutor.name),
            )
            back.clicked.connect(lambda: screen.bring_back.emit(tutor.id))
            self.buttons.append(back)
        for b in self.buttons:
            row.addWidget(b)


class TutorsScreen(Screen):
    back_pressed = Signal()
    add_requested = Signal(str, str, str)  # name, their new PIN, the signed-in tutor's PIN
    rename_requested = Signal(str, str)  # tutor id, new name
    retire_confirmed = Signal(str)  # tutor id
    bring_back = Signal(str)  # tutor id
    pin_change_requested = Signal(str, str)  # current PIN, new PIN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.me = ""
        self.tutors: list[Tutor] = []
        self.rows: list[TutorCard] = []
        self._acting_on: Tutor | None = None  # the tutor being renamed or retired
        self.title = Text(role="title")
        self.body.addWidget(self.title)
        # the tutors ---------------------------------------------------------------------------
        self.active_title, self.retired_title = Text(role="heading"), Text(role="heading")
        self.active_box, self.retired_box = QWidget(), QWidget()
        self._active, self._retired = QVBoxLayout(self.active_box), QVBoxLayout(self.retired_box)
        for box in (self._active, self._retired):
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(10)
        self.list_status = Text()
        self.list_status.setObjectName("tutors-status")
        self.list_status.hide()
        # renaming or retiring one: a small form under the list
        self.act_card = Card()
        act = QVBoxLayout(self.act_card)
        act.setContentsMargins(20, 16, 20, 16)
        self.act_text = Text()
        self.new_name = QLineEdit()
        self.new_name.setObjectName("tutor-new-name")
        self.new_name.setMaxLength(40)
        self.new_name.returnPressed.connect(self._confirm)
        buttons = QWidget()
        flow = FlowLayout(buttons, spacing=12)
        self.act_ok, self.act_cancel = Button(role="primary"), Button()
        self.act_ok.setObjectName("tutor-act-ok")
        self.act_cancel.setObjectName("tutor-act-cancel")
        self.act_ok.clicked.connect(self._confirm)
        self.act_cancel.clicked.connect(self._cancel_act)
        flow.add_widget(self.act_ok)
        flow.add_widget(self.act_cancel)
        for w in (self.act_text, self.new_name, buttons):
            act.addWidget(w)
        self.act_card.hide()
        for w in (self.active_title, self.active_box, self.act_card, self.retired_title, self.retired_box):
            self.body.addWidget(w)
        self.body.addWidget(self.list_status)
        # adding one ---------------------------------------------------------------------------
        add = Card()
        box = QVBoxLayout(add)
        box.setContentsMargins(20, 16, 20, 16)
        self.add_title, self.add_help = Text(role="heading"), Text()
        self.add_name = QLineEdit()
        self.add_name.setObjectName("tutor-add-name")
        self.add_name.setMaxLength(40)
        self.add_pin, self.add_pin_again = pin_field("tutor-add-pin"), pin_field("tutor-add-pin-again")
        self.add_my_pin = pin_field("tutor-add-my-pin")
        self.add_error = Text(role="error")
        self.add_error.hide()
        self.add_done = Text(role="success")
        self.add_done.hide()
        self.add_button = Button(role="primary")
        self.add_button.setObjectName("tutor-add-button")
        self.add_button.clicked.connect(self._add)
        for w in (
            self.add_title,
            self.add_help,
            self.add_name,
            self.add_pin,
            self.add_pin_again,
            self.add_my_pin,
            self.add_error,
            self.add_done,
            self.add_button,
        ):
            box.addWidget(w)
        self.body.addWidget(add)
        # one's own PIN ------------------------------------------------------------------------
        own = Card()
        box = QVBoxLayout(own)
        box.setContentsMargins(20, 16, 20, 16)
        self.pin_title, self.pin_help = Text(role="heading"), Text()
        self.old_pin = pin_field("tutor-old-pin")
        self.new_pin, self.new_pin_again = pin_field("tutor-new-pin"), pin_field("tutor-new-pin-again")
        self.pin_error = Text(role="error")
        self.pin_error.hide()
        self.pin_done = Text(role="success")
        self.pin_done.hide()
        self.pin_button = Button(role="primary")
        self.pin_button.setObjectName("tutor-change-pin")
        self.pin_button.clicked.connect(self._change_pin)
        for w in (
            self.pin_title,
            self.pin_help,
            self.old_pin,
            self.new_pin,
            self.new_pin_again,
            self.pin_error,
            self.pin_done,
            self.pin_button,
        ):
            box.addWidget(w)
        self.body.addWidget(own)
        self.body.addStretch(1)
        self.back = Button()
        self.back.setObjectName("tutors-back")
        self.back.clicked.connect(self.back_pressed)
        self.bar_layout.addWidget(self.back)
        self.bar_layout.addStretch(1)
        self.bar.show()
        self.retranslate()

    # the list -----------------------------------------------------------------------------------
    def show_tutors(self, tutors: list[Tutor], me: str) -> None:
        self.tutors, self.me = list(tutors), me
        for row in self.rows:
            row.hide()
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for tutor in tutors:
            row = TutorCard(tutor, tutor.id == me, self)
            (self._active if tutor.active else self._retired).addWidget(row)
            row.show()
            self.rows.append(row)
        retired = any(not t.active for t in tutors)
        self.retired_title.setVisible(retired)
        self.retired_box.setVisible(retired)

    def say(self, text: str) -> None:
        self.list_status.set_text(text)
        self.list_status.setVisible(bool(text))

    def ask_rename(self, tutor: Tutor) -> None:
        self._acting_on = tutor
        self.act_text.set_text(translate("Tutor", "The new name of %1:").replace("%1", tutor.name))
        self.new_name.setText(tutor.name)
        self.new_name.show()
        self.act_ok.set_label(translate("Tutor", "Save the name"))
        self.act_card.show()
        self.new_name.setFocus()
        self.new_name.selectAll()

    def ask_retire(self, tutor: Tutor) -> None:
        self._acting_on = tutor
        self.act_text.set_text(
            translate(
                "Tutor",
                "Retire %1? They can no longer sign in as a tutor. What they signed off stays on record, "
                "and they can be brought back later.",
            ).replace("%1", tutor.name)
        )
        self.new_name.hide()
        self.act_ok.set_label(translate("Tutor", "Retire %1").replace("%1", tutor.name))
        self.act_card.show()
        self.act_ok.setFocus()

    def _confirm(self) -> None:
        tutor = self._acting_on
        if tutor is None:
            return
        if self.new_name.isVisible():
            self.rename_requested.emit(tutor.id, " ".join(self.new_name.text().split()))
        else:
            self.retire_confirmed.emit(tutor.id)
        self._cancel_act()

    def _cancel_act(self) -> None:
        self._acting_on = None
        self.act_card.hide()

    # adding -------------------------------------------------------------------------------------
    def _add(self) -> None:
        self.add_done.hide()
        name = " ".join(self.add_name.text().split())
        pin, again, mine = self.add_pin.text(), self.add_pin_again.text(), self.add_my_pin.text()
        if not name:
            return self.add_failed(translate("Tutor", "Please type the new tutor's name."), self.add_name)
        if not _digits(pin) or not TUTOR_PIN_MIN <= len(pin) <= TUTOR_PIN_MAX:
            return self.add_failed(
                translate("Tutor", "A tutor PIN has 6 to 12 numbers. Please choose another."), self.add_pin
            )
        if pin != again:
            return self.add_failed(
                translate("Tutor", "The two new PINs are not the same. Please type them again."),
                self.add_pin_again,
            )
        if not _digits(mine):
            return self.add_failed(
                translate("Tutor", "Please type your own tutor PIN to confirm."), self.add_my_pin
            )
        self.add_error.hide()
        self.add_requested.emit(name, pin, mine)

    def add_failed(self, text: str, focus: QWidget | None = None) -> None:
        self.add_error.set_text(text)
        self.add_error.show()
        self.add_my_pin.clear()
        (focus or self.add_name).setFocus()

    def added(self, text: str) -> None:
        for edit in (self.add_name, self.add_pin, self.add_pin_again, self.add_my_pin):
            edit.clear()
        self.add_error.hide()
        self.add_done.set_text(text)
        self.add_done.show()

    # one's own PIN ------------------------------------------------------------------------------
    def _change_pin(self) -> None:
        self.pin_done.hide()
        old, new, again = self.old_pin.text(), self.new_pin.text(), self.new_pin_again.text()
        if not _digits(old):
            return self.pin_failed(translate("Tutor", "Please type your current PIN."), self.old_pin)
        if not _digits(new) or not TUTOR_PIN_MIN <= len(new) <= TUTOR_PIN_MAX:
            return self.pin_failed(
                translate("Tutor", "A tutor PIN has 6 to 12 numbers. Please choose another."), self.new_pin
            )
        if new != again:
            return self.pin_failed(
                translate("Tutor", "The two new PINs are not the same. Please type them again."),
                self.new_pin_again,
            )
        self.pin_error.hide()
        self.pin_change_requested.emit(old, new)

    def pin_failed(self, text: str, focus: QWidget | None = None) -> None:
        self.pin_error.set_text(text)
        self.pin_error.show()
        self.old_pin.clear()
        (focus or self.old_pin).setFocus()

    def pin_changed(self, text: str) -> None:
        for edit in (self.old_pin, self.new_pin, self.new_pin_again):
            edit.clear()
        self.pin_error.hide()
        self.pin_done.set_text(text)
        self.pin_done.show()

    def retranslate(self) -> None:
        self.title.set_text(translate("Tutor", "Tutors"))
        self.active_title.set_text(translate("Tutor", "Tutors who can sign in"))
        self.retired_title.set_text(translate("Tutor", "Retired tutors"))
        self.new_name.setAccessibleName(translate("Tutor", "New name"))
        self.act_cancel.set_label(translate("Tutor", "Cancel"))
        self.add_title.set_text(translate("Tutor", "Add a tutor"))
        self.add_help.set_text(
            translate(
                "Tutor",
                "The new tutor chooses their own PIN (6 to 12 numbers) and types it twice. "
                "You confirm with your PIN.",
            )
        )
        for edit, text in (
            (self.add_name, translate("Tutor", "The new tutor's name")),
            (self.add_pin, translate("Tutor", "Their PIN")),
            (self.add_pin_again, translate("Tutor", "Their PIN again")),
            (self.add_my_pin, translate("Tutor", "Your tutor PIN")),
            (self.old_pin, translate("Tutor", "Your current PIN")),
            (self.new_pin, translate("Tutor", "Your new PIN")),
            (self.new_pin_again, translate("Tutor", "Your new PIN again")),
        ):
            edit.setPlaceholderText(text)
            edit.setAccessibleName(text)
        self.add_button.set_label(translate("Tutor", "Add the tutor"))
        self.pin_title.set_text(translate("Tutor", "Change my PIN"))
        self.pin_help.set_text(
            translate(
                "Tutor",
                "Type your current PIN, then the new one twice. A wrong current PIN counts like a wrong "
                "PIN at sign-in.",
            )
        )
        self.pin_button.set_label(translate("Tutor", "Change my PIN"))
        self.back.set_label(translate("Tutor", "Back to the dashboard"))
        if self.tutors:  # (their buttons are made with their words)
            self.show_tutors(self.tutors, self.me)

    def on_show(self) -> None:
        self.back.setFocus()
