"""Benchmarks for tutor mode; prints JSON. Run: python bench/dashboard.py [--keep DIR]

On a real SQLite file filled by ``trainer demo``'s benchmark shape (2,000 learners x 30 lessons x 20
tries = 1.2 million attempts, plus 60,000 lesson_progress rows):
- dashboard_open_p95_ms (goal 200): what opening the dashboard costs: every learner's line
  (``DashboardService.overview``) and the open help requests, each run on a fresh connection;
- learner_page_p95_ms: one learner's page (every lesson's tries and time, sign-offs, help);
- weekly_series_p95_ms: one learner's chart series;
- import_2000_rows_ms (goal 2000): ``trainer roster import`` of a 2,000-row CSV into that centre
  (reading, checking every row, duplicates against the 2,000 learners there, one transaction).
Setup (writing 1.2M attempts through the totals triggers) takes a minute or two; ``--keep DIR``
keeps the database in DIR and reuses it on the next run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from trainer.config import resolve_paths  # noqa: E402
from trainer.services.dashboard import DashboardService  # noqa: E402
from trainer.services.demo import make_demo, synthetic_lessons  # noqa: E402
from trainer.services.roster import RosterService  # noqa: E402
from trainer.storage.db import Database  # noqa: E402

LEARNERS, LESSONS, TRIES = 2000, 30, 20
RUNS = 30
DASHBOARD_GOAL_MS, IMPORT_GOAL_MS = 200.0, 2000.0


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 1)


def timed(fn: Callable[[], object], runs: int = RUNS) -> list[float]:
    fn()  # warm-up: the first open after start-up pays for the imports
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def setup(home: Path) -> tuple[Database, dict[str, str], float]:
    paths = resolve_paths({"TRAINER_HOME": str(home)})
    db = Database.open(paths)
    lessons = synthetic_lessons(LESSONS)
    tiers = {x.id: x.tier for x in lessons}
    made = 0.0
    if not db.list_tiles():
        start = time.perf_counter()
        make_demo(db, paths, lessons, learners=LEARNERS, tries_per_lesson=TRIES, signing_key=False)
        made = time.perf_counter() - start
    return db, tiers, made


def roster_csv(folder: Path, rows: int = 2000) -> Path:
    path = folder / "roster-2000.csv"
    lines = ["name,language,birth_year,gender"]
    for n in range(rows):
        lines.append(
            f"Bench Learner {n:04d},{'zh_CN' if n % 3 else 'en'},{1940 + n % 30},{('female', 'male')[n % 2]}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def figures(home: Path) -> dict[str, object]:
    db, tiers, made = setup(home)
    dashboard = DashboardService(db, lesson_tiers=tiers)
    rows = dashboard.overview()
    assert len(rows) >= LEARNERS, len(rows)
    someone = rows[len(rows) // 2].learner_id

    def open_dashboard() -> None:
        dashboard.overview()
        dashboard.open_help()

    open_ms = timed(open_dashboard)
    page_ms = timed(lambda: dashboard.learner_page(someone))
    weekly_ms = timed(lambda: dashboard.weekly(someone))
    with tempfile.TemporaryDirectory(prefix="trainer-bench-csv-") as tmp:
        csv_file = roster_csv(Path(tmp))
        with tempfile.TemporaryDirectory(prefix="trainer-bench-db-") as copy_home:
            # into a copy, so that the kept benchmark database stays as it was
            from trainer.storage.backup import make_backup

            copy_paths = resolve_paths({"TRAINER_HOME": copy_home})
            make_backup(db.path, copy_paths.database)
            with Database.open(copy_paths) as copy:
                start = time.perf_counter()
                report = RosterService(copy).import_csv(csv_file)
                import_ms = (time.perf_counter() - start) * 1000
    assert report.ok and report.imported == 2000, report
    with closing(db.connect()) as conn:
        attempts = conn.execute("SELECT count(*) FROM attempt").fetchone()[0]
    db.close()
    return {
        "learners": len(rows),
        "attempts": attempts,
        "setup_s": round(made, 1) if made else "reused",
        "dashboard_open_p50_ms": round(statistics.median(open_ms), 1),
        "dashboard_open_p95_ms": p95(open_ms),
        "dashboard_goal_ms": DASHBOARD_GOAL_MS,
        "learner_page_p95_ms": p95(page_ms),
        "weekly_series_p95_ms": p95(weekly_ms),
        "import_2000_rows_ms": round(import_ms, 1),
        "import_goal_ms": IMPORT_GOAL_MS,
        "runs": RUNS,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep (and reuse) the database in DIR")
    args = parser.parse_args()
    if args.keep:
        result = figures(args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="trainer-bench-") as tmp:
            result = figures(Path(tmp))
    print(json.dumps(result, indent=2))
    ok = (
        result["dashboard_open_p95_ms"] <= DASHBOARD_GOAL_MS
        and result["import_2000_rows_ms"] <= IMPORT_GOAL_MS
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
