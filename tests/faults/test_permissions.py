"""On a shared PC other accounts cannot read the data: the data folder is 700 and the database, its
-wal and -shm, the backups, the put-aside record and the log are 600, whatever the umask (022 here,
the usual one, which gave 755 and 644 before). Windows relies on the per-user folder's ACL."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

import trainer
from trainer.services.logs import setup_logging
from trainer.storage import aside, backup
from trainer.storage.db import Database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes: Linux and macOS")


@pytest.fixture
def usual_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_data_folder_is_private(paths, usual_umask):
    log_file = setup_logging(paths.logs)
    logging.getLogger("trainer.test").warning("a line naming 王秀英")
    with Database.open(paths) as db, db.connect() as conn:
        conn.execute("INSERT INTO centre VALUES ('c', 'C', '', '', '2024-05-01T08:00:00.000000+00:00')")
        made = backup.keep_backup(db.path, db.backups_dir, "manual")
        aside.accept_current(db.backups_dir)
        assert mode(paths.data) == 0o700 and mode(paths.backups) == 0o700 and mode(paths.logs) == 0o700
        for path in (db.path, db.path.with_name("trainer.db-wal"), db.path.with_name("trainer.db-shm")):
            assert mode(path) == 0o600, path
    assert mode(made) == 0o600
    assert mode(paths.backups / aside.ACCEPTED_FILE) == 0o600
    assert log_file is not None and mode(log_file) == 0o600
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_trainer", False):
            handler.close()


def test_an_existing_open_data_folder_is_closed_up(paths, usual_umask):
    with Database.open(paths):
        pass
    os.chmod(paths.data, 0o755)
    os.chmod(paths.database, 0o644)
    with Database.open(paths):
        assert mode(paths.data) == 0o700 and mode(paths.database) == 0o600


def test_a_backup_to_a_usb_stick_is_private_too(paths, tmp_path, usual_umask):
    with Database.open(paths) as db:
        made = backup.keep_backup(db.path, tmp_path / "usb", "manual")
    assert mode(made) == 0o600


def test_the_readme_says_what_windows_relies_on():
    text = (Path(trainer.__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "data folder is 700" in text and "%LOCALAPPDATA%" in text and "ACL" in text


def test_the_speech_cache_is_private(tmp_path, usual_umask):
    """Spoken texts include names ("Hello, 王秀英"); the cache folder lies outside the data folder
    (platformdirs' user cache), so it is made private on its own, an existing open one too."""
    from trainer.services.speech.cache import AudioCache

    cache = AudioCache(tmp_path / "cache" / "speech")
    cache.scratch()
    assert mode(cache.root) == 0o700
    os.chmod(cache.root, 0o755)
    cache.scratch()
    assert mode(cache.root) == 0o700
