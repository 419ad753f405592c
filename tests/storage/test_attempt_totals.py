"""The attempt totals (``step_stats``, ``lesson_stats``) always equal what the attempt log says,
whether they were backfilled by the v2 migration or kept by the trigger; erasure takes them along."""

from __future__ import annotations

import random
import shutil
from collections import defaultdict
from contextlib import closing
from datetime import UTC, datetime, timedelta

from storage_helpers import FIXTURES, rows

from trainer.domain.learner import COLOURS
from trainer.domain.progress import IDLE_MS
from trainer.storage import clock
from trainer.storage.db import Database
from trainer.storage.progress import LessonProgressRepository
from trainer.storage.repositories import AttemptRepository, LearnerRepository

T0 = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def expected_totals(path) -> tuple[dict, dict]:
    """Totals computed in Python from the attempt log, with the domain's time-on-task rule."""
    steps: dict[tuple, list] = defaultdict(lambda: [0, 0, 0, None, None])
    for learner, lesson, step, correct, ms, at in rows(
        path, "SELECT learner_id, lesson_id, step_id, correct, duration_ms, created_at FROM attempt"
    ):
        s = steps[(learner, lesson, step)]
        s[0] += 1
        s[1] += int(correct == 0)
        s[2] += ms if 0 <= ms <= IDLE_MS else 0
        s[3] = at if s[3] is None else min(s[3], at)
        s[4] = at if s[4] is None else max(s[4], at)
    lessons: dict[tuple, list] = {}
    for (learner, lesson, _), (tries, wrong, ms, first, last) in steps.items():
        total = lessons.setdefault((learner, lesson), [0, 0, 0, 0, 0, first, last])
        total[0] += tries
        total[1] += wrong
        total[2] += ms
        total[3] = max(total[3], wrong)
        total[4] = max(total[4], ms)
        total[5], total[6] = min(total[5], first), max(total[6], last)
    return (
        {k: tuple(v) for k, v in steps.items()},
        {k: tuple(v) for k, v in lessons.items()},
    )


def expected_learner_totals(path) -> dict:
    """Per learner: tries, wrong, time, and the worst step over lessons not mastered, from the log."""
    _, lessons = expected_totals(path)
    mastered = set(rows(path, "SELECT learner_id, lesson_id FROM lesson_progress WHERE status = 'mastered'"))
    out: dict[str, list] = {}
    for (learner, lesson), (tries, wrong, ms, worst_wrong, worst_ms, first, last) in lessons.items():
        t = out.setdefault(learner, [0, 0, 0, 0, 0, first, last])
        t[0] += tries
        t[1] += wrong
        t[2] += ms
        if (learner, lesson) not in mastered:
            t[3] = max(t[3], worst_wrong)
            t[4] = max(t[4], worst_ms)
        t[5], t[6] = min(t[5], first), max(t[6], last)
    return {(k,): tuple(v) for k, v in out.items()}


def stored_learner_totals(path) -> dict:
    return {r[:1]: r[1:] for r in rows(path, "SELECT * FROM learner_stats")}


def stored_totals(path) -> tuple[dict, dict]:
    steps = rows(path, "SELECT * FROM step_stats")
    lessons = rows(path, "SELECT * FROM lesson_stats")
    return {r[:3]: r[3:] for r in steps}, {r[:2]: r[2:] for r in lessons}


def test_v1_upgrade_backfills_totals_from_the_old_attempts(tmp_path):
    db_path = tmp_path / "trainer.db"
    shutil.copyfile(FIXTURES / "v1.sqlite", db_path)
    with Database.open_file(db_path, tmp_path / "backups") as db:
        assert db.upgrade.from_version == 1
    steps, lessons = stored_totals(db_path)
    assert steps and (steps, lessons) == expected_totals(db_path)
    assert stored_learner_totals(db_path) == expected_learner_totals(db_path)
    # spot check by hand: Wang's mouse-basics had 3 tries, one wrong, 11000 ms
    wang = rows(db_path, "SELECT id FROM learner WHERE name = '王秀英'")[0][0]
    assert lessons[(wang, "mouse-basics")][:3] == (3, 1, 11000)


def test_trigger_keeps_totals_equal_to_the_log(db):
    learners, attempts = LearnerRepository(db), AttemptRepository(db)
    people = [learners.create(f"L{i}", "sun", COLOURS[0], "en").id for i in range(3)]
    rng = random.Random(7)
    for n in range(300):
        attempts.append(
            rng.choice(people),
            rng.choice(["mouse", "keys"]),
            1,
            rng.choice(["a", "b", "c"]),
            {"n": n},
            rng.choice([True, False, None]),
            rng.choice([1000, 250_000, IDLE_MS, IDLE_MS + 1, 900_000]),
            T0 + timedelta(seconds=rng.randrange(100_000)),  # out of order on purpose
        )
    steps, lessons = stored_totals(db.path)
    assert len(steps) > 10 and (steps, lessons) == expected_totals(db.path)
    assert stored_learner_totals(db.path) == expected_learner_totals(db.path)


def test_mastering_a_lesson_takes_its_struggles_out_of_the_open_worst(db):
    learners, attempts, progress = LearnerRepository(db), AttemptRepository(db), LessonProgressRepository(db)
    ann = learners.create("Ann", "sun", COLOURS[0], "en").id
    progress.start(ann, "mouse", 1, "a", T0)
    for n in range(6):
        attempts.append(ann, "mouse", 1, "a", n, False, 1000, T0 + timedelta(seconds=n))
    attempts.append(ann, "keys", 1, "b", 0, False, 400_000, T0)  # no progress row: counts as open
    attempts.append(ann, "keys", 1, "b", 0, False, 200_000, T0)
    assert stored_learner_totals(db.path)[(ann,)][3:5] == (6, 200_000)
    progress.finish(ann, "mouse", 1.0, True, T0 + timedelta(minutes=1))
    assert stored_learner_totals(db.path)[(ann,)][3:5] == (2, 200_000)
    attempts.append(ann, "mouse", 1, "a", 7, False, 1000, T0 + timedelta(minutes=2))  # practising again
    assert stored_learner_totals(db.path)[(ann,)][3:5] == (2, 200_000)
    with closing(db.connect()) as conn:  # a mastered row arriving whole (e.g. merged from elsewhere)
        conn.execute(
            "INSERT INTO lesson_progress (id, learner_id, lesson_id, lesson_version, status, started_at,"
            " updated_at, mastered_at) VALUES ('p2', ?, 'keys', 1, 'mastered', ?, ?, ?)",
            (ann, *[clock.to_text(T0)] * 3),
        )
    assert stored_learner_totals(db.path)[(ann,)][3:5] == (0, 0)
    assert stored_learner_totals(db.path) == expected_learner_totals(db.path)


def test_erasing_a_learner_erases_their_totals_only(db):
    learners, attempts = LearnerRepository(db), AttemptRepository(db)
    ann = learners.create("Ann", "sun", COLOURS[0], "en").id
    bob = learners.create("Bob", "sun", COLOURS[0], "en").id
    for who in (ann, bob):
        attempts.append(who, "mouse", 1, "a", 1, False, 1000, T0)
    assert learners.delete(ann)
    with closing(db.connect()) as conn:
        left = conn.execute(
            "SELECT DISTINCT learner_id FROM step_stats UNION SELECT learner_id FROM lesson_stats"
        )
        assert [r[0] for r in left] == [bob]


def test_the_pause_rule_in_the_database_is_the_domains(db):
    """ "Pauses over five minutes do not count" is written once for Python (``domain.progress.IDLE_MS``)
    and once in SQL (the v2 migration's trigger, which the table classes take as it is): changing the
    one without a migration that changes the other fails here."""
    from trainer.domain.progress import time_on_task_ms
    from trainer.storage.tutor_tables import STATS_TRIGGERS

    learner = LearnerRepository(db).create("L", "sun", COLOURS[0], "en").id
    attempts = AttemptRepository(db)
    durations = (0, 1, IDLE_MS - 1, IDLE_MS, IDLE_MS + 1, 10 * IDLE_MS)
    for n, ms in enumerate(durations):
        attempts.append(learner, "mouse", 1, "a", {"n": n}, True, ms, T0 + timedelta(seconds=n))
    (stored,) = rows(db.path, "SELECT time_ms FROM step_stats")

    class Try:
        def __init__(self, ms: int) -> None:
            self.duration_ms = ms

    assert stored[0] == time_on_task_ms(Try(ms) for ms in durations) == 2 * IDLE_MS
    assert f"BETWEEN 0 AND {IDLE_MS} " in STATS_TRIGGERS["attempt_stats"]  # the same number, in SQL
