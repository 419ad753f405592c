"""Receiving many attempts at once (a new PC's first sync of a centre: a million of them) with the
attempt totals brought up to date set-based instead of row by row.

The ``attempt_stats`` trigger (migration v2, frozen) keeps ``step_stats``, ``lesson_stats`` and
``learner_stats`` with three upserts per attempt: most of a first full sync's time. For a large batch,
inside the caller's transaction:

1. the trigger is dropped (SQLite's DDL is transactional: an error or a cut before COMMIT brings it
   back together with everything else, so no other connection ever sees the table without it);
2. the rows are inserted as before (``INSERT OR IGNORE``, in order; rows already here are left
   alone). The new ones are those above the highest rowid before: a rowid table without AUTOINCREMENT
   gives each new row the highest rowid plus one;
3. the new rows are added to the totals once per step, lesson and learner they touch, with the
   trigger's own formulas (the pause rule from ``domain.progress.IDLE_MS``);
4. the trigger is created again from its frozen SQL.

The sync capture trigger on ``attempt`` is set aside the same way: while other PCs' records are
applied (``applying`` = 1) its WHEN is false for every row, yet testing it costs as much as the insert.

Why the result is the trigger's, exactly: the trigger adds each try's 1, its wrong (``correct IS 0``)
and its counted time, keeps the earliest and latest ``created_at``, and raises a lesson's worst step
to the step's totals just after the try. A step's wrong tries and time only grow (a try adds 0 or
more), so the highest value its tries leave is the step's final one; likewise a lesson's worst. The
open worst of a learner takes 0 for a mastered lesson (``domain.progress.MASTERED``), and no lesson's
status changes while attempts are inserted. Sums are exact because durations are integers (anything else takes the row-by-row way).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from trainer.domain.progress import IDLE_MS, MASTERED
from trainer.storage.sync import capture
from trainer.storage.tutor_tables import STATS_TRIGGERS

TABLE = "attempt"
TRIGGER = "attempt_stats"
BULK_MIN = 500  # fewer rows go row by row through the trigger (an ordinary sync: a lesson or two)

# the new rows, by rowid range (NOT INDEXED: else the planner may walk a whole index of the table to
# group by it, a million rows for each page)
_NEW = "FROM attempt NOT INDEXED WHERE rowid > :since"
_TIME = "sum(CASE WHEN duration_ms BETWEEN 0 AND :idle THEN duration_ms ELSE 0 END)"
_SUMS = (
    f"count(*) AS tries, sum(correct IS 0) AS wrong, {_TIME} AS time_ms,"
    " min(created_at) AS first_at, max(created_at) AS last_at"
)
_ADD = (
    "tries = tries + excluded.tries, wrong = wrong + excluded.wrong, time_ms = time_ms + excluded.time_ms,"
    " first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at)"
)

STEP_TOTALS = f"""
INSERT INTO step_stats (learner_id, lesson_id, step_id, tries, wrong, time_ms, first_at, last_at)
SELECT learner_id, lesson_id, step_id, {_SUMS}
{_NEW} GROUP BY learner_id, lesson_id, step_id
ON CONFLICT (learner_id, lesson_id, step_id) DO UPDATE SET {_ADD}"""

LESSON_TOTALS = f"""
INSERT INTO lesson_stats (learner_id, lesson_id, tries, wrong, time_ms, worst_step_wrong,
    worst_step_time_ms, first_at, last_at)
SELECT n.learner_id, n.lesson_id, n.tries, n.wrong, n.time_ms, w.worst_wrong, w.worst_ms, n.first_at,
    n.last_at
FROM (SELECT learner_id, lesson_id, {_SUMS} {_NEW}
      GROUP BY learner_id, lesson_id) AS n
JOIN (SELECT s.learner_id, s.lesson_id, max(s.wrong) AS worst_wrong, max(s.time_ms) AS worst_ms
      FROM (SELECT DISTINCT learner_id, lesson_id, step_id {_NEW}) AS t
      JOIN step_stats AS s
        ON s.learner_id = t.learner_id AND s.lesson_id = t.lesson_id AND s.step_id = t.step_id
      GROUP BY s.learner_id, s.lesson_id) AS w
  ON w.learner_id = n.learner_id AND w.lesson_id = n.lesson_id
WHERE true
ON CONFLICT (learner_id, lesson_id) DO UPDATE SET {_ADD},
    worst_step_wrong = max(worst_step_wrong, excluded.worst_step_wrong),
    worst_step_time_ms = max(worst_step_time_ms, excluded.worst_step_time_ms)"""

LEARNER_TOTALS = f"""
INSERT INTO learner_stats (learner_id, tries, wrong, time_ms, open_worst_wrong, open_worst_time_ms,
    first_at, last_at)
SELECT n.learner_id, n.tries, n.wrong, n.time_ms, w.open_wrong, w.open_ms, n.first_at, n.last_at
FROM (SELECT learner_id, {_SUMS} {_NEW} GROUP BY learner_id) AS n
JOIN (SELECT s.learner_id,
          max(CASE WHEN p.status IS :mastered THEN 0 ELSE s.worst_step_wrong END) AS open_wrong,
          max(CASE WHEN p.status IS :mastered THEN 0 ELSE s.worst_step_time_ms END) AS open_ms
      FROM (SELECT DISTINCT learner_id, lesson_id {_NEW}) AS t
      JOIN lesson_stats AS s ON s.learner_id = t.learner_id AND s.lesson_id = t.lesson_id
      LEFT JOIN lesson_progress AS p ON p.learner_id = s.learner_id AND p.lesson_id = s.lesson_id
      GROUP BY s.learner_id) AS w
  ON w.learner_id = n.learner_id
WHERE true
ON CONFLICT (learner_id) DO UPDATE SET {_ADD},
    open_worst_wrong = max(open_worst_wrong, excluded.open_worst_wrong),
    open_worst_time_ms = max(open_worst_time_ms, excluded.open_worst_time_ms)"""


def insert(conn: sqlite3.Connection, cols: Sequence[str], rows: Sequence[tuple]) -> int | None:
    """Insert attempt ``rows`` (values in ``cols`` order) inside the caller's transaction, which is
    applying other PCs' records (``sync_state.applying`` = 1), and add the new ones to the totals;
    returns how many were new. ``None``: nothing done, the caller inserts them row by row (a small
    batch, a duration that is not an integer, or a trigger that is not the one these formulas follow)."""
    if len(rows) < BULK_MIN or not conn.in_transaction:
        return None
    duration = cols.index("duration_ms")
    if any(type(row[duration]) is not int for row in rows):
        return None
    aside = _triggers_to_set_aside(conn)
    if aside is None:
        return None
    since = conn.execute("SELECT coalesce(max(rowid), 0) FROM attempt").fetchone()[0]
    for name in aside:
        conn.execute(f"DROP TRIGGER {name}")
    marks = ", ".join("?" * len(cols))
    added = conn.executemany(f"INSERT OR IGNORE INTO attempt ({', '.join(cols)}) VALUES ({marks})", rows)
    added = max(added.rowcount, 0)
    found_new = conn.execute(f"SELECT count(*) {_NEW}", {"since": since}).fetchone()[0]
    if found_new != added:  # only if rowids ran out (2**63): never leave totals that are not the log's
        raise RuntimeError(f"attempt rowids not above {since}: {found_new} rows for {added} inserted")
    if added:
        conn.execute(STEP_TOTALS, {"since": since, "idle": IDLE_MS})
        conn.execute(LESSON_TOTALS, {"since": since, "idle": IDLE_MS})
        conn.execute(LEARNER_TOTALS, {"since": since, "idle": IDLE_MS, "mastered": MASTERED})
    for sql in aside.values():
        conn.execute(sql)
    return added


def _triggers_to_set_aside(conn: sqlite3.Connection) -> dict[str, str] | None:
    """The insert triggers on ``attempt`` to drop during the insert, with their SQL as stored (to make
    them again as they were): the totals trigger, exactly as frozen (``None`` otherwise: these formulas
    are its own); and the capture trigger, exactly as ``capture`` makes it, which does nothing while
    ``applying`` is 1 (it costs half the remaining time all the same). Any other trigger stays."""
    triggers = dict(
        conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (TABLE,))
    )
    if triggers.get(TRIGGER) != STATS_TRIGGERS[TRIGGER]:
        return None
    aside = {TRIGGER: triggers[TRIGGER]}
    quiet = capture.PREFIX + TABLE + "_ai"
    applying = conn.execute("SELECT applying FROM sync_state WHERE id = 1").fetchone()
    if (
        quiet in triggers
        and applying == (1,)
        and " ".join(triggers[quiet].split()) == capture.generated(conn).get(quiet)
        and f"WHEN {capture.QUIET}" in triggers[quiet]
    ):
        aside[quiet] = triggers[quiet]
    return aside
