"""Records that cannot be applied yet wait in ``sync_parked``: one whose learner (or tutor) has not
arrived, or one of a table a newer version of the app added. They are applied when what they wait for
arrives (or, after an upgrade, all are tried again), fed onwards as they would have been at first."""

from __future__ import annotations

import json

from trainer.domain.sync.merge import Record
from trainer.storage import clock

CHUNK = 500
VERSION = "version"  # waits_for of records from a newer version of the app
INVALID = "invalid"  # waits_for of a record this PC's tables refuse (kept for a later version to look at)


class ParkedRecords:
    """Part of ``storage.sync.apply.Applier``: parking, and trying parked records again."""

    def _park(self, record: Record, waits_for: str) -> None:
        doc = json.dumps(
            {"values": record.values, "clocks": record.clocks, "feed": self.feed}, ensure_ascii=False
        )
        self.conn.execute(
            "INSERT OR REPLACE INTO sync_parked (tbl, key, record, waits_for, parked_at) VALUES (?, ?, ?, ?, ?)",
            (record.table, record.key, doc, waits_for, clock.to_text(clock.utcnow())),
        )
        self.result.parked += 1

    def retry_parked(self, everything: bool = False) -> None:
        """Apply parked records whose learner or tutor has arrived (``everything``: all of them, e.g.
        after an upgrade). Records that still cannot be applied are parked again."""
        rounds = 0
        while (self._arrived or everything) and rounds < 5:
            rounds += 1
            if everything:
                rows = self.conn.execute("SELECT tbl, key, record FROM sync_parked").fetchall()
                everything = False
            else:
                waiting = set()
                for arrived in self._arrived:
                    waiting |= self.people.group(arrived)
                self._arrived = set()
                rows = []
                waiting_list = sorted(waiting)
                for start in range(0, len(waiting_list), CHUNK):
                    part = waiting_list[start : start + CHUNK]
                    rows += self.conn.execute(
                        f"SELECT tbl, key, record FROM sync_parked WHERE waits_for IN ({', '.join('?' * len(part))})",
                        part,
                    ).fetchall()
            if not rows:
                return
            by_feed: dict[bool, list[Record]] = {False: [], True: []}
            for table, key, doc in rows:
                self.conn.execute("DELETE FROM sync_parked WHERE tbl = ? AND key = ?", (table, key))
                data = json.loads(doc)
                by_feed[bool(data.get("feed"))].append(
                    Record(table, key, data["values"], data.get("clocks") or {})
                )
            self.result.parked -= len(rows)
            feed = self.feed
            for flag, records in by_feed.items():  # fed as they would have been when they came
                self.feed = flag
                self.apply(records)
            self.feed = feed
