"""A PC whose clock is six hours wrong (the whole process runs under libfaketime: Python's clock and
SQLite's 'now' in the capture triggers alike) cannot overwrite newer edits."""

from __future__ import annotations

import time

import pytest
from sync_helpers import Worker, faketime_available, visible_state

pytestmark = [
    pytest.mark.slow,  # PCs in their own processes
    pytest.mark.skipif(not faketime_available(), reason="libfaketime not installed (scripts/install.sh)"),
]


@pytest.fixture
def worker():
    made = []

    def make(skew=None):
        w = Worker(skew=skew)
        made.append(w)
        return w

    yield make
    for w in made:
        w.close()


def name_of(path, learner):
    return next(row[1] for row in visible_state(path)["learner"] if row[0] == learner)


# each test runs the skew that would defeat a plain wall-clock rule (the other sign wins anyway)
@pytest.mark.parametrize("skew", ["-6h"])
def test_an_edit_made_after_seeing_another_wins_whatever_the_clock(worker, pg, tmp_path, skew):
    url = pg.new_hub()
    right, wrong = worker(), worker(skew)
    assert abs(wrong.call("now") - time.time()) > 5 * 3600  # the clock really is off
    right.call("open", folder=str(tmp_path / "right"), name="right", centre="Sunshine Centre", url=url)
    ann = right.call("create", name="Ann")
    right.call("rename", learner=ann, name="Ann (edited on the right PC)")
    right.call("sync")
    wrong.call("open", folder=str(tmp_path / "wrong"), name="wrong", url=url)
    wrong.call("rename", learner=ann, name="Ann (edited later on the wrong PC)")
    wrong.call("sync")
    right.call("sync")
    for pc in ("right", "wrong"):
        assert name_of(tmp_path / pc / "trainer.db", ann) == "Ann (edited later on the wrong PC)"


@pytest.mark.parametrize("skew", ["+6h"])
def test_edits_unseen_by_each_other_are_ordered_by_the_hubs_clock(worker, pg, tmp_path, skew):
    """The wrong PC has synced before (its clock's offset from the hub is known), then edits offline;
    the right PC edits the same name a little later without having seen that edit. Real time decides:
    the later edit, on the right PC, wins on both."""
    url = pg.new_hub()
    right, wrong = worker(), worker(skew)
    right.call("open", folder=str(tmp_path / "right"), name="right", centre="Sunshine Centre", url=url)
    ann = right.call("create", name="Ann")
    right.call("sync")
    wrong.call("open", folder=str(tmp_path / "wrong"), name="wrong", url=url)
    wrong.call("rename", learner=ann, name="Ann (earlier, wrong clock)")
    time.sleep(0.05)
    right.call("rename", learner=ann, name="Ann (later, right clock)")
    wrong.call("sync")
    right.call("sync")
    wrong.call("sync")
    for pc in ("right", "wrong"):
        assert name_of(tmp_path / pc / "trainer.db", ann) == "Ann (later, right clock)"


@pytest.mark.parametrize("skew", ["-6h"])
def test_bundles_keep_the_order_of_edits_that_saw_each_other(worker, tmp_path, skew):
    right, wrong = worker(), worker(skew)
    right.call("open", folder=str(tmp_path / "right"), name="right", centre="Sunshine Centre")
    ann = right.call("create", name="Ann")
    right.call("rename", learner=ann, name="first")
    bundle = right.call("export", out=str(tmp_path / "r1.dbsync"))
    wrong.call("open", folder=str(tmp_path / "wrong"), name="wrong")
    wrong.call("import", file=bundle, code=right.call("code"))
    wrong.call("rename", learner=ann, name="second, on the wrong PC")
    right.call("import", file=wrong.call("export", out=str(tmp_path / "w1.dbsync")))
    assert name_of(tmp_path / "right" / "trainer.db", ann) == "second, on the wrong PC"
    right.call("rename", learner=ann, name="third, back on the right PC")
    wrong.call("import", file=right.call("export", out=str(tmp_path / "r2.dbsync")))
    for pc in ("right", "wrong"):
        assert name_of(tmp_path / pc / "trainer.db", ann) == "third, back on the right PC"
