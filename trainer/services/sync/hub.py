"""Sync with the centre's hub (PostgreSQL): set-up, and one sync (send what changed here, then receive
what changed elsewhere).

A sync cut at any point leaves both sides consistent and resumes without loss or duplicates:

- sending: each page is one hub transaction; this PC moves its "sent up to" mark only after the hub
  committed. A cut in between sends the page again, and the hub's merge ignores what it has;
- receiving: each page is applied in one local transaction together with the "received up to" mark;
- the hub numbers its changes in commit order (one lock for writers), so "everything after N" never
  skips a change that committed late.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from trainer import __version__
from trainer.domain.sync import hlc
from trainer.services.jobs import Cancelled, CancelToken, Progress, reporter
from trainer.services.sync import settings as sync_settings
from trainer.services.sync.keys import publish
from trainer.storage import clock
from trainer.storage.sync.store import Peer, SyncStore, write_cursor

log = logging.getLogger(__name__)
# records per transaction (a cut loses at most one page of work, done again next time)
PUSH_PAGE = int(os.environ.get("TRAINER_SYNC_PAGE", "5000"))
# Received pages are larger: a new PC's first sync writes a million attempts whose random ids touch
# most pages of the attempt index in every local transaction, so each commit writes (and fsyncs)
# nearly the whole index. 4x fewer commits: 70.8 -> 57.4 s for 1.26 M records (bench/sync.py, 2026-12-05).
PULL_PAGE = int(os.environ.get("TRAINER_SYNC_PAGE", "20000"))
MAX_RTT_MS = 3000  # a slower round trip says too little about the hub's clock


class HubProblem(Exception):
    """The sync did not happen (nothing half-done). ``reason``: not_set_up, unreachable, password,
    no_database, refused (the server said no for another reason), other_centre, too_new, no_centre,
    failed."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass
class SyncReport:
    hub: str  # the address without the password
    encrypted: bool = False
    sent: int = 0  # records this PC sent that changed the hub
    received: int = 0  # records from the hub that changed something here
    waiting: int = 0  # records waiting for what they refer to
    pending: int = 0  # changes here still to send (0 after a full sync)
    seconds: float = 0.0
    clock_offset_ms: int = 0
    first: bool = False
    peers: list[Peer] = field(default_factory=list)


def setup_hub(
    db,
    data: Path,
    url: str,
    join: bool = False,
    pc_name: str | None = None,
    receive: bool = True,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> SyncReport:
    """Connect this PC to the hub at ``url``: the hub's tables are made on first use; a new hub becomes
    this PC's centre's; a hub of another centre is refused unless ``join`` (this PC then joins that
    centre, with its learners). Then one sync. The address (with its password) is saved privately."""
    store = SyncStore(db)
    hub = _open(url)
    try:
        _prepare(hub)
        centre = store.centre()
        settings = sync_settings.load(data)
        found = hub.centre()
        if found is None:
            if centre is None:
                raise HubProblem("no_centre")
            code = (
                settings.code
                if settings.centre_id == centre[0] and settings.code
                else sync_settings.new_code()
            )
            found = hub.claim(centre[0], centre[1], code, clock.new_id())
        if centre is not None and found.id != centre[0] and not join:
            raise HubProblem("other_centre", found.name)
        store.enable(pc_name)
        if centre is None or found.id != centre[0]:
            store.adopt_centre(found.id)
        kept = settings if settings.centre_id in (None, found.id) else sync_settings.SyncSettings()
        sync_settings.save(
            data, sync_settings.SyncSettings(url, found.id, kept.code, kept.old_codes).with_code(found.code)
        )
    finally:
        hub.close()
    log.info("connected to hub %s", sync_settings.redacted(url))
    return sync_now(db, data, progress, receive, cancel)


def sync_now(
    db, data: Path, progress: Progress | None = None, receive: bool = True, cancel: CancelToken | None = None
) -> SyncReport:
    """One sync with the hub: send, then receive (``receive=False``: send only, e.g. at sign-out).
    Raises ``HubProblem`` when it could not happen; ``Cancelled`` (between two pages) when asked to
    stop: what was done is whole, and the next sync goes on from there."""
    progress = reporter(progress, cancel)
    settings = sync_settings.load(data)
    if not settings.hub_url:
        raise HubProblem("not_set_up")
    started = time.monotonic()
    store = SyncStore(db)
    if not store.enabled():
        store.enable()
    store.refresh_capture()
    report = SyncReport(sync_settings.redacted(settings.hub_url))
    hub = _open(settings.hub_url)
    try:
        report.encrypted = hub.encrypted
        _prepare(hub)
        found = hub.centre()
        centre = store.centre()
        if found is None or (centre is not None and centre[0] != found.id):
            raise HubProblem("other_centre", found.name if found else "")
        if settings.code != found.code:
            sync_settings.save(data, settings.with_code(found.code))
        report.clock_offset_ms = _measure_offset(hub, store)
        publish(db, data)
        if store.parked_count():
            store.retry_parked()
        state = store.state()
        assert state is not None
        report.first, report.sent = _send(hub, store, found.hub_id, progress, cancel)
        report.received = _receive(hub, store, found.hub_id, progress) if receive else 0
        report.pending = store.pending_count(store.cursor(f"hub:{found.hub_id}:push"))
        hub.note_pc(state.pc_id, state.pc_name, __version__, report.pending)
        report.peers = [
            Peer(p.pc_id, p.name, "hub", p.last_sync_at, p.pending, p.app_version) for p in hub.pcs()
        ]
        store.note_peers(report.peers)
        report.waiting = store.parked_count()
    except (HubProblem, Cancelled):
        raise
    except Exception as error:  # the connection dropped, the server stopped, ...
        raise _problem(error) from error
    finally:
        with contextlib.suppress(Exception):  # closing a dead connection
            hub.close()
    report.seconds = time.monotonic() - started
    log.info(
        "synced with %s: sent %d, received %d, %.2f s",
        report.hub,
        report.sent,
        report.received,
        report.seconds,
    )
    return report


def _send(
    hub, store: SyncStore, hub_id: str, progress: Progress, cancel: CancelToken | None
) -> tuple[bool, int]:
    name = f"hub:{hub_id}:push"
    first = store.cursor_time(name) is None
    sent = 0
    if first:  # never sent to this hub: everything this PC holds
        start = store.last_seq()
        with store.snapshot() as reader:
            rules = reader.rules()
            total = sum(reader.count(r) for r in rules)
            done = 0
            for rule in rules:
                for batch in reader.all_records(rule, PUSH_PAGE):
                    sent += hub.push(batch)
                    done += len(batch)
                    progress(done, total)
        store.set_cursor(name, start)
    cursor = store.cursor(name)
    while True:
        records, last = store.pending(cursor, PUSH_PAGE)
        if last == cursor:
            break
        sent += hub.push(records)
        store.set_cursor(name, last)  # after the hub committed: a cut before this sends again
        cursor = last
        if cancel is not None:
            cancel.check()  # between two pages: what was sent is whole
    store.forget_feed(cursor)
    return first, sent


def _receive(hub, store: SyncStore, hub_id: str, progress: Progress) -> int:
    name = f"hub:{hub_id}:pull"
    cursor = store.cursor(name)
    total = max(hub.last_seq() - cursor, 0)
    received = 0
    while True:
        records, last = hub.pull(cursor, PULL_PAGE)
        if not records:
            break
        applied = store.apply(records, on_commit=lambda conn, last=last: write_cursor(conn, name, last))
        received += applied.total
        cursor = last
        progress(min(cursor, total), total)
    return received


def _measure_offset(hub, store: SyncStore) -> int:
    sent = int(time.time() * 1000)
    server = hub.now_ms()
    back = int(time.time() * 1000)
    state = store.state()
    offset = state.clock_offset_ms if state else 0
    if back - sent <= MAX_RTT_MS:
        offset = hlc.offset_from(sent, server, back)
        if abs(offset) < 1000:
            offset = 0  # within a second: the PC's clock is right
        store.set_clock_offset(offset)
    return offset


def _open(url: str):
    from trainer.storage.hub.store import HubStore

    try:
        return HubStore.open(url)
    except Exception as error:
        raise _problem(error) from error


def _prepare(hub) -> None:
    from trainer.storage.hub.store import HubTooNew

    try:
        hub.migrate()
    except HubTooNew as error:
        raise HubProblem("too_new", str(error.found)) from error


def _problem(error: Exception) -> HubProblem:
    """What went wrong, in terms a tutor can act on. Only the first line of the message is kept (it
    never holds the password; the exception object itself must not be logged: it carries the
    connection's settings)."""
    state = getattr(error, "sqlstate", None)
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if (
        state in ("28P01", "28000")
        or "password authentication failed" in text
        or "no password supplied" in text
    ):
        return HubProblem("password", text)
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return HubProblem("no_database", text)
    if state is not None and state.startswith(("08", "57P")):  # connection lost, server shutting down
        return HubProblem("unreachable", text)
    if type(error).__module__.startswith("psycopg") and state is None:
        return HubProblem("refused" if "FATAL" in text else "unreachable", text)
    return HubProblem("failed", text)
