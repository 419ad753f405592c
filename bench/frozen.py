"""Start-up of the installer bundle beside the same app run from source: process start until the sign-in
screen is painted and the event loop has turned once (offscreen), with 50 learners in the database.

    python build_installer.py            # once: dist/DigitalBridge
    python bench/frozen.py [--runs 7] [--bundle dist/DigitalBridge]

Prints JSON. Goal (issue 9): bundle time <= 1.3x source time. The source side is bench/startup.py's
"app" child; the bundle side runs the real executable with TRAINER_BENCH_READY=1, which makes the same
probe (installer/rthook_bench.py) print when the sign-in screen has been painted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from startup import APP, measure, seed  # noqa: E402 - bench/startup.py

GOAL = 1.3


def measure_bundle(executable: Path, home: Path) -> dict:
    env = {
        **os.environ,
        "TRAINER_HOME": str(home),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "TRAINER_BENCH_READY": "1",
    }
    started = time.time()
    out = subprocess.run([str(executable)], env=env, capture_output=True, text=True, timeout=120)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("{")), None)
    if line is None:
        raise SystemExit(f"bundle failed:\n{out.stdout}\n{out.stderr}")
    data = json.loads(line)
    return {"seconds": data["ready"] - started, "peak_mib": data["peak_kib"] / 1024}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--learners", type=int, default=50)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "DigitalBridge")
    args = parser.parse_args()
    executable = args.bundle / ("trainer.exe" if sys.platform == "win32" else "trainer")
    if not executable.is_file():
        raise SystemExit(f"{executable} not found: run python build_installer.py first")
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        seed(home, args.learners)
        measure(APP, home)  # warm the file cache (and .pyc files) once, for both
        measure_bundle(executable, home)
        source, bundle = [], []
        for _ in range(args.runs):  # interleaved, so load on the machine hits both alike
            source.append(measure(APP, home))
            bundle.append(measure_bundle(executable, home))
    med = lambda rows, key: statistics.median(r[key] for r in rows)  # noqa: E731
    result = {
        "learners": args.learners,
        "runs": args.runs,
        "source": {
            "start_s": round(med(source, "seconds"), 3),
            "peak_mib": round(med(source, "peak_mib"), 1),
        },
        "bundle": {
            "start_s": round(med(bundle, "seconds"), 3),
            "peak_mib": round(med(bundle, "peak_mib"), 1),
        },
    }
    result["time_ratio"] = round(result["bundle"]["start_s"] / result["source"]["start_s"], 2)
    result["memory_ratio"] = round(result["bundle"]["peak_mib"] / result["source"]["peak_mib"], 2)
    result["goal"] = {"time_ratio_max": GOAL}
    result["meets_goal"] = result["time_ratio"] <= GOAL
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
