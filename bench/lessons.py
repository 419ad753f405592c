"""Benchmarks for lesson packs; prints JSON. Run: python bench/lessons.py

On a generated pack of 200 lessons (goal: 150 ms), medians of several runs after one warm-up:
- lessons_load_ms: what starting the app costs (load_cached: fingerprint the files, read the cache);
- lessons_load_cold_ms: parsing and checking every file (load_packs), paid once after packs change.
Other figures (first screen, lesson screen) are added by the GUI work.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from trainer.content.loader import load_cached, load_packs  # noqa: E402

LESSONS = 200
GOAL_MS = 150.0
RUNS = 7
TIERS = ("basic", "intermediate", "advanced")


def make_pack(root: Path, count: int = LESSONS) -> Path:
    """A pack of ``count`` lessons shaped like the sample: 3 reads, 4 quizzes, a recap, zh_CN and en."""
    sample = ROOT / "lessons"
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(sample / "pack.toml", root / "pack.toml")
    for n in range(count):
        lid = f"lesson-{n:03d}"
        src = sample / ("mouse-basics" if n % 2 else "search-online")
        dst = root / lid
        shutil.copytree(src, dst)
        text = (dst / "lesson.toml").read_text(encoding="utf-8")
        text = text.replace(f'id = "{src.name}"', f'id = "{lid}"', 1)
        text = text.replace('tier = "basic"', f'tier = "{TIERS[n % 3]}"').replace(
            'tier = "intermediate"', f'tier = "{TIERS[n % 3]}"'
        )
        prereq = f'prerequisites = ["lesson-{n - 1:03d}"]' if n else "prerequisites = []"
        lines = [prereq if line.startswith("prerequisites") else line for line in text.splitlines()]
        (dst / "lesson.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def figures() -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="trainer-bench-") as tmp:
        pack = make_pack(Path(tmp) / "pack")
        first = load_packs([pack])
        if first.problems or len(first.lessons) != LESSONS:
            raise SystemExit(f"the generated pack did not load: {first.problems[:3]}")
        cold = _times(lambda: load_packs([pack]))
        cache_dir = Path(tmp) / "cache"
        warm_result = load_cached([pack], cache_dir)  # fills the cache
        warm = _times(lambda: load_cached([pack], cache_dir))
        if len(warm_result.lessons) != LESSONS:
            raise SystemExit("the cached load lost lessons")
    return {
        "lessons": LESSONS,
        "lessons_load_ms": round(statistics.median(warm), 1),
        "lessons_load_cold_ms": round(statistics.median(cold), 1),
        "lessons_load_goal_ms": GOAL_MS,
    }


def _times(run: Callable[[], object]) -> list[float]:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return times


if __name__ == "__main__":
    print(json.dumps(figures(), indent=2))
