"""Guessing PINs: simultaneous tutor sign-ins cannot check more PINs than the lock allows (20 at once
used to check all 19 wrong ones and accept the right one after the lock); learner PINs get a gentle,
growing wait that a restart does not lift and a tutor can."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from trainer.domain.pin_wait import FREE_TRIES, PinAccepted, PinWait, PinWrong
from trainer.domain.tutoring import MAX_TRIES, LockedOut, SignedIn, WrongPin
from trainer.services.learners import LearnerService
from trainer.services.tutors import TutorService
from trainer.storage.db import Database

T0 = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
RIGHT = "482613"


@pytest.fixture
def db(paths):
    database = Database.open(paths)
    yield database
    database.close()


def _at_once(count: int, work) -> list:
    """``work(i)`` on ``count`` threads released together; the results in thread order."""
    barrier, results = threading.Barrier(count), [None] * count

    def run(i: int) -> None:
        barrier.wait()
        results[i] = work(i)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return results


def test_twenty_simultaneous_tutor_sign_ins_check_at_most_five_pins(db):
    service = TutorService(db, now=lambda: T0)
    _centre, tutor = service.set_up("Centre", "", "", "周老师", RIGHT)
    checked = []
    import trainer.services.tutors as tutors_module

    real_check = tutors_module.check_pin

    def counting_check(pin: str, stored: str) -> bool:
        checked.append(pin)
        return real_check(pin, stored)

    tutors_module.check_pin = counting_check
    try:
        # 19 wrong PINs and the right one last in line, all at the same instant, each its own service
        pins = [f"{n:06d}" for n in range(135790, 135809)] + [RIGHT]
        results = _at_once(20, lambda i: TutorService(db, now=lambda: T0).sign_in(tutor.id, pins[i]))
    finally:
        tutors_module.check_pin = real_check
    signed_in = [i for i, r in enumerate(results) if isinstance(r, SignedIn)]
    assert not signed_in or RIGHT in checked  # the right one got in only if it was one of the five
    if not signed_in:
        assert len(checked) <= MAX_TRIES, f"{len(checked)} PINs were checked: {checked}"
        assert sum(1 for r in results if isinstance(r, LockedOut)) >= 20 - MAX_TRIES
    else:  # a right PIN clears the count (as it must for the real tutor), so the tries still arriving
        # start a new count: at most MAX_TRIES - 1 wrong ones counted before it, and MAX_TRIES after
        wrong = [pin for pin in checked if pin != RIGHT]
        assert len(wrong) <= 2 * MAX_TRIES - 1, f"{len(wrong)} wrong PINs were checked: {checked}"
        assert sum(1 for r in results if isinstance(r, LockedOut)) >= 20 - 2 * MAX_TRIES
    if not signed_in:  # locked: the right PIN is refused until the lock ends, without being checked
        assert isinstance(service.sign_in(tutor.id, RIGHT), LockedOut)
        later = TutorService(db, now=lambda: T0 + timedelta(minutes=1, seconds=1))
        assert isinstance(later.sign_in(tutor.id, RIGHT), SignedIn)


def test_a_right_tutor_pin_among_the_first_tries_still_signs_in_and_clears(db):
    service = TutorService(db, now=lambda: T0)
    _centre, tutor = service.set_up("Centre", "", "", "周老师", RIGHT)
    for _ in range(MAX_TRIES - 1):
        assert isinstance(service.sign_in(tutor.id, "135792"), WrongPin)
    assert isinstance(service.sign_in(tutor.id, RIGHT), SignedIn)  # the 5th try, and right
    assert service.lock() is None
    assert service.sign_in(tutor.id, "135792") == WrongPin(MAX_TRIES - 1)


@pytest.fixture
def learner(db):
    service = LearnerService(db)
    ann = service.create("Ann", "sun", "en")
    service.set_pin(ann.id, "2468")
    return service, ann


def test_learner_pin_tries_wait_longer_and_longer(learner):
    service, ann = learner
    now = T0
    for _ in range(FREE_TRIES):  # mistyping is free
        assert service.try_pin(ann.id, "1111", now=now) == PinWrong(None)
    waits = []
    for _ in range(8):
        result = service.try_pin(ann.id, "1111", now=now)
        assert isinstance(result, PinWrong) and result.wait_until is not None
        waits.append(result.wait_until - now)
        # trying before the wait is over is not checked, and not counted
        assert service.try_pin(ann.id, "2468", now=now + timedelta(seconds=1)) == PinWait(result.wait_until)
        now = result.wait_until
    assert [int(w.total_seconds()) for w in waits] == [5, 15, 30, 60, 120, 300, 900, 900]
    assert service.try_pin(ann.id, "2468", now=now) == PinAccepted()
    assert service.pin_wait(ann.id, now=now) is None
    assert service.try_pin(ann.id, "1111", now=now) == PinWrong(None)  # a fresh count after a right PIN


def test_simultaneous_learner_tries_cannot_skip_the_wait(learner):
    service, ann = learner
    results = _at_once(12, lambda i: service.try_pin(ann.id, f"{1000 + i}", now=T0))
    checked = [r for r in results if isinstance(r, PinWrong)]
    assert len(checked) == FREE_TRIES + 1  # the 4th sets the wait; the other 8 wait, unchecked
    assert sum(1 for r in results if isinstance(r, PinWait)) == 12 - FREE_TRIES - 1


def test_the_wait_survives_a_restart_and_a_tutor_lifts_it(paths, learner, db):
    service, ann = learner
    for _ in range(FREE_TRIES + 2):
        service.try_pin(ann.id, "1111", now=T0)
    db.close()
    with Database.open(paths) as again:
        reopened = LearnerService(again)
        assert reopened.pin_wait(ann.id, now=T0 + timedelta(seconds=2)) is not None
        assert isinstance(reopened.try_pin(ann.id, "2468", now=T0 + timedelta(seconds=2)), PinWait)
        reopened.reset_pin_wait(ann.id)  # the tutor's button
        assert reopened.try_pin(ann.id, "2468", now=T0 + timedelta(seconds=2)) == PinAccepted()


def test_a_clock_put_back_never_makes_the_wait_longer_than_fifteen_minutes(learner):
    service, ann = learner
    for _ in range(FREE_TRIES + 1):
        service.try_pin(ann.id, "1111", now=T0 + timedelta(days=365))  # the clock was a year ahead
    until = service.pin_wait(ann.id, now=T0)
    assert until is not None and until - T0 <= timedelta(minutes=15)


def test_erasing_the_learner_erases_the_guard(learner, db):
    service, ann = learner
    service.try_pin(ann.id, "1111", now=T0)
    service.repo.delete(ann.id)
    with db.connect() as conn:
        assert conn.execute("SELECT count(*) FROM learner_pin_guard").fetchone() == (0,)
