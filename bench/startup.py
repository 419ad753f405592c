"""Start-up benchmark: process start until the sign-in screen is painted and accepts input, and peak
memory, beside a bare PySide6 window measured the same way in the same run. 50 learners in the database.

    python bench/startup.py [--runs 7]

Prints JSON. Goal (issue 2): app time <= 1.5x bare, app memory <= 1.6x bare.
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

# Both children create the QApplication the same way and stop at the same moment: the first paint of
# the window they show, followed by one turn of the event loop (input would be handled now).
# The paint is seen by an event filter on that one widget, not on the whole application: a filter on
# the application runs Python for every event of every widget (about 3,000 before the app's first
# paint, 28 for the bare label), which would charge the app some 30 ms of the measuring itself.
COMMON = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

def peak_kib():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0

class Ready(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self.finish)
        return False
    def finish(self):
        print(json.dumps({"ready": time.time(), "peak_kib": peak_kib()}), flush=True)
        QApplication.instance().quit()

app = QApplication(sys.argv[:1])
ready = Ready()
"""

BARE = (
    COMMON
    + r"""
from PySide6.QtWidgets import QLabel
w = QLabel("Hello"); w.installEventFilter(ready); w.resize(1366, 768); w.show()
app.exec()
"""
)

# the filter goes on the sign-in screen as soon as it exists (wrapping its constructor changes nothing
# else); the screen is painted once the window shows it
APP = (
    COMMON
    + r"""
import trainer.ui.pyside_imports  # what run_gui does first: the probe's import below comes before it
from trainer.ui.screens import signin
_init = signin.SignInScreen.__init__
def _watched(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    self.installEventFilter(ready)
signin.SignInScreen.__init__ = _watched
from trainer.app import run_gui
run_gui()
"""
)


def seed(home: Path, learners: int) -> None:
    env = {**os.environ, "TRAINER_HOME": str(home)}
    code = (
        "from trainer.config import resolve_paths\n"
        "from trainer.storage.db import Database\n"
        "from trainer.services.learners import LearnerService\n"
        "from trainer.domain.learner import AVATARS\n"
        "db = Database.open(resolve_paths()); s = LearnerService(db)\n"
        f"for i in range({learners}): s.create(f'Learner {{i + 1}}', AVATARS[i % len(AVATARS)], 'zh_CN')\n"
        "db.close()\n"
    )
    subprocess.run([sys.executable, "-c", code], env=env, check=True)


def measure(code: str, home: Path) -> dict:
    env = {
        **os.environ,
        "TRAINER_HOME": str(home),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    # an installed app (pip, the bundle) has its modules compiled; the warm-up run writes them here
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("{")), None)
    if line is None:
        raise SystemExit(f"child failed:\n{out.stdout}\n{out.stderr}")
    data = json.loads(line)
    return {"seconds": data["ready"] - started, "peak_mib": data["peak_kib"] / 1024}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--learners", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        seed(home, args.learners)
        measure(APP, home)  # warm the file cache and .pyc files once, for both
        measure(BARE, home)
        bare, app = [], []
        for _ in range(args.runs):  # interleaved, so load on the machine hits both alike
            bare.append(measure(BARE, home))
            app.append(measure(APP, home))
    med = lambda rows, key: statistics.median(r[key] for r in rows)  # noqa: E731
    fastest = lambda rows: min(r["seconds"] for r in rows)  # noqa: E731
    result = {
        "learners": args.learners,
        "runs": args.runs,
        "bare_window": {
            "start_s": round(med(bare, "seconds"), 3),
            "fastest_s": round(fastest(bare), 3),
            "peak_mib": round(med(bare, "peak_mib"), 1),
        },
        "app_sign_in": {
            "start_s": round(med(app, "seconds"), 3),
            "fastest_s": round(fastest(app), 3),
            "peak_mib": round(med(app, "peak_mib"), 1),
        },
    }
    # Each app run follows its own bare run, so both see the machine in the same state: the median of
    # these paired ratios is steadier on a shared machine than a ratio of two medians.
    pairs = [a["seconds"] / b["seconds"] for a, b in zip(app, bare, strict=True)]
    result["time_ratio"] = round(statistics.median(pairs), 2)
    result["time_ratio_of_medians"] = round(med(app, "seconds") / med(bare, "seconds"), 2)
    result["time_ratio_of_fastest"] = round(fastest(app) / fastest(bare), 2)
    result["memory_ratio"] = round(result["app_sign_in"]["peak_mib"] / result["bare_window"]["peak_mib"], 2)
    result["goal"] = {"time_ratio_max": 1.5, "memory_ratio_max": 1.6}
    result["meets_goal"] = result["time_ratio"] <= 1.5 and result["memory_ratio"] <= 1.6
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
