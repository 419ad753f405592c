"""Helpers for the storage tests: read files directly, never through the code under test."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "db"


def rows(path: Path, sql: str, *params: object) -> list[tuple]:
    """Read straight from the file with a fresh connection (not through the code under test)."""
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchall()


def count(path: Path, table: str) -> int:
    return rows(path, f"SELECT count(*) FROM {table}")[0][0]
