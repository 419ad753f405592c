"""Is a database file the trainer's, whole and unaltered? One answer for backups, restore and self-test.

A file is accepted only when all of these hold, checked in this order:

- it opens as an SQLite database (``not_a_database``);
- ``PRAGMA integrity_check`` (or the cheaper ``quick_check``) says "ok" (``damaged``);
- its ``user_version`` is a schema version this code knows (``unknown_version`` for 0 or negative,
  ``too_new`` for a newer app's file);
- its tables, columns, indexes, foreign keys, views and triggers are exactly what the migrations
  make for that version (``schema``: a table missing, added or changed; ``triggers``: a trigger
  missing, added or changed, e.g. one that makes every answer fail). Sync's capture triggers must be
  exactly what the code makes for the file (``_app_triggers``).

The expected schema is made by running the migrations on an empty in-memory database, so it can
never drift from what the app creates. Schemas are compared as structure (PRAGMA table_xinfo,
index_list, foreign_key_list), not as SQL text, so an older SQLite that rewrote a statement after an
ALTER TABLE still matches; trigger and view bodies are compared with their whitespace folded.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from functools import cache
from pathlib import Path
from typing import NamedTuple

from trainer.storage.connection import connect_readonly

NOT_A_DATABASE = "not_a_database"
DAMAGED = "damaged"
UNKNOWN_VERSION = "unknown_version"
TOO_NEW = "too_new"
SCHEMA = "schema"
TRIGGERS = "triggers"


class DatabaseVerdict(NamedTuple):
    problem: str | None  # one of the codes above, None when the file is fine
    detail: str  # for the log and the tutor: what exactly differs (never shown to learners)
    version: int = 0
    learners: int | None = None  # how many learners it holds (None when it could not be read)

    @property
    def ok(self) -> bool:
        return self.problem is None


def check_file(path: Path, full: bool = True) -> DatabaseVerdict:
    """The verdict on the database in ``path``, opened read-only (the file is never changed).
    ``full``: ``integrity_check`` (indexes too; seconds for a large file), else ``quick_check``."""
    try:
        if not Path(path).is_file() or Path(path).stat().st_size == 0:
            return DatabaseVerdict(NOT_A_DATABASE, "missing or empty file")
        with closing(connect_readonly(path)) as conn:
            return check_connection(conn, full)
    except sqlite3.Error as error:
        return DatabaseVerdict(NOT_A_DATABASE, f"{type(error).__name__}: {error}")
    except OSError as error:
        return DatabaseVerdict(NOT_A_DATABASE, f"{type(error).__name__}: {error.strerror or error}")


def check_connection(conn: sqlite3.Connection, full: bool = True) -> DatabaseVerdict:
    """As ``check_file`` on an open connection. Raises ``sqlite3.DatabaseError`` for a file that is
    not a database at all (the caller decides whether that means damage)."""
    from trainer.storage.migrations import CURRENT_VERSION

    rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
    if [tuple(r) for r in rows] != [("ok",)]:
        return DatabaseVerdict(DAMAGED, "; ".join(str(r[0]) for r in rows[:5]))
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version <= 0:
        return DatabaseVerdict(UNKNOWN_VERSION, f"user_version {version}", version)
    if version > CURRENT_VERSION:
        return DatabaseVerdict(TOO_NEW, f"user_version {version} > {CURRENT_VERSION}", version)
    found, expected = schema_of(conn), expected_schema(version)
    for part in ("tables", "indexes", "foreign_keys", "views"):
        diff = _differences(getattr(found, part), getattr(expected, part))
        if diff:
            return DatabaseVerdict(SCHEMA, f"{part}: {diff}", version)
    trigger_diff = _differences(_app_triggers(conn, found.triggers, version), expected.triggers)
    if trigger_diff:
        return DatabaseVerdict(TRIGGERS, trigger_diff, version)
    learners = int(conn.execute("SELECT count(*) FROM learner").fetchone()[0])
    return DatabaseVerdict(None, "ok", version, learners)


class Schema(NamedTuple):
    tables: dict[str, tuple]
    indexes: dict[str, tuple]
    foreign_keys: dict[str, tuple]
    views: dict[str, str]
    triggers: dict[str, tuple]


def schema_of(conn: sqlite3.Connection) -> Schema:
    objects = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ).fetchall()
    tables, indexes, keys, views, triggers = {}, {}, {}, {}, {}
    for kind, name, table, sql in objects:
        if kind == "table":
            tables[name] = tuple(
                (r[1], str(r[2]).upper(), r[3], r[4], r[5], r[6])
                for r in conn.execute(f"PRAGMA table_xinfo({_quoted(name)})")
            )
            keys[name] = tuple(
                sorted(tuple(r[2:]) for r in conn.execute(f"PRAGMA foreign_key_list({_quoted(name)})"))
            )
            for index in conn.execute(f"PRAGMA index_list({_quoted(name)})"):
                columns = tuple(r[2] for r in conn.execute(f"PRAGMA index_info({_quoted(index[1])})"))
                indexes[index[1]] = (name, index[2], index[3], index[4], columns)
        elif kind == "view":
            views[name] = _folded(sql)
        elif kind == "trigger":
            triggers[name] = (table, _folded(sql))
    return Schema(tables, indexes, keys, views, triggers)


@cache
def expected_schema(version: int) -> Schema:
    """What the migrations up to ``version`` create, read from an empty in-memory database."""
    from trainer.storage.migrations import MIGRATIONS

    with closing(sqlite3.connect(":memory:", isolation_level=None)) as conn:
        for migration in MIGRATIONS:
            if migration.version > version:
                break
            for statement in migration.statements:
                conn.execute(statement)
        return schema_of(conn)


def _app_triggers(conn: sqlite3.Connection, triggers: dict[str, tuple], version: int) -> dict[str, tuple]:
    """The triggers to compare with the migrations'. Sync's capture triggers (``sync_capture_*``, on PCs
    that sync) are made from code, not by a migration: one is left out when it is exactly what this code
    makes for this file (``storage.sync.capture.generated``), or when the file is from an older schema
    (the upgrade makes them all again, as a restore does); anything else under that name is reported."""
    from trainer.storage.migrations import CURRENT_VERSION
    from trainer.storage.sync import capture

    ours = capture.generated(conn) if version == CURRENT_VERSION else None
    out = {}
    for name, (table, sql) in triggers.items():
        if capture.is_capture_trigger(name) and (ours is None or ours.get(name) == sql):
            continue
        out[name] = (table, sql)
    return out


def _differences(found: dict, expected: dict) -> str:
    """ "extra a, b; missing c; changed d", or "" when the two agree."""
    groups = (
        ("extra", set(found) - set(expected)),
        ("missing", set(expected) - set(found)),
        ("changed", {k for k in set(found) & set(expected) if found[k] != expected[k]}),
    )
    return "; ".join(f"{what} {', '.join(sorted(names))}" for what, names in groups if names)


def _folded(sql: str | None) -> str:
    return " ".join((sql or "").split())


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
