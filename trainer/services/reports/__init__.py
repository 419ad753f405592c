"""Reports for tutors: a learner's large-print progress report (PDF, to take home), the class report
(CSV and PDF) and the anonymised participation summary (CSV and JSON, no names).

PDFs are written by ``services.pdf`` (as certificates are) and take a moment: run them off the UI
thread. Every method
writes to a temporary name and renames, so a half-written report never appears.
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path
from typing import Any

from trainer.domain.dashboard import DashboardFilter
from trainer.services.jobs import Progress
from trainer.services.reports import content, files, layout
from trainer.services.reports import texts as T
from trainer.services.reports.texts import Words
from trainer.storage import clock
from trainer.storage.errors import NotFound


class ReportService:
    def __init__(
        self,
        db,
        i18n_dir: Path,
        library=None,
        lesson_tiers: dict[str, str] | None = None,
        tz: tzinfo | None = None,
        now=clock.utcnow,
    ) -> None:
        """``i18n_dir``: where the ``.qm`` files are (``Paths.i18n``); ``library`` (or
        ``lesson_tiers`` in tests): the installed lessons; ``tz``: the centre's time zone."""
        from trainer.services.dashboard import DashboardService
        from trainer.storage.roster import RosterRepository
        from trainer.storage.tutors import TutorRepository

        self.dashboard = DashboardService(db, library, lesson_tiers, tz)
        self._roster = RosterRepository(db)
        self._tutors = TutorRepository(db)
        self._i18n = Path(i18n_dir)
        self._now = now

    def words(self, language: str) -> Words:
        return Words(language, self._i18n)

    def learner_pdf(
        self, learner_id: str, out: Path, language: str | None = None, progress: Progress | None = None
    ) -> Path:
        """The learner's progress report in large print, in ``language`` (default: theirs)."""
        from trainer.services.pdf import write_html

        _step(progress, 0)
        report = content.learner_report(
            self.dashboard, self._tutors.centre(), learner_id, language, self._now()
        )
        if report is None:
            raise NotFound("learner", learner_id)
        w = self.words(report.language)
        _step(progress, 1)
        path, _ = write_html(
            layout.learner_html(report, w, self.dashboard.tz),
            out,
            f"{w(T.PROGRESS_REPORT)}: {report.learner.name}",
            layout.CSS,
            layout.BODY_PT,
        )
        _step(progress, 2)
        return path

    def class_pdf(
        self, out: Path, language: str, where: DashboardFilter | None = None, progress: Progress | None = None
    ) -> Path:
        """Every learner (as filtered on the dashboard) in one table, A4 landscape."""
        from trainer.services.pdf import write_html

        _step(progress, 0)
        report = content.class_report(self.dashboard, self._tutors.centre(), self._now(), where)
        w = self.words(language)
        _step(progress, 1)
        path, _ = write_html(
            layout.class_html(report, w, self.dashboard.tz),
            out,
            w(T.CLASS_REPORT),
            layout.CSS,
            layout.BODY_PT,
            landscape=True,
        )
        _step(progress, 2)
        return path

    def class_csv(self, out: Path, language: str, where: DashboardFilter | None = None) -> Path:
        """The class report as a spreadsheet (headers in ``language``)."""
        report = content.class_report(self.dashboard, self._tutors.centre(), self._now(), where)
        w = self.words(language)
        return files.write_csv(out, layout.class_header(w), layout.class_rows(report, w, self.dashboard.tz))

    def summary(self) -> dict[str, Any]:
        """The anonymised participation summary as JSON-ready data (see ``domain.participation``)."""
        now = self._now()
        rows = self.dashboard.overview(where=DashboardFilter(include_archived=True))
        summary = content.participation(rows, self._roster.list(include_archived=True), now)
        return files.summary_data(summary, self._tutors.centre(), now)

    def summary_json(self, out: Path) -> Path:
        return files.write_summary_json(out, self.summary())

    def summary_csv(self, out: Path) -> Path:
        return files.write_summary_csv(out, self.summary())


def _step(progress: Progress | None, done: int) -> None:
    if progress is not None:
        progress(done, 2)
