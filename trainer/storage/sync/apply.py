"""Applying records from other PCs (the hub or a bundle) to this PC's database: the one merge both
transports use.

``apply_records`` runs in one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``) with ``applying = 1``,
so the capture triggers stay quiet and a cut at any point leaves the database as it was before or after
the whole batch, never between. ``on_commit`` runs inside the transaction just before COMMIT: the hub
transport moves its cursor there, so the cursor and the data it covers commit together.

For each record, in the registry's order (erasures and merges first, then parents before children):

- an erasure deletes the learner's whole group (``domain.sync.people``) and is kept forever; a record
  of an erased learner is dropped (a certificate is kept with its link to the learner emptied);
- a merge moves the merged-away learner's records into the survivor once both are here;
- a record of a learner merged away goes to the survivor; one whose learner (or tutor) is not here
  yet waits in ``sync_parked`` and is applied when it arrives; so does a record of a table this
  version does not know (it is applied after an upgrade);
- any other record is merged with the local copy by ``domain.sync.merge`` and written only if it
  changed something. Append-only rows that are already here are left alone (union by id).
"""

from __future__ import annotations

import logging
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from trainer.domain.sync.merge import APPEND, KEEP_SURVIVOR, UNLINK, Record, TableRule, merge
from trainer.storage import clock
from trainer.storage.sync import bulk_attempts, registry
from trainer.storage.sync.capture import columns, present_tables, receive
from trainer.storage.sync.parked import INVALID, VERSION, ParkedRecords
from trainer.storage.sync.people import (
    erase_learner,
    load_people,
    move_learner,
    read_record,
    write_record,
)

log = logging.getLogger(__name__)


@dataclass
class Applied:
    changed: Counter = field(default_factory=Counter)  # table -> records that changed something here
    parked: int = 0
    dropped: int = 0  # records of erased learners

    def add(self, other: Applied) -> None:
        self.changed.update(other.changed)
        self.parked += other.parked
        self.dropped += other.dropped

    @property
    def total(self) -> int:
        return sum(self.changed.values())


def apply_records(
    conn: sqlite3.Connection,
    records: Iterable[Record],
    on_commit: Callable[[sqlite3.Connection], None] | None = None,
    feed: bool = False,
) -> Applied:
    """Apply ``records`` in one transaction (``conn`` in autocommit mode). ``feed``: also put what
    they changed into this PC's change feed, for the hub (records from a USB file: the hub may not
    have them; records from the hub itself are not fed back)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("UPDATE sync_state SET applying = 1 WHERE id = 1")
        applier = Applier(conn, feed)
        applier.apply(records)
        applier.retry_parked()
        if on_commit is not None:
            on_commit(conn)
        conn.execute("UPDATE sync_state SET applying = 0 WHERE id = 1")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return applier.result


class Applier(ParkedRecords):
    """Applies records inside the caller's transaction (``applying`` already 1)."""

    def __init__(self, conn: sqlite3.Connection, feed: bool = False) -> None:
        self.conn = conn
        self.feed = feed
        self.present = present_tables(conn)
        self.cols = {r.table: columns(conn, r.table) for r in registry.ALL if r.table in self.present}
        self.people = load_people(conn)
        self.result = Applied()
        self._here: dict[tuple[str, str], bool] = {}  # (table, id) -> row is here
        self._arrived: set[str] = set()  # learner and tutor ids that arrived in this batch
        self._newest = 0

    # --- entry ----------------------------------------------------------------------------------
    def apply(self, records: Iterable[Record]) -> None:
        by_table: dict[str, list[Record]] = {}
        for record in records:
            by_table.setdefault(record.table, []).append(record)
        for table in sorted(by_table, key=lambda t: registry.ORDER.get(t, len(registry.ORDER))):
            rule = registry.rule_for(table)
            batch = by_table[table]
            if rule is None or table not in self.present:
                for record in batch:
                    self._park(record, VERSION)
                continue
            for record in batch:
                if record.clocks:
                    self._newest = max(self._newest, record.newest)
            if table == registry.ERASED:
                self._erasures(batch)
            elif table == registry.MERGED:
                self._merges(batch)
            elif rule.kind == APPEND and not rule.once and not rule.parents:
                self._append(rule, batch)
            else:
                for record in batch:
                    self._one(rule, record)
        if self._newest:
            receive(self.conn, self._newest)

    def _fed(self, keys: list[tuple[str, str]]) -> None:
        if self.feed and keys:
            self.conn.executemany("INSERT INTO sync_change (tbl, key) VALUES (?, ?)", keys)

    # --- learners and tutors that are here --------------------------------------------------------
    def here(self, table: str, row_id: str | None) -> bool:
        if row_id is None:
            return False
        key = (table, row_id)
        if key not in self._here:
            self._here[key] = (
                self.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is not None
            )
        return self._here[key]

    def _owner(self, rule: TableRule, values: dict[str, Any]) -> tuple[str, str | None]:
        """("ok", learner id to store) | ("drop", None) for an erased learner | ("skip", None) for a
        record the survivor does not take | ("wait", learner id to wait for)."""
        learner = values[rule.owner] if rule.owner else None
        if learner is None:
            return "ok", None
        if self.people.is_erased(learner):
            return ("ok", None) if rule.on_erase == UNLINK else ("drop", None)
        survivor = self.people.survivor(learner)
        if self.here("learner", survivor):
            if survivor != learner and rule.on_merge == KEEP_SURVIVOR:
                return "skip", None  # a merged-away learner's settings: the survivor keeps its own
            return "ok", survivor
        if self.here("learner", learner):
            return "ok", learner
        return "wait", learner

    # --- facts ------------------------------------------------------------------------------------
    def _erasures(self, batch: list[Record]) -> None:
        for record in batch:
            learner = record.values["learner_id"]
            self.conn.execute(
                "INSERT OR IGNORE INTO sync_erased (learner_id, erased_at) VALUES (?, ?)",
                (learner, record.values.get("erased_at") or clock.to_text(clock.utcnow())),
            )
            self.people.add_erased(learner)
            self._erase_group(learner)
            self._fed([(registry.ERASED, learner)])

    def _erase_group(self, learner: str) -> None:
        for member in self.people.group(learner):
            if erase_learner(self.conn, member):
                self.result.changed[registry.ERASED] += 1
            self._here[("learner", member)] = False

    def _merges(self, batch: list[Record]) -> None:
        from trainer.domain.sync.people import MergeLink

        for record in batch:
            v = record.values
            inserted = self.conn.execute(
                "INSERT OR IGNORE INTO sync_merged (learner_id, into_id, merged_at) VALUES (?, ?, ?)",
                (v["learner_id"], v["into_id"], v.get("merged_at") or clock.to_text(clock.utcnow())),
            ).rowcount
            self.people.add_link(MergeLink(v["learner_id"], v["into_id"]))
            if inserted:
                self.result.changed[registry.MERGED] += 1
            self._fed([(registry.MERGED, record.key)])
            self.reconcile(v["into_id"])

    def reconcile(self, learner: str) -> None:
        """Bring the learner's group to what the facts say: erased, or one learner (the survivor)."""
        if self.people.is_erased(learner):
            self._erase_group(learner)
            return
        survivor = self.people.survivor(learner)
        if not self.here("learner", survivor):
            return  # the survivor has not arrived yet: its members stay as they are until it does
        for member in self.people.group(learner) - {survivor}:
            if self.here("learner", member):
                move_learner(self.conn, member, survivor)
                self._here[("learner", member)] = False

    # --- records ---------------------------------------------------------------------------------
    def _append(self, rule: TableRule, batch: list[Record]) -> None:
        """Union by id, in bulk (attempts; a large batch of them keeps its totals set-based:
        ``bulk_attempts``)."""
        cols = self.cols[rule.table]
        owner_at = cols.index(rule.owner) if rule.owner in cols else None
        verdicts: dict[Any, tuple[str, str | None]] = {}  # the owner's verdict, once per learner
        rows = []
        for record in batch:
            who = record.values.get(rule.owner) if rule.owner else None
            if who not in verdicts:
                verdicts[who] = self._owner(rule, record.values)
            verdict, learner = verdicts[who]
            if verdict in ("drop", "skip"):
                self.result.dropped += verdict == "drop"
                continue
            if verdict == "wait":
                self._park(record, learner or "")
                continue
            row = tuple(map(record.values.get, cols))
            if owner_at is not None and row[owner_at] != learner:  # a learner merged away: the survivor
                row = (*row[:owner_at], learner, *row[owner_at + 1 :])
            rows.append(row)
        added = bulk_attempts.insert(self.conn, cols, rows) if rule.table == bulk_attempts.TABLE else None
        if added is None:
            marks = ", ".join("?" * len(cols))
            cursor = self.conn.executemany(
                f"INSERT OR IGNORE INTO {rule.table} ({', '.join(cols)}) VALUES ({marks})", rows
            )
            added = max(cursor.rowcount, 0)  # rows already here count 0
        self.result.changed[rule.table] += added
        index = cols.index(rule.key[0])
        if self.feed:
            self._fed([(rule.table, str(row[index])) for row in rows])
        if rule.table in registry.PARENTS and added:  # what parked records may wait for
            for row in rows:
                self._here[(rule.table, str(row[index]))] = True
                self._arrived.add(str(row[index]))

    def _one(self, rule: TableRule, record: Record) -> None:
        values = dict(record.values)
        if rule.table == "centre" and self._other_centre(values["id"]):
            self.result.dropped += 1  # one centre per PC: another centre's row never comes in
            return
        if rule.table == "learner":
            learner = values["id"]
            if self.people.is_erased(learner):
                self.result.dropped += 1
                return
            survivor = self.people.survivor(learner)
            if survivor != learner and self.here("learner", survivor):
                self._fed([(rule.table, record.key)])  # the hub keeps it, should the survivor change
                return  # merged away: the survivor's own record describes the person
        elif rule.owner:
            verdict, learner = self._owner(rule, values)
            if verdict in ("drop", "skip"):
                self.result.dropped += verdict == "drop"
                return
            if verdict == "wait":
                self._park(record, learner or "")
                return
            values[rule.owner] = learner
        for column, parent in rule.parents.items():
            if values.get(column) is not None and not self.here(parent, values[column]):
                self._park(record, values[column])
                return
        cols = self.cols[rule.table]
        key = rule.key_of(values)
        incoming = Record(rule.table, key, values, record.clocks)
        local = read_record(self.conn, rule, cols, key)
        merged = merge(rule, local, incoming)
        if merged is None:
            return
        try:
            write_record(self.conn, rule, cols, merged, exists=local is not None)
        except sqlite3.IntegrityError as error:  # never one record stopping every later sync
            log.warning("sync: %s %s cannot be written here (%s); kept aside", rule.table, key, error)
            self._park(record, INVALID)
            return
        self.result.changed[rule.table] += 1
        self._fed([(rule.table, key)])
        if rule.table in registry.PARENTS and local is None:
            self._here[(rule.table, key)] = True
            self._arrived.add(key)
            if rule.table == "learner":
                self.reconcile(key)

    def _other_centre(self, centre_id: str) -> bool:
        row = self.conn.execute("SELECT id FROM centre WHERE id <> ? LIMIT 1", (centre_id,)).fetchone()
        return row is not None
