"""Tutor tools: add a learner, import or export the roster (CSV), back up and restore. Long work runs
in the background; every problem is said in words, line by line, and nothing is half-done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLineEdit, QProgressBar, QWidget

from trainer.ui.screens.base import Screen
from trainer.ui.widgets import Button, ChoiceGroup, FlowLayout, Text

translate = QCoreApplication.translate
MAX_LINES_SHOWN = 30


def row_problem_text(p) -> str:
    texts = {
        "missing_name": translate("Tutor", "the name is empty"),
        "name_too_long": translate("Tutor", "the name is longer than 40 letters"),
        "formula": translate("Tutor", "the cell starts like a spreadsheet formula (= + - @)"),
        "bad_characters": translate("Tutor", "the name has invisible control characters"),
        "bidi": translate(
            "Tutor", "the name has right-to-left control characters, which would show it reversed"
        ),
        "unclosed_quote": translate(
            "Tutor", "a quotation mark is never closed, so the lines up to line %1 were read as one"
        ).replace("%1", str(getattr(p, "other_line", "") or "")),
        "bad_language": translate("Tutor", "the language must be zh_CN or en"),
        "bad_birth_year": translate("Tutor", "the birth year is not a year between 1900 and this year"),
        "bad_gender": translate("Tutor", "gender must be female, male, other or empty"),
        "bad_status": translate("Tutor", "status must be active or archived"),
        "bad_avatar": translate("Tutor", "the picture name is not one of the trainer's pictures"),
        "too_many_cells": translate("Tutor", "the line has more cells than the header"),
        "duplicate_in_file": translate("Tutor", "the same learner is already on line %1").replace(
            "%1", str(getattr(p, "other_line", "") or "")
        ),
        "already_on_roster": translate("Tutor", "this learner is already on the list"),
    }
    what = texts.get(p.reason, p.reason)
    value = f" ({p.value})" if getattr(p, "value", "") else ""
    return translate("Tutor", "Line %1: %2").replace("%1", str(p.line)).replace("%2", what + value)


def file_problem_text(fp) -> str:
    return {
        "unreadable": translate("Tutor", "The file could not be read. Is it still on the USB stick?"),
        "too_big": translate("Tutor", "The file is too big for a list of learners."),
        "empty": translate("Tutor", "The file is empty."),
        "wrong_encoding": translate(
            "Tutor",
            "The file is not saved as UTF-8. In your spreadsheet choose “Save as… CSV UTF-8” and try again.",
        ),
        "missing_columns": translate("Tutor", "The file has no column called: %1").replace("%1", fp.detail),
    }.get(fp.reason, fp.reason)


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
    """Roster import and export, and backups: a button per job and one place for what happened."""

    back_pressed = Signal()
    job = Signal(str)  # import, import-skip, export, backup, restore

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = Text(role="title")
        self.body.addWidget(self.title)
        self.buttons: dict[str, Button] = {}
        self.sections: dict[str, Text] = {}
        for section, jobs in (
            ("reports", ("class-pdf", "class-csv", "summary-json", "summary-csv")),
            ("roster", ("import", "export")),
            ("backups", ("backup", "restore")),
            ("sync", ("sync",)),
        ):
            heading = Text(role="heading")
            self.sections[section] = heading
            self.body.addWidget(heading)
            box = QWidget()
            flow = FlowLayout(box, spacing=12)
            for key in jobs:
                b = Button()
                b.setObjectName(f"tool-{key}")
                b.clicked.connect(lambda _=False, k=key: self.job.emit(k))
                flow.add_widget(b)
                self.buttons[key] = b
            self.body.addWidget(box)
        self.status = Text()
        self.status.setObjectName("tool-status")
        self.body.addWidget(self.status)
        # long work: how far it has got, and a way to stop it (nothing is left half-done)
        self.progress = QProgressBar()
        self.progress.setObjectName("tool-progress")
        self.progress.hide()
        self.body.addWidget(self.progress)
        self.cancel = Button()
        self.cancel.setObjectName("tool-cancel")
        self.cancel.hide()
        self.body.addWidget(self.cancel)
        self.relay = ProgressRelay(self)
        self.relay.moved.connect(self.show_progress, Qt.ConnectionType.QueuedConnection)
        self._token = None
        self.cancel.clicked.connect(self._cancel)
        self.confirm = Button(role="primary")
        self.confirm.setObjectName("tool-confirm")
        self.confirm.hide()
        self.confirm.clicked.connect(lambda: self.job.emit(self._confirm_job))
        self.body.addWidget(self.confirm)
        self.body.addStretch(1)
        self.back = Button()
        self.back.setObjectName("tool-back")
        self.back.clicked.connect(self.back_pressed)
        self.bar_layout.addWidget(self.back)
        self.bar_layout.addStretch(1)
        self.bar.show()
        self._confirm_job = ""
        self.retranslate()

    def start_work(self, text: str):
        """Show that long work began; returns (progress callback for any thread, cancel token)."""
        from trainer.services.jobs import CancelToken

        self._token = CancelToken()
        self.say(text)
        self.progress.setRange(0, 0)  # busy until the first figures arrive
        self.progress.show()
        self.cancel.show()
        return self.relay.report, self._token

    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setAccessibleName(
                translate("Tutor", "%1 of %2 done").replace("%1", str(done)).replace("%2", str(total))
            )

    def end_work(self) -> None:
        self.progress.hide()
        self.cancel.hide()
        self._token = None

    def _cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.say(translate("Tutor", "Stopping… nothing will be left half-done."))

    def say(self, text: str, confirm_job: str = "", confirm_label: str = "") -> None:
        self.status.set_text(text)
        self._confirm_job = confirm_job
        self.confirm.setVisible(bool(confirm_job))
        if confirm_job:
            self.confirm.set_label(confirm_label)

    def retranslate(self) -> None:
        self.title.set_text(translate("Tutor", "Reports, lists and backups"))
        self.sections["reports"].set_text(translate("Tutor", "Reports"))
        self.sections["roster"].set_text(
            translate("Tutor", "The list of learners (CSV, opens in spreadsheets)")
        )
        self.sections["backups"].set_text(translate("Tutor", "Backups"))
        self.sections["sync"].set_text(translate("Tutor", "The centre's other computers"))
        labels = {
            "class-pdf": translate("Tutor", "Class report to print (PDF)"),
            "class-csv": translate("Tutor", "Class report for spreadsheets (CSV)"),
            "summary-json": translate("Tutor", "Anonymous summary for the centre's reporting (JSON)"),
            "summary-csv": translate("Tutor", "Anonymous summary (CSV)"),
            "import": translate("Tutor", "Import learners from a CSV file"),
            "export": translate("Tutor", "Save the list as a CSV file"),
            "backup": translate("Tutor", "Back up now (for example to a USB stick)"),
            "restore": translate("Tutor", "Restore from a backup"),
            "sync": translate("Tutor", "Share records with the other computers…"),
        }
        for key, b in self.buttons.items():
            b.set_label(labels[key])
        self.back.set_label(translate("Tutor", "Back to the dashboard"))
        self.cancel.set_label(translate("Tutor", "Cancel"), translate("Tutor", "Stop this work"))
        self.progress.setAccessibleName(translate("Tutor", "Progress"))

    def on_show(self) -> None:
        self.buttons["class-pdf"].setFocus()


class ProgressRelay(QObject):
    """Carries progress figures from the worker thread to the screen (a queued signal)."""

    moved = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        self.moved.emit(done, total)


def ask_open(parent, title: str, pattern: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), pattern)
    return Path(path) if path else None


def ask_save(parent, title: str, name: str, pattern: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), pattern)
    return Path(path) if path else None


def ask_folder(parent, title: str) -> Path | None:
    path = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
    return Path(path) if path else None


def when_text(moment) -> str:
    return QLocale().toString(moment.astimezone(), QLocale.FormatType.LongFormat)
