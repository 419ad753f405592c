"""Tutor mode: sharing records with the centre's other computers (the hub, or a USB stick), each PC's
last sync, what is waiting, and learners that look like one person registered twice.

The view only: ``SyncFlow`` (``ui.tutor.sync_flow``) runs the work in the background and fills it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from trainer.ui.progress import WorkProgress
from trainer.ui.screens.base import Screen
from trainer.ui.widgets import Button, Card, FlowLayout, Text

translate = QCoreApplication.translate
ACTIONS = ("now", "setup", "export", "import", "code")


class SyncScreen(Screen):
    back_pressed = Signal()
    action = Signal(str)  # now, setup, export, import, code
    connect_hub = Signal(str, str, str, str, bool)  # host, database, user, password, join
    code_given = Signal(str)
    merge_pair = Signal(str, str)  # keep, other
    not_same = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = Text(role="title")
        self.state = Text()
        self.state.setObjectName("sync-state")
        self.problem = Text(role="error")
        self.problem.setObjectName("sync-problem")
        self.problem.hide()
        self.pcs_heading = Text(role="heading")
        self.pcs = Text()
        self.pcs.setObjectName("sync-pcs")
        self.body.addWidget(self.title)
        box = QWidget()  # what can be done first, then where things stand
        flow = FlowLayout(box, spacing=12)
        self.buttons: dict[str, Button] = {}
        for key in ACTIONS:
            b = Button(role="primary" if key == "now" else "")
            b.setObjectName(f"sync-{key}")
            b.clicked.connect(lambda _=False, k=key: self.action.emit(k))
            flow.add_widget(b)
            self.buttons[key] = b
        self.body.addWidget(box)
        self.work = WorkProgress("sync")  # long work: how far it has got, and Cancel
        self.work.stopping.connect(
            lambda: self.say(translate("TutorSync", "Stopping… what is done so far is kept whole."))
        )
        self.body.addWidget(self.work)
        self.status = Text()
        self.status.setObjectName("sync-status")
        self.status.hide()
        self.body.addWidget(self.status)
        for w in (self.state, self.problem, self.pcs_heading, self.pcs):
            self.body.addWidget(w)
        self._build_setup()
        self._build_code()
        self.dup_heading = Text(role="heading")
        self.body.addWidget(self.dup_heading)
        self.dup_box = QWidget()
        self.dup_flow = QVBoxLayout(self.dup_box)  # one pair under the other, each as wide as the page
        self.dup_flow.setContentsMargins(0, 0, 0, 0)
        self.dup_flow.setSpacing(12)
        self.body.addWidget(self.dup_box)
        self.dup_note = Text(role="muted")
        self.body.addWidget(self.dup_note)
        self.body.addStretch(1)
        self.back = Button()
        self.back.setObjectName("sync-back")
        self.back.clicked.connect(self.back_pressed)
        self.bar_layout.addWidget(self.back)
        self.bar_layout.addStretch(1)
        self.bar.show()
        self._pairs: list = []
        self.retranslate()

    # --- the hub's address ----------------------------------------------------------------------
    def _build_setup(self) -> None:
        self.setup = Card()
        self.setup.setObjectName("sync-setup-form")
        layout = QVBoxLayout(self.setup)
        self.setup_help = Text()
        layout.addWidget(self.setup_help)
        self.fields: dict[str, tuple[Text, QLineEdit]] = {}
        for key in ("host", "database", "user", "password"):
            label, edit = Text(role="heading"), QLineEdit()
            edit.setObjectName(f"sync-{key}")
            if key == "password":
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            layout.addWidget(label)
            layout.addWidget(edit)
            self.fields[key] = (label, edit)
        self.connect_button = Button(role="primary")
        self.connect_button.setObjectName("sync-connect")
        self.connect_button.clicked.connect(lambda: self._connect(False))
        self.join_button = Button()
        self.join_button.setObjectName("sync-join")
        self.join_button.clicked.connect(lambda: self._connect(True))
        self.join_button.hide()
        layout.addWidget(self.connect_button)
        layout.addWidget(self.join_button)
        self.setup.hide()
        self.body.addWidget(self.setup)

    def _connect(self, join: bool) -> None:
        values = {k: e.text().strip() for k, (_, e) in self.fields.items()}
        if not values["host"] or not values["database"] or not values["user"]:
            self.say(
                translate("TutorSync", "Please fill in the hub computer, the database and the user name.")
            )
            return
        self.connect_hub.emit(values["host"], values["database"], values["user"], values["password"], join)

    def show_setup(self, shown: bool = True) -> None:
        self.setup.setVisible(shown)
        self.join_button.hide()
        if shown:
            self.fields["host"][1].setFocus()

    def offer_join(self, centre: str) -> None:
        self.join_button.set_label(
            translate("TutorSync", "Join “%1” with this computer's learners").replace("%1", centre)
        )
        self.join_button.show()

    # --- the centre code (USB, first time) -----------------------------------------------------------
    def _build_code(self) -> None:
        self.code_card = Card()
        layout = QVBoxLayout(self.code_card)
        self.code_help = Text()
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("sync-code-edit")
        self.code_edit.setMaxLength(40)
        self.code_ok = Button(role="primary")
        self.code_ok.setObjectName("sync-code-ok")
        self.code_ok.clicked.connect(lambda: self.code_given.emit(self.code_edit.text()))
        for w in (self.code_help, self.code_edit, self.code_ok):
            layout.addWidget(w)
        self.code_card.hide()
        self.body.addWidget(self.code_card)

    def ask_code(self, shown: bool = True, why: str = "") -> None:
        self.code_card.setVisible(shown)
        self.code_help.set_text(why or self._code_help)
        if shown:
            self.code_edit.clear()
            self.code_edit.setFocus()

    # --- what the flow shows ------------------------------------------------------------------------
    def show_status(self, state: str, pcs: str, problem: str = "") -> None:
        self.state.set_text(state)
        self.pcs.set_text(pcs)
        self.problem.set_text(problem)
        self.problem.setVisible(bool(problem))

    def say(self, text: str) -> None:
        self.status.set_text(text)
        self.status.setVisible(bool(text))  # (an empty line would leave a gap under the buttons)

    def busy(self, working: bool) -> None:
        """Work without a Cancel of its own (a sync the app runs anyway): a busy bar, buttons off."""
        self.work.bar.setRange(0, 0)
        self.work.bar.setVisible(working)
        for b in self.buttons.values():
            b.setEnabled(not working)

    # ``ui.operations.ProgressView``: long work started from this screen
    def start_work(self, token) -> None:
        self.work.start_work(token)
        for b in self.buttons.values():
            b.setEnabled(False)

    def show_progress(self, done: int, total: int) -> None:
        self.work.show_progress(min(done, total), total)

    def end_work(self) -> None:
        self.work.end_work()
        for b in self.buttons.values():
            b.setEnabled(True)

    def show_duplicates(self, pairs: list) -> None:
        """``pairs``: (first, second) candidates (id, name, birth_year, created_at)."""
        self._pairs = pairs
        while self.dup_flow.count():
            item = self.dup_flow.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        for n, (a, b) in enumerate(pairs):
            card = Card()
            layout = QVBoxLayout(card)
            year = a.birth_year or b.birth_year
            text = (
                translate("TutorSync", "%1, born %2: registered twice (on %3 and %4)").replace(
                    "%2", str(year)
                )
                if year
                else translate("TutorSync", "%1 (no birth year given): registered twice (on %3 and %4)")
            )
            layout.addWidget(
                Text(
                    text.replace("%1", a.name)
                    .replace("%3", a.created_at[:10])
                    .replace("%4", b.created_at[:10])
                )
            )
            merge = Button(role="primary")
            merge.setObjectName(f"sync-merge-{n}")
            merge.set_label(
                translate("TutorSync", "Merge these two"),
                translate("TutorSync", "Merge the two registrations of %1").replace("%1", a.name),
            )
            merge.clicked.connect(lambda _=False, x=a.id, y=b.id: self.merge_pair.emit(x, y))
            apart = Button()
            apart.setObjectName(f"sync-apart-{n}")
            apart.set_label(
                translate("TutorSync", "They are two people"),
                translate("TutorSync", "%1: they are two different people").replace("%1", a.name),
            )
            apart.clicked.connect(lambda _=False, x=a.id, y=b.id: self.not_same.emit(x, y))
            layout.addWidget(merge)
            layout.addWidget(apart)
            self.dup_flow.addWidget(card)
        self.dup_note.setVisible(not pairs)

    def retranslate(self) -> None:
        self.title.set_text(translate("TutorSync", "Sharing with the centre's other computers"))
        self.pcs_heading.set_text(translate("TutorSync", "The centre's computers"))
        labels = {
            "now": translate("TutorSync", "Share now"),
            "setup": translate("TutorSync", "Connect to the centre's hub…"),
            "export": translate("TutorSync", "Save to a USB stick…"),
            "import": translate("TutorSync", "Load from a USB stick…"),
            "code": translate("TutorSync", "Show the centre code"),
        }
        for key, b in self.buttons.items():
            b.set_label(labels[key])
        self.setup_help.set_text(
            translate(
                "TutorSync",
                "Ask whoever set up the hub for these four things. The password is kept only on this "
                "computer, readable only by this user.",
            )
        )
        names = {
            "host": translate("TutorSync", "Hub computer (name or address, e.g. 192.168.1.10)"),
            "database": translate("TutorSync", "Database name"),
            "user": translate("TutorSync", "User name"),
            "password": translate("TutorSync", "Password"),
        }
        for key, (label, edit) in self.fields.items():
            label.set_text(names[key])
            edit.setAccessibleName(names[key])
        self.connect_button.set_label(translate("TutorSync", "Connect"))
        self.join_button.setAccessibleName(translate("TutorSync", "Join the hub's centre"))
        self._code_help = translate(
            "TutorSync",
            "This computer does not know the centre code yet. Type the code shown on a computer of "
            "the centre (Share → Show the centre code). You need it only once.",
        )
        self.code_help.set_text(self._code_help)
        self.code_edit.setAccessibleName(translate("TutorSync", "Centre code"))
        self.code_ok.set_label(translate("TutorSync", "Load the file with this code"))
        self.dup_heading.set_text(translate("TutorSync", "Learners who may be one person registered twice"))
        self.dup_note.set_text(
            translate("TutorSync", "None: no two learners have the same name and birth year.")
        )
        self.back.set_label(translate("TutorSync", "Back to the tools"))
        self.work.retranslate()
        if self._pairs:
            self.show_duplicates(self._pairs)

    def on_show(self) -> None:
        self.buttons["now"].setFocus()
