"""This checkout against another one (say, the commit before a redesign), paired, for a "not worse"
claim on a shared machine: each round runs bench/startup.py and bench/lessons.py of each checkout with
this Python, in the order A B, then B A, so that a change of load hits both alike. Prints JSON: each
figure's median per checkout and the ratio this / other (below 1: this one is faster).

    git worktree add ../before <commit>
    python bench/versus.py ../before [--rounds 4]

Each checkout runs its own benchmarks on its own code (they import from the folder they run in).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

STARTUP = {  # figure: where it is in startup.py's output
    "startup_app_s": ("app_sign_in", "start_s"),
    "startup_app_fastest_s": ("app_sign_in", "fastest_s"),
    "startup_time_ratio_to_bare": ("time_ratio",),
    "startup_app_peak_mib": ("app_sign_in", "peak_mib"),
}
LESSONS = (
    "lessons_load_ms",
    "lessons_load_cold_ms",
    "open_lesson_p95_ms",
    "record_answer_p95_ms",
    "check_to_feedback_shown_p95_ms",
)


def run(tree: Path, script: str, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, str(tree / "bench" / script), *args],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=900,
    )
    if out.returncode != 0:
        raise SystemExit(f"{tree / 'bench' / script} failed:\n{out.stdout[-2000:]}{out.stderr[-2000:]}")
    return json.loads(out.stdout[out.stdout.index("{") :])


def figures(tree: Path, startup_runs: int) -> dict[str, float]:
    got: dict[str, float] = {}
    startup = run(tree, "startup.py", "--runs", str(startup_runs))
    for name, path in STARTUP.items():
        value = startup
        for key in path:
            value = value[key]
        got[name] = float(value)
    lessons = run(tree, "lessons.py")
    got.update({name: float(lessons[name]) for name in LESSONS if name in lessons})
    return got


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("other", type=Path, help="the other checkout (a git worktree)")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--startup-runs", type=int, default=5)
    args = parser.parse_args()
    other = args.other.resolve()
    rows: dict[str, list[dict[str, float]]] = {"this": [], "other": []}
    for n in range(args.rounds):
        order = (("this", ROOT), ("other", other)) if n % 2 == 0 else (("other", other), ("this", ROOT))
        for name, tree in order:
            rows[name].append(figures(tree, args.startup_runs))
            print(f"round {n + 1}, {name}: {rows[name][-1]}", file=sys.stderr, flush=True)
    common = [k for k in rows["this"][0] if k in rows["other"][0]]
    result: dict[str, object] = {
        "this": str(ROOT),
        "other": str(other),
        "rounds": args.rounds,
    }
    for key in common:
        mine = statistics.median(r[key] for r in rows["this"])
        theirs = statistics.median(r[key] for r in rows["other"])
        # the paired ratios (round by round), whose median is steadier than a ratio of medians
        pairs = [a[key] / b[key] for a, b in zip(rows["this"], rows["other"], strict=True) if b[key]]
        result[key] = {
            "this": round(mine, 3),
            "other": round(theirs, 3),
            "ratio": round(statistics.median(pairs), 2) if pairs else None,
        }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
