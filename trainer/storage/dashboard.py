"""The tutor dashboard's reads: plain ``sqlite3`` and GROUP BY over the attempt totals.

The dashboard must open in well under a second with thousands of learners and a million attempts,
so nothing here walks attempt rows: ``learner_stats`` (one row per learner, kept by triggers) gives
the totals and the worst step over unmastered lessons, the partial index ``ix_lesson_progress_mastered``
the mastered lessons, and each query runs in one read transaction (a consistent snapshot even while
a lesson on another PC is writing).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import closing, contextmanager
from datetime import UTC, datetime

from trainer.domain.dashboard import (
    LearnerOverview,
    LessonActivity,
    OpenHelp,
    StepActivity,
    help_reasons,
)
from trainer.domain.progress import IDLE_MS
from trainer.domain.tiers import TIERS, TierProgress
from trainer.storage.clock import from_text
from trainer.storage.connection import rollback_quietly
from trainer.storage.db import Database

_OVERVIEW = """
WITH help AS (
    SELECT learner_id, count(*) AS open_help FROM help_request WHERE resolved_at IS NULL {only_and}
    GROUP BY learner_id
)
SELECT l.id, l.name, l.language, l.archived_at, coalesce(l.last_active_at, s.last_at),
    coalesce(s.tries, 0), coalesce(s.time_ms, 0), coalesce(s.open_worst_wrong, 0),
    coalesce(s.open_worst_time_ms, 0), coalesce(help.open_help, 0)
FROM learner AS l
LEFT JOIN learner_stats AS s ON s.learner_id = l.id
LEFT JOIN help ON help.learner_id = l.id
{only_learner}
"""
# the partial index ix_lesson_progress_mastered covers this, in learner order; lesson ids never hold
# a space (domain.lessons.ID_PATTERN), and one string per learner is 3x faster than a row per lesson
_MASTERED = """
SELECT learner_id, group_concat(lesson_id, ' ') FROM lesson_progress
WHERE status = 'mastered' {only_and}
GROUP BY learner_id
"""


_NEVER = datetime.min.replace(tzinfo=UTC)


class DashboardRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    @contextmanager
    def _snapshot(self) -> Iterator[sqlite3.Connection]:
        with closing(self._db.connect()) as conn:
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                rollback_quietly(conn)

    def overview(
        self, lesson_tiers: Mapping[str, str], learner_id: str | None = None
    ) -> list[LearnerOverview]:
        """Every learner (archived ones too, marked), with progress per tier over the installed
        lessons (``lesson_tiers``: lesson id -> tier), time on task and the "may need help" facts.
        With ``learner_id``: that learner's line only (empty when unknown)."""
        totals = {t: sum(1 for x in lesson_tiers.values() if x == t) for t in TIERS}
        position = {t: n for n, t in enumerate(TIERS)}
        tier_of = {lesson: position[t] for lesson, t in lesson_tiers.items() if t in position}
        only = {"only_and": "", "only_learner": ""}
        if learner_id is not None:
            only = {"only_and": "AND learner_id = :learner", "only_learner": "WHERE l.id = :learner"}
        params = {"learner": learner_id}
        with self._snapshot() as conn:
            rows = conn.execute(_OVERVIEW.format(**only), params).fetchall()
            mastered = dict(conn.execute(_MASTERED.format(**only), params).fetchall())
        made: dict[tuple[int, ...], tuple[TierProgress, ...]] = {}  # most learners share a few shapes
        none = (0,) * len(TIERS)
        out = []
        for r in rows:
            counts = none
            if r[0] in mastered:
                tally = [0] * len(TIERS)
                for lesson in mastered[r[0]].split(" "):
                    n = tier_of.get(lesson)
                    if n is not None:
                        tally[n] += 1
                counts = tuple(tally)
            tiers = made.get(counts)
            if tiers is None:
                tiers = made[counts] = tuple(
                    TierProgress(t, counts[n], totals[t]) for n, t in enumerate(TIERS)
                )
            out.append(
                LearnerOverview(
                    learner_id=r[0],
                    name=r[1],
                    language=r[2],
                    archived=r[3] is not None,
                    last_active_at=from_text(r[4]),
                    tries=r[5],
                    time_ms=r[6],
                    worst_step_wrong=r[7],
                    worst_step_time_ms=r[8],
                    open_help=r[9],
                    tiers=tiers,
                    mastered=sum(counts),
                    reasons=help_reasons(r[7], r[8], r[9]),
                )
            )
        return out

    def lessons_of(self, learner_id: str) -> list[LessonActivity]:
        """Each lesson the learner has opened or tried, most recent first."""
        sql = """
        SELECT coalesce(p.lesson_id, s.lesson_id), coalesce(p.status, 'in_progress'), p.score,
            p.mastered_at, coalesce(s.tries, 0), coalesce(s.wrong, 0), coalesce(s.time_ms, 0),
            coalesce(s.worst_step_wrong, 0), coalesce(s.worst_step_time_ms, 0),
            coalesce(s.first_at, p.started_at), coalesce(s.last_at, p.updated_at),
            p.status = 'in_progress' AND p.current_step_id IS NULL AND p.score IS NOT NULL
        FROM lesson_progress AS p
        LEFT JOIN lesson_stats AS s ON s.learner_id = p.learner_id AND s.lesson_id = p.lesson_id
        WHERE p.learner_id = :id
        UNION ALL
        SELECT s.lesson_id, 'in_progress', NULL, NULL, s.tries, s.wrong, s.time_ms, s.worst_step_wrong,
            s.worst_step_time_ms, s.first_at, s.last_at, 0
        FROM lesson_stats AS s
        WHERE s.learner_id = :id AND NOT EXISTS (
            SELECT 1 FROM lesson_progress AS p WHERE p.learner_id = s.learner_id AND p.lesson_id = s.lesson_id
        )
        """
        with self._snapshot() as conn:
            rows = conn.execute(sql, {"id": learner_id}).fetchall()
        out = [
            LessonActivity(
                r[0],
                r[1],
                r[2],
                from_text(r[3]),
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                from_text(r[9]),
                from_text(r[10]),
                bool(r[11]),
            )
            for r in rows
        ]
        return sorted(out, key=lambda a: a.last_at or _NEVER, reverse=True)

    def steps_of(self, learner_id: str, lesson_id: str) -> list[StepActivity]:
        sql = """SELECT step_id, tries, wrong, time_ms, last_at FROM step_stats
                 WHERE learner_id = ? AND lesson_id = ? ORDER BY first_at"""
        with self._snapshot() as conn:
            rows = conn.execute(sql, (learner_id, lesson_id)).fetchall()
        return [StepActivity(r[0], r[1], r[2], r[3], from_text(r[4])) for r in rows]

    def open_help(self, learner_id: str | None = None) -> list[OpenHelp]:
        """Open "Help me" requests, who has waited longest first."""
        sql = """SELECT h.id, h.learner_id, l.name, h.lesson_id, h.step_id, h.created_at
                 FROM help_request AS h JOIN learner AS l ON l.id = h.learner_id
                 WHERE h.resolved_at IS NULL AND (:id IS NULL OR h.learner_id = :id)
                 ORDER BY h.created_at, h.id"""
        with self._snapshot() as conn:
            rows = conn.execute(sql, {"id": learner_id}).fetchall()
        return [OpenHelp(r[0], r[1], r[2], r[3], r[4], from_text(r[5])) for r in rows]

    def activity(self, learner_id: str) -> tuple[list[tuple[datetime, int]], list[datetime]]:
        """The learner's tries as (when, counted time in ms) and when each lesson was mastered:
        what ``domain.dashboard.weekly_points`` turns into the weekly chart."""
        with self._snapshot() as conn:
            tries = conn.execute(
                "SELECT created_at, duration_ms FROM attempt WHERE learner_id = ? ORDER BY created_at",
                (learner_id,),
            ).fetchall()
            mastered = conn.execute(
                "SELECT mastered_at FROM lesson_progress WHERE learner_id = ? AND mastered_at IS NOT NULL",
                (learner_id,),
            ).fetchall()
        counted = [(from_text(at), ms if 0 <= ms <= IDLE_MS else 0) for at, ms in tries]
        return counted, [from_text(m[0]) for m in mastered]
