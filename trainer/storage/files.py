"""Files only this account may read, and syncing them to the disk.

On Linux and macOS the data folder is made 700 and the database, its -wal/-shm, the backups and the
log 600, whatever the umask: other accounts on a shared PC cannot copy names, birth years or PIN
hashes to guess offline. SQLite gives a database's -wal and -shm the database file's own mode, so
creating ``trainer.db`` as 600 covers them. On Windows these calls change nothing: the per-user
data folder (``%LOCALAPPDATA%``) is already readable only by the user, administrators and SYSTEM
through its inherited ACL (see the README for portable installs).
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
POSIX = os.name == "posix"


def private_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) if needed and make it 700 when this account owns it."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    _restrict(folder, PRIVATE_FOLDER)


def create_private(path: Path) -> None:
    """Create ``path`` empty with mode 600 if it does not exist; make an existing one 600."""
    if POSIX:
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))
    _restrict(Path(path), PRIVATE_FILE)


def private_file(path: Path) -> None:
    """Make an existing file 600 (a missing one is left missing)."""
    _restrict(Path(path), PRIVATE_FILE)


def sync_file(path: Path) -> None:
    """Flush ``path``'s content to the disk (a backup is only renamed into place once it is there)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    """Make a rename or a new name in ``folder`` survive a power cut (POSIX; no-op elsewhere)."""
    if not POSIX:
        return
    with contextlib.suppress(OSError):  # some file systems (FAT on a USB stick) cannot sync a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def disk_full(folder: Path, size: int = 64 * 1024) -> bool:
    """True when ``size`` bytes cannot be written in ``folder`` for want of space (ENOSPC).

    SQLite reports some failures of a full disk as I/O errors (growing the -shm file, for example),
    and Python's sqlite3 does not pass the system's error number on: a real write settles it.
    """
    import errno
    import tempfile

    try:
        handle, probe = tempfile.mkstemp(dir=folder, prefix=".space-test-")
    except OSError as error:
        return error.errno == errno.ENOSPC
    try:
        os.write(handle, b"\0" * size)
        os.fsync(handle)
    except OSError as error:
        return error.errno == errno.ENOSPC
    finally:
        os.close(handle)
        with contextlib.suppress(OSError):
            os.unlink(probe)
    return False


def _restrict(path: Path, mode: int) -> None:
    if not POSIX:
        return
    with contextlib.suppress(OSError):  # not ours, or a file system without modes: leave it
        st = path.stat()
        if st.st_uid == os.getuid() and stat.S_IMODE(st.st_mode) != mode:
            os.chmod(path, mode)
