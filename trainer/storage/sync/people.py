"""Erasing a learner's group and moving one learner's records into another (a merge of duplicates),
on this PC's tables. Both run inside the caller's transaction with ``sync_state.applying = 1``: what
they write follows from facts that travel on their own (an erasure, a merge), so it is not captured.

Which tables hold a learner's records, and what happens to them, comes from the registry (``owner``,
``on_erase``, ``on_merge``): a table added there is moved and erased with the learner by itself.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from trainer.domain.sync.merge import KEEP_SURVIVOR, MERGE_BY_KEY, UNLINK, Record, TableRule, merge
from trainer.domain.sync.people import MergeLink, People
from trainer.storage import clock
from trainer.storage.sync import registry
from trainer.storage.sync.capture import columns, present_tables


def load_people(conn: sqlite3.Connection) -> People:
    links = [MergeLink(a, b) for a, b in conn.execute("SELECT learner_id, into_id FROM sync_merged")]
    erased = [r[0] for r in conn.execute("SELECT learner_id FROM sync_erased")]
    return People(links, erased)


def owned_rules(conn: sqlite3.Connection) -> list[TableRule]:
    present = present_tables(conn)
    return [r for r in registry.SYNCED if r.owner and r.table != "learner" and r.table in present]


def erase_learner(conn: sqlite3.Connection, learner_id: str) -> bool:
    """Delete the learner and (by the foreign keys' cascade) every record of theirs; certificates keep
    the printed name and lose the link. Their clocks and parked records go too. False if absent."""
    gone = conn.execute("DELETE FROM learner WHERE id = ?", (learner_id,)).rowcount > 0
    _forget_keys(conn, learner_id)
    conn.execute("DELETE FROM sync_parked WHERE waits_for = ?", (learner_id,))
    return gone


def _forget_keys(conn: sqlite3.Connection, learner_id: str) -> None:
    conn.execute(
        "DELETE FROM sync_clock WHERE tbl IN ('learner', 'learner_settings') AND key = ?", (learner_id,)
    )
    conn.execute(
        "DELETE FROM sync_clock WHERE tbl = 'lesson_progress' AND key > ? AND key < ?",
        (learner_id + "|", learner_id + "}"),
    )


def move_learner(conn: sqlite3.Connection, from_id: str, into_id: str) -> None:
    """Every record of ``from_id`` becomes ``into_id``'s, then ``from_id`` is deleted. Both must exist.

    Append-only records (attempts, help requests, sign-offs) keep their ids and are written again for
    the survivor, so its totals (kept by triggers) count them; progress per lesson merges by the
    progress rule (latest resume point, earliest mastery); the survivor's own settings are kept; the
    certificate register is relinked."""
    reinsert: list[tuple[TableRule, list[str], list[tuple]]] = []
    merged_rows: list[tuple[TableRule, Record]] = []
    for rule in owned_rules(conn):
        cols = columns(conn, rule.table)
        owner = rule.owner
        assert owner is not None
        if rule.on_erase == UNLINK:
            conn.execute(f"UPDATE {rule.table} SET {owner} = ? WHERE {owner} = ?", (into_id, from_id))
            continue
        rows = conn.execute(
            f"SELECT {', '.join(cols)} FROM {rule.table} WHERE {owner} = ?", (from_id,)
        ).fetchall()
        if not rows:
            continue
        if rule.on_merge == KEEP_SURVIVOR:
            continue  # the survivor's own (settings): the merged-away learner's go with them
        if rule.on_merge == MERGE_BY_KEY:
            for row in rows:
                theirs = _record(conn, rule, cols, row)
                values = dict(theirs.values) | {owner: into_id}
                moved = Record(rule.table, rule.key_of(values), values, theirs.clocks)
                mine = read_record(conn, rule, cols, moved.key)
                merged_rows.append((rule, merge(rule, mine, moved) or mine or moved))
        else:
            reinsert.append((rule, cols, [_with(cols, row, owner, into_id) for row in rows]))
    conn.execute("DELETE FROM learner WHERE id = ?", (from_id,))
    _forget_keys(conn, from_id)
    for rule, record in merged_rows:  # progress before attempts: the totals read the status
        write_record(conn, rule, columns(conn, rule.table), record, exists=None)
    for rule, cols, rows in reinsert:
        marks = ", ".join("?" * len(cols))
        conn.executemany(f"INSERT OR IGNORE INTO {rule.table} ({', '.join(cols)}) VALUES ({marks})", rows)
    conn.execute("UPDATE sync_parked SET waits_for = ? WHERE waits_for = ?", (into_id, from_id))


def _with(cols: list[str], row: tuple, column: str, value: Any) -> tuple:
    index = cols.index(column)
    return (*row[:index], value, *row[index + 1 :])


# --- one record, read and written with its clocks -------------------------------------------------------


def _where(rule: TableRule) -> str:
    return " AND ".join(f"{c} = ?" for c in rule.key)


def _key_values(rule: TableRule, values: dict[str, Any]) -> tuple:
    return tuple(values[c] for c in rule.key)


def _record(conn: sqlite3.Connection, rule: TableRule, cols: list[str], row: tuple) -> Record:
    values = {c: v for c, v in zip(cols, row, strict=True) if c not in rule.skipped}
    key = rule.key_of(values)
    return Record(rule.table, key, values, _clocks(conn, rule.table, key))


def _clocks(conn: sqlite3.Connection, table: str, key: str) -> dict[str, int]:
    return dict(conn.execute("SELECT field, hlc FROM sync_clock WHERE tbl = ? AND key = ?", (table, key)))


def read_record(conn: sqlite3.Connection, rule: TableRule, cols: list[str], key: str) -> Record | None:
    parts = (key,) if len(rule.key) == 1 else tuple(key.split("|", len(rule.key) - 1))
    row = conn.execute(f"SELECT {', '.join(cols)} FROM {rule.table} WHERE {_where(rule)}", parts).fetchone()
    return None if row is None else _record(conn, rule, cols, row)


def derive(rule: TableRule, values: dict[str, Any]) -> dict[str, Any]:
    """The derived columns of a merged row (a lesson is mastered once a mastery is recorded)."""
    if rule.table == "lesson_progress":
        return {"status": "mastered" if values.get("mastered_at") else "in_progress"}
    return {}


def write_record(
    conn: sqlite3.Connection, rule: TableRule, cols: list[str], record: Record, exists: bool | None
) -> None:
    """Write a merged record into its table (insert or update) and its clocks into ``sync_clock``.
    Columns this version does not have are left out. ``exists=None``: look it up."""
    values = {c: v for c, v in record.values.items() if c in cols}
    values |= {c: v for c, v in derive(rule, record.values).items() if c in cols}
    if exists is None:
        exists = (
            conn.execute(
                f"SELECT 1 FROM {rule.table} WHERE {_where(rule)}", _key_values(rule, values)
            ).fetchone()
            is not None
        )
    if exists:
        changing = [c for c in values if c not in rule.key]
        if changing:
            conn.execute(
                f"UPDATE {rule.table} SET {', '.join(f'{c} = ?' for c in changing)} WHERE {_where(rule)}",
                (*(values[c] for c in changing), *_key_values(rule, values)),
            )
    else:
        if "id" in rule.local and "id" in cols:
            values["id"] = clock.new_id()
        names = list(values)
        conn.execute(
            f"INSERT INTO {rule.table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            tuple(values[c] for c in names),
        )
    if rule.kind != "append":
        conn.execute("DELETE FROM sync_clock WHERE tbl = ? AND key = ?", (rule.table, record.key))
        conn.executemany(
            "INSERT INTO sync_clock (tbl, key, field, hlc) VALUES (?, ?, ?, ?)",
            [(rule.table, record.key, f, h) for f, h in record.clocks.items() if h],
        )
