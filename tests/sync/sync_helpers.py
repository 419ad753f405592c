"""Helpers for the sync tests: a PC is a data folder with its own database; its learner-visible state
is read straight from the file (not through the code under test)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from trainer.config import Paths
from trainer.storage.db import Database

VISIBLE = {
    "learner": "id, name, avatar, colour, language, pin_hash, archived_at IS NOT NULL, birth_year, gender",
    "learner_settings": "learner_id, text_size, high_contrast, speech_on, speech_rate, double_click_ms, reduced_motion",
    "lesson_progress": "learner_id, lesson_id, status, current_step_id, score, mastered_at, lesson_version",
    "attempt": "id, learner_id, lesson_id, step_id, answer, correct, duration_ms, created_at",
    "help_request": "id, learner_id, lesson_id, step_id, resolved_at, resolved_by",
    "tutor": "id, name, pin_hash, archived_at",
    "centre": "id, name, place, code",
    "sign_off": "id, learner_id, tier, lesson_id, tutor_id, withdrawn_at",
    "certificate": "id, learner_id, learner_name, status_list, status_index",
    "certificate_revocation": "id, certificate_id, revoked_at, reason",
    "observation": "id, learner_id, lesson_id, item_id, tutor_id, withdrawn_at",
    "learner_stats": "learner_id, tries, wrong, time_ms, first_at, last_at",
    "lesson_stats": "learner_id, lesson_id, tries, wrong, time_ms",
}


def paths_for(folder: Path) -> Paths:
    return Paths(data=folder, cache=folder / "cache")


def open_pc(folder: Path) -> Database:
    folder.mkdir(parents=True, exist_ok=True)
    paths = paths_for(folder)
    return Database.open(paths)


def visible_state(db_path: Path) -> dict[str, list[tuple]]:
    """What learners and tutors see on this PC: every shared table, sorted, plus the totals."""
    out = {}
    with closing(sqlite3.connect(db_path)) as conn:
        for table, cols in VISIBLE.items():
            out[table] = sorted(conn.execute(f"SELECT {cols} FROM {table}").fetchall(), key=repr)
    return out


def recomputed_totals(db_path: Path) -> list[tuple]:
    """learner_stats as the attempts say it should be (no attempt counted twice, none missing)."""
    with closing(sqlite3.connect(db_path)) as conn:
        return sorted(
            conn.execute(
                "SELECT learner_id, count(*), sum(correct IS 0),"
                " sum(CASE WHEN duration_ms BETWEEN 0 AND 300000 THEN duration_ms ELSE 0 END),"
                " min(created_at), max(created_at) FROM attempt GROUP BY learner_id"
            ).fetchall()
        )


def totals(db_path: Path) -> list[tuple]:
    with closing(sqlite3.connect(db_path)) as conn:
        return sorted(
            conn.execute("SELECT learner_id, tries, wrong, time_ms, first_at, last_at FROM learner_stats")
        )


def everything(store) -> list:
    """Every record this PC holds (what a bundle carries)."""
    out = []
    with store.snapshot() as reader:
        for rule in reader.rules():
            for batch in reader.all_records(rule):
                out += batch
    return out


# --- PCs in their own processes ---------------------------------------------------------------------

WORKER = Path(__file__).resolve().parent / "pc_worker.py"
FAKETIME = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"


class Worker:
    """A PC in its own process (``pc_worker.py``), optionally with its clock shifted (libfaketime)."""

    def __init__(self, skew: str | None = None, page: int | None = None) -> None:
        self.waiting = 0  # answers sent for but not read yet
        env = dict(os.environ)
        if page:
            env["TRAINER_SYNC_PAGE"] = str(page)
        if skew:
            env |= {"LD_PRELOAD": FAKETIME, "FAKETIME": skew, "FAKETIME_DONT_FAKE_MONOTONIC": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            bufsize=1,
        )

    def send(self, op: str, **kw) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"op": op, **kw}) + "\n")
        self.proc.stdin.flush()
        self.waiting += 1

    def answer(self):
        assert self.proc.stdout is not None
        self.waiting -= 1
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"worker ended (exit {self.proc.wait()})")
        reply = json.loads(line)
        if not reply["ok"]:
            raise RuntimeError(reply["error"] + "\n" + reply["trace"])
        return reply["result"]

    def call(self, op: str, **kw):
        self.send(op, **kw)
        return self.answer()

    def kill(self) -> None:
        self.proc.kill()  # SIGKILL: no clean-up of any kind
        self.proc.wait()

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.send("quit")
                self.proc.wait(timeout=20)
            except (OSError, subprocess.TimeoutExpired):
                self.kill()


class Spares:
    """PCs started (and warmed up) ahead of need: replacing a killed PC then costs no start-up."""

    def __init__(self, **kw) -> None:
        self.kw = kw
        self.made: list[Worker] = []
        self._spare: Worker | None = None

    def get(self) -> Worker:
        worker = self._spare or self._start()
        self._spare = self._start()
        while worker.waiting:
            worker.answer()  # the warm-up it was given
        return worker

    def _start(self) -> Worker:
        worker = Worker(**self.kw)
        worker.send("warm")
        self.made.append(worker)
        return worker

    def close(self) -> None:
        for worker in self.made:
            worker.close()


def faketime_available() -> bool:
    return Path(FAKETIME).exists()
