"""Tutor mode's plain data and rules: the centre, tutors, tutor PINs and the sign-in lockout.

Lockout (the issue's "five wrong tries lock tutor sign-in for a growing time"):

- every wrong PIN for any tutor counts against one shared guard (scope ``tutor``), so trying each
  tutor's name in turn gains nothing;
- the 5th wrong PIN in a row locks tutor sign-in for 1 minute; after it ends, the next 5 wrong PINs
  lock it for 5 minutes, then 15, then 60 minutes (and 60 from then on);
- a right PIN clears the count and the growth;
- the state is stored in the database, so restarting the app does not reset it; a clock that was
  put back never makes a lock longer than the longest step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

TUTOR_PIN_MIN, TUTOR_PIN_MAX = 6, 12
MAX_TRIES = 5
LOCK_STEPS = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(minutes=60),
)
TUTOR_SCOPE = "tutor"
IDLE_LOCK = timedelta(minutes=10)  # tutor screens lock after this long without input (the UI's timer)


@dataclass(frozen=True)
class Centre:
    id: str
    name: str
    place: str
    code: str
    created_at: datetime | None = None


@dataclass(frozen=True)
class Tutor:
    id: str
    name: str
    created_at: datetime | None = None
    archived_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.archived_at is None


@dataclass(frozen=True)
class SignOff:
    """A tutor watched the learner do the practical tasks of a tier (or of one lesson) and signed it
    off with their PIN. Exactly one of ``tier`` and ``lesson_id`` is set. Certificates use it."""

    id: str
    learner_id: str
    tier: str | None
    lesson_id: str | None
    tutor_id: str
    tutor_name: str
    note: str | None
    created_at: datetime
    withdrawn_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


def tutor_pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a tutor PIN, as a short code, or None when it is fine.

    Codes: ``not_digits``, ``too_short``, ``too_long``, ``too_simple`` (one digit repeated, or a
    straight run such as 123456 or 987654: the first PINs anyone tries).
    """
    if not pin.isascii() or not pin.isdigit():
        return "not_digits"
    if len(pin) < TUTOR_PIN_MIN:
        return "too_short"
    if len(pin) > TUTOR_PIN_MAX:
        return "too_long"
    steps = {(int(b) - int(a)) % 10 for a, b in zip(pin, pin[1:], strict=False)}
    if steps in ({0}, {1}, {9}):
        return "too_simple"
    return None


@dataclass(frozen=True)
class GuardState:
    """Wrong PINs in a row, how many times the guard has locked since the last right PIN, and until
    when it is locked now (None: not locked)."""

    failed_count: int = 0
    lockouts: int = 0
    locked_until: datetime | None = None


def lock_length(lockouts: int) -> timedelta:
    """How long the ``lockouts``-th lock lasts (1-based): 1, 5, 15, then 60 minutes."""
    return LOCK_STEPS[min(max(lockouts, 1), len(LOCK_STEPS)) - 1]


def locked_until(state: GuardState, now: datetime) -> datetime | None:
    """When the lock ends, or None when sign-in is open at ``now``.

    A lock that would end later than the longest step from now (the PC's clock was put back) ends
    at ``now`` plus the longest step instead.
    """
    if state.locked_until is None or state.locked_until <= now:
        return None
    return min(state.locked_until, now + LOCK_STEPS[-1])


def after_failure(state: GuardState, now: datetime) -> GuardState:
    """The state after a wrong PIN at ``now`` (the caller has checked that it was not locked)."""
    failed, until = state.failed_count, state.locked_until
    if until is not None and until <= now:
        failed, until = 0, None  # the last lock has ended: a fresh set of tries
    failed += 1
    if failed >= MAX_TRIES:
        lockouts = state.lockouts + 1
        return GuardState(failed, lockouts, now + lock_length(lockouts))
    return GuardState(failed, state.lockouts, until)


def tries_left(state: GuardState, now: datetime) -> int:
    """Wrong PINs still allowed before the next lock (all of them again once a lock has ended)."""
    if state.locked_until is not None and state.locked_until <= now:
        return MAX_TRIES
    return max(0, MAX_TRIES - state.failed_count)


@dataclass(frozen=True)
class SignedIn:
    """The PIN was right."""

    tutor: Tutor


@dataclass(frozen=True)
class WrongPin:
    """The PIN was wrong; ``tries_left`` more wrong PINs are allowed before the lock."""

    tries_left: int


@dataclass(frozen=True)
class LockedOut:
    """Too many wrong PINs: no PIN is checked until ``until`` (UTC)."""

    until: datetime


SignInResult = SignedIn | WrongPin | LockedOut
