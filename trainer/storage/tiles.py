"""The sign-in screen's learner list, read with the stdlib ``sqlite3`` module only (fast start-up)."""

from __future__ import annotations

import sqlite3

from trainer.domain.learner import Learner
from trainer.storage.clock import from_text

_TILES = """
SELECT id, name, avatar, colour, language, pin_hash IS NOT NULL, created_at, last_active_at
FROM learner
WHERE archived_at IS NULL
ORDER BY last_active_at IS NULL, last_active_at DESC, name COLLATE NOCASE, id
"""


def list_tiles(conn: sqlite3.Connection) -> list[Learner]:
    """Active learners, most recently active first, then those never active by name.

    Timestamps are fixed-width UTC text, so text order is time order.
    """
    return [
        Learner(
            id=row[0],
            name=row[1],
            avatar=row[2],
            colour=row[3],
            language=row[4],
            has_pin=bool(row[5]),
            created_at=from_text(row[6]),
            last_active_at=from_text(row[7]),
        )
        for row in conn.execute(_TILES)
    ]
