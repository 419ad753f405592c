"""The register of issued certificates (the ``certificate`` table). A row is never deleted: revoking
stamps ``revoked_at`` and the reason, and a learner's erasure only unlinks ``learner_id``."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import col, select

from trainer.domain.certificates import CertificateRecord
from trainer.storage import clock
from trainer.storage.db import Database
from trainer.storage.engine import read_session, write_session
from trainer.storage.errors import NotFound
from trainer.storage.tables import CertificateRow


def _record(row: CertificateRow) -> CertificateRecord:
    return CertificateRecord(
        id=row.id,
        learner_id=row.learner_id,
        learner_name=row.learner_name,
        kind=row.kind,
        tier=row.tier,
        issued_at=row.issued_at,
        issued_by=row.issued_by,
        credential_hash=row.credential_hash,
        revoked_at=row.revoked_at,
        revoke_reason=row.revoke_reason,
    )


class CertificateRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, record: CertificateRecord) -> CertificateRecord:
        row = CertificateRow(
            id=record.id,
            learner_id=record.learner_id,
            learner_name=record.learner_name,
            kind=record.kind,
            tier=record.tier,
            issued_at=clock.aware(record.issued_at),
            issued_by=record.issued_by,
            credential_hash=record.credential_hash,
        )
        with write_session(self._db.engine) as session:
            session.add(row)
            session.flush()
            return _record(row)

    def get(self, certificate_id: str) -> CertificateRecord | None:
        with read_session(self._db.engine) as session:
            row = session.get(CertificateRow, certificate_id)
            return _record(row) if row else None

    def all(self) -> list[CertificateRecord]:
        """Every certificate ever issued here, oldest first."""
        query = select(CertificateRow).order_by(col(CertificateRow.issued_at), col(CertificateRow.id))
        with read_session(self._db.engine) as session:
            return [_record(row) for row in session.exec(query)]

    def revoke(self, certificate_id: str, reason: str, now: datetime | None = None) -> CertificateRecord:
        """Mark as revoked; revoking again keeps the first date and reason."""
        now = clock.aware(now) if now else clock.utcnow()
        with write_session(self._db.engine) as session:
            row = session.get(CertificateRow, certificate_id)
            if row is None:
                raise NotFound("certificate", certificate_id)
            if row.revoked_at is None:
                row.revoked_at = now
                row.revoke_reason = reason
                session.add(row)
            session.flush()
            return _record(row)
