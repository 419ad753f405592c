"""A large page of attempts (a new PC's first sync) is applied with the attempt totals worked out
set-based (``storage.sync.bulk_attempts``): the totals must be exactly those the ``attempt_stats``
trigger leaves when the same attempts go in one by one, and a failure must leave nothing half-done."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta

import pytest
from sync_helpers import everything, open_pc

from trainer.domain.learner import COLOURS
from trainer.domain.progress import IDLE_MS
from trainer.domain.sync.merge import Record
from trainer.storage import clock
from trainer.storage.progress import LessonProgressRepository
from trainer.storage.repositories import AttemptRepository, LearnerRepository
from trainer.storage.sync import bulk_attempts, registry
from trainer.storage.sync.store import SyncStore
from trainer.storage.tutor_tables import STATS_TRIGGERS

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
TOTALS = {
    "step_stats": "learner_id, lesson_id, step_id",
    "lesson_stats": "learner_id, lesson_id",
    "learner_stats": "learner_id",
}
DURATIONS = (0, 1, 2500, 250_000, IDLE_MS - 1, IDLE_MS, IDLE_MS + 1, 10 * IDLE_MS, -1, -IDLE_MS)
SMALL = 50  # the reference PC receives pages this small: every attempt goes through the trigger


class PC:
    def __init__(self, folder) -> None:
        self.db = open_pc(folder)
        self.store = SyncStore(self.db)
        self.store.enable(folder.name)

    def receive(self, records: list[Record], page: int) -> None:
        for n in range(0, len(records), page):
            self.store.apply(records[n : n + page])

    def totals(self) -> dict[str, list[tuple]]:
        with closing(sqlite3.connect(self.db.path)) as conn:
            return {t: conn.execute(f"SELECT * FROM {t} ORDER BY {k}").fetchall() for t, k in TOTALS.items()}

    def all(self, sql: str, *args) -> list[tuple]:
        with closing(sqlite3.connect(self.db.path)) as conn:
            return conn.execute(sql, args).fetchall()

    def one(self, sql: str, *args):
        with closing(sqlite3.connect(self.db.path)) as conn:
            return conn.execute(sql, args).fetchone()


@pytest.fixture
def bulk_calls(monkeypatch):
    """What each call of the real ``bulk_attempts.insert`` returned (None: it left the page to the
    trigger), so a test knows which way its pages went."""
    calls: list[int | None] = []
    real = bulk_attempts.insert

    def watched(conn, cols, rows):
        calls.append(real(conn, cols, rows))
        return calls[-1]

    monkeypatch.setattr(bulk_attempts, "insert", watched)
    return calls


@pytest.fixture
def centre(tmp_path):
    """Learners made on a source PC (one with lessons mastered, one with a lesson under way), and two
    new PCs that receive them: one takes big pages, the other small ones."""
    source = PC(tmp_path / "source")
    learners, progress = LearnerRepository(source.db), LessonProgressRepository(source.db)
    ids = [learners.create(name, "sun", COLOURS[0], "en").id for name in ("Ann", "Bo", "Cy", "Dee")]
    ann, bo = ids[0], ids[1]
    for lesson in ("mouse", "keys"):
        progress.start(ann, lesson, 1, "a", T0)
    progress.finish(ann, "mouse", 1.0, True, T0)  # mastered: its struggles are not "open"
    progress.start(bo, "keys", 1, "a", T0)
    progress.finish(bo, "keys", 0.2, False, T0)  # finished, not mastered
    people = everything(source.store)
    big, small = PC(tmp_path / "big"), PC(tmp_path / "small")
    for pc in (big, small):
        pc.receive(people, len(people))
    yield ids, big, small
    for pc in (source, big, small):
        pc.db.close()


def attempts(
    rng: random.Random, learners: list[str], n: int, lessons=("mouse", "keys", "email"), steps="abcd"
) -> list:
    out = []
    for _ in range(n):
        aid = clock.new_id()
        at = T0 + timedelta(seconds=rng.randrange(500_000))  # out of order on purpose
        values = {
            "id": aid,
            "learner_id": rng.choice(learners),
            "lesson_id": rng.choice(lessons),
            "lesson_version": 1,
            "step_id": rng.choice(steps),
            "answer": '{"choice": 1}',
            "correct": rng.choice([1, 0, None]),
            "duration_ms": rng.choice(DURATIONS),
            "created_at": clock.to_text(at),
        }
        out.append(Record("attempt", aid, values, {}))
    return out


def test_a_big_page_leaves_exactly_the_totals_the_trigger_leaves(centre, bulk_calls):
    (ann, bo, cy, dee), big, small = centre
    rng = random.Random(11)
    first = attempts(rng, [ann, bo, cy, dee], 1500)
    first += rng.sample(first, 100)  # some sent twice in the same page
    big.receive(first, len(first))
    assert bulk_calls == [1500]  # the set-based way, once
    small.receive(first, SMALL)
    assert set(bulk_calls[1:]) == {None}  # the trigger, one attempt after another
    assert big.totals() == small.totals()
    assert len(big.totals()["step_stats"]) == 4 * 3 * 4

    for pc in (big, small):  # Ann masters a second lesson; the trigger on lesson_progress follows
        LessonProgressRepository(pc.db).finish(ann, "keys", 1.0, True, T0 + timedelta(days=9))
    assert big.totals() == small.totals()

    erased = Record(registry.ERASED, dee, {"learner_id": dee, "erased_at": clock.to_text(T0)}, {})
    second = attempts(rng, [ann, dee], 900, ("mouse", "keys", "email", "photos"))
    # Bo tries a new step of a lesson, Cy starts a new lesson: their worst steps stay where they were
    second += attempts(rng, [bo], 6, ("email",), "z") + attempts(rng, [cy], 6, ("photos",))
    second += rng.sample(first, 300)  # already here
    second.append(erased)
    del bulk_calls[:]
    big.receive(second, len(second))
    assert len(bulk_calls) == 1 and bulk_calls[0] is not None  # on top of the first page's totals
    small.receive(second[-1:], 1)  # the erasure first, as the applier takes it in one page
    small.receive(second[:-1], SMALL)
    totals = big.totals()
    assert totals == small.totals()
    assert not [row for rows in totals.values() for row in rows if row[0] == dee]  # erased with Dee
    assert {row[0] for row in totals["learner_stats"]} == {ann, bo, cy}
    assert big.one("SELECT count(*) FROM attempt") == small.one("SELECT count(*) FROM attempt")
    # Ann's open worst leaves her two mastered lessons out
    assert totals["learner_stats"][[r[0] for r in totals["learner_stats"]].index(ann)][4] == max(
        r[5] for r in totals["lesson_stats"] if r[0] == ann and r[1] not in ("mouse", "keys")
    )
    for pc in (big, small):
        assert pc.one("SELECT sql FROM sqlite_master WHERE name = 'attempt_stats'") == (
            STATS_TRIGGERS["attempt_stats"],
        )


def test_the_triggers_are_back_as_they_were_and_keep_working_after_a_big_page(centre, bulk_calls):
    (ann, bo, cy, _), big, small = centre
    triggers = (
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'attempt' ORDER BY name"
    )
    before = big.all(triggers)
    assert {"attempt_stats", "sync_capture_attempt_ai"} <= {name for name, _ in before}
    rng = random.Random(5)
    page = attempts(rng, [ann, bo, cy], 800)
    big.receive(page, len(page))
    small.receive(page, SMALL)
    assert big.all(triggers) == before
    assert big.one("SELECT count(*) FROM sync_change WHERE tbl = 'attempt'") == (0,)  # not fed back
    later = attempts(rng, [ann, cy], 30)  # an ordinary sync afterwards: row by row
    big.receive(later, len(later))
    small.receive(later, len(later))
    assert bulk_calls[0] == 800 and set(bulk_calls[1:]) == {None}
    for pc in (big, small):  # a learner answers on the PC itself: counted and captured for the hub
        AttemptRepository(pc.db).append(cy, "keys", 1, "b", {"choice": 2}, False, 4000, T0)
    assert big.totals() == small.totals()
    assert big.one("SELECT count(*) FROM sync_change WHERE tbl = 'attempt'") == (1,)


def test_a_failure_in_the_middle_of_a_big_page_leaves_everything_as_before(centre, bulk_calls):
    (ann, bo, _, _), big, _ = centre
    page = attempts(random.Random(3), [ann, bo], 700)
    page[400].values["answer"] = ["not", "text"]  # SQLite cannot store it: fails mid-insert
    before = big.totals()
    with pytest.raises(sqlite3.Error):
        big.receive(page, len(page))
    assert bulk_calls == []  # it failed inside, after the trigger was dropped
    assert big.one("SELECT sql FROM sqlite_master WHERE name = 'attempt_stats'") == (
        STATS_TRIGGERS["attempt_stats"],
    )
    assert big.one("SELECT count(*) FROM attempt") == (0,)
    assert big.one("SELECT applying FROM sync_state") == (0,)
    assert big.totals() == before


def test_a_failure_after_the_totals_rolls_them_back_with_the_attempts(centre):
    (ann, bo, _, _), big, _ = centre
    page = attempts(random.Random(4), [ann, bo], 700)
    before = big.totals()

    def cut(conn):  # e.g. the cursor cannot be written: the page is not taken
        raise OSError("cut")

    with pytest.raises(OSError):
        big.store.apply(page, on_commit=cut)
    assert big.one("SELECT count(*) FROM attempt") == (0,)
    assert big.totals() == before
    assert big.one("SELECT count(*) FROM sqlite_master WHERE name = 'attempt_stats'") == (1,)
