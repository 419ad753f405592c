"""The SQLAlchemy side: an engine on the same file with the same pragmas, and transactional sessions.

Imported lazily (``Database.engine``): importing SQLModel costs about 0.6 s, which start-up does not pay.

Transactions: Python's ``sqlite3`` normally starts a transaction only at the first INSERT/UPDATE/DELETE,
so reads before it are not isolated. We switch that off and let SQLAlchemy emit BEGIN itself (the recipe
in SQLAlchemy's SQLite docs). Writing use cases begin with ``BEGIN IMMEDIATE``: the write lock is taken
up front, so a second copy of the app waits (busy_timeout) instead of failing half-way with
"database is locked" when a read transaction tries to become a write one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlmodel import Session

from trainer.storage.connection import BUSY_TIMEOUT_MS, apply_pragmas

_BEGIN = "trainer_sqlite_begin"


def make_engine(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    engine = create_engine(
        URL.create("sqlite", database=str(path)), connect_args={"timeout": busy_timeout_ms / 1000}
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see module docstring)
        apply_pragmas(dbapi_connection, busy_timeout_ms)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get(_BEGIN, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """One use case, one transaction: ``BEGIN IMMEDIATE`` ... COMMIT, or ROLLBACK on any exception."""
    with Session(engine, expire_on_commit=False) as session:
        session.connection(execution_options={_BEGIN: "IMMEDIATE"})
        yield session
        session.commit()


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A consistent snapshot for reading (``BEGIN`` deferred); rolled back at the end."""
    with Session(engine, expire_on_commit=False) as session:
        session.connection()
        yield session
