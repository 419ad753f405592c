"""The roster for tutors: add, edit, archive and erase learners; CSV import and export; one
learner's data as a JSON file (offered before erasing, and for the data-safety standard).

Erasing is final: the screen asks for confirmation and offers ``export_learner_data`` first.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import replace
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from trainer.domain.learner import AVATARS, LANGUAGES
from trainer.domain.roster import NewLearner, RosterEntry, RosterLearner, find_duplicates
from trainer.services.jobs import CancelToken, Progress, reporter
from trainer.services.learners import colour_for
from trainer.services.roster_csv import ImportReport, read_file, write_roster
from trainer.storage import clock

log = logging.getLogger(__name__)
EXPORT_FORMAT = "digital-bridge-learner-data/1"


def local_zone() -> tzinfo:
    """The PC's time zone (the centre's), for times shown to tutors."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


class RosterService:
    def __init__(self, db) -> None:
        from trainer.storage.repositories import LearnerRepository
        from trainer.storage.roster import RosterRepository

        self._db = db
        self._repo = RosterRepository(db)
        self._learners = LearnerRepository(db)

    def learners(self, include_archived: bool = True) -> list[RosterLearner]:
        """Everyone on the roster, by name."""
        return self._repo.list(include_archived)

    def get(self, learner_id: str) -> RosterLearner | None:
        return self._repo.get(learner_id)

    def add(
        self,
        name: str,
        language: str = "zh_CN",
        avatar: str | None = None,
        birth_year: int | None = None,
        gender: str | None = None,
    ) -> RosterLearner:
        """A new learner (``InvalidValue`` from storage for a bad name, language, year or gender)."""
        avatar = avatar or AVATARS[len(self._repo.list()) % len(AVATARS)]
        new = NewLearner(name, avatar, colour_for(avatar), language, birth_year, gender)
        (learner_id,) = self._repo.add_many([new])
        found = self._repo.get(learner_id)
        assert found is not None
        return found

    def edit(self, learner_id: str, **changes: Any) -> RosterLearner:
        """Change any of name, language, avatar, birth_year, gender (None clears year and gender).
        The tile colour follows the avatar, as on the learner's own screens."""
        if changes.get("avatar"):
            changes["colour"] = colour_for(changes["avatar"])
        return self._repo.update(learner_id, **changes)

    def archive(self, learner_id: str, archived: bool = True) -> None:
        """Hide from the sign-in screen (or bring back); nothing is deleted."""
        self._repo.set_archived(learner_id, archived)

    def export_learner_data(self, learner_id: str, dest: Path) -> Path:
        """Everything stored about the learner as one JSON file (UTF-8, readable by people).
        ``dest`` may be a folder (a file name is made) or a file path."""
        data = self._repo.export_learner(learner_id)
        dest = Path(dest)
        if dest.is_dir():
            name = "".join(c for c in data["learner"]["name"] if c.isalnum()) or "learner"
            dest = dest / f"{name}-{clock.stamp(clock.utcnow())}.json"
        doc = {"format": EXPORT_FORMAT, "exported_at": clock.to_text(clock.utcnow()), **data}
        _write_atomic(dest, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return dest

    def erase(self, learner_id: str) -> bool:
        """Erase the learner and all their data (after the screen's confirmation). Certificates
        already issued keep the printed name but lose the link. False when already gone."""
        gone = self._learners.delete(learner_id)
        if gone:
            log.info("learner %s erased by a tutor", learner_id)
            # a tutor's word that fewer learners is right: automatic backups holding the erased
            # learner rotate away as usual (storage.aside; they are not kept as "more learners")
            from trainer.storage import aside

            aside.accept_fewer_learners(self._db.backups_dir)
        return gone

    # CSV ----------------------------------------------------------------------------------------
    def check_csv(self, path: Path, encoding: str | None = None) -> ImportReport:
        """What ``import_csv`` would do, without writing anything (the preview screen)."""
        report, _ = self._read(path, encoding)
        return report

    def import_csv(
        self,
        path: Path,
        *,
        skip_bad: bool = False,
        encoding: str | None = None,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportReport:
        """Add the learners of a roster CSV, all in one transaction.

        With any bad row (listed by line, with the reason) nothing is imported, unless ``skip_bad``
        (the tutor chose to leave those lines out). A file that cannot be read (``file_problem``)
        imports nothing either way. Cancelling (``cancel``) rolls back and raises ``Cancelled``.
        """
        report, entries = self._read(path, encoding)
        if report.file_problem is not None or (report.problems and not skip_bad):
            return report
        bad = set(report.bad_lines)
        keep = [e for e in entries if e.line not in bad]
        start = len(self._repo.list())
        new = [_new_learner(e, start + n) for n, e in enumerate(keep)]
        ids = self._repo.add_many(new, progress=reporter(progress, cancel))
        log.info("roster import: %d learners added, %d lines skipped", len(ids), len(bad))
        return replace(report, imported=len(ids), skipped=tuple(sorted(bad)), learner_ids=tuple(ids))

    def export_csv(
        self,
        path: Path,
        include_archived: bool = True,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> int:
        """Write the roster as CSV (see ``domain.roster`` for the columns); returns the row count."""
        return write_roster(path, self._repo.list(include_archived), local_zone(), progress, cancel)

    def _read(self, path: Path, encoding: str | None) -> tuple[ImportReport, list[RosterEntry]]:
        parsed = read_file(path, encoding, clock.utcnow().year)
        report = ImportReport(
            parsed.encoding,
            parsed.rows,
            parsed.problems,
            parsed.file_problem,
            ignored_columns=parsed.ignored_columns,
        )
        if parsed.file_problem is not None:
            return report, []
        duplicates = find_duplicates(list(parsed.entries), self._repo.name_years())
        problems = sorted((*parsed.problems, *duplicates), key=lambda p: (p.line, p.column))
        return replace(report, problems=tuple(problems)), list(parsed.entries)


def _new_learner(entry: RosterEntry, n: int) -> NewLearner:
    avatar = entry.avatar or AVATARS[n % len(AVATARS)]
    language = entry.language if entry.language in LANGUAGES else "zh_CN"
    return NewLearner(
        entry.name, avatar, colour_for(avatar), language, entry.birth_year, entry.gender, entry.archived
    )


def _write_atomic(dest: Path, text: str) -> None:
    partial = dest.with_name(dest.name + ".partial")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, dest)
    finally:
        partial.unlink(missing_ok=True)
