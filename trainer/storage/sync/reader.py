"""Reading records out of this PC's database: the pending changes (for the hub) and everything (for a
bundle or a first sync). Plain ``sqlite3``; the caller holds a read transaction for a consistent view."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from trainer.domain.sync.merge import Record, TableRule
from trainer.storage.sync import registry
from trainer.storage.sync.capture import columns, present_tables

CHUNK = 500


def where_key(rule: TableRule) -> str:
    return " AND ".join(f"{c} = ?" for c in rule.key)


def split_key(rule: TableRule, key: str) -> tuple[str, ...]:
    return (key,) if len(rule.key) == 1 else tuple(key.split("|", len(rule.key) - 1))


class Reader:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.present = present_tables(conn)
        self._cols: dict[str, list[str]] = {}

    def cols(self, table: str) -> list[str]:
        if table not in self._cols:
            self._cols[table] = columns(self.conn, table)
        return self._cols[table]

    def rules(self) -> list[TableRule]:
        return [r for r in registry.ALL if r.table in self.present]

    # --- whole tables ---------------------------------------------------------------------------
    def all_records(self, rule: TableRule, batch: int = 5000) -> Iterator[list[Record]]:
        """Every row of ``rule.table`` as records, ``batch`` at a time."""
        cols = self.cols(rule.table)
        clocks = self._all_clocks(rule.table) if rule.kind != "append" else {}
        cursor = self.conn.execute(f"SELECT {', '.join(cols)} FROM {rule.table}")
        while True:
            rows = cursor.fetchmany(batch)
            if not rows:
                return
            yield [self._record(rule, cols, row, clocks) for row in rows]

    def count(self, rule: TableRule) -> int:
        return int(self.conn.execute(f"SELECT count(*) FROM {rule.table}").fetchone()[0])

    def _all_clocks(self, table: str) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for key, field, value in self.conn.execute(
            "SELECT key, field, hlc FROM sync_clock WHERE tbl = ?", (table,)
        ):
            out.setdefault(key, {})[field] = value
        return out

    # --- some rows, by key --------------------------------------------------------------------------
    def records(self, rule: TableRule, keys: Iterable[str]) -> list[Record]:
        """The rows with these keys that still exist, as records (in the order found)."""
        keys = list(dict.fromkeys(keys))
        cols = self.cols(rule.table)
        out: list[Record] = []
        for start in range(0, len(keys), CHUNK):
            part = keys[start : start + CHUNK]
            clocks = self.clocks(rule.table, part) if rule.kind != "append" else {}
            if len(rule.key) == 1:
                marks = ", ".join("?" * len(part))
                rows = self.conn.execute(
                    f"SELECT {', '.join(cols)} FROM {rule.table} WHERE {rule.key[0]} IN ({marks})", part
                ).fetchall()
            else:
                rows = []
                sql = f"SELECT {', '.join(cols)} FROM {rule.table} WHERE {where_key(rule)}"
                for key in part:
                    rows += self.conn.execute(sql, split_key(rule, key)).fetchall()
            out += [self._record(rule, cols, row, clocks) for row in rows]
        return out

    def clocks(self, table: str, keys: list[str]) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        marks = ", ".join("?" * len(keys))
        for key, field, value in self.conn.execute(
            f"SELECT key, field, hlc FROM sync_clock WHERE tbl = ? AND key IN ({marks})", (table, *keys)
        ):
            out.setdefault(key, {})[field] = value
        return out

    def _record(
        self, rule: TableRule, cols: list[str], row: tuple, clocks: dict[str, dict[str, int]]
    ) -> Record:
        skipped = rule.skipped
        values: dict[str, Any] = {c: v for c, v in zip(cols, row, strict=True) if c not in skipped}
        key = rule.key_of(values)
        return Record(rule.table, key, values, clocks.get(key, {}))

    # --- the change feed ------------------------------------------------------------------------------
    def pending(self, after: int, limit: int) -> tuple[list[Record], int]:
        """Records changed after feed position ``after`` (at most ``limit`` feed rows), and the last
        position read. A row erased since its change is simply not there (its erasure is)."""
        rows = self.conn.execute(
            "SELECT seq, tbl, key FROM sync_change WHERE seq > ? ORDER BY seq LIMIT ?", (after, limit)
        ).fetchall()
        if not rows:
            return [], after
        by_table: dict[str, list[str]] = {}
        for _seq, table, key in rows:
            by_table.setdefault(table, []).append(key)
        out: list[Record] = []
        for rule in self.rules():
            if rule.table in by_table:
                out += self.records(rule, by_table[rule.table])
        return out, rows[-1][0]

    def pending_count(self, after: int) -> int:
        """How many records wait to be sent (each counted once, however often it changed)."""
        row = self.conn.execute(
            "SELECT count(*) FROM (SELECT DISTINCT tbl, key FROM sync_change WHERE seq > ?)", (after,)
        ).fetchone()
        return int(row[0])

    def last_seq(self) -> int:
        row = self.conn.execute("SELECT max(seq) FROM sync_change").fetchone()
        return int(row[0] or 0)
