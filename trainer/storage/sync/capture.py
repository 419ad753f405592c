"""Capture: triggers that record every change to a synced table, with its clock, as it happens.

Generated from the registry and the table's current columns, and installed only on a PC that takes
part in its centre's sync (``enable``); a lone PC has none. After every schema upgrade they are made
again (``refresh``, called by ``migrate.upgrade``), so a column added by a later version is stamped too.

For each synced table ``T``:

- ``sync_capture_T_ai`` (after insert) and ``_au`` (after update): tick the hybrid logical clock
  (``domain.sync.hlc.tick`` in SQL: later than every value issued or seen, at least the corrected wall
  clock), stamp each changeable column that changed (``sync_clock``), and append the row's key to the
  change feed (``sync_change``). Append-only tables only feed (they have no clocks);
- ``sync_capture_learner_ad`` (after delete of a learner): the erasure becomes a tombstone
  (``sync_erased``) in the feed.

Nothing is captured while ``sync_state.applying`` is 1: that is the sync code applying other PCs'
changes (they already carry their clocks) inside its own transaction.
"""

from __future__ import annotations

import hashlib
import socket
import sqlite3
import time

from trainer.domain.sync import hlc
from trainer.domain.sync.merge import APPEND, TableRule
from trainer.storage import clock
from trainer.storage.sync import registry

PREFIX = "sync_capture_"
NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)"
TICK = f"UPDATE sync_state SET hlc = max(hlc + 1, ({NOW_MS} + clock_offset_ms) * {1 << hlc.LOGICAL_BITS})"
QUIET = "(SELECT applying FROM sync_state WHERE id = 1) = 0"
NOW_TEXT = "strftime('%Y-%m-%dT%H:%M:%f000+00:00', 'now')"


def is_capture_trigger(name: str) -> bool:
    return name.startswith(PREFIX)


def generated(conn: sqlite3.Connection) -> dict[str, str]:
    """The capture triggers this code makes for this database (name -> SQL with whitespace folded);
    none on a database that does not sync. ``storage.verdict`` accepts a ``sync_capture_*`` trigger
    only when it is exactly one of these."""
    if not is_enabled(conn):
        return {}
    return {_name_of(sql): " ".join(sql.split()) for sql in trigger_sql(conn)}


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def present_tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def key_sql(rule: TableRule, row: str) -> str:
    if len(rule.key) == 1:
        return f"{row}.{rule.key[0]}"
    return " || '|' || ".join(f"{row}.{c}" for c in rule.key)


def trigger_sql(conn: sqlite3.Connection) -> list[str]:
    """The capture triggers for this database's tables, as CREATE statements."""
    present = present_tables(conn)
    out = []
    for rule in registry.SYNCED:
        if rule.table in present:
            out += _table_triggers(rule, columns(conn, rule.table))
    out.append(_erasure_trigger())
    return out


def _table_triggers(rule: TableRule, cols: list[str]) -> list[str]:
    t = rule.table
    tracked = [c for c in cols if c not in rule.skipped and c not in rule.key]
    stamped = [] if rule.kind == APPEND else rule.changeable(tracked)
    new_key = key_sql(rule, "NEW")
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in tracked) or "0"
    insert_body, update_body = [], []
    if stamped:
        insert_body += [
            f"{TICK} WHERE id = 1;",
            f"INSERT OR REPLACE INTO sync_clock (tbl, key, field, hlc) SELECT '{t}', {new_key}, f.column1, "
            f"s.hlc FROM sync_state AS s, (VALUES {', '.join(f'({_q(c)})' for c in stamped)}) AS f WHERE s.id = 1;",
        ]
        any_stamped = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in stamped)
        which = " UNION ALL ".join(f"SELECT '{c}' AS field WHERE NEW.{c} IS NOT OLD.{c}" for c in stamped)
        update_body += [
            f"{TICK} WHERE id = 1 AND ({any_stamped});",
            f"INSERT OR REPLACE INTO sync_clock (tbl, key, field, hlc) SELECT '{t}', {new_key}, f.field, s.hlc "
            f"FROM sync_state AS s, ({which}) AS f WHERE s.id = 1;",
        ]
    insert_body.append(f"INSERT INTO sync_change (tbl, key) VALUES ('{t}', {new_key});")
    update_body.append(f"INSERT INTO sync_change (tbl, key) SELECT '{t}', {new_key} WHERE {changed};")
    return [
        _trigger(f"{PREFIX}{t}_ai", f"AFTER INSERT ON {t}", insert_body),
        _trigger(f"{PREFIX}{t}_au", f"AFTER UPDATE ON {t}", update_body),
    ]


def _erasure_trigger() -> str:
    return _trigger(
        f"{PREFIX}learner_ad",
        "AFTER DELETE ON learner",
        [
            f"INSERT OR IGNORE INTO sync_erased (learner_id, erased_at) VALUES (OLD.id, {NOW_TEXT});",
            f"INSERT INTO sync_change (tbl, key) VALUES ('{registry.ERASED}', OLD.id);",
            "DELETE FROM sync_clock WHERE tbl IN ('learner', 'learner_settings') AND key = OLD.id;",
            "DELETE FROM sync_clock WHERE tbl = 'lesson_progress' AND key > OLD.id || '|' AND key < OLD.id || '}';",
        ],
    )


def _trigger(name: str, event: str, body: list[str]) -> str:
    lines = "\n    ".join(body)
    return f"CREATE TRIGGER {name} {event}\nWHEN {QUIET}\nBEGIN\n    {lines}\nEND"


def _q(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def fingerprint(statements: list[str]) -> str:
    return hashlib.sha256("\n".join(statements).encode()).hexdigest()[:16]


# --- switching capture on, and keeping it current -----------------------------------------------------


def is_enabled(conn: sqlite3.Connection) -> bool:
    try:
        row = conn.execute("SELECT capture FROM sync_state WHERE id = 1").fetchone()
    except sqlite3.OperationalError:  # a database older than the sync tables
        return False
    return row is not None and row[0] is not None


def enable(conn: sqlite3.Connection, pc_name: str | None = None) -> str:
    """Take part in the centre's sync from now on: make this PC's id and install the triggers.
    Returns the PC's id. Idempotent. ``conn`` must be in autocommit mode (no open transaction)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute("SELECT pc_id FROM sync_state WHERE id = 1").fetchone()
        if row is None:
            pc_id = clock.new_id()
            conn.execute(
                "INSERT INTO sync_state (id, pc_id, pc_name, hlc, clock_offset_ms, applying, capture, enabled_at)"
                " VALUES (1, ?, ?, 0, 0, 0, NULL, ?)",
                (pc_id, (pc_name or default_pc_name())[:60], clock.to_text(clock.utcnow())),
            )
        else:
            pc_id = row[0]
        _install(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return pc_id


def refresh(conn: sqlite3.Connection) -> bool:
    """Make the triggers again when they are not exactly what this code makes for this schema (after
    an upgrade, a restore, or a new entry in the registry); on a PC that does not sync, remove any
    trigger that carries their name. True when it changed something. Runs in its own transaction
    (``conn`` in autocommit mode)."""
    installed = {
        name: " ".join(sql.split())
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        if is_capture_trigger(name)
    }
    enabled = is_enabled(conn)
    if installed == generated(conn):
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        if enabled:
            _install(conn)
        else:
            for name in installed:
                conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return True


def _name_of(statement: str) -> str:
    return statement.split(None, 3)[2]


def _install(conn: sqlite3.Connection) -> None:
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        if is_capture_trigger(name):
            conn.execute(f"DROP TRIGGER {name}")
    statements = trigger_sql(conn)
    for statement in statements:
        conn.execute(statement)
    conn.execute("UPDATE sync_state SET capture = ? WHERE id = 1", (fingerprint(statements),))


def default_pc_name() -> str:
    try:
        return socket.gethostname() or "PC"
    except OSError:
        return "PC"


# --- the clock, from Python ---------------------------------------------------------------------------


def wall_ms() -> int:
    return int(time.time() * 1000)


def tick(conn: sqlite3.Connection) -> int:
    """A new clock value for a change the sync code makes itself (inside the caller's transaction)."""
    last, offset = conn.execute("SELECT hlc, clock_offset_ms FROM sync_state WHERE id = 1").fetchone()
    value = hlc.tick(last, hlc.corrected_ms(wall_ms(), offset))
    conn.execute("UPDATE sync_state SET hlc = ? WHERE id = 1", (value,))
    return value


def receive(conn: sqlite3.Connection, remote: int) -> None:
    """Raise this PC's clock to a value seen in another PC's record (inside the caller's transaction)."""
    if remote:
        conn.execute("UPDATE sync_state SET hlc = max(hlc, ?) WHERE id = 1", (remote,))
