"""The hub's schema on PostgreSQL: versioned migrations like the local ones, applied on first use.

The hub is a store of records, not a copy of the app's tables: one row per synced record with its
values and clocks as JSON text, so a table or column added by a later version of the app needs no
change here. Each version below is frozen once released; ``migrate`` applies the missing ones in one
transaction each, under an advisory lock (two PCs connecting at once to a new hub do not race).

- ``hub_centre``: the centre this hub belongs to (one row): its id and name, its code for USB
  bundles, and the hub's own id (a new hub database starts every PC's cursors again);
- ``hub_record``: every record of the centre; ``seq`` (from ``hub_seq``) grows with each change, so a
  PC asks for "everything after N"; ``learner_id`` names whose record it is (for erasures);
- ``hub_pc``: each PC's last sync, what it had still to send, its version (for the tutor screen).
"""

from __future__ import annotations

from typing import NamedTuple


class HubMigration(NamedTuple):
    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS = (
    HubMigration(
        1,
        "records, centre, PCs",
        (
            """CREATE TABLE hub_centre (
                id text PRIMARY KEY,
                name text NOT NULL,
                code text NOT NULL,
                hub_id text NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now()
            )""",
            "CREATE SEQUENCE hub_seq",
            """CREATE TABLE hub_record (
                tbl text NOT NULL,
                key text NOT NULL,
                learner_id text,
                data text NOT NULL,
                clocks text NOT NULL,
                seq bigint NOT NULL,
                PRIMARY KEY (tbl, key)
            )""",
            "CREATE INDEX hub_record_seq ON hub_record (seq)",
            "CREATE INDEX hub_record_learner ON hub_record (learner_id) WHERE learner_id IS NOT NULL",
            """CREATE TABLE hub_pc (
                pc_id text PRIMARY KEY,
                name text NOT NULL,
                app_version text NOT NULL,
                last_sync_at timestamptz,
                pending integer NOT NULL DEFAULT 0,
                first_seen_at timestamptz NOT NULL DEFAULT now()
            )""",
        ),
    ),
)
CURRENT = MIGRATIONS[-1].version
