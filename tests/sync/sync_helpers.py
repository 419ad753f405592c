"""Helpers for the sync tests: a PC is a data folder with its own database; its learner-visible state
is read straight from the file (not through the code under test)."""

from __future__ import annotations

import sqlite3
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
    "certificate": "id, learner_id, learner_name, revoked_at",
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
