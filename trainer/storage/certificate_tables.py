"""The certificate register's tables: the certificate row (insert-only, but for the learner link an
erasure cuts) and its append-only revocations (schema v5). Imported by ``tables.py`` so that
``tables.metadata`` describes the whole schema; the triggers are taken from the frozen SQL of
``migrations/v005_certificate_status.py``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DDL, Index, event
from sqlmodel import Field, SQLModel

from trainer.storage.columns import learner_fk, text, when
from trainer.storage.migrations import frozen_trigger


class CertificateRow(SQLModel, table=True):
    """Outlives the learner's erasure (learner_id becomes NULL; the name printed on it stays)."""

    __tablename__ = "certificate"
    __table_args__ = (
        Index("ix_certificate_learner", "learner_id"),
        Index("ux_certificate_credential_hash", "credential_hash", unique=True),
        Index("ux_certificate_status", "status_list", "status_index", unique=True),
    )
    id: str = text(primary_key=True)
    learner_id: str | None = learner_fk(ondelete="SET NULL", default=None, nullable=True)
    learner_name: str = text()
    kind: str = text()
    tier: str | None = text(default=None, nullable=True)
    issued_at: datetime = when()
    issued_by: str | None = text(default=None, nullable=True)
    credential_hash: str = text()
    status_list: str | None = text(default=None, nullable=True)
    status_index: int | None = Field(default=None, nullable=True)


class CertificateRevocationRow(SQLModel, table=True):
    """A certificate revoked, with the reason: never changed or deleted; the earliest one counts."""

    __tablename__ = "certificate_revocation"
    __table_args__ = (Index("ix_certificate_revocation_certificate", "certificate_id", "revoked_at"),)
    id: str = text(primary_key=True)
    certificate_id: str = text(foreign_key="certificate.id")
    revoked_at: datetime = when()
    reason: str = text()
    revoked_by: str | None = text(default=None, nullable=True)


REVOCATION_TRIGGERS = {
    name: frozen_trigger(5, name)
    for name in ("certificate_revocation_no_update", "certificate_revocation_no_delete")
}
for _sql in REVOCATION_TRIGGERS.values():
    event.listen(CertificateRevocationRow.__table__, "after_create", DDL(_sql))  # type: ignore[attr-defined]
