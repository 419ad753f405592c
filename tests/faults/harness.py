"""What the fault-injection tests share: building the shim, the fork server, killing a child at a
random moment, and reading a database straight from its file (never through the code under test).

Also used by ``bench/faults.py``, which runs the same kills many more times and prints the figures.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from contextlib import closing
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHIM_SOURCE = HERE / "fault_shim.c"
PYTHON = sys.executable


def kills(default: int) -> int:
    """How many kills a test makes: ``default`` in the suite, more with ``TRAINER_FAULT_KILLS=N``."""
    return int(os.environ.get("TRAINER_FAULT_KILLS", default))


def build_shim(folder: Path) -> Path:
    """Compile fault_shim.c (once per source version) with the C compiler the build needs anyway."""
    source = SHIM_SOURCE.read_bytes()
    out = Path(folder) / f"fault_shim-{hashlib.sha256(source).hexdigest()[:12]}.so"
    if not out.exists():
        compiler = shutil.which("cc") or shutil.which("gcc")
        if compiler is None:
            raise RuntimeError("the fault tests need a C compiler (apt-get install gcc)")
        tmp = out.with_suffix(f".{os.getpid()}.tmp")
        subprocess.run(
            [compiler, "-shared", "-fPIC", "-O2", "-o", str(tmp), str(SHIM_SOURCE), "-ldl"],
            check=True,
            capture_output=True,
        )
        os.replace(tmp, out)
    return out


def shim_env(shim: Path, root: Path, **faults: Path | str) -> dict[str, str]:
    """Environment for a child under the shim: ``full=flag``, ``snap=dir``, ``ro=file``."""
    env = dict(os.environ, LD_PRELOAD=str(shim), FAULT_ROOT=str(Path(root).resolve()))
    for key, value in faults.items():
        env[f"FAULT_{key.upper()}"] = str(Path(value).resolve())
    return env


class Zygote:
    """The fork server (zygote.py) under the shim; ``start`` forks a child running one task."""

    def __init__(self, shim: Path) -> None:
        env = dict(os.environ, LD_PRELOAD=str(shim), PYTHONDONTWRITEBYTECODE="1")
        env.pop("FAULT_ROOT", None)
        self.proc = subprocess.Popen(
            [PYTHON, str(HERE / "zygote.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            text=True,
            cwd=ROOT,
        )

    def start(self, task: str, home: Path, out: Path, env: dict[str, str] | None = None, **extra) -> int:
        request = {"task": task, "home": str(home), "out": str(out), "env": env or {}, **extra}
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())["pid"]

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def done_lines(out: Path) -> list[str]:
    """Lines a task wrote, without a last one cut short by the kill."""
    try:
        text = out.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    lines = text.split("\n")
    return [line for line in lines[:-1] if line]


def run_and_kill(
    zygote: Zygote,
    task: str,
    home: Path,
    out: Path,
    rng: random.Random,
    *,
    after=(0.05, 0.8),
    min_done: int = 1,
    env: dict[str, str] | None = None,
    timeout: float = 60,
    **extra,
) -> list[str]:
    """Start ``task``, wait until it has done ``min_done`` things after "ready", then a random time
    in ``after`` seconds, then SIGKILL it. Returns the lines it wrote (what it did for good)."""
    pid = zygote.start(task, home, out, env, **extra)
    deadline = time.monotonic() + timeout
    while len(done_lines(out)) < 1 + min_done:
        error = Path(str(out) + ".error")
        if error.exists():
            os.kill(pid, signal.SIGKILL)
            raise AssertionError(error.read_text(encoding="utf-8"))
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            raise AssertionError(f"{task} did nothing in {timeout} s: {done_lines(out)}")
        time.sleep(0.01)
    time.sleep(rng.uniform(*after))
    os.killpg(pid, signal.SIGKILL)  # the child and any thread or helper of it, at once
    _wait_gone(pid)
    error = Path(str(out) + ".error")
    if error.exists():
        raise AssertionError(error.read_text(encoding="utf-8"))
    return done_lines(out)[1:]


def _wait_gone(pid: int) -> None:
    for _ in range(500):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.01)
    raise AssertionError(f"process {pid} did not end")


def rows(path: Path, sql: str, *params: object) -> list[tuple]:
    """Read a database file with a fresh connection of its own (not through the code under test)."""
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchall()


def integrity(path: Path) -> str:
    return "; ".join(r[0] for r in rows(path, "PRAGMA integrity_check"))


def make_home(home: Path, learners: int = 1, answers: int = 0) -> Path:
    """A data folder with a database at the current version, ``learners`` learners and ``answers``
    answers by the first, closed (so all of it is in ``trainer.db``)."""
    from trainer.domain.learner import COLOURS
    from trainer.storage.db import Database
    from trainer.storage.repositories import AttemptRepository, LearnerRepository
    from trainer.storage.roster import RosterRepository

    with Database.open_file(home / "trainer.db", home / "backups") as db:
        first = LearnerRepository(db).create("王秀英", "sun", COLOURS[0], "zh_CN")
        if learners > 1:
            from trainer.domain.roster import NewLearner

            RosterRepository(db).add_many(
                [NewLearner(f"学员 {i}", "tree", COLOURS[1], "zh_CN") for i in range(1, learners)]
            )
        AttemptRepository(db).append(first.id, "setup", 1, "s0", {"pad": "字"}, True, 1000)
        if answers:  # many at once, in one transaction (setting up, not under test)
            with closing(db.connect()) as conn:
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany(
                    "INSERT INTO attempt (id, learner_id, lesson_id, lesson_version, step_id, answer, correct,"
                    " duration_ms, created_at) VALUES (?, ?, 'setup', 1, ?, ?, ?, 1000, ?)",
                    [
                        (str(uuid.uuid4()), first.id, f"s{i % 9}", '{"pad": "' + "字" * 500 + '"}', i % 2)
                        + (f"2024-05-01T08:{i // 60 % 60:02d}:{i % 60:02d}.000000+00:00",)
                        for i in range(answers)
                    ],
                )
                conn.execute("COMMIT")
    return home


def copy_home(template: Path, to: Path) -> Path:
    shutil.copytree(template, to)
    return to
