"""One PC in its own process, driven by the multi-process sync tests: reads one JSON command per line
on stdin, runs it with the app's real services on its own data folder, answers one JSON line.

    {"op": "open", "folder": "/tmp/.../pc-1", "name": "pc-1"}   -> {"ok": true}
    {"op": "create", "name": "Ann", "year": 1952}                -> {"ok": true, "result": "<learner id>"}
    {"op": "sync"}  /  {"op": "export", "out": F}  /  {"op": "import", "file": F, "code": C}
    ...

Started with ``python pc_worker.py``; the tests may run it under libfaketime (a PC whose clock is
wrong) and kill it with SIGKILL in the middle of a command.
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from trainer.config import Paths  # noqa: E402
from trainer.storage.db import Database  # noqa: E402

PIN = "135792"


class PC:
    def __init__(self) -> None:
        self.db = None
        self.folder: Path | None = None
        self.name = ""

    def open(self, folder: str, name: str, centre: str | None = None, url: str | None = None):
        if self.db is not None:
            self.db.close()
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.db = Database.open(Paths(self.folder, self.folder / "cache"))
        from trainer.storage.progress import LessonProgressRepository
        from trainer.storage.repositories import AttemptRepository, LearnerRepository
        from trainer.storage.roster import RosterRepository
        from trainer.storage.sync.store import SyncStore

        self.learners = LearnerRepository(self.db)
        self.roster = RosterRepository(self.db)
        self.attempts = AttemptRepository(self.db)
        self.progress = LessonProgressRepository(self.db)
        self.store = SyncStore(self.db)
        if centre:
            from trainer.services.tutors import TutorService

            service = TutorService(self.db)
            if not service.is_set_up():
                service.set_up(centre, "Town", "C1", "Tutor Li", PIN)
        if url:
            from trainer.services.sync.hub import setup_hub

            setup_hub(self.db, self.folder, url, pc_name=name)
        return None

    # --- learners ----------------------------------------------------------------------------------
    def create(self, name: str, year: int | None = None):
        learner = self.learners.create(name, "sun", "#174A86", "zh_CN")
        if year:
            self.roster.update(learner.id, birth_year=year)
        return learner.id

    def rename(self, learner: str, name: str):
        self.learners.rename(learner, name)

    def language(self, learner: str, language: str):
        self.learners.update(learner, language=language)

    def settings(self, learner: str, text_size: int, speech_rate: str):
        current = self.learners.settings(learner)
        self.learners.save_settings(learner, current._replace(text_size=text_size, speech_rate=speech_rate))

    def archive(self, learner: str):
        self.roster.set_archived(learner, True)

    def learn(self, learner: str, lesson: str, tries: int, correct: bool, finish: bool):
        self.progress.start(learner, lesson, 1, "s1")
        for i in range(tries):
            self.attempts.append(learner, lesson, 1, f"s{i % 4}", {"choice": i}, correct, 700 + 100 * i)
            self.progress.move_to(learner, lesson, f"s{i % 4}")
        if finish:
            self.progress.finish(learner, lesson, 0.9 if correct else 0.4, correct)

    def many(self, learners: int, tries: int):
        """Bulk data for the kill tests: learners with ``tries`` answers each."""
        ids = []
        for n in range(learners):
            learner = self.learners.create(f"Learner {n}", "sun", "#174A86", "zh_CN")
            ids.append(learner.id)
        from contextlib import closing

        from trainer.storage import clock

        now = clock.to_text(clock.utcnow())
        with closing(self.db.connect()) as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(
                "INSERT INTO attempt (id, learner_id, lesson_id, lesson_version, step_id, answer, correct,"
                " duration_ms, created_at) VALUES (?, ?, 'mouse-basics', 1, ?, '{}', 1, 800, ?)",
                [(clock.new_id(), lid, f"s{i % 5}", now) for lid in ids for i in range(tries)],
            )
            conn.execute("COMMIT")
        return len(ids) * tries

    def ask_help(self, learner: str, lesson: str):
        from trainer.storage.repositories import HelpRequestRepository

        HelpRequestRepository(self.db).add(learner, lesson, "s1")

    def resolve_help(self, by: str):
        from trainer.storage.repositories import HelpRequestRepository

        repo = HelpRequestRepository(self.db)
        waiting = repo.list_open()
        if waiting:
            repo.resolve(waiting[0].id, by)

    def erase(self, learner: str):
        return self.learners.delete(learner)

    def merge(self, keep: str, other: str):
        from trainer.storage.errors import NotFound

        try:
            return self.store.merge_learners(keep, other)
        except NotFound:
            return None

    def duplicates(self):
        return [[a.id, b.id] for a, b in self.store.likely_duplicates()]

    def learners_here(self):
        return [t.id for t in self.roster.list()]

    # --- sync -----------------------------------------------------------------------------------
    def sync(self):
        from trainer.services.sync.hub import HubProblem, sync_now

        try:
            report = sync_now(self.db, self.folder)
        except HubProblem as error:
            return {"problem": error.reason}
        return {"sent": report.sent, "received": report.received, "pending": report.pending}

    def export(self, out: str):
        from trainer.services.sync.usb import export_bundle

        return str(export_bundle(self.db, self.folder, Path(out)).path)

    def import_(self, file: str, code: str | None = None):
        from trainer.services.sync.usb import import_bundle

        return import_bundle(self.db, self.folder, Path(file), code=code).total

    def code(self):
        from trainer.services.sync import settings

        return settings.load(self.folder).code

    def warm(self):
        """Import what the commands need before the first one (a spare waiting to replace a killed PC)."""
        import psycopg  # noqa: F401

        import trainer.services.sync.hub  # noqa: F401
        import trainer.services.sync.usb  # noqa: F401
        import trainer.services.tutors  # noqa: F401
        import trainer.storage.repositories  # noqa: F401

    def now(self):
        import time

        return time.time()


def main() -> None:
    pc = PC()
    for line in sys.stdin:
        command = json.loads(line)
        op = command.pop("op")
        try:
            if op == "quit":
                break
            result = getattr(pc, "import_" if op == "import" else op)(**command)
            answer = {"ok": True, "result": result}
        except Exception as error:  # noqa: BLE001 - reported to the test, which fails with it
            answer = {
                "ok": False,
                "error": f"{type(error).__name__}: {error}",
                "trace": traceback.format_exc(),
            }
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()
    if pc.db is not None:
        pc.db.close()


if __name__ == "__main__":
    main()
