"""This PC's side of sync, for the services: one object over the database with everything the hub
transport, the bundles and the tutor screens need. Each method is one transaction (or one consistent
read), on its own ``sqlite3`` connection."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from datetime import datetime

from trainer.domain.sync.merge import Record
from trainer.domain.sync.people import Candidate, MergeLink, likely_duplicates
from trainer.storage import clock
from trainer.storage.sync import capture, registry
from trainer.storage.sync.apply import Applied, Applier, apply_records
from trainer.storage.sync.reader import Reader
from trainer.storage.sync.state import Peer, SyncState, read_cursor, write_cursor


class SyncStore:
    def __init__(self, db) -> None:
        self._db = db

    @contextmanager
    def _conn(self) -> Iterator[sqlite3.Connection]:
        with closing(self._db.connect()) as conn:
            yield conn

    @contextmanager
    def snapshot(self) -> Iterator[Reader]:
        """A consistent read of the whole database (a bundle, a first push)."""
        with self._conn() as conn:
            conn.execute("BEGIN")
            try:
                yield Reader(conn)
            finally:
                conn.execute("ROLLBACK")

    # --- this PC ------------------------------------------------------------------------------------
    def enabled(self) -> bool:
        with self._conn() as conn:
            return capture.is_enabled(conn)

    def enable(self, pc_name: str | None = None) -> SyncState:
        with self._conn() as conn:
            capture.enable(conn, pc_name)
            capture.refresh(conn)
        state = self.state()
        assert state is not None
        return state

    def refresh_capture(self) -> bool:
        with self._conn() as conn:
            return capture.refresh(conn)

    def state(self) -> SyncState | None:
        with self._conn() as conn:
            try:
                row = conn.execute(
                    "SELECT pc_id, pc_name, hlc, clock_offset_ms FROM sync_state WHERE id = 1"
                ).fetchone()
            except sqlite3.OperationalError:
                return None
        return SyncState(*row) if row else None

    def set_clock_offset(self, offset_ms: int) -> None:
        state = self.state()
        if state is not None and state.clock_offset_ms == offset_ms:
            return  # (each write is a disk flush: none when nothing changes)
        self._write(
            lambda c: c.execute("UPDATE sync_state SET clock_offset_ms = ? WHERE id = 1", (offset_ms,))
        )

    def centre(self) -> tuple[str, str] | None:
        """This PC's centre (id, name), or None before tutor mode's first set-up."""
        with self._conn() as conn:
            row = conn.execute("SELECT id, name FROM centre ORDER BY created_at, id").fetchone()
        return (row[0], row[1]) if row else None

    def adopt_centre(self, centre_id: str) -> None:
        """This PC joins the centre ``centre_id``: its own centre row goes (not as a change to send;
        the centre's own row arrives with the centre's records). Learners and tutors stay."""

        def write(conn: sqlite3.Connection) -> None:
            conn.execute("UPDATE sync_state SET applying = 1 WHERE id = 1")
            conn.execute("DELETE FROM centre WHERE id <> ?", (centre_id,))
            conn.execute("DELETE FROM sync_clock WHERE tbl = 'centre' AND key <> ?", (centre_id,))
            conn.execute("UPDATE sync_state SET applying = 0 WHERE id = 1")

        self._write(write)

    # --- what goes out ----------------------------------------------------------------------------
    def pending(self, after: int, limit: int) -> tuple[list[Record], int]:
        with self.snapshot() as reader:
            return reader.pending(after, limit)

    def pending_count(self, after: int) -> int:
        with self._conn() as conn:
            return Reader(conn).pending_count(after)

    def last_seq(self) -> int:
        with self._conn() as conn:
            return Reader(conn).last_seq()

    def forget_feed(self, upto: int) -> None:
        """The feed up to ``upto`` was delivered: its rows are not needed any more."""
        with self._conn() as conn:
            if conn.execute("SELECT 1 FROM sync_change WHERE seq <= ? LIMIT 1", (upto,)).fetchone() is None:
                return
        self._write(lambda c: c.execute("DELETE FROM sync_change WHERE seq <= ?", (upto,)))

    # --- what comes in -----------------------------------------------------------------------------
    def apply(
        self,
        records: Iterable[Record],
        on_commit: Callable[[sqlite3.Connection], None] | None = None,
        feed: bool = False,
    ) -> Applied:
        with self._conn() as conn:
            return apply_records(conn, records, on_commit, feed)

    def retry_parked(self) -> int:
        """Apply every waiting record that can be now (after an upgrade); returns how many still wait."""
        with self._conn() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("UPDATE sync_state SET applying = 1 WHERE id = 1")
                Applier(conn).retry_parked(everything=True)
                conn.execute("UPDATE sync_state SET applying = 0 WHERE id = 1")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            return int(conn.execute("SELECT count(*) FROM sync_parked").fetchone()[0])

    def parked_count(self) -> int:
        with self._conn() as conn:
            return int(conn.execute("SELECT count(*) FROM sync_parked").fetchone()[0])

    # --- cursors ------------------------------------------------------------------------------------
    def cursor(self, name: str) -> int:
        with self._conn() as conn:
            return read_cursor(conn, name)

    def cursor_time(self, name: str) -> datetime | None:
        with self._conn() as conn:
            row = conn.execute("SELECT updated_at FROM sync_cursor WHERE name = ?", (name,)).fetchone()
        return clock.from_text(row[0]) if row else None

    def cursor_names(self) -> list[str]:
        with self._conn() as conn:
            return [r[0] for r in conn.execute("SELECT name FROM sync_cursor ORDER BY name")]

    def set_cursor(self, name: str, value: int) -> None:
        self._write(lambda c: write_cursor(c, name, value))

    # --- learners across the centre --------------------------------------------------------------
    def merge_learners(self, keep: str, drop: str) -> str:
        """The tutor says ``drop`` and ``keep`` are one person: every record of ``drop`` becomes
        ``keep``'s (on every PC, as the merge travels). Returns the learner that remains."""
        with self._conn() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for learner in (keep, drop):
                    if conn.execute("SELECT 1 FROM learner WHERE id = ?", (learner,)).fetchone() is None:
                        from trainer.storage.errors import NotFound

                        raise NotFound("learner", learner)
                conn.execute("UPDATE sync_state SET applying = 1 WHERE id = 1")
                conn.execute(
                    "INSERT OR IGNORE INTO sync_merged (learner_id, into_id, merged_at) VALUES (?, ?, ?)",
                    (drop, keep, clock.to_text(clock.utcnow())),
                )
                conn.execute(
                    "INSERT INTO sync_change (tbl, key) VALUES (?, ?)", (registry.MERGED, f"{drop}|{keep}")
                )
                applier = Applier(conn)
                applier.people.add_link(MergeLink(drop, keep))
                applier.reconcile(keep)
                survivor = applier.people.survivor(keep)
                conn.execute("UPDATE sync_state SET applying = 0 WHERE id = 1")
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        return survivor

    def mark_not_same(self, a: str, b: str) -> None:
        """The tutor says two learners with the same name are two people: stop suggesting the pair."""
        first, second = sorted((a, b))

        def write(conn: sqlite3.Connection) -> None:
            inserted = conn.execute(
                "INSERT OR IGNORE INTO sync_not_same (learner_a, learner_b, marked_at) VALUES (?, ?, ?)",
                (first, second, clock.to_text(clock.utcnow())),
            ).rowcount
            if inserted:
                conn.execute(
                    "INSERT INTO sync_change (tbl, key) VALUES (?, ?)",
                    (registry.NOT_SAME, f"{first}|{second}"),
                )

        self._write(write)

    def likely_duplicates(self) -> list[tuple[Candidate, Candidate]]:
        with self._conn() as conn:
            learners = [
                Candidate(*r)
                for r in conn.execute(
                    "SELECT id, name, birth_year, created_at FROM learner WHERE archived_at IS NULL"
                )
            ]
            try:
                apart = conn.execute("SELECT learner_a, learner_b FROM sync_not_same").fetchall()
            except sqlite3.OperationalError:
                apart = []
        return likely_duplicates(learners, apart)

    # --- the centre's public keys ----------------------------------------------------------------
    def publish_key(self, fingerprint: str, public_key: str, pc_name: str) -> bool:
        """This PC's public key joins the centre's (captured like any change). True if it was new."""
        with self._conn() as conn:
            if conn.execute("SELECT 1 FROM centre_key WHERE fingerprint = ?", (fingerprint,)).fetchone():
                return False
            conn.execute("BEGIN IMMEDIATE")
            try:
                new = conn.execute(
                    "INSERT OR IGNORE INTO centre_key (fingerprint, public_key, pc_name, published_at)"
                    " VALUES (?, ?, ?, ?)",
                    (fingerprint, public_key, pc_name, clock.to_text(clock.utcnow())),
                ).rowcount
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return bool(new)

    def centre_keys(self) -> list[tuple[str, str, str]]:
        """(fingerprint, public key JSON, PC name) of every key the centre has published."""
        with self._conn() as conn:
            return conn.execute(
                "SELECT fingerprint, public_key, pc_name FROM centre_key ORDER BY published_at, fingerprint"
            ).fetchall()

    # --- the centre's PCs as last heard --------------------------------------------------------------
    def peers(self) -> list[Peer]:
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT pc_id, name, via, last_sync_at, pending, app_version FROM sync_peer ORDER BY name, pc_id"
            ).fetchall()
        return [Peer(r[0], r[1], r[2], clock.from_text(r[3]), r[4], r[5]) for r in rows]

    def note_peers(self, peers: Iterable[Peer]) -> None:
        peers = list(peers)
        known = {p.pc_id: p for p in self.peers()}
        if all(known.get(p.pc_id) == p for p in peers):
            return
        rows = [
            (p.pc_id, p.name, p.via, clock.to_text(p.last_sync_at) if p.last_sync_at else None, p.pending)
            + (p.app_version,)
            for p in peers
        ]

        def write(conn: sqlite3.Connection) -> None:
            for row in rows:  # keep the newer of what we knew and what we heard
                conn.execute(
                    "INSERT INTO sync_peer (pc_id, name, via, last_sync_at, pending, app_version)"
                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (pc_id) DO UPDATE SET"
                    " name = excluded.name, via = excluded.via, last_sync_at = excluded.last_sync_at,"
                    " pending = excluded.pending, app_version = excluded.app_version"
                    " WHERE coalesce(excluded.last_sync_at, '') >= coalesce(sync_peer.last_sync_at, '')",
                    row,
                )

        self._write(write)

    # --- helpers ------------------------------------------------------------------------------------
    def _write(self, fn: Callable[[sqlite3.Connection], object]) -> None:
        with self._conn() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                fn(conn)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
