"""Records put aside: what the app remembers after a damaged database was moved aside, until a tutor
decides, and the tutor's word that fewer learners than before is right.

Both live as small JSON files in the backups folder (not in the database: the database is the thing
that was lost), written atomically:

- ``records-put-aside.json``: when the damaged file was put aside, where it went, and the last good
  backup made before the damage. While it exists, every start and every tutor command says that the
  records were put aside and offers that backup, and rotation never deletes it. Restoring a backup
  or a tutor's ``accept_current`` ends it.
- ``fewer-learners-accepted.json``: the moment a tutor said the database now is right even though
  older backups hold more learners (for example after erasing learners). Rotation may then delete
  automatic backups made before that moment whatever they hold.
"""

from __future__ import annotations

import contextlib
import json
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from trainer.storage import clock, files

if TYPE_CHECKING:
    from trainer.storage.records import BackupInfo

STATE_FILE = "records-put-aside.json"
ACCEPTED_FILE = "fewer-learners-accepted.json"


class PutAside(NamedTuple):
    at: datetime  # when the first damaged file was put aside
    moved_to: tuple[Path, ...]  # every damaged file put aside since (oldest first)
    backup: Path | None  # the last good backup made before the damage; never rotated away
    backup_learners: int | None
    backup_made: datetime | None


def record(
    backups_dir: Path, moved_to: Path, backups: list[BackupInfo], now: datetime | None = None
) -> PutAside:
    """Remember that ``moved_to`` was put aside. The first damage chooses the backup to keep (the
    newest one that passed its check); a second damage before anyone decided keeps that choice."""
    now = now or clock.utcnow()
    state = current(backups_dir)
    if state is not None:
        state = state._replace(moved_to=(*state.moved_to, Path(moved_to)))
    else:
        good = next((b for b in backups if b.ok), None)
        state = PutAside(
            now,
            (Path(moved_to),),
            good.path if good else None,
            good.learners if good else None,
            good.created_at if good else None,
        )
    _write(
        Path(backups_dir) / STATE_FILE,
        {
            "at": clock.to_text(state.at),
            "moved_to": [str(p) for p in state.moved_to],
            "backup": str(state.backup) if state.backup else None,
            "backup_learners": state.backup_learners,
            "backup_made": clock.to_text(state.backup_made) if state.backup_made else None,
        },
    )
    return state


def current(backups_dir: Path) -> PutAside | None:
    """The records put aside and not decided on yet, or None."""
    data = _read(Path(backups_dir) / STATE_FILE)
    if not isinstance(data, dict):
        return None
    try:
        return PutAside(
            clock.from_text(data["at"]) or clock.utcnow(),
            tuple(Path(p) for p in data.get("moved_to", [])),
            Path(data["backup"]) if data.get("backup") else None,
            data.get("backup_learners"),
            clock.from_text(data.get("backup_made")),
        )
    except (KeyError, TypeError, ValueError):
        return None


def protected_backups(backups_dir: Path) -> set[str]:
    """File names rotation must keep."""
    state = current(backups_dir)
    return {state.backup.name} if state is not None and state.backup is not None else set()


def restored(backups_dir: Path) -> None:
    """A backup was put back: the records are no longer missing."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(Path(backups_dir) / STATE_FILE)


def accept_current(backups_dir: Path, now: datetime | None = None) -> None:
    """A tutor's word: the database as it is now is right. Ends the put-aside notice, and lets rotation
    delete older automatic backups even when they hold more learners."""
    accept_fewer_learners(backups_dir, now)
    restored(backups_dir)


def accept_fewer_learners(backups_dir: Path, now: datetime | None = None) -> None:
    """A tutor removed learners on purpose (erasing one): older automatic backups that still hold
    them may rotate away as usual. The put-aside notice, if any, stays."""
    now = now or clock.utcnow()
    _write(Path(backups_dir) / ACCEPTED_FILE, {"at": clock.to_text(now)})


def fewer_learners_accepted_at(backups_dir: Path) -> datetime | None:
    data = _read(Path(backups_dir) / ACCEPTED_FILE)
    try:
        return clock.from_text(data["at"]) if isinstance(data, dict) else None
    except (KeyError, TypeError, ValueError):
        return None


def _read(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write(path: Path, data: dict) -> None:
    files.private_folder(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    files.create_private(tmp)
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    files.sync_folder(path.parent)
