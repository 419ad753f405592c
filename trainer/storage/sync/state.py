"""Small records of the local sync state: this PC (``SyncState``), another PC as last heard (``Peer``),
and the cursors that say how far this PC has sent and received."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from trainer.storage import clock


@dataclass(frozen=True)
class SyncState:
    pc_id: str
    pc_name: str
    hlc: int
    clock_offset_ms: int


@dataclass(frozen=True)
class Peer:
    pc_id: str
    name: str
    via: str  # "hub" or "usb"
    last_sync_at: datetime | None
    pending: int
    app_version: str


def read_cursor(conn: sqlite3.Connection, name: str) -> int:
    row = conn.execute("SELECT value FROM sync_cursor WHERE name = ?", (name,)).fetchone()
    return int(row[0]) if row else 0


def write_cursor(conn: sqlite3.Connection, name: str, value: int) -> None:
    conn.execute(
        "INSERT INTO sync_cursor (name, value, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        (name, value, clock.to_text(clock.utcnow())),
    )
