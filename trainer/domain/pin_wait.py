"""A gentle, growing wait after wrong learner PINs (a 4-digit PIN has only 10,000 values: without a
wait a script tried 392 in 16.6 s and found one).

- the first ``FREE_TRIES`` wrong PINs in a row cost nothing (people mistype);
- after that each wrong PIN makes the next try wait: 5 s, 15 s, 30 s, 1, 2 and 5 minutes, then 15
  minutes from then on. A learner who forgot their PIN asks a tutor, who can lift the wait (and
  remove the PIN); guessing all 10,000 values would take months;
- a right PIN clears the count; the state is kept in the database, so closing the app does not lift
  it; a clock put back never makes a wait longer than the longest step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

FREE_TRIES = 3
WAITS = tuple(
    timedelta(seconds=s) for s in (5, 15, 30, 60, 120, 300, 900)
)  # after the 4th, 5th, ... wrong PIN in a row


@dataclass(frozen=True)
class PinGuard:
    failed_count: int = 0  # wrong PINs in a row
    wait_until: datetime | None = None  # no PIN is checked before this moment (UTC)


def wait_after(failed_count: int) -> timedelta:
    """How long the next try waits after ``failed_count`` wrong PINs in a row."""
    if failed_count <= FREE_TRIES:
        return timedelta(0)
    return WAITS[min(failed_count - FREE_TRIES, len(WAITS)) - 1]


def waiting_until(state: PinGuard, now: datetime) -> datetime | None:
    """Until when a try must wait at ``now``, or None when a PIN may be tried now."""
    if state.wait_until is None or state.wait_until <= now:
        return None
    return min(state.wait_until, now + WAITS[-1])


def after_wrong(state: PinGuard, now: datetime) -> PinGuard:
    """The state after a wrong PIN at ``now`` (the caller checked there was no wait)."""
    failed = state.failed_count + 1
    wait = wait_after(failed)
    return PinGuard(failed, now + wait if wait else None)


@dataclass(frozen=True)
class PinAccepted:
    pass


@dataclass(frozen=True)
class PinWrong:
    """A wrong PIN; ``wait_until``: the next try must wait until then (None: try again now)."""

    wait_until: datetime | None


@dataclass(frozen=True)
class PinWait:
    """Not checked: tries wait until ``until`` after several wrong PINs."""

    until: datetime


PinCheck = PinAccepted | PinWrong | PinWait
