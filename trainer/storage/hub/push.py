"""Pushing records into the hub: the merge of each with the hub's copy (``domain.sync.merge``, the same
as on every PC), erasures that delete a learner's records from the hub (only the tombstone stays),
and records of an erased learner refused. One transaction under the hub's writer lock, committed
with ``synchronous_commit = on``."""

from __future__ import annotations

import json
from collections.abc import Iterable

from trainer.domain.sync.merge import APPEND, UNLINK, Record, TableRule, merge
from trainer.domain.sync.people import MergeLink, People
from trainer.storage.hub.store import LOCK, clocks_of, dump, owner_of
from trainer.storage.sync import registry


def push(conn, records: Iterable[Record]) -> int:
    """Merge ``records`` into the hub in one transaction; returns how many changed the hub."""
    by_table: dict[str, list[Record]] = {}
    for record in records:
        by_table.setdefault(record.table, []).append(record)
    changed = 0
    with conn.transaction():
        # the PC forgets what it sent once this commits: the commit must be on disk, whatever
        # the server's default (a hub set to synchronous_commit=off could lose it in a crash)
        conn.execute("SET LOCAL synchronous_commit = on")
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK,))
        people = _people(conn)
        centre = conn.execute("SELECT id FROM hub_centre LIMIT 1").fetchone()
        if centre is not None and "centre" in by_table:  # one centre per hub
            by_table["centre"] = [r for r in by_table["centre"] if r.key == centre[0]]
        for table in sorted(by_table, key=lambda t: registry.ORDER.get(t, len(registry.ORDER))):
            batch = by_table[table]
            rule = registry.rule_for(table)
            if table == registry.ERASED:
                changed += _erasures(conn, people, batch)
            elif table == registry.MERGED:
                changed += _merges(conn, people, batch)
            elif rule is None:  # a table of a newer version: kept as it came (union by key)
                changed += _insert_new(conn, None, batch)
            else:
                changed += _records(conn, people, rule, batch)
    return changed


def _people(conn) -> People:
    rows = conn.execute(
        "SELECT tbl, data FROM hub_record WHERE tbl = ANY(%s)", ([registry.ERASED, registry.MERGED],)
    ).fetchall()
    people = People()
    for table, data in rows:
        values = json.loads(data)
        if table == registry.ERASED:
            people.add_erased(values["learner_id"])
        else:
            people.add_link(MergeLink(values["learner_id"], values["into_id"]))
    return people


def _erasures(conn, people: People, batch: list[Record]) -> int:
    for record in batch:
        people.add_erased(record.values["learner_id"])
    changed = _insert_new(conn, registry.BY_TABLE[registry.ERASED], batch)
    for record in batch:
        _erase_group(conn, people, record.values["learner_id"])
    return changed


def _erase_group(conn, people: People, learner: str) -> None:
    members = sorted(people.group(learner))
    facts = [r.table for r in registry.FACTS]
    unlink = [r for r in registry.SYNCED if r.on_erase == UNLINK and r.owner]
    for rule in unlink:  # the register keeps its rows, without the link
        rows = conn.execute(
            "SELECT key, data FROM hub_record WHERE tbl = %s AND learner_id = ANY(%s)",
            (rule.table, members),
        ).fetchall()
        for key, data in rows:
            values = json.loads(data) | {rule.owner: None}
            conn.execute(
                "UPDATE hub_record SET data = %s, learner_id = NULL, seq = nextval('hub_seq')"
                " WHERE tbl = %s AND key = %s",
                (dump(values), rule.table, key),
            )
    conn.execute("DELETE FROM hub_record WHERE learner_id = ANY(%s) AND tbl <> ALL(%s)", (members, facts))


def _merges(conn, people: People, batch: list[Record]) -> int:
    changed = _insert_new(conn, registry.BY_TABLE[registry.MERGED], batch)
    for record in batch:
        people.add_link(MergeLink(record.values["learner_id"], record.values["into_id"]))
    for record in batch:
        if people.is_erased(record.values["into_id"]):
            _erase_group(conn, people, record.values["into_id"])
    return changed


def _records(conn, people: People, rule: TableRule, batch: list[Record]) -> int:
    kept = []
    for record in batch:
        learner = record.values.get(rule.owner) if rule.owner else None
        if learner is not None and people.is_erased(learner):
            if rule.on_erase != UNLINK:
                continue
            record = Record(record.table, record.key, record.values | {rule.owner: None}, record.clocks)
        kept.append(record)
    if rule.kind == APPEND and not rule.once:
        return _insert_new(conn, rule, kept)
    existing = {}
    keys = [r.key for r in kept]
    for start in range(0, len(keys), 1000):
        for key, data, clocks in conn.execute(
            "SELECT key, data, clocks FROM hub_record WHERE tbl = %s AND key = ANY(%s)",
            (rule.table, keys[start : start + 1000]),
        ):
            existing[key] = Record(rule.table, key, json.loads(data), clocks_of(clocks))
    writes = []
    for record in kept:
        merged = merge(rule, existing.get(record.key), record)
        if merged is not None:
            existing[record.key] = merged
            writes.append(merged)
    if writes:
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO hub_record (tbl, key, learner_id, data, clocks, seq)"
                " VALUES (%s, %s, %s, %s, %s, nextval('hub_seq'))"
                " ON CONFLICT (tbl, key) DO UPDATE SET learner_id = excluded.learner_id,"
                " data = excluded.data, clocks = excluded.clocks, seq = excluded.seq",
                [(r.table, r.key, owner_of(rule, r.values), dump(r.values), dump(r.clocks)) for r in writes],
            )
    return len(writes)


def _insert_new(conn, rule: TableRule | None, batch: list[Record]) -> int:
    """Union by key: records the hub has not got yet are added, the others left alone."""
    if not batch:
        return 0
    with conn.cursor() as cur:
        cur.execute(
            "CREATE TEMP TABLE IF NOT EXISTS hub_incoming (tbl text, key text, learner_id text,"
            " data text, clocks text) ON COMMIT DELETE ROWS"
        )
        cur.execute("TRUNCATE hub_incoming")
        with cur.copy("COPY hub_incoming (tbl, key, learner_id, data, clocks) FROM STDIN") as copy:
            for r in batch:
                copy.write_row((r.table, r.key, owner_of(rule, r.values), dump(r.values), dump(r.clocks)))
        cur.execute(
            "INSERT INTO hub_record (tbl, key, learner_id, data, clocks, seq)"
            " SELECT DISTINCT ON (tbl, key) tbl, key, learner_id, data, clocks, nextval('hub_seq')"
            " FROM hub_incoming ON CONFLICT (tbl, key) DO NOTHING"
        )
        return max(cur.rowcount, 0)
