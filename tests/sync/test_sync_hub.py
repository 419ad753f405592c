"""Sync through a real PostgreSQL hub (a throwaway cluster started for the session)."""

from __future__ import annotations

import logging
import os
import stat

import pytest
from sync_helpers import open_pc, recomputed_totals, totals, visible_state

from trainer.services.dashboard import DashboardService
from trainer.services.sync import settings as sync_settings
from trainer.services.sync.hub import HubProblem, setup_hub, sync_now
from trainer.services.tutors import TutorService
from trainer.storage.hub.store import HubStore
from trainer.storage.progress import LessonProgressRepository
from trainer.storage.repositories import AttemptRepository, LearnerRepository

PIN = "135792"
TIERS = {"mouse-basics": "basic", "search-online": "intermediate"}


class PC:
    def __init__(self, folder, centre: str | None = None):
        self.folder = folder
        self.db = open_pc(folder)
        self.learners = LearnerRepository(self.db)
        self.attempts = AttemptRepository(self.db)
        self.progress = LessonProgressRepository(self.db)
        if centre:
            TutorService(self.db).set_up(centre, "Town", "C1", "Tutor Li", PIN)

    def setup(self, url, **kw):
        return setup_hub(self.db, self.folder, url, pc_name=self.folder.name, **kw)

    def sync(self):
        return sync_now(self.db, self.folder)

    def learn(self, learner_id, n=2, lesson="mouse-basics"):
        self.progress.start(learner_id, lesson, 1, "s1")
        for i in range(n):
            self.attempts.append(learner_id, lesson, 1, f"s{i}", {"choice": i}, True, 900)

    @property
    def state(self):
        return visible_state(self.db.path)


@pytest.fixture
def pcs(made):
    return lambda name, centre=None: made(PC, name, centre)


def test_a_new_hub_becomes_the_centres_and_every_pc_sees_the_whole_centre(pcs, hub_url):
    a, b = pcs("pc-a", "Sunshine Centre"), pcs("pc-b")
    ann = a.learners.create("Ann", "sun", "#174A86", "en")
    a.learn(ann.id, n=3)
    first = a.setup(hub_url)
    assert first.first and first.sent > 0 and ":pw-" not in first.hub
    joined = b.setup(hub_url)  # a PC without a centre joins the hub's
    assert joined.received > 0
    bea = b.learners.create("Bea", "tree", "#174A86", "zh_CN")
    b.learn(bea.id, n=2)
    b.sync()
    a.sync()
    assert a.state == b.state
    assert totals(a.db.path) == recomputed_totals(a.db.path)
    names = {row.name for row in DashboardService(a.db, lesson_tiers=TIERS).overview()}
    assert names == {"Ann", "Bea"}  # the dashboard on any PC shows the whole centre


def test_edits_on_two_pcs_merge_field_by_field_through_the_hub(pcs, hub_url):
    a, b = pcs("pc-a", "Sunshine Centre"), pcs("pc-b")
    ann = a.learners.create("Ann", "sun", "#174A86", "en")
    a.setup(hub_url)
    b.setup(hub_url)
    a.learners.rename(ann.id, "Ann Lee")
    b.learners.update(ann.id, language="zh_CN")
    a.sync()
    b.sync()
    a.sync()
    assert a.state == b.state
    assert (b.learners.get(ann.id).name, b.learners.get(ann.id).language) == ("Ann Lee", "zh_CN")


def test_tls_is_used_when_the_hub_offers_it_even_if_the_address_says_disable(pcs, hub_url):
    a = pcs("pc-a", "Sunshine Centre")
    assert a.setup(hub_url + "?sslmode=disable").encrypted  # "at least prefer": never sent in the clear
    assert a.sync().encrypted


def test_a_second_sync_moves_nothing(pcs, hub_url):
    a = pcs("pc-a", "Sunshine Centre")
    a.learn(a.learners.create("Ann", "sun", "#174A86", "en").id)
    a.setup(hub_url)
    again = a.sync()
    assert (again.sent, again.received, again.pending) == (0, 0, 0)


def test_an_erasure_reaches_the_hub_and_an_offline_pc_cannot_bring_the_learner_back(pcs, hub_url):
    a, b = pcs("pc-a", "Sunshine Centre"), pcs("pc-b")
    ann = a.learners.create("Ann", "sun", "#174A86", "en")
    a.setup(hub_url)
    b.setup(hub_url)
    b.learn(ann.id, n=2)  # B, not synced yet, keeps recording Ann's tries
    a.learners.delete(ann.id)
    a.sync()
    hub = HubStore.open(hub_url)
    try:
        with hub.conn.transaction():
            left = hub.conn.execute("SELECT tbl FROM hub_record WHERE learner_id = %s", (ann.id,)).fetchall()
    finally:
        hub.close()
    assert left == [("sync_erased",)]  # only the tombstone: no name, no tries
    b.sync()
    a.sync()
    assert b.learners.get(ann.id) is None and a.state == b.state and b.state["attempt"] == []


def test_a_hub_of_another_centre_is_refused(pcs, hub_url):
    a, other = pcs("pc-a", "Sunshine Centre"), pcs("other", "Riverside Centre")
    a.setup(hub_url)
    with pytest.raises(HubProblem) as problem:
        other.setup(hub_url)
    assert problem.value.reason == "other_centre" and problem.value.detail == "Sunshine Centre"
    assert [r[1] for r in other.state["centre"]] == ["Riverside Centre"]
    assert sync_settings.load(other.folder).hub_url is None


def test_joining_another_centres_hub_on_purpose(pcs, hub_url):
    a, other = pcs("pc-a", "Sunshine Centre"), pcs("other", "Riverside Centre")
    a.setup(hub_url)
    bea = other.learners.create("Bea", "tree", "#174A86", "en")
    other.setup(hub_url, join=True)
    a.sync()
    assert a.state == other.state and a.learners.get(bea.id) is not None
    assert [r[1] for r in a.state["centre"]] == ["Sunshine Centre"]


def test_a_wrong_password_and_an_unreachable_hub_say_so(pcs, pg, hub_url):
    a = pcs("pc-a", "Sunshine Centre")
    with pytest.raises(HubProblem) as problem:
        a.setup(hub_url.replace("-secret@", "-wrong@"))
    assert problem.value.reason == "password"
    with pytest.raises(HubProblem) as problem:
        a.setup(f"postgresql://x:y@127.0.0.1:{pg.port + 1 if pg.port < 65535 else 1}/none")
    assert problem.value.reason == "unreachable"
    with pytest.raises(HubProblem) as problem:
        a.sync()
    assert problem.value.reason == "not_set_up"


def test_the_password_is_kept_privately_and_never_logged(pcs, hub_url, caplog):
    a = pcs("pc-a", "Sunshine Centre")
    caplog.set_level(logging.DEBUG)
    a.setup(hub_url)
    a.sync()
    user, secret = hub_url.split("//")[1].split("@")[0].split(":")
    assert secret not in caplog.text and f"{user}@127.0.0.1" in caplog.text
    path = a.folder / "sync" / "sync.json"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert sync_settings.load(a.folder).hub_url == hub_url


def test_the_server_stopping_between_syncs_loses_nothing(pcs, pg, hub_url):
    a, b = pcs("pc-a", "Sunshine Centre"), pcs("pc-b")
    ann = a.learners.create("Ann", "sun", "#174A86", "en")
    a.setup(hub_url)
    b.setup(hub_url)
    a.learn(ann.id, n=5)
    pg.stop("immediate")
    try:
        with pytest.raises(HubProblem) as problem:
            a.sync()
        assert problem.value.reason == "unreachable"
    finally:
        pg.start()
    a.sync()
    b.sync()
    assert a.state == b.state and len(b.state["attempt"]) == 5


def test_each_pcs_last_sync_is_known_to_every_pc(pcs, hub_url):
    a, b = pcs("pc-a", "Sunshine Centre"), pcs("pc-b")
    a.setup(hub_url)
    report = b.setup(hub_url)
    assert {p.name for p in report.peers} == {"pc-a", "pc-b"}
    assert all(p.last_sync_at is not None and p.via == "hub" for p in report.peers)


def test_what_a_usb_file_brings_goes_on_to_the_hub(pcs, hub_url):
    from trainer.services.sync.usb import export_bundle, import_bundle

    town, other = pcs("town", "Sunshine Centre"), pcs("other")
    ann = town.learners.create("Ann", "sun", "#174A86", "en")
    town.setup(hub_url)
    village = pcs("village")  # never on the network: joins and sends back by USB only
    code = sync_settings.load(town.folder).code
    import_bundle(
        village.db,
        village.folder,
        export_bundle(town.db, town.folder, town.folder.parent / "t.dbsync").path,
        code=code,
    )
    bea = village.learners.create("Bea", "tree", "#174A86", "zh_CN")
    village.learn(bea.id, n=3)
    village.learners.delete(ann.id)  # erased in the village
    import_bundle(
        town.db,
        town.folder,
        export_bundle(village.db, village.folder, village.folder.parent / "v.dbsync").path,
    )
    town.sync()
    other.setup(hub_url)  # a PC that only ever talks to the hub
    assert other.learners.get(bea.id) is not None and other.learners.get(ann.id) is None
    assert other.state == town.state == village.state
