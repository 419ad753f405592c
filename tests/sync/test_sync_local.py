"""The local side of sync on real SQLite files: capture, the one merge, erasures, merges of learners.

Two PCs exchange everything they hold (what a bundle carries), directly through the storage layer."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from sync_helpers import everything, open_pc, recomputed_totals, totals, visible_state

from trainer.domain.learner import LearnerSettings
from trainer.storage.progress import LessonProgressRepository
from trainer.storage.repositories import AttemptRepository, HelpRequestRepository, LearnerRepository
from trainer.storage.roster import RosterRepository
from trainer.storage.sync import capture
from trainer.storage.sync.store import SyncStore


class PC:
    def __init__(self, folder):
        self.db = open_pc(folder)
        self.store = SyncStore(self.db)
        self.store.enable(folder.name)
        self.learners = LearnerRepository(self.db)
        self.roster = RosterRepository(self.db)
        self.attempts = AttemptRepository(self.db)
        self.progress = LessonProgressRepository(self.db)
        self.help = HelpRequestRepository(self.db)

    @property
    def path(self):
        return self.db.path

    def receive(self, other: PC):
        return self.store.apply(everything(other.store))

    def learn(self, learner_id, lesson="mouse-basics", n=3, correct=True):
        self.progress.start(learner_id, lesson, 1, "s1")
        for i in range(n):
            self.attempts.append(learner_id, lesson, 1, f"s{i}", {"choice": i}, correct, 1000 + i)


@pytest.fixture
def a(tmp_path):
    pc = PC(tmp_path / "pc-a")
    yield pc
    pc.db.close()


@pytest.fixture
def b(tmp_path):
    pc = PC(tmp_path / "pc-b")
    yield pc
    pc.db.close()


def sync(*pcs):
    """Everyone receives everyone twice round (enough for any chain of facts)."""
    for _ in range(2):
        for x in pcs:
            for y in pcs:
                if x is not y:
                    y.receive(x)


def test_a_lone_pc_has_no_capture_triggers_until_sync_is_switched_on(tmp_path):
    db = open_pc(tmp_path / "lone")
    with closing(db.connect()) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
        assert not any(capture.is_capture_trigger(n) for n in names)
        assert not capture.is_enabled(conn)
        capture.enable(conn, "lone")
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
        assert "sync_capture_learner_au" in names and "sync_capture_learner_ad" in names
    db.close()


def test_everything_on_one_pc_arrives_on_another_with_totals_derived_not_copied(a, b):
    ann = a.learners.create("Ann", "sun", "#174A86", "en")
    a.learners.save_settings(ann.id, LearnerSettings(text_size=30))
    a.learn(ann.id, n=4)
    a.progress.finish(ann.id, "mouse-basics", 0.9, True)
    a.help.add(ann.id, "mouse-basics", "s2")
    applied = b.receive(a)
    assert applied.changed["attempt"] == 4 and applied.changed["learner"] == 1
    assert visible_state(b.path) == visible_state(a.path)
    assert totals(b.path) == recomputed_totals(b.path) == recomputed_totals(a.path)
    # the same records again change nothing, and count nothing twice
    assert b.receive(a).total == 0
    assert totals(b.path) == recomputed_totals(b.path)


def test_each_field_keeps_its_latest_edit_across_pcs(a, b):
    ann = a.learners.create("Ann", "sun", "#174A86", "en")
    sync(a, b)
    a.learners.rename(ann.id, "Ann Lee")  # edited on A
    b.learners.update(ann.id, language="zh_CN")  # a different field, later, on B
    b.learners.save_settings(ann.id, LearnerSettings(speech_rate="slow"))
    a.learners.save_settings(ann.id, LearnerSettings(text_size=36))  # later than B's: every setting saved
    sync(a, b)
    assert visible_state(a.path) == visible_state(b.path)
    row = a.learners.get(ann.id)
    assert (row.name, row.language) == ("Ann Lee", "zh_CN")
    assert a.learners.settings(ann.id).text_size == 36


def test_progress_is_the_latest_resume_point_and_the_earliest_mastery(a, b):
    ann = a.learners.create("Ann", "sun", "#174A86", "en")
    sync(a, b)
    a.learn(ann.id, n=2)
    a.progress.finish(ann.id, "mouse-basics", 0.95, True)  # mastered on A
    b.learn(ann.id, n=3, correct=False)  # meanwhile B, offline, has a worse run in progress
    b.progress.move_to(ann.id, "mouse-basics", "s3")
    sync(a, b)
    assert visible_state(a.path) == visible_state(b.path)
    on_b = b.progress.get(ann.id, "mouse-basics")
    assert on_b.mastered and on_b.current_step_id == "s3"  # mastery kept, resume where last seen
    assert totals(b.path) == recomputed_totals(b.path)
    assert [r[1] for r in totals(b.path)] == [5]  # 2 tries on A + 3 on B: derived, not merged


def test_an_erased_learner_never_comes_back(a, b):
    ann = a.learners.create("Ann", "sun", "#174A86", "en")
    a.learn(ann.id)
    sync(a, b)
    old = everything(b.store)  # an old bundle, made before the erasure
    b.learn(ann.id, n=2)  # B, offline, keeps adding
    a.roster.export_learner(ann.id)
    a.learners.delete(ann.id)
    sync(a, b)
    assert a.learners.get(ann.id) is None and b.learners.get(ann.id) is None
    a.store.apply(old)
    b.store.apply(old)
    assert a.learners.get(ann.id) is None and b.learners.get(ann.id) is None
    assert visible_state(a.path)["attempt"] == [] == visible_state(b.path)["attempt"]


def test_merging_two_registrations_keeps_every_attempt_of_both(a, b):
    first = a.learners.create("王秀英", "sun", "#174A86", "zh_CN")
    a.roster.update(first.id, birth_year=1952)
    second = b.learners.create("王秀英", "tree", "#174A86", "zh_CN")
    b.roster.update(second.id, birth_year=1952)
    a.learn(first.id, n=3)
    b.learn(second.id, n=2)
    b.progress.finish(second.id, "mouse-basics", 0.9, True)
    sync(a, b)
    pairs = a.store.likely_duplicates()
    assert [(x.id, y.id) for x, y in pairs] == [(first.id, second.id)]
    kept = a.store.merge_learners(first.id, second.id)
    assert kept == first.id
    b.learn(second.id, n=1)  # B has not heard yet: one more try under the old registration
    sync(a, b)
    assert visible_state(a.path) == visible_state(b.path)
    state = visible_state(a.path)
    assert [r[0] for r in state["learner"]] == [first.id]
    assert {r[1] for r in state["attempt"]} == {first.id} and len(state["attempt"]) == 6
    assert a.progress.get(first.id, "mouse-basics").mastered
    assert totals(a.path) == recomputed_totals(a.path)
    assert a.store.likely_duplicates() == []


def test_merges_in_opposite_directions_on_two_pcs_agree(a, b):
    x = a.learners.create("Li Na", "sun", "#174A86", "en")
    y = a.learners.create("Li Na", "tree", "#174A86", "en")
    a.learn(x.id, n=1)
    a.learn(y.id, n=2)
    sync(a, b)
    a.store.merge_learners(x.id, y.id)
    b.store.merge_learners(y.id, x.id)
    sync(a, b)
    assert visible_state(a.path) == visible_state(b.path)
    assert len(visible_state(a.path)["learner"]) == 1 and len(visible_state(a.path)["attempt"]) == 3


def test_erasing_a_learner_merged_elsewhere_erases_the_person(a, b):
    x = a.learners.create("Li Na", "sun", "#174A86", "en")
    y = a.learners.create("Li Na", "tree", "#174A86", "en")
    a.learn(y.id)
    sync(a, b)
    a.store.merge_learners(x.id, y.id)
    b.learners.delete(y.id)  # B erases the duplicate without having heard of the merge
    sync(a, b)
    assert visible_state(a.path) == visible_state(b.path)
    assert visible_state(a.path)["learner"] == [] and visible_state(a.path)["attempt"] == []


def test_a_record_whose_learner_is_not_here_yet_waits_and_then_lands(a, b):
    ann = a.learners.create("Ann", "sun", "#174A86", "en")
    a.learn(ann.id, n=2)
    records = everything(a.store)
    attempts = [r for r in records if r.table == "attempt"]
    rest = [r for r in records if r.table != "attempt"]
    assert b.store.apply(attempts).parked == 2
    assert b.store.parked_count() == 2
    b.store.apply(rest)
    assert b.store.parked_count() == 0
    assert visible_state(b.path) == visible_state(a.path)


def test_records_of_a_table_this_version_does_not_know_wait_for_an_upgrade(a, b):
    from trainer.domain.sync.merge import Record

    future = Record("observation", "o1", {"id": "o1", "learner_id": "x"}, {})
    assert b.store.apply([future]).parked == 1
    assert b.store.retry_parked() == 1  # still unknown: it stays, nothing is lost


def test_nothing_is_captured_while_other_pcs_changes_are_applied(a, b):
    ann = a.learners.create("Ann", "sun", "#174A86", "en")
    before = b.store.last_seq()
    b.receive(a)
    assert b.store.last_seq() == before  # B does not send A's records back as its own changes
    b.learners.rename(ann.id, "Ann B")
    assert b.store.last_seq() > before


def test_capture_follows_a_column_added_by_a_later_version(a):
    with closing(a.db.connect()) as conn:
        conn.execute("ALTER TABLE learner ADD COLUMN nickname TEXT")
        assert capture.refresh(conn) and not capture.refresh(conn)
        ann = conn.execute(
            "INSERT INTO learner (id, name, avatar, colour, language, created_at) VALUES"
            " ('l9', 'Ann', 'sun', '#000', 'en', '2025-01-01T00:00:00.000000+00:00')"
        )
        conn.execute("UPDATE learner SET nickname = 'Annie' WHERE id = 'l9'")
        fields = [r[0] for r in conn.execute("SELECT field FROM sync_clock WHERE key = 'l9'")]
    del ann
    assert "nickname" in fields


def test_the_applying_flag_never_stays_on_after_a_failure(a):
    with pytest.raises(OSError):
        a.store.apply(_records_then_a_failure())  # e.g. the hub's connection dropped mid-page
    with closing(a.db.connect()) as conn:
        assert conn.execute("SELECT applying FROM sync_state").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM learner").fetchone() == (0,)  # the page is all or nothing


def test_a_record_this_pc_refuses_is_kept_aside_and_the_rest_applies(a):
    from trainer.domain.sync.merge import Record

    bad = Record("learner", "l1", {"id": "l1"}, {})  # a learner without its required columns
    applied = a.store.apply([bad, _bo()])
    assert applied.changed["learner"] == 1 and a.store.parked_count() == 1
    assert a.learners.get("l2") is not None


def _bo():
    from trainer.domain.sync.merge import Record

    values = {"id": "l2", "name": "Bo", "avatar": "sun", "colour": "#174A86", "language": "en"}
    return Record("learner", "l2", values | {"created_at": "2025-01-01T00:00:00.000000+00:00"})


def _records_then_a_failure():
    yield _bo()
    raise OSError("connection lost")


def test_a_pc_that_syncs_backs_up_and_a_hostile_capture_trigger_is_refused(a, tmp_path):
    from trainer.storage import backup, verdict
    from trainer.storage.errors import BackupUnreadable

    ann = a.learners.create("Ann", "sun", "#174A86", "en")
    copy = backup.make_backup(a.path, tmp_path / "copy.sqlite")
    assert verdict.check_file(copy).ok  # the capture triggers do not fail the check
    backup.restore_backup(copy, a.path)
    with closing(sqlite3.connect(copy)) as conn:  # a file whose capture trigger was made hostile
        conn.execute("DROP TRIGGER sync_capture_attempt_ai")
        conn.execute(
            "CREATE TRIGGER sync_capture_attempt_ai AFTER INSERT ON attempt BEGIN SELECT RAISE(ABORT, 'no'); END"
        )
        conn.commit()
    checked = verdict.check_file(copy)
    assert checked.problem == verdict.TRIGGERS and "sync_capture_attempt_ai" in checked.detail
    with pytest.raises(BackupUnreadable):
        backup.restore_backup(copy, a.path)
    a.attempts.append(ann.id, "mouse-basics", 1, "s1", {}, True, 500)  # answers are still saved


def test_capture_triggers_are_made_again_when_they_differ(a):
    with closing(a.db.connect()) as conn:
        conn.execute("DROP TRIGGER sync_capture_attempt_ai")
        conn.execute("CREATE TRIGGER sync_capture_attempt_ai AFTER INSERT ON attempt BEGIN SELECT 1; END")
        assert capture.refresh(conn) and not capture.refresh(conn)
        assert capture.generated(conn)["sync_capture_attempt_ai"].count("sync_change") == 1


def test_tutors_archived_on_two_pcs_at_once_leave_one_who_can_sign_in(a, b):
    from trainer.services.tutors import TutorService

    service = TutorService(a.db)
    service.set_up("Sunshine Centre", "Town", "C1", "Tutor Li", "135792")
    other = service.add_tutor("Tutor Wu", "246813")
    sync(a, b)
    li = next(t for t in service.tutors() if t.name == "Tutor Li")
    service.archive_tutor(li.id)  # A archives Li (Wu is left)
    TutorService(b.db).archive_tutor(other.id)  # meanwhile B archives Wu (Li is left)
    sync(a, b)
    for pc in (a, b):
        left = TutorService(pc.db).tutors()
        assert [t.name for t in left] == ["Tutor Wu"]  # archived last: B's archiving came later
        assert TutorService(pc.db).sign_in(other.id, "246813").__class__.__name__ == "SignedIn"


def test_after_a_merge_the_survivor_keeps_its_own_settings_on_every_pc(a, b):
    x = a.learners.create("Li Na", "sun", "#174A86", "en")
    y = b.learners.create("Li Na", "tree", "#174A86", "en")
    sync(a, b)
    b.learners.save_settings(y.id, LearnerSettings(text_size=36))  # the other registration, edited later
    a.store.merge_learners(x.id, y.id)  # before hearing of that edit
    a.receive(b)  # the edit reaches A after the merge (as B's next push would)
    sync(a, b)
    assert visible_state(a.path) == visible_state(b.path)
    assert a.learners.settings(x.id).text_size == b.learners.settings(x.id).text_size != 36


def test_the_certificates_register_and_its_revocations_travel(a, b):
    from datetime import UTC, datetime

    from trainer.domain.certificates import CertificateRecord
    from trainer.storage.certificates import CertificateRepository

    ann = a.learners.create("Ann", "sun", "#174A86", "en")
    register = CertificateRepository(a.db)
    issued = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    register.add(
        CertificateRecord("K7M3-9QXT-2FHD", ann.id, "Ann", "tier", "basic", issued, "Tutor Li", "h" * 43)
    )
    sync(a, b)
    CertificateRepository(b.db).revoke("K7M3-9QXT-2FHD", "issued by mistake")  # revoked on the other PC
    sync(a, b)
    on_a = register.get("K7M3-9QXT-2FHD")
    assert on_a.revoked_at is not None and on_a.revoke_reason == "issued by mistake"
    assert visible_state(a.path) == visible_state(b.path)
    a.learners.delete(ann.id)  # erasing the learner keeps the register, without the link
    sync(a, b)
    assert CertificateRepository(b.db).get("K7M3-9QXT-2FHD").learner_id is None
    assert visible_state(a.path) == visible_state(b.path)


def test_archiving_and_two_people_marks_propagate(a, b):
    first = a.learners.create("Li Na", "sun", "#174A86", "en")
    b.learners.create("Li Na", "tree", "#174A86", "en")
    sync(a, b)
    assert len(b.store.likely_duplicates()) == 1
    pair = a.store.likely_duplicates()[0]
    a.store.mark_not_same(pair[0].id, pair[1].id)  # two different people
    sync(a, b)
    assert b.store.likely_duplicates() == []  # not suggested on the other PC either
    b.roster.set_archived(first.id, True)
    sync(a, b)
    assert a.roster.get(first.id).archived and visible_state(a.path) == visible_state(b.path)
