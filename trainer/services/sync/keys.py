"""The centre's public keys travel with sync; private keys never do.

A PC can issue certificates when it holds a signing key (made at its tutor-mode set-up, or with
``trainer keys create``), kept encrypted in its own data folder. At each sync (hub or USB) such a PC
publishes its public key into the shared ``centre_key`` table, so every PC of the centre can verify
every certificate of the centre and hand all the keys to a recognition body
(``trainer sync keys --out FILE``, a JSON list ``trainer verify --trusted-keys`` reads)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from trainer.config import Paths
from trainer.storage.sync.store import SyncStore

log = logging.getLogger(__name__)


def publish(db, data: Path) -> None:
    """This PC's public key (if it can issue certificates) goes to the centre with the next sync."""
    state = SyncStore(db).state()
    try:
        publish_local_key(db, Paths(data, data / "cache"), state.pc_name if state else "")
    except (OSError, ValueError):
        log.warning("this PC's public key could not be published", exc_info=True)


def publish_local_key(db, paths: Paths, pc_name: str) -> bool:
    from trainer.services.certificates.keys import local_public_key

    info = local_public_key(paths)
    if info is None:
        return False
    doc = json.dumps(info.to_json(), ensure_ascii=False, sort_keys=True)
    return SyncStore(db).publish_key(info.fingerprint, doc, pc_name)


def export_centre_keys(db, out: Path) -> int:
    """Every public key of the centre in one file (a JSON list of ``trainer keys export`` objects)."""
    keys = [json.loads(doc) | {"pc": pc} for _, doc, pc in SyncStore(db).centre_keys()]
    Path(out).write_text(json.dumps(keys, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return len(keys)
