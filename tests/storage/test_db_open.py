"""Opening the database: folder, pragmas, start-up without SQLAlchemy, read-only folders."""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from trainer.config import Paths
from trainer.domain.learner import COLOURS
from trainer.storage.db import Database
from trainer.storage.errors import DataFolderNotWritable
from trainer.storage.migrations import CURRENT_VERSION


def test_open_creates_folder_and_database(paths):
    assert not paths.data.exists()
    with Database.open(paths) as db:
        assert db.path == paths.database
        assert paths.database.is_file()
        assert paths.backups.is_dir()
        assert db.schema_version == CURRENT_VERSION
        assert db.upgrade.from_version == 0
        assert db.upgrade.backup is None  # nothing to save in a new database


def test_stdlib_connection_has_wal_foreign_keys_and_busy_timeout(db):
    with closing(db.connect()) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_engine_connections_have_the_same_pragmas(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    assert db.engine.url.database == str(db.path)


def test_engine_is_created_once_and_closed_database_refuses_use(db):
    assert db.engine is db.engine
    db.close()
    with pytest.raises(RuntimeError):
        db.connect()
    with pytest.raises(RuntimeError):
        _ = db.engine


def test_opening_again_changes_nothing(paths):
    Database.open(paths).close()
    before = paths.database.stat().st_size
    with Database.open(paths) as db:
        assert db.upgrade.from_version == db.upgrade.to_version == CURRENT_VERSION
        assert not db.upgrade.upgraded
    assert paths.database.stat().st_size == before
    assert list(paths.backups.iterdir()) == []


STARTUP = """
import sys
from trainer.config import resolve_paths
from trainer.storage.db import Database
from trainer.storage import backup, errors, migrate  # what start-up may touch besides the tiles
paths = resolve_paths()
db = Database.open(paths)
tiles = db.list_tiles()
backup.backup_due(paths.backups)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "sqlmodel", "pydantic"))
print(len(tiles), loaded)
"""


def test_start_up_path_never_imports_sqlalchemy(paths, learners):
    learners.create("王秀英", "teapot", COLOURS[0], "zh_CN")
    env = {**os.environ, "TRAINER_HOME": str(paths.data)}
    out = subprocess.run([sys.executable, "-c", STARTUP], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "[]"], out.stdout + out.stderr


def test_parent_is_a_file_raises_data_folder_not_writable(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    paths = Paths(data=blocker / "data", cache=blocker / "cache")
    with pytest.raises(DataFolderNotWritable) as caught:
        Database.open(paths)
    assert caught.value.folder == blocker / "data"
    assert blocker.read_text() == "x"


def test_backups_path_taken_by_a_file_raises_data_folder_not_writable(paths):
    paths.data.mkdir(parents=True)
    paths.backups.write_text("x")
    with pytest.raises(DataFolderNotWritable) as caught:
        Database.open(paths)
    assert caught.value.folder == paths.backups


def test_read_only_folder_raises_data_folder_not_writable(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if _can_write(folder):
            pytest.skip(
                "running as root (or on a file system that ignores modes): chmod 0o500 does not stop writes"
            )
        with pytest.raises(DataFolderNotWritable) as caught:
            Database.open(Paths(data=folder, cache=folder / "cache"))
        assert caught.value.folder == folder
        assert not (folder / "trainer.db").exists()
    finally:
        folder.chmod(0o700)


def _can_write(folder: Path) -> bool:
    probe = folder / "probe"
    try:
        probe.write_text("x")
    except OSError:
        return False
    probe.unlink()
    return True
