"""Backup and restore round trip: every row of every table comes back, the database that was replaced
is kept, and a cancelled backup leaves nothing behind."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from trainer.services.backups import BackupService
from trainer.services.jobs import Cancelled, CancelToken
from trainer.services.roster import RosterService
from trainer.services.tutors import TutorService
from trainer.storage.db import Database
from trainer.storage.progress import LessonProgressRepository
from trainer.storage.repositories import AttemptRepository, HelpRequestRepository

PIN = "48291375"


def snapshot(path) -> dict[str, list[tuple]]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: sorted(conn.execute(f"SELECT * FROM {n}").fetchall(), key=repr) for n in names}


def fill(db) -> None:
    tutors = TutorService(db)
    _, zhou = tutors.set_up("阳光社区中心", "上海", "SH-01", "周老师", PIN)
    tutors.sign_in(zhou.id, "00000001")  # a wrong PIN: the guard has a row
    roster = RosterService(db)
    people = [
        roster.add(name, "zh_CN", birth_year=1950 + n)
        for n, name in enumerate(("王秀英", "李建国", "陈阿姨"))
    ]
    attempts, progress = AttemptRepository(db), LessonProgressRepository(db)
    for person in people:
        progress.start(person.id, "mouse-basics", 1, "point")
        for n in range(30):
            attempts.append(
                person.id, "mouse-basics", 1, f"s{n % 4}", {"n": n, "词": "入门"}, n % 3 != 0, 2000 + n
            )
        progress.finish(person.id, "mouse-basics", 0.9, True)
    HelpRequestRepository(db).add(people[0].id, "mouse-basics", "s1")
    tutors.sign_off(zhou.id, PIN, people[1].id, tier="basic", note="很好")


def test_backup_to_a_usb_folder_then_restore_loses_nothing(paths, tmp_path):
    db = Database.open(paths)
    fill(db)
    before = snapshot(db.path)
    assert all(
        before[t]
        for t in ("centre", "tutor", "sign_in_guard", "learner", "attempt", "sign_off", "learner_stats")
    )
    service = BackupService.for_paths(paths)
    steps: list[tuple[int, int]] = []
    usb = tmp_path / "usb"
    made = service.backup_now(usb, progress=lambda done, total: steps.append((done, total)))
    assert made.parent == usb and made.name.startswith("manual-") and steps[-1][0] == steps[-1][1] > 0
    preview = service.preview(made)
    assert (preview.learners, preview.attempts) == (3, 90)
    assert [b.path for b in service.backups(usb)] == [made]

    # the centre carries on: one learner erased, one added
    roster = RosterService(db)
    roster.erase(roster.learners()[0].id)
    roster.add("New Person", "en")
    changed = snapshot(db.path)
    db.close()

    saved = service.restore(made)
    assert saved is not None and saved.name.startswith("before-restore-")
    assert snapshot(saved) == changed  # what was replaced is kept
    db = Database.open(paths)
    assert snapshot(db.path) == before
    assert TutorService(db).lock() is None and len(RosterService(db).learners()) == 3
    db.close()


def test_a_cancelled_backup_leaves_no_file(paths, tmp_path):
    db = Database.open(paths)
    fill(db)
    with closing(db.connect()) as conn:  # make the file big enough for several progress steps
        conn.execute("CREATE TABLE padding (x BLOB)")
        conn.executemany("INSERT INTO padding VALUES (randomblob(4000))", [()] * 800)
    token = CancelToken()

    def progress(done, total):
        token.cancel()

    with pytest.raises(Cancelled):
        BackupService.for_paths(paths).backup_now(tmp_path / "usb", progress=progress, cancel=token)
    assert list((tmp_path / "usb").iterdir()) == []
    db.close()


def test_daily_and_exit_backups_rotate(paths):
    db = Database.open(paths)
    service = BackupService.for_paths(paths)
    first = service.daily_backup()
    assert first is not None and service.daily_backup() is None  # not due again today
    made = [service.auto_backup("exit") for _ in range(16)]
    autos = [b for b in service.backups() if b.kind == "auto"]
    assert len(autos) == 14 and made[-1] in [b.path for b in autos]
    db.close()
