"""What the tutor screen and ``trainer sync status`` show: this PC, its hub, what is waiting to be
sent, and each PC of the centre as last heard. Read locally: it never waits for the network."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from trainer.services.sync import settings as sync_settings
from trainer.services.sync.usb import EXPORT_CURSOR, IMPORT_CURSOR
from trainer.storage.sync.store import Peer, SyncStore


@dataclass(frozen=True)
class SyncStatus:
    enabled: bool
    pc_id: str = ""
    pc_name: str = ""
    centre: str = ""
    hub: str = ""  # the hub's address without the password ("" when there is no hub)
    last_hub_sync: datetime | None = None
    pending: int = 0  # changes made here that the hub (or, without a hub, the next bundle) has not had
    last_export: datetime | None = None
    last_import: datetime | None = None
    waiting: int = 0  # records that arrived before what they refer to
    has_code: bool = False
    clock_offset_ms: int = 0
    peers: list[Peer] = field(default_factory=list)
    duplicates: int = 0


def read_status(db, data: Path) -> SyncStatus:
    store = SyncStore(db)
    settings = sync_settings.load(data)
    state = store.state()
    centre = store.centre()
    if state is None:
        return SyncStatus(False, centre=centre[1] if centre else "", has_code=settings.code is not None)
    push_names = [n for n in store.cursor_names() if n.endswith(":push")]
    last_hub = max(
        (t for t in (store.cursor_time(n.replace(":push", ":pull")) for n in push_names) if t), default=None
    )
    if settings.hub_url:
        pending = min(
            (store.pending_count(store.cursor(n)) for n in push_names), default=store.pending_count(0)
        )
    else:
        pending = store.pending_count(store.cursor(EXPORT_CURSOR))
    return SyncStatus(
        enabled=True,
        pc_id=state.pc_id,
        pc_name=state.pc_name,
        centre=centre[1] if centre else "",
        hub=sync_settings.redacted(settings.hub_url),
        last_hub_sync=last_hub if settings.hub_url else None,
        pending=pending,
        last_export=store.cursor_time(EXPORT_CURSOR),
        last_import=store.cursor_time(IMPORT_CURSOR),
        waiting=store.parked_count(),
        has_code=settings.code is not None,
        clock_offset_ms=state.clock_offset_ms,
        peers=store.peers(),
        duplicates=len(store.likely_duplicates()),
    )
