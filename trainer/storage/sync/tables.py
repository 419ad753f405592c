"""The sync bookkeeping tables (the sync migration in ``trainer/storage/migrations`` says what each holds), as SQLModel
classes so that ``tables.metadata`` describes the whole schema. The sync code itself reads and writes
them with plain ``sqlite3``."""

from __future__ import annotations

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from trainer.storage.columns import text


class SyncStateRow(SQLModel, table=True):
    __tablename__ = "sync_state"
    id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    pc_id: str = text()
    pc_name: str = text()
    hlc: int
    clock_offset_ms: int
    applying: int
    capture: str | None = text(default=None, nullable=True)
    enabled_at: str = text()


class SyncChangeRow(SQLModel, table=True):
    __tablename__ = "sync_change"
    __table_args__ = {"sqlite_autoincrement": True}
    seq: int = Field(primary_key=True)
    tbl: str = text()
    key: str = text()


class SyncClockRow(SQLModel, table=True):
    __tablename__ = "sync_clock"
    tbl: str = text(primary_key=True)
    key: str = text(primary_key=True)
    field: str = text(primary_key=True)
    hlc: int


class SyncErasedRow(SQLModel, table=True):
    __tablename__ = "sync_erased"
    learner_id: str = text(primary_key=True)
    erased_at: str = text()


class SyncMergedRow(SQLModel, table=True):
    __tablename__ = "sync_merged"
    learner_id: str = text(primary_key=True)
    into_id: str = text(primary_key=True)
    merged_at: str = text()


class SyncNotSameRow(SQLModel, table=True):
    __tablename__ = "sync_not_same"
    learner_a: str = text(primary_key=True)
    learner_b: str = text(primary_key=True)
    marked_at: str = text()


class SyncCursorRow(SQLModel, table=True):
    __tablename__ = "sync_cursor"
    name: str = text(primary_key=True)
    value: int
    updated_at: str = text()


class SyncPeerRow(SQLModel, table=True):
    __tablename__ = "sync_peer"
    pc_id: str = text(primary_key=True)
    name: str = text()
    via: str = text()
    last_sync_at: str | None = text(default=None, nullable=True)
    pending: int
    app_version: str = text()


class SyncParkedRow(SQLModel, table=True):
    __tablename__ = "sync_parked"
    __table_args__ = (Index("ix_sync_parked_waits", "waits_for"),)
    tbl: str = text(primary_key=True)
    key: str = text(primary_key=True)
    record: str = text()
    waits_for: str = text()
    parked_at: str = text()


class CentreKeyRow(SQLModel, table=True):
    """A public key of one of the centre's issuing PCs (the ``trainer keys export`` JSON)."""

    __tablename__ = "centre_key"
    fingerprint: str = text(primary_key=True)
    public_key: str = text()
    pc_name: str = text()
    published_at: str = text()
