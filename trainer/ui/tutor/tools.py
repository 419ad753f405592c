"""Tutor tools: adding a learner, and the screen of reports, the list of learners and backups (the
subjects of tutor mode put their sections on it). Long work shows its progress; every problem is said
in words, and nothing is half-done."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from trainer.ui.progress import WorkProgress
from trainer.ui.screens.base import Screen
from trainer.ui.tutor.asking import StatusAndConfirm
from trainer.ui.widgets import Button, ChoiceGroup, FlowLayout, Text

translate = QCoreApplication.translate


class AddLearnerScreen(Screen):
    done = Signal()
    save = Signal(str, str, object, object)  # name, language, birth year | None, gender | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = Text(role="title")
        self.name_label, self.year_label = Text(role="heading"), Text(role="heading")
        self.name = QLineEdit()
        self.name.setObjectName("add-name")
        self.name.setMaxLength(40)
        self.year = QLineEdit()
        self.year.setObjectName("add-year")
        self.year.setMaxLength(4)
        self.lang_label, self.gender_label = Text(role="heading"), Text(role="heading")
        self.langs = ChoiceGroup(self)
        self.genders = ChoiceGroup(self)
        lang_box, gender_box = QWidget(), QWidget()
        lf, gf = FlowLayout(lang_box, spacing=12), FlowLayout(gender_box, spacing=12)
        self.lang_buttons = {}
        for code, text in (("zh_CN", "中文"), ("en", "English")):
            b = Button(text)
            self.langs.addButton(b)
            lf.add_widget(b)
            self.lang_buttons[code] = b
        self.gender_buttons = {}
        for code in ("", "female", "male", "other"):
            b = Button()
            b.setObjectName(f"add-gender-{code or 'none'}")
            self.genders.addButton(b)
            gf.add_widget(b)
            self.gender_buttons[code] = b
        self.error = Text(role="error")
        self.error.hide()
        for w in (
            self.title,
            self.name_label,
            self.name,
            self.lang_label,
            lang_box,
            self.year_label,
            self.year,
            self.gender_label,
            gender_box,
            self.error,
        ):
            self.body.addWidget(w)
        self.body.addStretch(1)
        self.cancel, self.ok = Button(), Button(role="primary")
        self.ok.setObjectName("add-save")
        self.cancel.clicked.connect(self.done)
        self.ok.clicked.connect(self._save)
        self.bar_layout.addWidget(self.cancel)
        self.bar_layout.addStretch(1)
        self.bar_layout.addWidget(self.ok)
        self.bar.show()
        self.retranslate()

    def start(self) -> None:
        self.name.clear()
        self.year.clear()
        self.error.hide()
        self.langs.choose(self.lang_buttons["zh_CN"])
        self.genders.choose(self.gender_buttons[""])

    def _save(self) -> None:
        name = " ".join(self.name.text().split())
        year_text = self.year.text().strip()
        if not name:
            self.show_error(translate("Tutor", "Please type the learner's name."))
            return
        if year_text and not year_text.isdigit():
            self.show_error(
                translate("Tutor", "The birth year is four numbers, for example 1952. Or leave it empty.")
            )
            return
        lang = next(c for c, b in self.lang_buttons.items() if b.isChecked())
        gender = next((c for c, b in self.gender_buttons.items() if b.isChecked()), "")
        self.save.emit(name, lang, int(year_text) if year_text else None, gender or None)

    def show_error(self, text: str) -> None:
        self.error.set_text(text)
        self.error.show()

    def retranslate(self) -> None:
        self.title.set_text(translate("Tutor", "Add a learner"))
        self.name_label.set_text(translate("Tutor", "Name"))
        self.name.setAccessibleName(translate("Tutor", "Name"))
        self.lang_label.set_text(translate("Tutor", "Language"))
        self.year_label.set_text(translate("Tutor", "Year of birth (optional, for the anonymous summary)"))
        self.year.setAccessibleName(translate("Tutor", "Year of birth"))
        self.gender_label.set_text(translate("Tutor", "Gender (optional)"))
        labels = {
            "": translate("Tutor", "Not given"),
            "female": translate("Tutor", "Female"),
            "male": translate("Tutor", "Male"),
            "other": translate("Tutor", "Other"),
        }
        for code, b in self.gender_buttons.items():
            b.set_label(labels[code], translate("Tutor", "Gender: %1").replace("%1", labels[code]))
        for b in self.lang_buttons.values():
            b.set_label(b.text(), translate("Tutor", "Language: %1").replace("%1", b.text()))
        self.cancel.set_label(translate("Tutor", "Cancel"))
        self.ok.set_label(translate("Tutor", "Add the learner"))

    def on_show(self) -> None:
        self.name.setFocus()


class ToolsScreen(Screen):
    """Sections of buttons (``add_section``, ``add_button``), one place that says what happened, the
    progress of long work, and a button to confirm what needs confirming (import only the good lines,
    restore this backup)."""

    back_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = Text(role="title")
        self.body.addWidget(self.title)
        sections = QWidget()
        self._sections_box = QVBoxLayout(sections)
        self._sections_box.setContentsMargins(0, 0, 0, 0)
        self._sections_box.setSpacing(20)
        self.body.addWidget(sections)
        self.buttons: dict[str, Button] = {}
        self.sections: dict[str, Text] = {}
        self._flows: dict[str, FlowLayout] = {}
        self._labels: list[tuple[Text | Button, Callable[[], str]]] = []
        self.asking = StatusAndConfirm("tool")
        self.status, self.confirm = self.asking.status, self.asking.confirm
        self.body.addWidget(self.status)
        # long work: how far it has got, and a way to stop it (nothing is left half-done)
        self.work = WorkProgress("tool")
        self.work.stopping.connect(
            lambda: self.say(translate("Tutor", "Stopping… nothing will be left half-done."))
        )
        self.body.addWidget(self.work)
        self.body.addWidget(self.confirm)
        self.body.addStretch(1)
        self.back = Button()
        self.back.setObjectName("tool-back")
        self.back.clicked.connect(self.back_pressed)
        self.bar_layout.addWidget(self.back)
        self.bar_layout.addStretch(1)
        self.bar.show()
        self.retranslate()

    def add_section(self, key: str, heading: Callable[[], str]) -> None:
        text = Text(role="heading")
        text.set_text(heading())
        box = QWidget()
        self._flows[key] = FlowLayout(box, spacing=12)
        self._sections_box.addWidget(text)
        self._sections_box.addWidget(box)
        self.sections[key] = text
        self._labels.append((text, heading))

    def add_button(self, section: str, key: str, label: Callable[[], str]) -> Button:
        """A button (object name ``tool-<key>``) in ``section``; connect its ``clicked``."""
        b = Button()
        b.setObjectName(f"tool-{key}")
        b.set_label(label())
        self._flows[section].add_widget(b)
        self.buttons[key] = b
        self._labels.append((b, label))
        return b

    def say(self, text: str, confirm: Callable[[], None] | None = None, confirm_label: str = "") -> None:
        """What happened; with ``confirm``, a button (``confirm_label``) that calls it."""
        self.asking.say(text, confirm, confirm_label)

    def retranslate(self) -> None:
        self.title.set_text(translate("Tutor", "Reports, lists and backups"))
        for widget, label in self._labels:
            if isinstance(widget, Button):
                widget.set_label(label())
            else:
                widget.set_text(label())
        self.back.set_label(translate("Tutor", "Back to the dashboard"))
        self.work.retranslate()

    def on_show(self) -> None:
        first = next(iter(self.buttons.values()), None)
        (first or self.back).setFocus()
