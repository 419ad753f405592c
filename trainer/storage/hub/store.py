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

from trainer.domain.sync.merge import Record, TableRule
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
            for table in sorted(registry.PARENTS, key=lambda t: registry.ORDER.get(t, 0)):
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
        from trainer.storage.hub.push import push

        return push(self.conn, records)


def owner_of(rule: TableRule | None, values: dict[str, Any]) -> str | None:
    if rule is None:
        return None
    if rule.table in (registry.ERASED, registry.MERGED):
        return values.get("learner_id")
    return values.get(rule.owner) if rule.owner else None


def dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def clocks_of(text: str) -> dict[str, int]:
    return {k: int(v) for k, v in json.loads(text).items()} if text and text != "{}" else {}


def _record(row: tuple) -> Record:
    table, key, data, clocks, _seq = row
    return Record(table, key, json.loads(data), clocks_of(clocks))
