"""Files of a backup on their way into place: the ``.partial`` name it is written under, removing
the partials a killed backup left behind, and renaming a finished one into place atomically without
ever replacing another file (then syncing the folder, so the name survives a power cut)."""

from __future__ import annotations

import contextlib
import os
import re
import threading
import time
from pathlib import Path

from trainer.storage import files

SUFFIX = ".sqlite"
PARTIAL = ".partial"
STALE_PARTIAL_AFTER = 24 * 3600  # seconds: a partial from another PC's backup on a shared USB stick
COUNTER = re.compile(r"\d{8}-\d{6}(?:-[A-Za-z_][\w]*(?:-[A-Za-z_]\w*)*)?-(\d+)$")
_PARTIAL_PID = re.compile(r"\.(\d+)-\d+\.partial$")


def partial_name(dest_file: Path) -> Path:
    """Where the copy for ``dest_file`` is written first: unique to this process and thread."""
    return dest_file.with_name(f"{dest_file.name}.{os.getpid()}-{threading.get_ident()}{PARTIAL}")


def remove_stale_partials(folder: Path, now: float | None = None) -> list[Path]:
    """Delete ``*.partial`` files whose backup process is gone (or that are a day old)."""
    removed = []
    now = time.time() if now is None else now
    with contextlib.suppress(OSError):
        for path in Path(folder).glob(f"*{PARTIAL}"):
            match = _PARTIAL_PID.search(path.name)
            pid = int(match[1]) if match else None
            try:
                old = now - path.stat().st_mtime > STALE_PARTIAL_AFTER
            except OSError:
                continue
            if old or pid is None or (pid != os.getpid() and not _alive(pid)):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed


def publish(partial: Path, dest_file: Path) -> Path:
    """Rename ``partial`` to ``dest_file`` (or the next free ``-N`` name) atomically, never replacing
    a file that is there, then sync the folder so the name survives a power cut."""
    target = dest_file
    for _ in range(1000):
        if _rename_no_replace(partial, target):
            files.sync_folder(target.parent)
            return target
        target = _next_name(target)
    raise FileExistsError(dest_file)


def _rename_no_replace(source: Path, target: Path) -> bool:
    """False when ``target`` exists. A hard link is atomic and refuses an existing name; where links
    do not work (a FAT USB stick) Windows' rename refuses too, and elsewhere a check comes first."""
    try:
        os.link(source, target)
    except FileExistsError:
        return False
    except OSError:
        if os.name == "nt":
            try:
                os.rename(source, target)
            except FileExistsError:
                return False
            return True
        if target.exists():
            return False
        os.replace(source, target)
        return True
    source.unlink()
    return True


def _next_name(path: Path) -> Path:
    stem = path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else path.stem
    match = COUNTER.search(stem)
    if match:
        return path.with_name(f"{stem[: match.start(1)]}{int(match[1]) + 1}{SUFFIX}")
    return path.with_name(f"{stem}-2{SUFFIX}")


def _alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill would end the process there; the age rule clears these files
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process (or no way to ask): leave its file alone
    return True


def cause(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return f"{type(error).__name__}: {error.strerror}"
    return f"{type(error).__name__}: {error}"
