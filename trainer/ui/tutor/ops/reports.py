"""Reports: the class report (PDF to print, CSV for spreadsheets), the anonymous participation summary
(JSON, CSV) and one learner's progress report (PDF), each written off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from trainer.ui.operations import Operation
from trainer.ui.tutor.ops.base import TutorSubject

translate = QCoreApplication.translate


class ReportOps(TutorSubject):
    def on_dashboard(self, dashboard) -> None:
        dashboard.add_action("reports", lambda: translate("Tutor", "Reports")).clicked.connect(
            self.mode.open_tools
        )

    def on_tools(self, tools) -> None:
        tools.add_section("reports", lambda: translate("Tutor", "Reports"))
        for key, label, method in (
            ("class-pdf", lambda: translate("Tutor", "Class report to print (PDF)"), self.class_pdf),
            ("class-csv", lambda: translate("Tutor", "Class report for spreadsheets (CSV)"), self.class_csv),
            (
                "summary-json",
                lambda: translate("Tutor", "Anonymous summary for the centre's reporting (JSON)"),
                self.summary_json,
            ),
            ("summary-csv", lambda: translate("Tutor", "Anonymous summary (CSV)"), self.summary_csv),
        ):
            tools.add_button("reports", key, label).clicked.connect(lambda _=False, m=method: m())

    def on_learner_page(self, page) -> None:
        page.add_record_action(
            "report", lambda: translate("Tutor", "Progress report to print (PDF)")
        ).clicked.connect(lambda: self.learner_pdf())

    # the class and the centre -------------------------------------------------------------------
    def class_pdf(self, path: Path | None = None) -> None:
        self._save(path, "class-report.pdf", "PDF (*.pdf)", self.ctx.reports.class_pdf, self.mode.language())

    def class_csv(self, path: Path | None = None) -> None:
        self._save(path, "class-report.csv", "CSV (*.csv)", self.ctx.reports.class_csv, self.mode.language())

    def summary_json(self, path: Path | None = None) -> None:
        self._save(path, "participation-summary.json", "JSON (*.json)", self.ctx.reports.summary_json)

    def summary_csv(self, path: Path | None = None) -> None:
        self._save(path, "participation-summary.csv", "CSV (*.csv)", self.ctx.reports.summary_csv)

    def _save(self, path: Path | None, name: str, pattern: str, write: Callable[..., Path], *args) -> None:
        """``path``: where to save (tests give it; a tutor chooses it in a dialog)."""
        from trainer.ui.tutor.dialogs import ask_save

        if self.mode.require() is None:
            return
        tools = self.mode.screen("tutor-tools")
        path = path or ask_save(tools, translate("Tutor", "Save the report"), name, pattern)
        if path is None:
            return
        tools.say(translate("Tutor", "Making the report…"))
        from trainer.ui.tutor.asking import open_file

        Operation(tools, write, path, *args).on_success(
            lambda _done: tools.say(
                translate("Tutor", "Saved in %1.").replace("%1", str(path)),
                lambda: open_file(path),
                translate("Tutor", "Open it (to look at or print)"),
            )
        ).on_failure(tools.say).run()

    # one learner --------------------------------------------------------------------------------
    def learner_pdf(self, path: Path | None = None) -> None:
        """The learner's progress report in large print, in the language the screens show now."""
        from trainer.ui.tutor.dialogs import ask_save

        if self.mode.require() is None:
            return
        page = self.mode.screen("tutor-learner")
        path = path or ask_save(page, translate("Tutor", "Save the report"), "report.pdf", "PDF (*.pdf)")
        if path is None:
            return
        page.say(translate("Tutor", "Making the report…"))
        Operation(page, self.ctx.reports.learner_pdf, page.learner_id, path, self.mode.language()).on_success(
            lambda _done: page.say(translate("Tutor", "Saved in %1.").replace("%1", str(path)), saved=path)
        ).on_failure(page.say).run()
