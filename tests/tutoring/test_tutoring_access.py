"""Tutor access against a real database file: setup, PINs only as scrypt hashes, the lockout kept
across restarts, sign-offs with a PIN."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from trainer.domain.learner import COLOURS
from trainer.domain.tutoring import LockedOut, SignedIn, SignOff, WrongPin
from trainer.services.logs import setup_logging
from trainer.services.tutors import PinNotAccepted, TutorService
from trainer.storage.db import Database
from trainer.storage.errors import InvalidValue
from trainer.storage.repositories import LearnerRepository

# 8 digits: a 6-digit PIN could turn up by chance in the microseconds of a stored time
PIN, OTHER_PIN, WRONG, NEW_PIN = "48291375", "57026491", "91827364", "60418253"


def _set_up(db, fake_clock) -> tuple[TutorService, str]:
    service = TutorService(db, now=fake_clock)
    assert not service.is_set_up()
    centre, tutor = service.set_up(" 阳光社区中心 ", "上海", "SH-01", "周老师", PIN)
    assert (centre.name, centre.place, centre.code) == ("阳光社区中心", "上海", "SH-01")
    assert service.is_set_up() and service.centre() == centre
    return service, tutor.id


def test_setup_refuses_weak_pins_and_a_second_centre(db, fake_clock):
    service = TutorService(db, now=fake_clock)
    for pin, reason in (("12345", "too_short"), ("123456", "too_simple"), ("12a456", "not_digits")):
        with pytest.raises(PinNotAccepted) as caught:
            service.set_up("Centre", "", "", "Zhou", pin)
        assert caught.value.reason == reason
    assert not service.is_set_up()
    service.set_up("Centre", "", "", "Zhou", PIN)
    with pytest.raises(InvalidValue) as caught:
        service.set_up("Centre 2", "", "", "Li", OTHER_PIN)
    assert caught.value.field == "centre"
    assert [t.name for t in service.tutors()] == ["Zhou"]


def test_sign_in_right_wrong_and_unknown_tutor(db, fake_clock):
    service, zhou = _set_up(db, fake_clock)
    li = service.add_tutor("Li", OTHER_PIN).id
    assert isinstance(service.sign_in(zhou, PIN), SignedIn)
    assert service.sign_in(li, OTHER_PIN) == SignedIn(service.tutors()[1])
    assert service.sign_in(zhou, OTHER_PIN) == WrongPin(4)  # another tutor's PIN is wrong here
    assert service.sign_in("no-such-tutor", PIN) == WrongPin(3)
    assert isinstance(service.sign_in(zhou, PIN), SignedIn)  # a right PIN clears the count
    assert service.sign_in(zhou, WRONG) == WrongPin(4)


def test_lockout_grows_and_survives_a_restart(paths, fake_clock):
    db = Database.open(paths)
    service, zhou = _set_up(db, fake_clock)
    results = [service.sign_in(zhou, WRONG) for _ in range(5)]
    assert results[:4] == [WrongPin(4), WrongPin(3), WrongPin(2), WrongPin(1)]
    assert results[4] == LockedOut(fake_clock.now + timedelta(minutes=1))
    db.close()

    # a new process: same file, new objects
    db = Database.open(paths)
    service = TutorService(db, now=fake_clock)
    assert service.lock() == LockedOut(fake_clock.now + timedelta(minutes=1))
    assert service.sign_in(zhou, PIN) == LockedOut(
        fake_clock.now + timedelta(minutes=1)
    )  # even the right PIN

    fake_clock.now += timedelta(minutes=1)
    assert service.lock() is None
    for _ in range(4):
        assert isinstance(service.sign_in(zhou, WRONG), WrongPin)
    assert service.sign_in(zhou, WRONG) == LockedOut(fake_clock.now + timedelta(minutes=5))  # longer now
    fake_clock.now += timedelta(minutes=5)
    assert isinstance(service.sign_in(zhou, PIN), SignedIn)
    for _ in range(4):
        service.sign_in(zhou, WRONG)
    assert service.sign_in(zhou, WRONG) == LockedOut(fake_clock.now + timedelta(minutes=1))  # growth reset
    db.close()


def test_archived_tutor_cannot_sign_in_and_the_last_one_cannot_be_archived(db, fake_clock):
    service, zhou = _set_up(db, fake_clock)
    with pytest.raises(InvalidValue):
        service.archive_tutor(zhou)
    li = service.add_tutor("Li", OTHER_PIN).id
    service.archive_tutor(li)
    assert service.sign_in(li, OTHER_PIN) == WrongPin(4)
    assert [t.name for t in service.tutors(include_archived=True)] == ["周老师", "Li"]


def test_change_pin_needs_the_old_one(db, fake_clock):
    service, zhou = _set_up(db, fake_clock)
    assert service.change_pin(zhou, WRONG, OTHER_PIN) == WrongPin(4)
    assert isinstance(service.sign_in(zhou, PIN), SignedIn)
    assert isinstance(service.change_pin(zhou, PIN, OTHER_PIN), SignedIn)
    assert service.sign_in(zhou, PIN) == WrongPin(4)
    assert isinstance(service.sign_in(zhou, OTHER_PIN), SignedIn)


def test_sign_off_needs_the_pin_and_keeps_tutor_time_and_note(db, fake_clock):
    service, zhou = _set_up(db, fake_clock)
    learner = LearnerRepository(db).create("王秀英", "sun", COLOURS[0], "zh_CN").id
    assert service.sign_off(zhou, WRONG, learner, tier="basic") == WrongPin(4)
    assert service.sign_offs(learner) == []
    made = service.sign_off(zhou, PIN, learner, tier="basic", note="  自己开机、打字  ")
    assert isinstance(made, SignOff)
    assert (made.tier, made.lesson_id, made.tutor_name, made.note) == (
        "basic",
        None,
        "周老师",
        "自己开机、打字",
    )
    lesson = service.sign_off(zhou, PIN, learner, lesson_id="mouse-basics")
    assert service.sign_offs(learner) == [made, lesson]
    with pytest.raises(InvalidValue):
        service.sign_off(zhou, PIN, learner, tier="basic", lesson_id="mouse-basics")
    with pytest.raises(InvalidValue):
        service.sign_off(zhou, PIN, learner, tier="expert")
    service.withdraw_sign_off(lesson.id)
    assert service.sign_offs(learner) == [made]
    assert len(service.sign_offs(learner, include_withdrawn=True)) == 2
    # erasing the learner erases their sign-offs
    LearnerRepository(db).delete(learner)
    assert service.sign_offs(learner, include_withdrawn=True) == []


def test_no_pin_in_clear_in_the_database_or_the_log(paths, fake_clock, caplog):
    log_file = setup_logging(paths.logs, logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    db = Database.open(paths)
    service, zhou = _set_up(db, fake_clock)
    li = service.add_tutor("Li", OTHER_PIN).id
    service.sign_in(zhou, WRONG)
    service.sign_in(li, OTHER_PIN)
    service.change_pin(zhou, PIN, NEW_PIN)
    learner = LearnerRepository(db).create("Ann", "sun", COLOURS[0], "en").id
    service.sign_off(li, OTHER_PIN, learner, tier="basic")
    db.close()
    for handler in [h for h in logging.getLogger().handlers if getattr(h, "_trainer", False)]:
        handler.close()
        logging.getLogger().removeHandler(handler)
    files = [p for p in paths.data.rglob("*") if p.is_file()]
    assert paths.database in files and log_file in files
    assert "tutor" in log_file.read_text(encoding="utf-8")  # the log did get the sign-in lines
    for pin in (PIN, OTHER_PIN, WRONG, NEW_PIN):
        for path in files:
            data = path.read_bytes()
            for encoded in (pin.encode(), pin.encode("utf-16-le")):
                assert encoded not in data, f"{pin} in {path.name}"
        assert pin not in caplog.text
