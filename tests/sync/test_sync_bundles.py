"""USB bundles between PCs with no network: one authenticated file, the same merge as the hub."""

from __future__ import annotations

import os
import stat

import pytest
from sync_helpers import open_pc, recomputed_totals, totals, visible_state

from trainer.domain.sync.merge import Record
from trainer.services.sync import bundle as bundles
from trainer.services.sync import settings as sync_settings
from trainer.services.sync.bundle import BundleRefused
from trainer.services.sync.usb import NoCentre, export_bundle, import_bundle
from trainer.services.tutors import TutorService
from trainer.storage.progress import LessonProgressRepository
from trainer.storage.repositories import AttemptRepository, LearnerRepository

PIN = "135792"


class PC:
    def __init__(self, folder, centre: str | None = None):
        self.folder = folder
        self.db = open_pc(folder)
        self.learners = LearnerRepository(self.db)
        self.attempts = AttemptRepository(self.db)
        self.progress = LessonProgressRepository(self.db)
        if centre:
            TutorService(self.db).set_up(centre, "Town", "C1", "Tutor Li", PIN)

    def export(self, name="out.dbsync"):
        return export_bundle(self.db, self.folder, self.folder.parent / f"{self.folder.name}-{name}").path

    def take(self, path, **kw):
        return import_bundle(self.db, self.folder, path, **kw)

    @property
    def code(self):
        return sync_settings.load(self.folder).code

    def learn(self, learner_id, n=2):
        self.progress.start(learner_id, "mouse-basics", 1, "s1")
        for i in range(n):
            self.attempts.append(learner_id, "mouse-basics", 1, f"s{i}", {"choice": i}, True, 900)


@pytest.fixture
def pcs(made):
    return lambda name, centre=None: made(PC, name, centre)


def test_a_village_pc_joins_with_the_code_and_gets_everything(pcs):
    town, village = pcs("town", "Sunshine Centre"), pcs("village")
    ann = town.learners.create("Ann", "sun", "#174A86", "en")
    town.learn(ann.id, n=3)
    path = town.export()
    with pytest.raises(BundleRefused) as refused:
        village.take(path)  # the first time, the centre code is needed
    assert refused.value.reason == "no_code"
    report = village.take(path, code=town.code.lower().replace("-", " "))  # typed loosely
    assert report.joined and report.changed["attempt"] == 3
    assert visible_state(village.db.path) == visible_state(town.db.path)
    assert totals(village.db.path) == recomputed_totals(village.db.path)
    assert village.code == town.code  # remembered: later bundles need no code


def test_the_settings_file_is_private(pcs):
    town = pcs("town", "Sunshine Centre")
    town.export()
    mode = stat.S_IMODE(os.stat(town.folder / "sync" / "sync.json").st_mode)
    assert mode == 0o600 and stat.S_IMODE(os.stat(town.folder / "sync").st_mode) == 0o700


def test_importing_the_same_bundle_twice_changes_nothing(pcs):
    town, village = pcs("town", "Sunshine Centre"), pcs("village")
    town.learn(town.learners.create("Ann", "sun", "#174A86", "en").id)
    path = town.export()
    village.take(path, code=town.code)
    again = village.take(path)
    assert again.total == 0
    assert totals(village.db.path) == recomputed_totals(village.db.path)


def test_bundles_out_of_order_end_at_the_newest_state(pcs):
    town, village = pcs("town", "Sunshine Centre"), pcs("village")
    ann = town.learners.create("Ann", "sun", "#174A86", "en")
    older = town.export("1.dbsync")
    town.learners.rename(ann.id, "Ann Lee")
    town.learn(ann.id)
    newer = town.export("2.dbsync")
    village.take(newer, code=town.code)
    village.take(older)
    assert visible_state(village.db.path) == visible_state(town.db.path)
    assert village.learners.get(ann.id).name == "Ann Lee"


def test_both_ways_each_edit_is_kept(pcs):
    town, village = pcs("town", "Sunshine Centre"), pcs("village")
    ann = town.learners.create("Ann", "sun", "#174A86", "en")
    village.take(town.export(), code=town.code)
    town.learners.rename(ann.id, "Ann Lee")
    village.learners.update(ann.id, language="zh_CN")
    village.learn(ann.id, n=4)
    town.take(village.export())
    village.take(town.export())
    assert visible_state(village.db.path) == visible_state(town.db.path)
    assert (town.learners.get(ann.id).name, town.learners.get(ann.id).language) == ("Ann Lee", "zh_CN")


def test_an_erased_learner_in_an_old_bundle_stays_erased(pcs):
    town, village = pcs("town", "Sunshine Centre"), pcs("village")
    ann = town.learners.create("Ann", "sun", "#174A86", "en")
    town.learn(ann.id)
    old = town.export("old.dbsync")
    village.take(old, code=town.code)
    town.learners.delete(ann.id)
    village.take(town.export("new.dbsync"))
    village.take(old)
    town.take(village.export())
    assert village.learners.get(ann.id) is None and town.learners.get(ann.id) is None
    assert visible_state(village.db.path)["attempt"] == []


def test_a_changed_byte_refuses_the_whole_bundle(pcs):
    town, village = pcs("town", "Sunshine Centre"), pcs("village")
    town.learn(town.learners.create("Ann", "sun", "#174A86", "en").id)
    path = town.export()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    before = visible_state(village.db.path)
    with pytest.raises(BundleRefused) as refused:
        village.take(path, code=town.code)
    assert refused.value.reason == "tampered"
    assert visible_state(village.db.path) == before and village.code is None


def test_a_bundle_from_another_centre_is_refused(pcs):
    town, other = pcs("town", "Sunshine Centre"), pcs("other", "Riverside Centre")
    path = other.export()
    with pytest.raises(BundleRefused) as refused:
        town.take(path, code=other.code)
    assert refused.value.reason == "other_centre" and refused.value.detail == "Riverside Centre"
    assert [r[1] for r in visible_state(town.db.path)["centre"]] == ["Sunshine Centre"]


def test_joining_another_centre_on_purpose_shares_this_pcs_learners(pcs):
    town, other = pcs("town", "Sunshine Centre"), pcs("other", "Riverside Centre")
    bea = other.learners.create("Bea", "tree", "#174A86", "en")
    report = other.take(town.export(), code=town.code, join=True)
    assert report.joined
    assert [r[1] for r in visible_state(other.db.path)["centre"]] == ["Sunshine Centre"]
    town.take(other.export())
    assert town.learners.get(bea.id) is not None


def test_files_that_are_not_bundles_are_refused(pcs, tmp_path):
    town = pcs("town", "Sunshine Centre")
    text = tmp_path / "notes.dbsync"
    text.write_text("hello")
    with pytest.raises(BundleRefused) as refused:
        town.take(text)
    assert refused.value.reason == "not_a_bundle"
    newer = tmp_path / "newer.dbsync"
    newer.write_bytes(b"DBSYNC\x02\n" + b"\0" * 40)
    with pytest.raises(BundleRefused) as refused:
        town.take(newer)
    assert refused.value.reason == "newer_format"
    with pytest.raises(BundleRefused) as refused:
        town.take(tmp_path / "missing.dbsync")
    assert refused.value.reason == "unreadable"


def test_a_cut_short_bundle_is_refused(pcs):
    town, village = pcs("town", "Sunshine Centre"), pcs("village")
    town.learn(town.learners.create("Ann", "sun", "#174A86", "en").id)
    path = town.export()
    path.write_bytes(path.read_bytes()[:-100])  # the stick was pulled while copying
    with pytest.raises(BundleRefused) as refused:
        village.take(path, code=town.code)
    assert refused.value.reason == "tampered"


def test_an_authentic_bundle_with_a_bad_record_applies_nothing(pcs):
    town, village = pcs("town", "Sunshine Centre"), pcs("village")
    town.export()  # makes the code
    centre_id = sync_settings.load(town.folder).centre_id
    key = sync_settings.bundle_key(town.code, centre_id)
    good = Record(
        "learner",
        "l1",
        {
            "id": "l1",
            "name": "Ann",
            "avatar": "sun",
            "colour": "#174A86",
            "language": "en",
            "created_at": "2025-01-01T00:00:00.000000+00:00",
        },
    )
    bad = Record("attempt", "wrong-key", {"id": "a1"}, {})
    path = town.folder.parent / "bad.dbsync"
    header = {
        "version": 1,
        "centre": {"id": centre_id, "name": "Sunshine Centre"},
        "pc": {"id": "x", "name": "x"},
    }
    bundles.write_bundle(path, header, [[good], [bad]], key)
    with pytest.raises(BundleRefused) as refused:
        village.take(path, code=town.code)
    assert refused.value.reason == "malformed" and refused.value.detail == "record 2"
    assert visible_state(village.db.path)["learner"] == []


def test_a_pc_without_a_centre_cannot_export(pcs):
    with pytest.raises(NoCentre):
        pcs("bare").export()


def test_the_centres_public_keys_travel_and_private_keys_do_not(pcs, tmp_path):
    from trainer.config import Paths
    from trainer.services.certificates.keys import create_signing_key
    from trainer.services.certificates.verify import load_trusted_keys
    from trainer.services.sync.keys import export_centre_keys

    town, village = pcs("town", "Sunshine Centre"), pcs("village")
    info = create_signing_key(Paths(town.folder, town.folder / "cache"), "correct horse battery staple")
    path = town.export()
    village.take(path, code=town.code)
    out = tmp_path / "centre-keys.json"
    assert export_centre_keys(village.db, out) == 1
    assert [k.fingerprint for k in load_trusted_keys(out)] == [info.fingerprint]
    carried = " ".join(str(r.values) for r in bundles.records(path))
    assert (
        "digital-bridge-signing-key" not in carried and '"d":' not in carried
    )  # no sealed or raw private key
    assert not (village.folder / "keys").exists()


def test_a_stick_pulled_while_saving_leaves_no_file_and_nothing_changed(pcs, monkeypatch):
    from trainer.storage.sync.reader import Reader

    town = pcs("town", "Sunshine Centre")
    town.learn(town.learners.create("Ann", "sun", "#174A86", "en").id)
    real = Reader.all_records

    def pulled(self, rule, batch=5000):
        yield from real(self, rule, batch)
        if rule.table == "attempt":
            raise OSError(5, "Input/output error")  # the stick went away half-way

    monkeypatch.setattr(Reader, "all_records", pulled)
    target = town.folder.parent / "stick"
    target.mkdir()
    with pytest.raises(OSError):
        export_bundle(town.db, town.folder, target / "out.dbsync")
    assert list(target.iterdir()) == []  # no half-written file (and no .partial left)
