"""Demo data in bulk (``trainer demo`` and the benchmarks): telling demo rows from real ones, clearing
them, and writing many rows fast with plain ``sqlite3``.

Demo learners, tutors and the demo centre have ids that start with ``DEMO_PREFIX`` (still UUID text),
so "does this folder hold real data?" is one query, and a second ``trainer demo`` replaces the first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from contextlib import closing
from datetime import datetime
from typing import NamedTuple

from trainer.domain.learner import LearnerSettings
from trainer.storage import clock
from trainer.storage.connection import immediate
from trainer.storage.db import Database
from trainer.storage.errors import StorageError

DEMO_PREFIX = "de300000-"
CHUNK = 20_000


def demo_id(kind: int, n: int) -> str:
    """A UUID-shaped id that says "demo": ``de300000-KKKK-4000-8000-NNNNNNNNNNNN``."""
    return f"{DEMO_PREFIX}{kind:04x}-4000-8000-{n:012x}"


class DemoLearner(NamedTuple):
    id: str
    name: str
    avatar: str
    colour: str
    language: str
    created_at: datetime
    last_active_at: datetime | None
    birth_year: int | None
    gender: str | None


class DemoProgress(NamedTuple):
    learner_id: str
    lesson_id: str
    status: str
    current_step_id: str | None
    score: float | None
    started_at: datetime
    updated_at: datetime
    mastered_at: datetime | None


class DemoAttempt(NamedTuple):
    learner_id: str
    lesson_id: str
    step_id: str
    answer_json: str
    correct: bool | None
    duration_ms: int
    created_at: datetime


class DemoHelp(NamedTuple):
    learner_id: str
    lesson_id: str
    step_id: str
    created_at: datetime
    resolved_at: datetime | None
    resolved_by: str | None


class DemoSignOff(NamedTuple):
    learner_id: str
    tier: str | None
    lesson_id: str | None
    tutor_id: str
    tutor_name: str
    note: str | None
    created_at: datetime


class RealDataFound(StorageError):
    """Real learners, tutors or a centre are in the database (perhaps written by another program
    while the demo was being made): the demo wrote nothing in that transaction."""


def has_real_data(db: Database) -> bool:
    """True when the database holds any learner, tutor or centre that the demo did not make."""
    with closing(db.connect()) as conn:
        return _real_data(conn)


def _real_data(conn: sqlite3.Connection) -> bool:
    pattern = DEMO_PREFIX + "%"
    for table in ("learner", "tutor", "centre"):
        if conn.execute(f"SELECT 1 FROM {table} WHERE id NOT LIKE ? LIMIT 1", (pattern,)).fetchone():
            return True
    return False


def clear_demo(db: Database) -> None:
    """Remove an earlier demo (its learners with everything of theirs, tutors, centre, the guard)."""
    pattern = DEMO_PREFIX + "%"
    with closing(db.connect()) as conn, immediate(conn, db.path):
        conn.execute("DELETE FROM learner WHERE id LIKE ?", (pattern,))
        conn.execute("DELETE FROM tutor WHERE id LIKE ?", (pattern,))
        conn.execute("DELETE FROM centre WHERE id LIKE ?", (pattern,))
        if not _real_data(conn):  # the lockout belongs to real tutors once there are any
            conn.execute("DELETE FROM sign_in_guard")


def _t(moment: datetime | None) -> str | None:
    return None if moment is None else clock.to_text(moment)


def write_demo(
    db: Database,
    centre: tuple[str, str, str, str],
    tutor: tuple[str, str, str],
    learners: Sequence[DemoLearner],
    progress: Sequence[DemoProgress],
    attempts: Sequence[DemoAttempt],
    help_requests: Sequence[DemoHelp],
    sign_offs: Sequence[DemoSignOff],
    report: Callable[[int, int], None] | None = None,
) -> None:
    """Write a generated demo. Attempts go in chunks of 20,000, one transaction each (a million rows
    in one transaction would double the file in the write-ahead log); ``report(done, total)``
    counts attempts; raising from it stops after the current chunk.

    Each transaction first checks, under the write lock, that no real learner, tutor or centre has
    appeared (another program importing a roster at the same moment): then it writes nothing and
    raises ``RealDataFound``, and the caller removes what the demo wrote before."""
    now = clock.to_text(clock.utcnow())
    settings = LearnerSettings()
    with closing(db.connect()) as conn:
        conn.execute("PRAGMA cache_size = -131072")  # 128 MB for this connection: fewer page reads
        _transaction(conn, db.path, lambda: _people(conn, now, centre, tutor, learners, progress, settings))
        total = len(attempts)
        for start in range(0, total, CHUNK):
            part = attempts[start : start + CHUNK]
            _transaction(
                conn,
                db.path,
                lambda part=part: conn.executemany(
                    "INSERT INTO attempt (id, learner_id, lesson_id, lesson_version, step_id, answer, correct,"
                    " duration_ms, created_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)",
                    [
                        (clock.new_id(), a.learner_id, a.lesson_id, a.step_id, a.answer_json, a.correct)
                        + (a.duration_ms, _t(a.created_at))
                        for a in part
                    ],
                ),
            )
            if report is not None:
                report(min(start + CHUNK, total), total)
        _transaction(conn, db.path, lambda: _after(conn, help_requests, sign_offs))


def _people(conn, now, centre, tutor, learners, progress, settings) -> None:
    conn.execute(
        "INSERT INTO centre (id, name, place, code, created_at) VALUES (?, ?, ?, ?, ?)", (*centre, now)
    )
    conn.execute("INSERT INTO tutor (id, name, pin_hash, created_at) VALUES (?, ?, ?, ?)", (*tutor, now))
    conn.executemany(
        "INSERT INTO learner (id, name, avatar, colour, language, created_at, last_active_at, birth_year,"
        " gender) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                x.id,
                x.name,
                x.avatar,
                x.colour,
                x.language,
                _t(x.created_at),
                _t(x.last_active_at),
                x.birth_year,
                x.gender,
            )
            for x in learners
        ],
    )
    conn.executemany(
        "INSERT INTO learner_settings (learner_id, text_size, high_contrast, speech_on, speech_rate,"
        " double_click_ms, reduced_motion, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (x.id, settings.text_size, settings.high_contrast, settings.speech_on, settings.speech_rate)
            + (settings.double_click_ms, settings.reduced_motion, now)
            for x in learners
        ],
    )
    conn.executemany(
        "INSERT INTO lesson_progress (id, learner_id, lesson_id, lesson_version, status, current_step_id,"
        " score, started_at, updated_at, mastered_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
        [
            (clock.new_id(), p.learner_id, p.lesson_id, p.status, p.current_step_id, p.score)
            + (_t(p.started_at), _t(p.updated_at), _t(p.mastered_at))
            for p in progress
        ],
    )


def _after(conn, help_requests, sign_offs) -> None:
    conn.executemany(
        "INSERT INTO help_request (id, learner_id, lesson_id, step_id, created_at, resolved_at, resolved_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                clock.new_id(),
                h.learner_id,
                h.lesson_id,
                h.step_id,
                _t(h.created_at),
                _t(h.resolved_at),
                h.resolved_by,
            )
            for h in help_requests
        ],
    )
    conn.executemany(
        "INSERT INTO sign_off (id, learner_id, tier, lesson_id, tutor_id, tutor_name, note, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                clock.new_id(),
                s.learner_id,
                s.tier,
                s.lesson_id,
                s.tutor_id,
                s.tutor_name,
                s.note,
                _t(s.created_at),
            )
            for s in sign_offs
        ],
    )


def _transaction(conn: sqlite3.Connection, path, work: Callable[[], object]) -> None:
    with immediate(conn, path):
        if _real_data(conn):
            raise RealDataFound()
        work()
