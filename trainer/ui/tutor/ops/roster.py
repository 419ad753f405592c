"""The list of learners: adding one by hand, importing a CSV file (every bad line listed, nothing
imported unless asked to leave those lines out) and saving the list as a CSV file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from trainer.ui.operations import Operation
from trainer.ui.screens.base import Screen
from trainer.ui.tutor.ops.base import TutorSubject

translate = QCoreApplication.translate
MAX_LINES_SHOWN = 30


def row_problem_text(p) -> str:
    texts = {
        "missing_name": translate("Tutor", "the name is empty"),
        "name_too_long": translate("Tutor", "the name is longer than 40 letters"),
        "formula": translate("Tutor", "the cell starts like a spreadsheet formula (= + - @)"),
        "bad_characters": translate("Tutor", "the name has invisible control characters"),
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


class RosterOps(TutorSubject):
    def __init__(self, mode) -> None:
        super().__init__(mode)
        self._import_path: Path | None = None

    def screens(self) -> dict[str, Callable[[], Screen]]:
        return {"tutor-add": self._add_screen}

    def _add_screen(self) -> Screen:
        from trainer.ui.tutor.tools import AddLearnerScreen

        s = AddLearnerScreen()
        s.done.connect(self.mode.learners.open_dashboard)
        s.save.connect(self.add_learner)
        return s

    def on_dashboard(self, dashboard) -> None:
        dashboard.add_action("add", lambda: translate("Tutor", "Add a learner")).clicked.connect(
            self.open_add
        )
        dashboard.add_action(
            "roster", lambda: translate("Tutor", "Import or export the list of learners")
        ).clicked.connect(self.mode.open_tools)

    def on_tools(self, tools) -> None:
        tools.add_section(
            "roster", lambda: translate("Tutor", "The list of learners (CSV, opens in spreadsheets)")
        )
        tools.add_button(
            "roster", "import", lambda: translate("Tutor", "Import learners from a CSV file")
        ).clicked.connect(lambda: self.import_file())
        tools.add_button(
            "roster", "export", lambda: translate("Tutor", "Save the list as a CSV file")
        ).clicked.connect(lambda: self.save_list())

    # adding one ---------------------------------------------------------------------------------
    def open_add(self) -> None:
        if self.mode.require() is None:
            return
        self.mode.screen("tutor-add").start()
        self.mode.show("tutor-add")

    def add_learner(self, name: str, language: str, year, gender) -> None:
        if self.mode.require() is None:
            return
        screen = self.mode.screen("tutor-add")
        Operation(screen, self.ctx.roster.add, name, language, birth_year=year, gender=gender).on_success(
            lambda _learner: self.mode.learners.open_dashboard()
        ).on_failure(screen.show_error).changes(self.mode.changed).run()

    # files --------------------------------------------------------------------------------------
    def import_file(self, path: Path | None = None) -> None:
        """``path``: the CSV file (tests give it; a tutor chooses it in a dialog)."""
        from trainer.ui.tutor.dialogs import ask_open

        if self.mode.require() is None:
            return
        tools = self.mode.screen("tutor-tools")
        path = path or ask_open(tools, translate("Tutor", "Choose the CSV file"), "CSV (*.csv)")
        if path is None:
            return
        self._import_path = path
        self._import(path, skip_bad=False)

    def import_good_lines(self) -> None:
        if self._import_path is not None and self.mode.require() is not None:
            self._import(self._import_path, skip_bad=True)

    def _import(self, path: Path, skip_bad: bool) -> None:
        tools = self.mode.screen("tutor-tools")
        tools.say(translate("Tutor", "Reading the file…"))
        Operation(tools, self.ctx.roster.import_csv, path, skip_bad=skip_bad).with_progress(
            tools.work
        ).on_success(self._imported).on_failure(tools.say).changes(
            self.mode.changed, when=lambda report: report.imported > 0
        ).run()

    def _imported(self, report) -> None:
        tools = self.mode.screen("tutor-tools")
        if report.file_problem is not None:
            tools.say(file_problem_text(report.file_problem))
        elif report.imported:
            text = translate("Tutor", "Added %1 learners.").replace("%1", str(report.imported))
            if report.skipped:
                text += " " + translate("Tutor", "Lines left out: %1").replace(
                    "%1", ", ".join(map(str, report.skipped))
                )
            tools.say(text)
        elif report.problems:
            lines = [row_problem_text(p) for p in report.problems[:MAX_LINES_SHOWN]]
            more = len(report.problems) - len(lines)
            if more > 0:
                lines.append(translate("Tutor", "… and %1 more.").replace("%1", str(more)))
            head = translate(
                "Tutor",
                "Nothing was imported. Please fix these lines in the file and import it again, "
                "or import only the good lines:",
            )
            tools.say(
                head + "\n" + "\n".join(lines),
                self.import_good_lines,
                translate("Tutor", "Import only the good lines"),
            )
        else:
            tools.say(translate("Tutor", "The file has no learners in it."))

    def save_list(self, path: Path | None = None) -> None:
        from trainer.ui.tutor.dialogs import ask_save

        if self.mode.require() is None:
            return
        tools = self.mode.screen("tutor-tools")
        path = path or ask_save(tools, translate("Tutor", "Save the list"), "learners.csv", "CSV (*.csv)")
        if path is None:
            return
        tools.say(translate("Tutor", "Saving the list…"))
        Operation(tools, self.ctx.roster.export_csv, path).with_progress(tools.work).on_success(
            lambda n: tools.say(
                translate("Tutor", "Saved %1 learners in %2.").replace("%1", str(n)).replace("%2", str(path))
            )
        ).on_failure(tools.say).run()
