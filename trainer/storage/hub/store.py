"""The hub: a PostgreSQL database the centre's PCs replicate through (psycopg 3).

Every write to the hub happens in one transaction under one advisory lock, so the hub's change numbers
(``seq``) are handed out in commit order: a PC that read everything up to N never misses a change
committed later with a smaller number. The merge of each pushed record with the hub's copy is
``domain.sync.merge``, the same as on every PC; erasures delete the learner's records from the hub
(only the tombstone stays), and records of an erased learner are refused.

Connections ask for TLS when the server offers it (``sslmode=prefer`` at least; a stricter mode in
the address is kept) and time out after a few seconds, so an unreachable hub never hangs a sync.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from trainer.domain.sync.merge import APPEND, UNLINK, Record, TableRule, merge
from trainer.domain.sync.people import MergeLink, People
from trainer.storage.hub.schema import CURRENT, MIGRATIONS
from trainer.storage.sync import registry

LOCK = 0x44425359  # "DBSY": every write to the hub holds it
CONNECT_TIMEOUT_S = 5
WEAK_SSL = {"disable", "allow"}


class HubTooNew(Exception):
    """The hub was set up by a newer version of the app: update this PC first."""

    def __init__(self, found: int) -> None:
        super().__init__(f"hub schema {found} > {CURRENT}")
        self.found = found


@dataclass(frozen=True)
class HubCentre:
    id: str
    name: str
    code: str
    hub_id: str


@dataclass(frozen=True)
class HubPC:
    pc_id: str
    name: str
    app_version: str
    last_sync_at: datetime | None
    pending: int


def connect(url: str, timeout_s: int = CONNECT_TIMEOUT_S):
    """A psycopg connection to the hub (autocommit off). TLS is used when the server offers it."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    params = conninfo_to_dict(url)
    if params.get("sslmode", "prefer") in WEAK_SSL:
        params["sslmode"] = "prefer"
    params.setdefault("sslmode", "prefer")
    params["connect_timeout"] = str(timeout_s)
    params["application_name"] = "digital-bridge"
    return psycopg.connect(**params)


class HubStore:
    def __init__(self, conn) -> None:
        self.conn = conn

    @classmethod
    def open(cls, url: str, timeout_s: int = CONNECT_TIMEOUT_S) -> HubStore:
        return cls(connect(url, timeout_s))

    def close(self) -> None:
        self.conn.close()

    @property
    def encrypted(self) -> bool:
        return bool(self.conn.pgconn.ssl_in_use)

    # --- schema ---------------------------------------------------------------------------------
    def version(self) -> int:
        with self.conn.transaction():
            exists = self.conn.execute("SELECT to_regclass('hub_schema') IS NOT NULL").fetchone()[0]
            if not exists:
                return 0
            return int(self.conn.execute("SELECT coalesce(max(version), 0) FROM hub_schema").fetchone()[0])

    def migrate(self) -> int:
        """Create or upgrade the hub's tables; ``HubTooNew`` if the hub is newer than this app."""
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK,))
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS hub_schema (version integer PRIMARY KEY,"
                " applied_at timestamptz NOT NULL DEFAULT now(), description text NOT NULL)"
            )
            found = int(self.conn.execute("SELECT coalesce(max(version), 0) FROM hub_schema").fetchone()[0])
            if found > CURRENT:
                raise HubTooNew(found)
            for migration in MIGRATIONS:
                if migration.version > found:
                    for statement in migration.statements:
                        self.conn.execute(statement)
                    self.conn.execute(
                        "INSERT INTO hub_schema (version, description) VALUES (%s, %s)",
                        (migration.version, migration.description),
                    )
        return CURRENT

    # --- the centre ------------------------------------------------------------------------------
    def centre(self) -> HubCentre | None:
        with self.conn.transaction():
            row = self.conn.execute("SELECT id, name, code, hub_id FROM hub_centre LIMIT 1").fetchone()
        return HubCentre(*row) if row else None

    def claim(self, centre_id: str, name: str, code: str, hub_id: str) -> HubCentre:
        """Make this hub the centre's (if no centre has it yet); returns whose hub it is."""
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK,))
            row = self.conn.execute("SELECT id, name, code, hub_id FROM hub_centre LIMIT 1").fetchone()
            if row is None:
                self.conn.execute(
                    "INSERT INTO hub_centre (id, name, code, hub_id) VALUES (%s, %s, %s, %s)",
                    (centre_id, name, code, hub_id),
                )
                return HubCentre(centre_id, name, code, hub_id)
        return HubCentre(*row)

    def now_ms(self) -> int:
        with self.conn.transaction():
            return int(
                self.conn.execute("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint").fetchone()[
                    0
                ]
            )

    # --- PCs -------------------------------------------------------------------------------------
    def note_pc(self, pc_id: str, name: str, app_version: str, pending: int) -> None:
        with self.conn.transaction():
            self.conn.execute(
                "INSERT INTO hub_pc (pc_id, name, app_version, last_sync_at, pending) VALUES (%s, %s, %s, now(), %s)"
                " ON CONFLICT (pc_id) DO UPDATE SET name = excluded.name, app_version = excluded.app_version,"
                " last_sync_at = excluded.last_sync_at, pending = excluded.pending",
                (pc_id, name, app_version, pending),
            )

    def pcs(self) -> list[HubPC]:
        with self.conn.transaction():
            rows = self.conn.execute(
                "SELECT pc_id, name, app_version, last_sync_at, pending FROM hub_pc ORDER BY name, pc_id"
            ).fetchall()
        return [HubPC(*r) for r in rows]

    # --- records out ------------------------------------------------------------------------------
    def pull(self, after: int, limit: int) -> tuple[list[Record], int]:
        """Records changed after ``after`` (at most ``limit``), with the current records of the
        learners and tutors they refer to (so a PC can apply the page on its own). Returns the
        records and the last change number read."""
        with self.conn.transaction():
            rows = self.conn.execute(
                "SELECT tbl, key, data, clocks, seq FROM hub_record WHERE seq > %s ORDER BY seq LIMIT %s",
                (after, limit),
            ).fetchall()
            if not rows:
                return [], after
            records = [_record(r) for r in rows]
            have = {(r.table, r.key) for r in records}
            parents: set[tuple[str, str]] = set()
            for r in records:
                rule = registry.rule_for(r.table)
                if rule is None:
                    continue
                if rule.owner and r.table != "learner" and r.values.get(rule.owner):
                    parents.add(("learner", r.values[rule.owner]))
                for column, table in rule.parents.items():
                    if r.values.get(column):
                        parents.add((table, r.values[column]))
            extra = []
            for table in ("tutor", "learner"):
                keys = [k for t, k in parents if t == table and (t, k) not in have]
                if keys:
                    extra += self.conn.execute(
                        "SELECT tbl, key, data, clocks, seq FROM hub_record WHERE tbl = %s AND key = ANY(%s)",
                        (table, keys),
                    ).fetchall()
        return [_record(r) for r in extra] + records, rows[-1][4]

    def count(self) -> int:
        with self.conn.transaction():
            return int(self.conn.execute("SELECT count(*) FROM hub_record").fetchone()[0])

    def last_seq(self) -> int:
        with self.conn.transaction():
            return int(self.conn.execute("SELECT coalesce(max(seq), 0) FROM hub_record").fetchone()[0])

    # --- records in -------------------------------------------------------------------------------
    def push(self, records: Iterable[Record]) -> int:
        """Merge ``records`` into the hub in one transaction; returns how many changed the hub."""
        by_table: dict[str, list[Record]] = {}
        for record in records:
            by_table.setdefault(record.table, []).append(record)
        changed = 0
        with self.conn.transaction():
            # the PC forgets what it sent once this commits: the commit must be on disk, whatever
            # the server's default (a hub set to synchronous_commit=off could lose it in a crash)
            self.conn.execute("SET LOCAL synchronous_commit = on")
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK,))
            people = self._people()
            centre = self.conn.execute("SELECT id FROM hub_centre LIMIT 1").fetchone()
            if centre is not None and "centre" in by_table:  # one centre per hub
                by_table["centre"] = [r for r in by_table["centre"] if r.key == centre[0]]
            for table in sorted(by_table, key=lambda t: registry.ORDER.get(t, len(registry.ORDER))):
                batch = by_table[table]
                rule = registry.rule_for(table)
                if table == registry.ERASED:
                    changed += self._erasures(people, batch)
                elif table == registry.MERGED:
                    changed += self._merges(people, batch)
                elif rule is None:  # a table of a newer version: kept as it came (union by key)
                    changed += self._insert_new(None, batch)
                else:
                    changed += self._records(people, rule, batch)
        return changed

    def _people(self) -> People:
        rows = self.conn.execute(
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

    def _erasures(self, people: People, batch: list[Record]) -> int:
        for record in batch:
            people.add_erased(record.values["learner_id"])
        changed = self._insert_new(registry.BY_TABLE[registry.ERASED], batch)
        for record in batch:
            self._erase_group(people, record.values["learner_id"])
        return changed

    def _erase_group(self, people: People, learner: str) -> None:
        members = sorted(people.group(learner))
        facts = [r.table for r in registry.FACTS]
        unlink = [r for r in registry.SYNCED if r.on_erase == UNLINK and r.owner]
        for rule in unlink:  # the register keeps its rows, without the link
            rows = self.conn.execute(
                "SELECT key, data FROM hub_record WHERE tbl = %s AND learner_id = ANY(%s)",
                (rule.table, members),
            ).fetchall()
            for key, data in rows:
                values = json.loads(data) | {rule.owner: None}
                self.conn.execute(
                    "UPDATE hub_record SET data = %s, learner_id = NULL, seq = nextval('hub_seq')"
                    " WHERE tbl = %s AND key = %s",
                    (_dump(values), rule.table, key),
                )
        self.conn.execute(
            "DELETE FROM hub_record WHERE learner_id = ANY(%s) AND tbl <> ALL(%s)", (members, facts)
        )

    def _merges(self, people: People, batch: list[Record]) -> int:
        changed = self._insert_new(registry.BY_TABLE[registry.MERGED], batch)
        for record in batch:
            people.add_link(MergeLink(record.values["learner_id"], record.values["into_id"]))
        for record in batch:
            if people.is_erased(record.values["into_id"]):
                self._erase_group(people, record.values["into_id"])
        return changed

    def _records(self, people: People, rule: TableRule, batch: list[Record]) -> int:
        kept = []
        for record in batch:
            learner = record.values.get(rule.owner) if rule.owner else None
            if learner is not None and people.is_erased(learner):
                if rule.on_erase != UNLINK:
                    continue
                record = Record(record.table, record.key, record.values | {rule.owner: None}, record.clocks)
            kept.append(record)
        if rule.kind == APPEND and not rule.once:
            return self._insert_new(rule, kept)
        existing = {}
        keys = [r.key for r in kept]
        for start in range(0, len(keys), 1000):
            for key, data, clocks in self.conn.execute(
                "SELECT key, data, clocks FROM hub_record WHERE tbl = %s AND key = ANY(%s)",
                (rule.table, keys[start : start + 1000]),
            ):
                existing[key] = Record(rule.table, key, json.loads(data), _clocks(clocks))
        writes = []
        for record in kept:
            merged = merge(rule, existing.get(record.key), record)
            if merged is not None:
                existing[record.key] = merged
                writes.append(merged)
        if writes:
            with self.conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO hub_record (tbl, key, learner_id, data, clocks, seq)"
                    " VALUES (%s, %s, %s, %s, %s, nextval('hub_seq'))"
                    " ON CONFLICT (tbl, key) DO UPDATE SET learner_id = excluded.learner_id,"
                    " data = excluded.data, clocks = excluded.clocks, seq = excluded.seq",
                    [
                        (r.table, r.key, _owner(rule, r.values), _dump(r.values), _dump(r.clocks))
                        for r in writes
                    ],
                )
        return len(writes)

    def _insert_new(self, rule: TableRule | None, batch: list[Record]) -> int:
        """Union by key: records the hub has not got yet are added, the others left alone."""
        if not batch:
            return 0
        with self.conn.cursor() as cur:
            cur.execute(
                "CREATE TEMP TABLE IF NOT EXISTS hub_incoming (tbl text, key text, learner_id text,"
                " data text, clocks text) ON COMMIT DELETE ROWS"
            )
            cur.execute("TRUNCATE hub_incoming")
            with cur.copy("COPY hub_incoming (tbl, key, learner_id, data, clocks) FROM STDIN") as copy:
                for r in batch:
                    copy.write_row((r.table, r.key, _owner(rule, r.values), _dump(r.values), _dump(r.clocks)))
            cur.execute(
                "INSERT INTO hub_record (tbl, key, learner_id, data, clocks, seq)"
                " SELECT DISTINCT ON (tbl, key) tbl, key, learner_id, data, clocks, nextval('hub_seq')"
                " FROM hub_incoming ON CONFLICT (tbl, key) DO NOTHING"
            )
            return max(cur.rowcount, 0)


def _owner(rule: TableRule | None, values: dict[str, Any]) -> str | None:
    if rule is None:
        return None
    if rule.table in (registry.ERASED, registry.MERGED):
        return values.get("learner_id")
    return values.get(rule.owner) if rule.owner else None


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _clocks(text: str) -> dict[str, int]:
    return {k: int(v) for k, v in json.loads(text).items()} if text and text != "{}" else {}


def _record(row: tuple) -> Record:
    table, key, data, clocks, _seq = row
    return Record(table, key, json.loads(data), _clocks(clocks))
