"""The fault-injection figures for the README; prints JSON. Run: python bench/faults.py [--kills N]

The same harness as tests/faults (the LD_PRELOAD shim and the fork server), with more kills:
- power cuts while answering (``--kills``, default 50): the app saves answers as fast as it can and is
  killed at a random moment; two disks are opened each time, the files as the kill left them and the
  files as they were at their last fsync (every write not yet synced dropped). Counted: kills, answers
  reported saved, answers lost (must be 0), integrity checks passed (two per kill);
- kills during backups and during restores (``--kills // 2`` each): every backup left under a real name
  is checked in full (integrity and schema) afterwards, and every restore is all or nothing;
- hostile inputs: every hostile case of the fault suite (restores, lesson packs, names and rosters,
  certificate files, simultaneous PIN guesses) is run through pytest; counted as tried and rejected;
- the time of a full ``PRAGMA integrity_check`` of a 50 MB database (median of 3, warm cache), as
  the app runs it after start-up and in ``--self-test``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAULTS = ROOT / "tests" / "faults"
for p in (ROOT, FAULTS):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from harness import Zygote, build_shim, copy_home, make_home, rows, run_and_kill  # noqa: E402

from trainer.storage import backup, verdict  # noqa: E402
from trainer.storage.db import Database  # noqa: E402

HOSTILE_TESTS = [
    "tests/faults/test_restore_checks.py",
    "tests/faults/test_hostile_packs.py",
    "tests/faults/test_hostile_names.py",
    "tests/faults/test_hostile_certificates.py",
    "tests/faults/test_pin_guards.py",
]


def power_cuts(zygote: Zygote, work: Path, kills: int) -> dict:
    template = make_home(work / "template" / "home")
    saved = lost = checks = 0
    for seed in range(kills):
        run = work / f"cut-{seed}"
        home = copy_home(template, run / "home")
        snap = run / "snap"
        shutil.copytree(home, snap)
        env = {"FAULT_ROOT": str(home.resolve()), "FAULT_SNAP": str(snap.resolve())}
        done = run_and_kill(
            zygote, "answers", home, run / "out", random.Random(seed), after=(0.05, 1.5), env=env
        )
        reported = {int(n) for n in done}
        saved += len(reported)
        rebooted = run / "rebooted"
        rebooted.mkdir()
        for name in ("trainer.db", "trainer.db-wal"):
            if (snap / name).exists():
                shutil.copy2(snap / name, rebooted / name)
        for disk in (rebooted, home):
            with Database.open_file(disk / "trainer.db", disk / "backups") as db:
                checks += db.check(full=True).ok
            found = rows(disk / "trainer.db", "SELECT answer FROM attempt WHERE lesson_id = 'fault-drill'")
            lost += len(reported - {json.loads(a)["n"] for (a,) in found})
        shutil.rmtree(run)
    return {
        "kills": kills,
        "answers_saved": saved,
        "answers_lost": lost,
        "integrity_checks_passed": checks,
        "integrity_checks": 2 * kills,
    }


def backup_kills(zygote: Zygote, work: Path, kills: int) -> dict:
    big = make_home(work / "big" / "home", learners=200, answers=3000)
    verified = bad = restore_ok = 0
    for seed in range(kills):
        run = work / f"backup-{seed}"
        home = copy_home(big, run / "home")
        run_and_kill(zygote, "backups", home, run / "out", random.Random(seed), after=(0.0, 0.6))
        for path in sorted((home / "backups").glob("*.sqlite")):
            if verdict.check_file(path, full=True).ok:
                verified += 1
            else:
                bad += 1
        shutil.rmtree(run)
    few = make_home(work / "few" / "home", learners=3)
    for seed in range(kills):
        run = work / f"restore-{seed}"
        home = copy_home(big, run / "home")
        one = backup.make_backup(few / "trainer.db", run / "three.sqlite")
        many = backup.make_backup(home / "trainer.db", run / "two-hundred.sqlite")
        run_and_kill(
            zygote,
            "restores",
            home,
            run / "out",
            random.Random(seed),
            after=(0.0, 0.8),
            sources=[str(one), str(many)],
        )
        with Database.open_file(home / "trainer.db", home / "backups") as db:
            whole = db.check(full=True).ok and len(db.list_tiles()) in (3, 200)
        restore_ok += whole
        for path in sorted((home / "backups").glob("*.sqlite")):
            if verdict.check_file(path, full=True).ok:
                verified += 1
            else:
                bad += 1
        shutil.rmtree(run)
    return {
        "backup_kills": kills,
        "restore_kills": kills,
        "restores_all_or_nothing": restore_ok,
        "backups_verified_after_kills": verified,
        "backups_failing_their_check": bad,
    }


def hostile_inputs() -> dict:
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *HOSTILE_TESTS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    summary = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr[-300:]
    passed = int(m[1]) if (m := re.search(r"(\d+) passed", summary)) else 0
    failed = int(m[1]) if (m := re.search(r"(\d+) failed", summary)) else 0
    return {"hostile_cases_tried": passed + failed, "hostile_cases_rejected": passed, "summary": summary}


def integrity_time(work: Path) -> dict:
    home = make_home(work / "fifty" / "home", learners=100, answers=23_500)
    size = (home / "trainer.db").stat().st_size
    times = []
    with Database.open_file(home / "trainer.db", home / "backups") as db:
        db.check(full=True)  # warm the cache, as after the first screen
        for _ in range(3):
            started = time.perf_counter()
            assert db.check(full=True).ok
            times.append(time.perf_counter() - started)
    return {
        "database_mb": round(size / 1024 / 1024, 1),
        "full_integrity_check_s": round(statistics.median(times), 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--no-hostile", action="store_true", help="skip the pytest run of the hostile cases")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="trainer-faults-") as tmp:
        work = Path(tmp)
        zygote = Zygote(build_shim(work))
        try:
            out = {"power_cuts": power_cuts(zygote, work, args.kills)}
            out["backups_and_restores"] = backup_kills(zygote, work, max(1, args.kills // 2))
        finally:
            zygote.close()
        out["integrity_check_50mb"] = integrity_time(work)
    if not args.no_hostile:
        out["hostile_inputs"] = hostile_inputs()
    print(json.dumps(out, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
