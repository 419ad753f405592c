"""Benchmarks for lesson packs; prints JSON. Run: python bench/lessons.py

On a generated pack of 200 lessons (goal: 150 ms), medians of several runs after one warm-up:
- lessons_load_ms: what starting the app costs (load_cached: fingerprint the files, read the cache);
- lessons_load_cold_ms: parsing and checking every file (load_packs), paid once after packs change.
- open_lesson_p95_ms: from pressing a lesson's button to its first step painted (goal 50 ms);
- record_answer_p95_ms: what recording a try costs the screen (it is handed to the background writer,
  which appends it to the attempt log; goal 10 ms); check_to_feedback_shown_p95_ms: pressing "Check"
  until the feedback is on screen; writer_drain_after_run_ms: the writer's queue emptied at the end.
Both drive the real window offscreen on a real SQLite file in a temporary data folder, after one
unmeasured opening and with the app's post-start settling done (see ``trainer.app.settle_after_start``).
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
    (root / "pack.toml").write_text(_without_paths((sample / "pack.toml").read_text("utf-8")), "utf-8")
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


def _without_paths(manifest: str) -> str:
    """The sample's manifest without its suggested paths: they name the real lessons, which the
    generated pack does not hold (the loader would refuse the pack)."""
    kept, in_paths = [], False
    for line in manifest.splitlines():
        if line.startswith("["):
            in_paths = line.startswith(("[[paths]]", "[paths."))
        if not in_paths:
            kept.append(line)
    return "\n".join(kept) + "\n"


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


def gui_figures(samples: int = 40) -> dict[str, object]:
    """Open-a-lesson and record-an-answer times through the real player (offscreen)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="trainer-bench-gui-") as tmp:
        os.environ["TRAINER_HOME"] = str(Path(tmp) / "home")
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QApplication

        from trainer.app import AppContext, create_window, settle_after_start
        from trainer.config import resolve_paths
        from trainer.services.qt_guard import make_none_immortal
        from trainer.services.speech.speaker import RecordingSpeaker

        make_none_immortal()
        app = QApplication.instance() or QApplication([])
        ctx = AppContext(resolve_paths())
        ctx.speaker = RecordingSpeaker()
        window = create_window(ctx)
        window.resize(1366, 768)
        window.show()
        learner = ctx.learners.create("Bench", "sun", "en")
        window.sign_in(learner.id)
        lesson = next(x for x in ctx.progress.library.catalogue.lessons if x.quizzes)
        quiz_index = next(i for i, st in enumerate(lesson.steps) if st.kind == "quiz")
        settle_after_start()  # as the app does once its warm-up (ORM, lessons) is done

        class Painted(QObject):
            seen = False

            def eventFilter(self, obj, event):  # noqa: N802
                if event.type() == QEvent.Type.Paint and type(obj).__name__.endswith("View"):
                    self.seen = True
                return False

        painted = Painted()
        app.installEventFilter(painted)
        # one unmeasured opening first, as for the load figures: the first one imports the step
        # views, and the writer's first save sets up the ORM on its thread (the app does both during
        # its warm-up, before a learner can reach a lesson)
        window.open_lesson(lesson.id, restart=True)
        app.processEvents()
        ctx.progress.writer.flush()
        open_ms, record_ms, feedback_ms = [], [], []
        for _ in range(samples):
            window.open_tier(lesson.tier)
            app.processEvents()
            ctx.progress.writer.flush()  # the last try is saved long before a person opens a lesson
            painted.seen = False
            start = time.perf_counter()
            window.open_lesson(lesson.id, restart=True)
            while not painted.seen:
                app.processEvents()
            open_ms.append((time.perf_counter() - start) * 1000)
            # what the event loop then does and processEvents() never does: delete the screens given up
            # (without it every earlier opening stayed alive and each one was slower than the last)
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            player = window.screen("player")
            player.session.go_to(quiz_index)
            player.show_step()
            view = player.view
            next(iter(view.choice_buttons.values()), view.check).click() if view.choice_buttons else None
            start = time.perf_counter()
            view.check_answer()
            feedback_ms.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            player.session.record({"answer": "bench"}, True, 1.0)
            record_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        ctx.progress.writer.flush()
        flush_ms = (time.perf_counter() - start) * 1000
        app.removeEventFilter(painted)
        window.close()
    return {
        "open_lesson_p95_ms": round(_p95(open_ms), 1),
        "open_lesson_goal_ms": 50.0,
        "record_answer_p95_ms": round(_p95(record_ms), 1),
        "record_answer_goal_ms": 10.0,
        "check_to_feedback_shown_p95_ms": round(_p95(feedback_ms), 1),
        "writer_drain_after_run_ms": round(flush_ms, 1),
        "samples": samples,
    }


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


if __name__ == "__main__":
    print(json.dumps({**figures(), **gui_figures()}, indent=2))
