"""Migrations: the runner, and the frozen SQL against the SQLModel classes."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import URL
from storage_helpers import count, rows

from trainer.storage import migrate, tables
from trainer.storage.clock import from_text
from trainer.storage.db import Database
from trainer.storage.errors import BackupFailed, DatabaseTooNew, MigrationFailed
from trainer.storage.migrations import CURRENT_VERSION, MIGRATIONS, Migration

TABLES = {
    "schema_version",
    "learner",
    "learner_settings",
    "lesson_progress",
    "attempt",
    "help_request",
    "tutor",
    "certificate",
    "certificate_revocation",
    "centre",
    "centre_setting",
    "sign_in_guard",
    "sign_off",
    "step_stats",
    "lesson_stats",
    "learner_stats",
    "learner_pin_guard",
    "observation",
    # sync (issue 19); sqlite_sequence is SQLite's own, made for sync_change's AUTOINCREMENT
    "sync_state",
    "sync_change",
    "sync_clock",
    "sync_erased",
    "sync_merged",
    "sync_not_same",
    "sync_cursor",
    "sync_peer",
    "sync_parked",
    "centre_key",
    "sqlite_sequence",
}


def describe(path: Path) -> dict[str, object]:
    """Everything about a schema that SQLite reports, in a comparable form."""
    out: dict[str, object] = {}
    with closing(sqlite3.connect(path)) as conn:
        names = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        for name in names:
            columns = [(r[1], r[2].upper(), r[3], r[5]) for r in conn.execute(f"PRAGMA table_info({name})")]
            foreign = sorted(
                (r[2], r[3], r[4], r[6]) for r in conn.execute(f"PRAGMA foreign_key_list({name})")
            )
            indexes = {}
            for r in conn.execute(f"PRAGMA index_list({name})"):
                cols = [c[2] for c in conn.execute(f"PRAGMA index_info({r[1]})")]
                indexes[r[1]] = (bool(r[2]), cols)
            out[name] = {"columns": columns, "foreign_keys": foreign, "indexes": indexes}
        triggers = conn.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        )
        out["triggers"] = [(n, t, " ".join(sql.split())) for n, t, sql in triggers]
    return out


def test_versions_are_contiguous_and_current_is_the_last():
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert MIGRATIONS[-1].version == CURRENT_VERSION
    with pytest.raises(ValueError):
        migrate.check_sequence([Migration(1, "a", ()), Migration(3, "b", ())])


def test_v0_to_current_builds_every_table_and_records_each_version(db):
    described = describe(db.path)
    assert set(described) - {"triggers"} == TABLES
    assert rows(db.path, "PRAGMA user_version") == [(CURRENT_VERSION,)]
    recorded = rows(db.path, "SELECT version, description, applied_at FROM schema_version ORDER BY version")
    assert [(v, d) for v, d, _ in recorded] == [(m.version, m.description) for m in MIGRATIONS]
    assert all(from_text(applied).tzinfo is not None for _, _, applied in recorded)


def test_migrated_schema_equals_sqlmodel_metadata(db, tmp_path):
    made = tmp_path / "create_all.db"
    engine = create_engine(URL.create("sqlite", database=str(made)))
    tables.metadata.create_all(engine)
    engine.dispose()
    by_migrations, by_metadata = describe(db.path), describe(made)
    assert set(by_migrations) == set(by_metadata)
    for name in sorted(by_migrations):  # one table at a time, for a readable failure
        assert by_migrations[name] == by_metadata[name], name


def test_the_schema_has_the_indexes_the_queries_need(db):
    described = describe(db.path)
    assert described["attempt"]["indexes"]["ix_attempt_learner_lesson"] == (
        False,
        ["learner_id", "lesson_id", "created_at"],
    )
    assert described["attempt"]["indexes"]["ix_attempt_created_at"] == (False, ["created_at"])
    assert described["lesson_progress"]["indexes"]["ux_lesson_progress_learner_lesson"] == (
        True,
        ["learner_id", "lesson_id"],
    )
    cascade = {
        t: described[t]["foreign_keys"]
        for t in ("learner_settings", "lesson_progress", "attempt", "help_request")
    }
    assert all(fk == [("learner", "learner_id", "id", "CASCADE")] for fk in cascade.values()), cascade
    assert described["certificate"]["foreign_keys"] == [("learner", "learner_id", "id", "SET NULL")]


def _v1_with_a_learner(tmp_path: Path) -> tuple[Path, Path]:
    db_path, backups = tmp_path / "data" / "trainer.db", tmp_path / "data" / "backups"
    with Database.open_file(db_path, backups) as db, closing(db.connect()) as conn:
        conn.execute(
            "INSERT INTO learner (id, name, avatar, colour, language, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            ("l1", "Ann", "sun", "#000000", "en", "2024-05-01T08:00:00.000000+00:00"),
        )
    return db_path, backups


NEXT = Migration(CURRENT_VERSION + 1, "test: nickname", ("ALTER TABLE learner ADD COLUMN nickname TEXT",))


def test_upgrade_backs_up_first_then_applies_and_records(tmp_path):
    db_path, backups = _v1_with_a_learner(tmp_path)
    with closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        result = migrate.upgrade(conn, db_path, backups, (*MIGRATIONS, NEXT))
    assert (result.from_version, result.to_version, result.upgraded) == (CURRENT_VERSION, NEXT.version, True)
    assert result.backup is not None and result.backup.parent == backups
    assert result.backup.name.startswith("pre-upgrade-") and result.backup.name.endswith(
        f"-v{CURRENT_VERSION}.sqlite"
    )
    # the backup is the database as it was before: old version, old columns, the learner
    assert rows(result.backup, "PRAGMA user_version") == [(CURRENT_VERSION,)]
    assert "nickname" not in [r[1] for r in rows(result.backup, "PRAGMA table_info(learner)")]
    assert rows(result.backup, "SELECT name FROM learner") == [("Ann",)]
    assert rows(db_path, "PRAGMA user_version") == [(NEXT.version,)]
    assert rows(db_path, "SELECT name, nickname FROM learner") == [("Ann", None)]
    assert rows(db_path, "SELECT max(version), count(*) FROM schema_version") == [
        (NEXT.version, NEXT.version)
    ]


def test_failed_migration_rolls_back_everything_of_that_version(tmp_path):
    db_path, backups = _v1_with_a_learner(tmp_path)
    broken = Migration(
        CURRENT_VERSION + 1,
        "test: broken",
        ("CREATE TABLE half_done (x INTEGER)", "INSERT INTO no_such_table VALUES (1)"),
    )
    with closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        with pytest.raises(MigrationFailed) as caught:
            migrate.upgrade(conn, db_path, backups, (*MIGRATIONS, broken))
        assert not conn.in_transaction
    assert caught.value.version == broken.version
    assert "no_such_table" in caught.value.cause
    assert rows(db_path, "PRAGMA user_version") == [(CURRENT_VERSION,)]
    assert rows(db_path, "SELECT name FROM sqlite_master WHERE name = 'half_done'") == []
    assert count(db_path, "schema_version") == CURRENT_VERSION
    with Database.open_file(db_path, backups) as db:  # the real code still opens it
        assert db.schema_version == CURRENT_VERSION
        assert [t.name for t in db.list_tiles()] == ["Ann"]


def test_migration_that_breaks_foreign_keys_is_rolled_back(tmp_path):
    db_path, backups = _v1_with_a_learner(tmp_path)
    orphan = Migration(
        CURRENT_VERSION + 1,
        "test: orphan",
        (
            "INSERT INTO attempt (id, learner_id, lesson_id, lesson_version, step_id, answer, correct,"
            " duration_ms, created_at) VALUES ('a1', 'nobody', 'l', 1, 's', '1', 1, 5, "
            "'2024-05-01T08:00:00.000000+00:00')",
        ),
    )
    with (
        closing(sqlite3.connect(db_path, isolation_level=None)) as conn,
        pytest.raises(MigrationFailed) as caught,
    ):
        migrate.upgrade(conn, db_path, backups, (*MIGRATIONS, orphan))
    assert "foreign_key_check" in caught.value.cause
    assert count(db_path, "attempt") == 0
    assert rows(db_path, "PRAGMA user_version") == [(CURRENT_VERSION,)]


def test_newer_database_is_refused_untouched(paths):
    Database.open(paths).close()
    with closing(sqlite3.connect(paths.database)) as conn:
        conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    before = paths.database.read_bytes()
    with pytest.raises(DatabaseTooNew) as caught:
        Database.open(paths)
    assert (caught.value.found, caught.value.supported) == (CURRENT_VERSION + 1, CURRENT_VERSION)
    assert caught.value.path == paths.database
    assert paths.database.read_bytes() == before
    assert list(paths.backups.iterdir()) == []
    assert count(paths.database, "schema_version") == CURRENT_VERSION


def test_failed_pre_upgrade_backup_stops_the_upgrade(tmp_path):
    db_path, _ = _v1_with_a_learner(tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with closing(sqlite3.connect(db_path, isolation_level=None)) as conn, pytest.raises(BackupFailed):
        migrate.upgrade(conn, db_path, blocker / "backups", (*MIGRATIONS, NEXT))
    assert rows(db_path, "PRAGMA user_version") == [(CURRENT_VERSION,)]
    assert "nickname" not in [r[1] for r in rows(db_path, "PRAGMA table_info(learner)")]
