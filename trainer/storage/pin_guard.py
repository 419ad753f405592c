"""The learners' PIN guard (``learner_pin_guard``, schema v3), with the stdlib ``sqlite3`` module.

``claim`` is the whole check-and-count: in one ``BEGIN IMMEDIATE`` transaction it refuses a try that
must wait, or counts it as wrong *before* the PIN is hashed (a right PIN then clears the count). Two
windows or processes trying PINs at the same moment are put in a line by the write lock, so no try
is ever checked without being counted (the tutor lockout was bypassed that way).
"""

from __future__ import annotations

from contextlib import closing
from datetime import datetime

from trainer.domain.pin_wait import PinGuard, after_wrong, waiting_until
from trainer.storage import clock
from trainer.storage.connection import immediate
from trainer.storage.db import Database


class LearnerPinGuards:
    def __init__(self, db: Database) -> None:
        self._db = db

    def state(self, learner_id: str) -> PinGuard:
        with closing(self._db.connect()) as conn:
            return _read(conn, learner_id)

    def claim(self, learner_id: str, now: datetime) -> tuple[bool, PinGuard]:
        """(True, state after counting this try as wrong) when a PIN may be checked now; (False,
        state) when the try must wait (nothing is counted then)."""
        with closing(self._db.connect()) as conn, immediate(conn, self._db.path):
            state = _read(conn, learner_id)
            if waiting_until(state, now) is not None:
                return False, state
            counted = after_wrong(state, now)
            conn.execute(
                "INSERT INTO learner_pin_guard (learner_id, failed_count, wait_until, updated_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (learner_id) DO UPDATE SET"
                " failed_count = excluded.failed_count, wait_until = excluded.wait_until,"
                " updated_at = excluded.updated_at",
                (learner_id, counted.failed_count, _text(counted.wait_until), clock.to_text(now)),
            )
            return True, counted

    def clear(self, learner_id: str) -> None:
        """A right PIN, a new PIN, or a tutor's reset: no count, no wait."""
        with closing(self._db.connect()) as conn, immediate(conn, self._db.path):
            conn.execute("DELETE FROM learner_pin_guard WHERE learner_id = ?", (learner_id,))


def _read(conn, learner_id: str) -> PinGuard:
    row = conn.execute(
        "SELECT failed_count, wait_until FROM learner_pin_guard WHERE learner_id = ?", (learner_id,)
    ).fetchone()
    return PinGuard() if row is None else PinGuard(int(row[0]), clock.from_text(row[1]))


def _text(moment: datetime | None) -> str | None:
    return None if moment is None else clock.to_text(moment)
