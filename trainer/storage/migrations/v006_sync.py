"""Schema version 6: sync across a centre's PCs (issue 19).

Only new tables; nothing existing changes, and a PC that never syncs never writes to them:

- ``sync_state``: one row once this PC takes part in its centre's sync: the PC's id and name, the
  hybrid logical clock (the last value issued or seen), the offset of this PC's clock from the hub's,
  ``applying`` (1 only inside a transaction that applies other PCs' changes, so the capture triggers
  stay quiet), and the fingerprint of the installed capture triggers (``storage.sync.capture``);
- ``sync_change``: the change feed, one row per captured change (append-only, never reused numbers);
- ``sync_clock``: the clock of the last change of each changeable column of each synced row;
- ``sync_erased``, ``sync_merged``, ``sync_not_same``: erasures, merges of duplicate learners, and pairs
  a tutor said are two different people; kept forever (ids and times only);
- ``sync_cursor``: how far this PC has sent and received, per hub (and its last USB bundles);
- ``sync_peer``: what this PC last heard about each PC of the centre (for the tutor screen);
- ``sync_parked``: records that arrived before what they refer to, or from a newer version of the
  app; applied as soon as they can be;
- ``centre_key``: the public keys of the centre's PCs that can issue certificates (each such PC
  publishes its own; the private keys never leave their PCs), so any PC can verify and export them.

Frozen once released. Change the schema in a new version.
"""

VERSION = 6
DESCRIPTION = "sync: change feed, field clocks, erasures and merges of learners, cursors"

STATEMENTS = (
    """CREATE TABLE sync_state (
        id INTEGER NOT NULL,
        pc_id TEXT NOT NULL,
        pc_name TEXT NOT NULL,
        hlc INTEGER NOT NULL,
        clock_offset_ms INTEGER NOT NULL,
        applying INTEGER NOT NULL,
        capture TEXT,
        enabled_at TEXT NOT NULL,
        PRIMARY KEY (id)
    )""",
    """CREATE TABLE sync_change (
        seq INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        tbl TEXT NOT NULL,
        key TEXT NOT NULL
    )""",
    """CREATE TABLE sync_clock (
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        field TEXT NOT NULL,
        hlc INTEGER NOT NULL,
        PRIMARY KEY (tbl, key, field)
    )""",
    """CREATE TABLE sync_erased (
        learner_id TEXT NOT NULL,
        erased_at TEXT NOT NULL,
        PRIMARY KEY (learner_id)
    )""",
    """CREATE TABLE sync_merged (
        learner_id TEXT NOT NULL,
        into_id TEXT NOT NULL,
        merged_at TEXT NOT NULL,
        PRIMARY KEY (learner_id, into_id)
    )""",
    """CREATE TABLE sync_not_same (
        learner_a TEXT NOT NULL,
        learner_b TEXT NOT NULL,
        marked_at TEXT NOT NULL,
        PRIMARY KEY (learner_a, learner_b)
    )""",
    """CREATE TABLE sync_cursor (
        name TEXT NOT NULL,
        value INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (name)
    )""",
    """CREATE TABLE sync_peer (
        pc_id TEXT NOT NULL,
        name TEXT NOT NULL,
        via TEXT NOT NULL,
        last_sync_at TEXT,
        pending INTEGER NOT NULL,
        app_version TEXT NOT NULL,
        PRIMARY KEY (pc_id)
    )""",
    """CREATE TABLE sync_parked (
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        record TEXT NOT NULL,
        waits_for TEXT NOT NULL,
        parked_at TEXT NOT NULL,
        PRIMARY KEY (tbl, key)
    )""",
    "CREATE INDEX ix_sync_parked_waits ON sync_parked (waits_for)",
    """CREATE TABLE centre_key (
        fingerprint TEXT NOT NULL,
        public_key TEXT NOT NULL,
        pc_name TEXT NOT NULL,
        published_at TEXT NOT NULL,
        PRIMARY KEY (fingerprint)
    )""",
)
