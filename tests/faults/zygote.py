"""A fork server for the kill tests: imports the trainer's code once, then forks one child per request,
so a few dozen kills cost a few dozen forks rather than a few dozen interpreter starts.

Run as ``python zygote.py`` (under ``LD_PRELOAD=fault_shim.so`` when faults are wanted). Each line on
stdin is a JSON request ``{"task": ..., "home": ..., "out": ..., "env": {...}}``; the server answers
``{"pid": N}`` at once and the child runs the task with ``env`` set (the shim reads it at each call).
Tasks run the app's real code and append one line to ``out`` after each thing that is done for good
(an answer committed, a backup renamed into place, a restore finished): what the test may expect to
find after the kill. The test kills the child with SIGKILL at a random moment.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

# everything the tasks need, imported before the first fork
from trainer.domain.lessons import Lesson, LessonText, ReadStep  # noqa: E402
from trainer.services.backups import BackupService  # noqa: E402
from trainer.services.lessons import LessonLibrary, ProgressService  # noqa: E402
from trainer.storage.db import Database  # noqa: E402
from trainer.storage.progress import LessonProgressRepository  # noqa: E402, F401
from trainer.storage.repositories import AttemptRepository, LearnerRepository  # noqa: E402, F401

DRILL = Lesson(
    id="fault-drill",
    version=1,
    tier="basic",
    order=1,
    minutes=5,
    competences=("1.1",),
    prerequisites=(),
    mastery=0.8,
    title=LessonText.of({"en": "Drill"}),
    objectives=(),
    steps=tuple(ReadStep(f"step-{i}", LessonText.of({"en": f"Step {i}"})) for i in range(5)),
    languages=("en",),
    folder=ROOT,
)
PADDING = "答" * 700  # about 2 KB of text per answer: the WAL fills and checkpoints within a run


def _done(out, text: str) -> None:
    out.write(text + "\n")
    out.flush()


def answers(spec: dict, out) -> None:
    """A learner answering as fast as the app lets them: every answer is saved by the app's writer
    thread (LessonSession.record) and reported once the writer says it is committed."""
    home = Path(spec["home"])
    db = Database.open_file(home / "trainer.db", home / "backups")
    learner = LearnerRepository(db).list_tiles()[0]
    progress = ProgressService(db, LessonLibrary(None, roots=[]))
    session = progress.session(learner, DRILL)
    session.start()
    _done(out, "ready")
    n = 0
    while True:
        n += 1
        session.go_to(n % len(DRILL.steps))
        session.record({"n": n, "pad": PADDING}, n % 3 != 0)
        progress.writer.flush()
        if progress.writer.pending:
            raise SystemExit("an answer was not saved")
        _done(out, str(n))


def backups(spec: dict, out) -> None:
    """Backups, one after the other, of a database that another connection keeps writing to."""
    home = Path(spec["home"])
    service = BackupService(home / "trainer.db", home / "backups")
    _done(out, "ready")
    n = 0
    while True:
        n += 1
        made = service.backup_now() if n % 2 else service.auto_backup("exit")
        _done(out, made.name)


def restores(spec: dict, out) -> None:
    """Restores of two backups in turn (different numbers of learners) over the live database."""
    home = Path(spec["home"])
    service = BackupService(home / "trainer.db", home / "backups")
    sources = [Path(p) for p in spec["sources"]]
    _done(out, "ready")
    n = 0
    while True:
        source = sources[n % len(sources)]
        service.restore(source)
        n += 1
        _done(out, source.name)


TASKS = {"answers": answers, "backups": backups, "restores": restores}


def _child(spec: dict) -> None:
    os.setpgid(0, 0)
    for key, value in spec.get("env", {}).items():
        os.environ[key] = value
    with open(spec["out"], "a", encoding="utf-8") as out:
        try:
            TASKS[spec["task"]](spec, out)
        except BaseException:  # noqa: BLE001 - the test reads it
            Path(spec["out"] + ".error").write_text(traceback.format_exc(), encoding="utf-8")
    os._exit(0)


def main() -> None:
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
    for line in sys.stdin:
        spec = json.loads(line)
        pid = os.fork()
        if pid == 0:
            sys.stdin.close()
            _child(spec)
        print(json.dumps({"pid": pid}), flush=True)


if __name__ == "__main__":
    main()
