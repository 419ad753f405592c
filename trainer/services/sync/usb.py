"""Sync bundles on a USB stick: export everything this PC holds, import another PC's bundle."""

from __future__ import annotations

import logging
import os
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from trainer import __version__
from trainer.domain.sync.merge import Record
from trainer.services.jobs import CancelToken, Progress, reporter
from trainer.services.sync import bundle as bundles
from trainer.services.sync import settings as sync_settings
from trainer.services.sync.bundle import BundleRefused
from trainer.services.sync.keys import publish
from trainer.storage import clock
from trainer.storage.sync.store import Peer, SyncStore

log = logging.getLogger(__name__)
PAGE = int(os.environ.get("TRAINER_SYNC_PAGE", "2000"))  # records per transaction on import
EXPORT_CURSOR = "usb:export"
IMPORT_CURSOR = "usb:import"


class NoCentre(Exception):
    """This PC has no centre yet: set up tutor mode first (or join one with its code)."""


@dataclass(frozen=True)
class BundleExport:
    path: Path
    records: int
    attempts: int
    size: int
    code_created: bool


@dataclass
class BundleImport:
    from_pc: str
    made_at: datetime | None
    records: int
    changed: Counter = field(default_factory=Counter)
    waiting: int = 0
    dropped: int = 0
    joined: bool = False

    @property
    def total(self) -> int:
        return sum(self.changed.values())


def export_bundle(
    db, data: Path, dest: Path, progress: Progress | None = None, cancel: CancelToken | None = None
) -> BundleExport:
    """Everything this PC holds, in one authenticated file at ``dest`` (a folder: a name is made).
    Cancelling (``Cancelled``) leaves no file behind."""
    progress = reporter(progress, cancel)
    store = SyncStore(db)
    centre = store.centre()
    if centre is None:
        raise NoCentre()
    settings = sync_settings.load(data)
    created = settings.code is None
    if created or settings.centre_id != centre[0]:
        settings = sync_settings.SyncSettings(
            settings.hub_url, centre[0], settings.code or sync_settings.new_code(), settings.old_codes
        )
        sync_settings.save(data, settings)
    state = store.state() if store.enabled() else store.enable()
    assert state is not None and settings.code is not None
    publish(db, data)
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / f"sync-{_safe(state.pc_name)}-{clock.stamp(clock.utcnow())}.dbsync"
    last_seq = store.last_seq()
    with store.snapshot() as reader:
        rules = reader.rules()
        counts = {r.table: reader.count(r) for r in rules}
        total = sum(counts.values())
        header = {
            "version": 1,
            "centre": {"id": centre[0], "name": centre[1]},
            "pc": {"id": state.pc_id, "name": state.pc_name},
            "created_at": clock.to_text(clock.utcnow()),
            "app_version": __version__,
            "schema_version": db.schema_version,
            "counts": counts,
            "peers": [_peer_doc(p) for p in store.peers()],
        }
        done = [0]

        def batches():
            for rule in rules:
                for batch in reader.all_records(rule):
                    done[0] += len(batch)
                    progress(done[0], total)
                    yield batch

        key = sync_settings.bundle_key(settings.code, centre[0])
        size = bundles.write_bundle(dest, header, batches(), key)
    store.set_cursor(EXPORT_CURSOR, last_seq)
    if not settings.hub_url:
        store.forget_feed(last_seq)  # no hub to send to: a bundle always carries everything anyway
    log.info("sync bundle written: %d records, %d bytes", total, size)
    return BundleExport(dest, total, counts.get("attempt", 0), size, created)


def import_bundle(
    db,
    data: Path,
    source: Path,
    code: str | None = None,
    join: bool = False,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> BundleImport:
    """Apply another PC's bundle. Refused whole (``BundleRefused``) when it is not a bundle, from a
    newer version, from another centre (unless ``join``), changed, or not readable with a code this PC
    knows (``code``: the centre code typed by the tutor, needed the first time). Cancelling stops
    between two pages: what was applied is whole and consistent, and importing again finishes it."""
    progress = reporter(progress, cancel)
    store = SyncStore(db)
    work = sync_settings.folder(data) / "incoming"
    copy = bundles.copy_in(source, work)
    try:
        header = bundles.read_header(copy)
        centre_id = header["centre"]["id"]
        mine = store.centre()
        if mine is not None and mine[0] != centre_id and not join:
            raise BundleRefused("other_centre", header["centre"].get("name", ""), header)
        settings = sync_settings.load(data)
        if code is not None:
            if sync_settings.code_problem(code):
                raise BundleRefused("no_code", "typed code", header)
            code = sync_settings.format_code(code)
        codes = [c for c in (code, settings.code, *settings.old_codes) if c]
        if not codes:
            raise BundleRefused("no_code", "", header)
        keys = {sync_settings.bundle_key(c, centre_id): c for c in codes}
        key = bundles.authentic(copy, keys)
        if key is None:
            raise BundleRefused("tampered", "", header)
        total = sum(1 for _ in bundles.records(copy))  # every record checked before any is applied
        joining = mine is None or mine[0] != centre_id
        if not store.enabled():
            store.enable()
        if joining:
            store.adopt_centre(centre_id)
        report = BundleImport(
            header.get("pc", {}).get("name", ""), clock.from_text(header.get("created_at")), total
        )
        report.joined = joining
        done = 0
        page: list[Record] = []
        for record in bundles.records(copy):
            page.append(record)
            if len(page) >= PAGE:
                done = _apply_page(store, page, report, done, total, progress)
                page = []
        done = _apply_page(store, page, report, done, total, progress)
        sync_settings.save(data, remember(settings, centre_id, keys[key]))
        store.set_cursor(IMPORT_CURSOR, total)
        pc = header.get("pc", {})
        heard = [_peer(d) for d in header.get("peers", []) if isinstance(d, dict)]
        if pc.get("id"):
            heard.append(
                Peer(pc["id"], pc.get("name", ""), "usb", report.made_at, 0, header.get("app_version", ""))
            )
        store.note_peers([p for p in heard if p is not None])
        report.waiting = store.parked_count()
        log.info("sync bundle imported: %d records, %d changed here", total, report.total)
        return report
    finally:
        copy.unlink(missing_ok=True)


def remember(s: sync_settings.SyncSettings, centre_id: str, used: str) -> sync_settings.SyncSettings:
    """The settings after a bundle of ``centre_id`` opened with code ``used``: joining a centre takes
    its code (and forgets another centre's hub); a code that worked besides the current one is kept
    as accepted for later imports."""
    if s.centre_id != centre_id or s.code is None:
        hub = s.hub_url if s.centre_id in (None, centre_id) else None
        return sync_settings.SyncSettings(hub, centre_id, used, ())
    if used == s.code or used in s.old_codes:
        return s
    return replace(s, old_codes=(*s.old_codes, used))


def _apply_page(store, page, report, done, total, progress) -> int:
    if not page:
        return done
    applied = store.apply(page, feed=True)  # what a USB file brought goes on to the hub too
    report.changed.update(applied.changed)
    report.dropped += applied.dropped
    done += len(page)
    progress(done, total)
    return done


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in name)[:30] or "pc"


def _peer_doc(p: Peer) -> dict:
    return {
        "pc_id": p.pc_id,
        "name": p.name,
        "via": p.via,
        "last_sync_at": clock.to_text(p.last_sync_at) if p.last_sync_at else None,
        "pending": p.pending,
        "app_version": p.app_version,
    }


def _peer(doc: dict) -> Peer | None:
    try:
        return Peer(
            str(doc["pc_id"]),
            str(doc.get("name", ""))[:60],
            str(doc.get("via", "usb"))[:10],
            clock.from_text(doc.get("last_sync_at")),
            int(doc.get("pending") or 0),
            str(doc.get("app_version", ""))[:20],
        )
    except (KeyError, TypeError, ValueError):
        return None
