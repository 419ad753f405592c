"""A sync cut at any point: kill -9 of the PC while it sends or receives, the hub's server stopped
mid-sync, a bundle import killed half-way. Afterwards both sides are consistent, and the next sync
finishes the job with nothing lost and nothing counted twice.

The cut points are spread over the sync's measured duration with a seeded jitter (``SYNC_SEED``)."""

from __future__ import annotations

import os
import random
import time

import pytest
from sync_helpers import Spares, recomputed_totals, totals, visible_state

pytestmark = pytest.mark.slow  # several processes and syncs of thousands of records each
SEED = int(os.environ.get("SYNC_SEED", "19"))
CUTS = (0.6, 0.3, 0.12, 0.05)  # later cuts come sooner: on a loaded machine one still lands inside
ROUNDS = 2  # cuts made in any case; more (up to len(CUTS)) until one has landed inside a sync


def cut_points(duration: float) -> list[float]:
    rng = random.Random(SEED)
    return [duration * f * rng.uniform(0.8, 1.2) for f in CUTS]


def more(round_no: int, landed: int) -> bool:
    return round_no < ROUNDS or not landed


PAGE = 400  # small pages: a cut lands between pages as well as inside one


def count(path, table="attempt") -> int:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def hub_count(url) -> int:
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute("SELECT count(*) FROM hub_record WHERE tbl = 'attempt'").fetchone()[0]


@pytest.fixture(scope="module")
def spares():
    pool = Spares(page=PAGE)
    yield pool
    pool.close()


@pytest.fixture
def worker(spares):
    return spares.get


def same(root, *names):
    states = [visible_state(root / n / "trainer.db") for n in names]
    assert all(s == states[0] for s in states[1:])
    for n in names:
        path = root / n / "trainer.db"
        assert totals(path) == recomputed_totals(path)
    return states[0]


def timed(w, op, **kw) -> float:
    started = time.monotonic()
    w.call(op, **kw)
    return time.monotonic() - started


def test_kill_9_of_a_pc_while_it_sends_loses_and_doubles_nothing(worker, pg, tmp_path):
    url = pg.new_hub()
    a = worker()
    a.call("open", folder=str(tmp_path / "a"), name="a", centre="Sunshine Centre", url=url)
    made = a.call("many", learners=20, tries=150)
    duration = timed(a, "sync")
    cut_short = 0
    for n, cut in enumerate(cut_points(max(duration, 0.3))):
        if not more(n, cut_short):
            break
        made += a.call("many", learners=20, tries=150)
        a.send("sync")
        time.sleep(cut)
        a.kill()
        cut_short += hub_count(url) < made  # killed before it had sent everything
        a = worker()
        a.call("open", folder=str(tmp_path / "a"), name="a")
    assert cut_short, "no kill landed during a sync: the test proved nothing"
    assert "problem" not in a.call("sync")
    worker().call("open", folder=str(tmp_path / "hub-view"), name="hub-view", url=url)
    state = same(tmp_path, "a", "hub-view")
    assert len(state["attempt"]) == made


def test_kill_9_of_a_pc_while_it_receives(worker, pg, tmp_path):
    url = pg.new_hub()
    a = worker()
    a.call("open", folder=str(tmp_path / "a"), name="a", centre="Sunshine Centre", url=url)
    a.call("many", learners=40, tries=150)
    a.call("sync")
    duration = timed(worker(), "open", folder=str(tmp_path / "probe"), name="probe", url=url)
    b = worker()
    b.call("open", folder=str(tmp_path / "b"), name="b")
    cut_short = 0
    for n, cut in enumerate(cut_points(duration)):
        if not more(n, cut_short):
            break
        if (tmp_path / "b" / "sync" / "sync.json").exists():
            b.send("sync")
        else:  # the first sync, killed before the set-up was saved: set up again
            b.send("open", folder=str(tmp_path / "b"), name="b", url=url)
        time.sleep(cut)
        b.kill()
        cut_short += count(tmp_path / "b" / "trainer.db") < count(tmp_path / "a" / "trainer.db")
        b = worker()
        b.call("open", folder=str(tmp_path / "b"), name="b")
        a.call("many", learners=2, tries=150)
        a.call("sync")
    if (tmp_path / "b" / "sync" / "sync.json").exists():
        assert "problem" not in b.call("sync")
    else:
        b.call("open", folder=str(tmp_path / "b"), name="b", url=url)
    assert cut_short, "no kill landed during a sync: the test proved nothing"
    same(tmp_path, "a", "b")


def test_the_server_stopped_at_points_during_a_sync(worker, pg, tmp_path):
    url = pg.new_hub()
    a = worker()
    a.call("open", folder=str(tmp_path / "a"), name="a", centre="Sunshine Centre", url=url)
    b = worker()
    b.call("open", folder=str(tmp_path / "b"), name="b", url=url)
    a.call("many", learners=20, tries=150)
    duration = timed(a, "sync")
    interrupted = 0
    for n, cut in enumerate(cut_points(max(duration, 0.3))):
        if not more(n, interrupted):
            break
        a.call("many", learners=20, tries=150)
        a.send("sync")
        time.sleep(cut)
        pg.stop("immediate")  # as if the hub PC lost power
        outcome = a.answer()
        pg.start()
        assert outcome.get("problem") in (None, "unreachable")
        interrupted += outcome.get("problem") == "unreachable"
        b.call("sync")
    assert interrupted, "the server never stopped during a sync: the test proved nothing"
    assert "problem" not in a.call("sync")
    assert "problem" not in b.call("sync")
    same(tmp_path, "a", "b")


def test_kill_9_during_a_bundle_import(worker, tmp_path):
    a = worker()
    a.call("open", folder=str(tmp_path / "a"), name="a", centre="Sunshine Centre")
    a.call("many", learners=40, tries=150)
    bundle = a.call("export", out=str(tmp_path / "a.dbsync"))
    code = a.call("code")
    probe = worker()
    probe.call("open", folder=str(tmp_path / "probe"), name="probe")
    duration = timed(probe, "import", file=bundle, code=code)
    b = worker()
    b.call("open", folder=str(tmp_path / "b"), name="b")
    cut_short = 0
    for n, cut in enumerate(cut_points(duration)):
        if not more(n, cut_short):
            break
        b.send("import", file=bundle, code=code)
        time.sleep(cut)
        b.kill()
        cut_short += count(tmp_path / "b" / "trainer.db") < count(tmp_path / "a" / "trainer.db")
        b = worker()
        b.call("open", folder=str(tmp_path / "b"), name="b")
    assert cut_short, "no kill landed during an import: the test proved nothing"
    b.call("import", file=bundle, code=code)
    same(tmp_path, "a", "b")
