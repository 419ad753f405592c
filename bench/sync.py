"""Sync benchmark; prints JSON. Run: python bench/sync.py [--pcs 20] [--hub postgresql://...]

A centre of 20 PCs x 100 learners x 30 lessons x 20 attempts (1.2 million attempts, 60,000 lesson
progress rows, 2,000 learners with their settings) synced through a PostgreSQL hub (a throwaway
cluster in a temporary folder unless ``--hub`` names an empty database):

- ``centre_push_s``: the 20 PCs' first syncs, one after the other (each sends its 60,000 attempts;
  sending only, so the figure is the centre's upload, not 20 downloads of the growing centre);
- ``first_full_sync_s`` (figure): a new PC joins and receives the whole centre;
- ``incremental_p95_ms`` (goal < 1000): on that PC, one lesson (20 answers, the resume point, the
  mastery) then ``sync now``, while another PC's lesson waits in the hub to be received; 20 runs;
- ``bundle_bytes_per_1000_attempts``: a USB bundle of one PC's records and of the whole centre;
- ``dashboard_p95_ms`` (goal 200): the tutor dashboard over the whole centre on the new PC.

Generating the PCs writes each one's rows in bulk before it first syncs; takes a few minutes in all.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for extra in (ROOT, ROOT / "tests" / "sync"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from trainer.config import Paths  # noqa: E402
from trainer.domain.learner import LearnerSettings  # noqa: E402
from trainer.services.dashboard import DashboardService  # noqa: E402
from trainer.services.demo import synthetic_lessons  # noqa: E402
from trainer.services.sync.hub import setup_hub, sync_now  # noqa: E402
from trainer.services.sync.usb import export_bundle  # noqa: E402
from trainer.services.tutors import TutorService  # noqa: E402
from trainer.storage import clock  # noqa: E402
from trainer.storage.db import Database  # noqa: E402
from trainer.storage.hub.store import HubStore  # noqa: E402
from trainer.storage.progress import LessonProgressRepository  # noqa: E402
from trainer.storage.repositories import AttemptRepository  # noqa: E402

LEARNERS, LESSONS, TRIES = 100, 30, 20
RUNS = 20
INCREMENTAL_GOAL_MS, DASHBOARD_GOAL_MS = 1000.0, 200.0


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 1)


def open_pc(folder: Path) -> Database:
    folder.mkdir(parents=True, exist_ok=True)
    return Database.open(Paths(folder, folder / "cache"))


def fill(db: Database, lessons, pc: int, rng: random.Random) -> int:
    """One PC's learners, settings, progress and attempts, written in bulk (as a PC that has been in
    use for months, before it joined the hub)."""
    now = clock.utcnow()
    stamp = clock.to_text(now)
    settings = LearnerSettings()._asdict()
    learners, progress, attempts = [], [], []
    for n in range(LEARNERS):
        lid = str(uuid.uuid4())
        learners.append((lid, f"学员 {pc:02d}-{n:03d}", "sun", "#174A86", "zh_CN", stamp, 1940 + n % 40))
        for lesson in lessons:
            progress.append(
                (str(uuid.uuid4()), lid, lesson.id, 1, "mastered", None, 0.9, stamp, stamp, stamp)
            )
            for k in range(TRIES):
                attempts.append(
                    (
                        str(uuid.uuid4()),
                        lid,
                        lesson.id,
                        1,
                        lesson.steps[k % len(lesson.steps)],
                        '{"choice": 1}',
                    )
                    + (int(rng.random() > 0.2), rng.randint(2000, 60000), stamp)
                )
    with closing(db.connect()) as conn:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO learner (id, name, avatar, colour, language, created_at, birth_year)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            learners,
        )
        names = ", ".join(settings)  # every setting column, whatever the schema version adds
        conn.executemany(
            f"INSERT INTO learner_settings (learner_id, {names}, updated_at)"
            f" VALUES (?, {', '.join('?' * len(settings))}, ?)",
            [(x[0], *settings.values(), stamp) for x in learners],
        )
        conn.executemany(
            "INSERT INTO lesson_progress (id, learner_id, lesson_id, lesson_version, status, current_step_id,"
            " score, started_at, updated_at, mastered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            progress,
        )
        conn.executemany(
            "INSERT INTO attempt (id, learner_id, lesson_id, lesson_version, step_id, answer, correct,"
            " duration_ms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            attempts,
        )
        conn.execute("COMMIT")
    return len(attempts)


def one_lesson(db: Database, learner_id: str, lesson_id: str) -> None:
    """What a learner's lesson writes: the start, 20 answers with the resume point, the mastery."""
    progress, attempts = LessonProgressRepository(db), AttemptRepository(db)
    progress.start(learner_id, lesson_id, 2, "step-0")
    for k in range(TRIES):
        attempts.append(learner_id, lesson_id, 2, f"step-{k % 8}", {"choice": k % 3}, k % 4 != 0, 3000)
        progress.move_to(learner_id, lesson_id, f"step-{k % 8}")
    progress.finish(learner_id, lesson_id, 0.85, True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pcs", type=int, default=20)
    parser.add_argument("--hub", help="an empty PostgreSQL database (default: a throwaway cluster)")
    parser.add_argument("--dir", type=Path, help="working folder (default: a temporary one)")
    args = parser.parse_args()
    cluster = None
    if args.hub:
        url = args.hub
    else:
        from pg import Cluster

        cluster = Cluster().init()
        url = cluster.new_hub("bench")
    work = args.dir or Path(tempfile.mkdtemp(prefix="sync-bench-"))
    rng = random.Random(19)
    lessons = synthetic_lessons(LESSONS)
    tiers = {x.id: x.tier for x in lessons}
    out: dict[str, object] = {
        "pcs": args.pcs,
        "learners_per_pc": LEARNERS,
        "lessons": LESSONS,
        "tries": TRIES,
    }
    try:
        total = 0
        push_s = 0.0
        one_pc_bundle = None
        for pc in range(args.pcs):
            folder = work / f"pc-{pc:02d}"
            db = open_pc(folder)
            if pc == 0:
                TutorService(db).set_up("Bench Centre", "Town", "B1", "Tutor Li", "135792")
            total += fill(db, lessons, pc, rng)
            start = time.perf_counter()
            setup_hub(db, folder, url, pc_name=f"pc-{pc:02d}", receive=False)  # each sends what it has
            push_s += time.perf_counter() - start
            if pc == 0:
                bundle = export_bundle(db, folder, work / "one-pc.dbsync")
                one_pc_bundle = bundle.size * 1000 / bundle.attempts
            db.close()
            print(f"pc {pc + 1}/{args.pcs}: {total} attempts in the hub", file=sys.stderr)
        out["attempts"] = total
        out["centre_push_s"] = round(push_s, 1)

        new = work / "new-pc"
        db = open_pc(new)
        start = time.perf_counter()
        report = setup_hub(db, new, url, pc_name="new-pc")
        out["first_full_sync_s"] = round(time.perf_counter() - start, 1)
        out["first_full_sync_records"] = report.received
        with closing(db.connect()) as conn:
            out["attempts_on_new_pc"] = conn.execute("SELECT count(*) FROM attempt").fetchone()[0]
            learner_ids = [r[0] for r in conn.execute("SELECT id FROM learner ORDER BY id")]

        other = HubStore.open(url)
        samples = []
        for run in range(RUNS):
            learner = learner_ids[rng.randrange(len(learner_ids))]
            someone = learner_ids[rng.randrange(len(learner_ids))]
            other.push(_lesson_records(someone, lessons[run % LESSONS].id))  # another PC's lesson waits
            one_lesson(db, learner, lessons[run % LESSONS].id)
            start = time.perf_counter()
            sync_now(db, new)
            samples.append((time.perf_counter() - start) * 1000)
        other.close()
        out["incremental_p50_ms"] = round(statistics.median(samples), 1)
        out["incremental_p95_ms"] = p95(samples)
        out["incremental_goal_ms"] = INCREMENTAL_GOAL_MS

        start = time.perf_counter()
        whole = export_bundle(db, new, work / "centre.dbsync")
        out["bundle_export_centre_s"] = round(time.perf_counter() - start, 1)
        out["bundle_bytes_per_1000_attempts"] = {
            "one_pc": round(one_pc_bundle or 0),
            "whole_centre": round(whole.size * 1000 / whole.attempts),
        }
        out["bundle_centre_mb"] = round(whole.size / 1e6, 1)

        dashboard = DashboardService(db, lesson_tiers=tiers)
        dashboard.overview()
        times = []
        for _ in range(30):
            start = time.perf_counter()
            rows = dashboard.overview()
            dashboard.open_help()
            times.append((time.perf_counter() - start) * 1000)
        out["dashboard_learners"] = len(rows)
        out["dashboard_p95_ms"] = p95(times)
        out["dashboard_goal_ms"] = DASHBOARD_GOAL_MS
        db.close()
    finally:
        if cluster is not None:
            cluster.destroy()
        if args.dir is None:
            import shutil

            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(out, indent=2))
    return 0


def _lesson_records(learner_id: str, lesson_id: str):
    from trainer.domain.sync.merge import Record

    stamp = clock.to_text(clock.utcnow())
    out = []
    for k in range(TRIES):
        aid = str(uuid.uuid4())
        values = {
            "id": aid,
            "learner_id": learner_id,
            "lesson_id": lesson_id,
            "lesson_version": 2,
            "step_id": f"step-{k % 8}",
            "answer": '{"choice": 0}',
            "correct": 1,
            "duration_ms": 2500,
            "created_at": stamp,
        }
        out.append(Record("attempt", aid, values, {}))
    return out


if __name__ == "__main__":
    sys.exit(main())
