"""The roster: learners with their optional details, many at once (imports), and everything of one
learner as plain data (export before erasure, the data-safety standard).

Plain ``sqlite3``: an import of thousands of rows is one ``executemany`` in one transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import asdict
from datetime import datetime
from typing import Any

from trainer.domain.learner import LearnerSettings
from trainer.domain.roster import GENDERS, NewLearner, RosterLearner, name_key
from trainer.storage import clock
from trainer.storage.clock import from_text
from trainer.storage.connection import immediate, rollback_quietly
from trainer.storage.db import Database
from trainer.storage.errors import InvalidValue, NotFound
from trainer.storage.learner_fields import checked_fields

_COLUMNS = """id, name, avatar, colour, language, pin_hash IS NOT NULL, created_at, archived_at,
    last_active_at, birth_year, gender"""
# Everything of one learner, table by table (their stats tables are derived and left out).
OWNED_TABLES = (
    "learner_settings",
    "lesson_progress",
    "attempt",
    "help_request",
    "sign_off",
    "observation",
    "certificate",
)
BATCH = 500


class RosterRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self, include_archived: bool = True) -> list[RosterLearner]:
        where = "" if include_archived else "WHERE archived_at IS NULL"
        sql = f"SELECT {_COLUMNS} FROM learner {where} ORDER BY name COLLATE NOCASE, id"
        with closing(self._db.connect()) as conn:
            return [_learner(r) for r in conn.execute(sql)]

    def get(self, learner_id: str) -> RosterLearner | None:
        with closing(self._db.connect()) as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM learner WHERE id = ?", (learner_id,)).fetchone()
        return _learner(row) if row else None

    def name_years(self) -> dict[str, list[int | None]]:
        """Each current learner's name (as compared for duplicates) with their birth years."""
        out: dict[str, list[int | None]] = {}
        with closing(self._db.connect()) as conn:
            for name, year in conn.execute("SELECT name, birth_year FROM learner"):
                out.setdefault(name_key(name), []).append(year)
        return out

    def add_many(
        self,
        learners: Sequence[NewLearner],
        progress: Callable[[int, int], None] | None = None,
        now: datetime | None = None,
    ) -> list[str]:
        """Add every learner with default settings, all in one transaction (all or nothing).
        ``progress(done, total)`` is called after each batch; raising from it rolls everything back."""
        for x in learners:
            _checked(asdict(x) | {"archived": None})
        now = clock.aware(now) if now else clock.utcnow()
        stamp = clock.to_text(now)
        settings = LearnerSettings()._asdict()
        ids = [clock.new_id() for _ in learners]
        with closing(self._db.connect()) as conn, immediate(conn, self._db.path):
            for start in range(0, len(learners), BATCH):
                part = list(zip(ids[start : start + BATCH], learners[start : start + BATCH], strict=True))
                conn.executemany(
                    "INSERT INTO learner (id, name, avatar, colour, language, created_at, archived_at,"
                    " birth_year, gender) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (i, x.name, x.avatar, x.colour, x.language, stamp, stamp if x.archived else None)
                        + (x.birth_year, _gender(x.gender))
                        for i, x in part
                    ],
                )
                conn.executemany(
                    "INSERT INTO learner_settings (learner_id, text_size, high_contrast, speech_on,"
                    " speech_rate, double_click_ms, reduced_motion, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(i, *(settings[k] for k in _SETTINGS), stamp) for i, _ in part],
                )
                if progress is not None:
                    progress(min(start + BATCH, len(learners)), len(learners))
        return ids

    def update(self, learner_id: str, **changes: Any) -> RosterLearner:
        """Change some of name, avatar, colour, language, birth_year, gender (None clears the last
        two) in one statement; ``InvalidValue`` for a value the database must not hold."""
        changes = _checked(changes)
        if changes:
            sets = ", ".join(f"{k} = ?" for k in changes)
            self._update(
                learner_id, f"UPDATE learner SET {sets} WHERE id = ?", (*changes.values(), learner_id)
            )
        found = self.get(learner_id)
        if found is None:
            raise NotFound("learner", learner_id)
        return found

    def set_archived(self, learner_id: str, archived: bool) -> None:
        stamp = clock.to_text(clock.utcnow()) if archived else None
        self._update(learner_id, "UPDATE learner SET archived_at = ? WHERE id = ?", (stamp, learner_id))

    def _update(self, learner_id: str, sql: str, params: tuple) -> None:
        with closing(self._db.connect()) as conn, immediate(conn, self._db.path):
            if conn.execute(sql, params).rowcount == 0:
                raise NotFound("learner", learner_id)

    def export_learner(self, learner_id: str) -> dict[str, Any]:
        """Everything stored about one learner, as JSON-ready data (the PIN hash is left out: it is
        a secret, and useless anywhere else). Read in one snapshot."""
        with closing(self._db.connect()) as conn:
            conn.row_factory = sqlite3.Row
            conn.execute("BEGIN")
            try:
                row = conn.execute("SELECT * FROM learner WHERE id = ?", (learner_id,)).fetchone()
                if row is None:
                    raise NotFound("learner", learner_id)
                learner = dict(zip(row.keys(), tuple(row), strict=True))
                del learner["pin_hash"]
                learner["has_pin"] = row["pin_hash"] is not None
                out: dict[str, Any] = {"learner": learner}
                for table in OWNED_TABLES:
                    order = "" if table == "learner_settings" else f" ORDER BY {_ORDER[table]}, id"
                    rows = conn.execute(f"SELECT * FROM {table} WHERE learner_id = ?{order}", (learner_id,))
                    out[table] = [dict(r) for r in rows]
            finally:
                rollback_quietly(conn)
        for attempt in out["attempt"]:
            attempt["answer"] = json.loads(attempt["answer"])
            if attempt.get("shown") is not None:
                attempt["shown"] = json.loads(attempt["shown"])
        for progress in out["lesson_progress"]:
            if progress.get("mastery_rule") is not None:
                progress["mastery_rule"] = json.loads(progress["mastery_rule"])
        return out


_SETTINGS = ("text_size", "high_contrast", "speech_on", "speech_rate", "double_click_ms", "reduced_motion")
_ORDER = {
    "lesson_progress": "started_at",
    "attempt": "created_at",
    "help_request": "created_at",
    "sign_off": "created_at",
    "observation": "created_at",
    "certificate": "issued_at",
}


def _gender(gender: str | None) -> str | None:
    if gender is not None and gender not in GENDERS:
        raise InvalidValue("gender", "unknown")
    return gender


def _checked(changes: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in changes.items() if k != "archived"}
    unknown = set(out) - {"name", "avatar", "colour", "language", "birth_year", "gender"}
    if unknown:
        raise InvalidValue(sorted(unknown)[0], "not_a_column")
    out = checked_fields(out)
    year = out.get("birth_year")
    if year is not None and not 1900 <= int(year) <= clock.utcnow().year:
        raise InvalidValue("birth_year", "out_of_range")
    if "gender" in out:
        _gender(out["gender"])
    return out


def _learner(r: tuple) -> RosterLearner:
    return RosterLearner(
        id=r[0],
        name=r[1],
        avatar=r[2],
        colour=r[3],
        language=r[4],
        has_pin=bool(r[5]),
        created_at=from_text(r[6]),
        archived_at=from_text(r[7]),
        last_active_at=from_text(r[8]),
        birth_year=r[9],
        gender=r[10],
    )
