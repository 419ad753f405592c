"""Three PCs (three data folders, three processes) and a hub: random interleavings of edits, erasures,
help requests asked and resolved on different PCs,
merges of duplicates, hub syncs and USB bundles always end in the same learner-visible state on every
PC and in the hub (materialised on a fourth PC that only pulls).

The default run tries a few programs (``SYNC_EXAMPLES`` for more; ``bench``-style long runs:
``SYNC_EXAMPLES=200``)."""

from __future__ import annotations

import itertools
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import Worker, recomputed_totals, totals, visible_state

EXAMPLES = int(os.environ.get("SYNC_EXAMPLES", "3"))
NAMES = ["王秀英", "Li Na", "Ann"]
YEARS = [1950, 1952, None]
LESSONS = ["mouse-basics", "search-online"]

pc_st = st.integers(0, 2)
ref_st = st.integers(0, 5)
op_st = st.one_of(
    st.tuples(st.just("create"), pc_st, st.integers(0, 2), st.integers(0, 2)),
    st.tuples(st.just("rename"), pc_st, ref_st, st.sampled_from(["A", "B", "C"])),
    st.tuples(st.just("language"), pc_st, ref_st, st.sampled_from(["zh_CN", "en"])),
    st.tuples(
        st.just("settings"), pc_st, ref_st, st.sampled_from([18, 26, 36]), st.sampled_from(["slow", "normal"])
    ),
    st.tuples(st.just("archive"), pc_st, ref_st),
    st.tuples(
        st.just("learn"),
        pc_st,
        ref_st,
        st.sampled_from(LESSONS),
        st.integers(1, 4),
        st.booleans(),
        st.booleans(),
    ),
    st.tuples(st.just("erase"), pc_st, ref_st),
    st.tuples(st.just("help"), pc_st, ref_st, st.sampled_from(LESSONS)),
    st.tuples(st.just("resolve"), pc_st, st.sampled_from(["Tutor Li", "Tutor Wu"])),
    st.tuples(st.just("merge"), pc_st),
    st.tuples(st.just("sync"), pc_st),
    st.tuples(st.just("usb"), pc_st, pc_st),
)


@pytest.fixture(scope="module")
def workers():
    made = [Worker() for _ in range(4)]
    yield made
    for w in made:
        w.close()


@pytest.fixture(scope="module")
def hub(pg):
    return pg.new_hub()


_run = itertools.count()


@given(program=st.lists(op_st, min_size=4, max_size=24))
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_three_pcs_and_a_hub_always_converge(program, workers, pg, hub, tmp_path_factory):
    root = tmp_path_factory.mktemp(f"run{next(_run)}")
    url = pg.empty_hub(hub)
    pcs, observer = workers[:3], workers[3]
    pcs[0].call("open", folder=str(root / "pc-0"), name="pc-0", centre="Sunshine Centre", url=url)
    for n in (1, 2):
        pcs[n].call("open", folder=str(root / f"pc-{n}"), name=f"pc-{n}", url=url)
    for step, op in enumerate(program):
        run(pcs, op, root / f"b{step}.dbsync")
    for _ in range(2):  # everyone syncs, twice round
        for pc in pcs:
            assert "problem" not in pc.call("sync")
    observer.call("open", folder=str(root / "hub-view"), name="hub-view", url=url)
    states = [visible_state(root / name / "trainer.db") for name in ("pc-0", "pc-1", "pc-2", "hub-view")]
    for name, state in zip(("pc-1", "pc-2", "hub-view"), states[1:], strict=True):
        assert state == states[0], f"{name} differs from pc-0 after {program}"
    for name in ("pc-0", "pc-1", "pc-2", "hub-view"):
        path = root / name / "trainer.db"
        assert totals(path) == recomputed_totals(path)  # every attempt counted once


def run(pcs, op, bundle):
    kind, n, *args = op
    pc = pcs[n]
    if kind == "create":
        pc.call("create", name=NAMES[args[0]], year=YEARS[args[1]])
        return
    if kind == "sync":
        pc.call("sync")
        return
    if kind == "usb":
        target = pcs[args[0]]
        if target is not pc:
            target.call("import", file=pc.call("export", out=str(bundle)))
        return
    if kind == "resolve":
        pc.call("resolve_help", by=args[0])  # the first open request, resolved on this PC
        return
    if kind == "merge":
        pairs = pc.call("duplicates")
        if pairs:
            pc.call("merge", keep=pairs[0][0], other=pairs[0][1])
        return
    here = pc.call("learners_here")
    if not here:
        return
    learner = here[args[0] % len(here)]
    if kind == "rename":
        pc.call("rename", learner=learner, name=args[1])
    elif kind == "language":
        pc.call("language", learner=learner, language=args[1])
    elif kind == "settings":
        pc.call("settings", learner=learner, text_size=args[1], speech_rate=args[2])
    elif kind == "archive":
        pc.call("archive", learner=learner)
    elif kind == "learn":
        pc.call("learn", learner=learner, lesson=args[1], tries=args[2], correct=args[3], finish=args[4])
    elif kind == "erase":
        pc.call("erase", learner=learner)
    elif kind == "help":
        pc.call("ask_help", learner=learner, lesson=args[1])
