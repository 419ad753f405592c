"""The register of issued certificates (the ``certificate`` table) and their revocations (the
append-only ``certificate_revocation`` table). A certificate row is never deleted (a learner's erasure
only unlinks ``learner_id``); revoking adds a row, and the earliest row of a certificate is its
revocation (date and reason) wherever the rows came from."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from trainer.domain.certificates import CertificateRecord
from trainer.storage import clock
from trainer.storage.certificate_tables import CertificateRevocationRow, CertificateRow
from trainer.storage.db import Database
from trainer.storage.engine import read_session, write_session
from trainer.storage.errors import NotFound


def _record(row: CertificateRow, revocation: CertificateRevocationRow | None) -> CertificateRecord:
    return CertificateRecord(
        id=row.id,
        learner_id=row.learner_id,
        learner_name=row.learner_name,
        kind=row.kind,
        tier=row.tier,
        issued_at=row.issued_at,
        issued_by=row.issued_by,
        credential_hash=row.credential_hash,
        revoked_at=revocation.revoked_at if revocation else None,
        revoke_reason=revocation.reason if revocation else None,
        status_list=row.status_list,
        status_index=row.status_index,
    )


def _first_revocations(session: Session, ids: list[str] | None = None) -> dict[str, CertificateRevocationRow]:
    """The earliest revocation of each certificate (of ``ids``, or all), by revoked_at then id."""
    query = select(CertificateRevocationRow).order_by(
        col(CertificateRevocationRow.revoked_at), col(CertificateRevocationRow.id)
    )
    if ids is not None:
        query = query.where(col(CertificateRevocationRow.certificate_id).in_(ids))
    first: dict[str, CertificateRevocationRow] = {}
    for row in session.exec(query):
        first.setdefault(row.certificate_id, row)
    return first


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
            status_list=record.status_list,
            status_index=record.status_index,
        )
        with write_session(self._db.engine) as session:
            session.add(row)
            session.flush()
            return _record(row, None)

    def get(self, certificate_id: str) -> CertificateRecord | None:
        with read_session(self._db.engine) as session:
            row = session.get(CertificateRow, certificate_id)
            return _record(row, _first_revocations(session, [row.id]).get(row.id)) if row else None

    def all(self) -> list[CertificateRecord]:
        """Every certificate ever issued here, oldest first."""
        query = select(CertificateRow).order_by(col(CertificateRow.issued_at), col(CertificateRow.id))
        with read_session(self._db.engine) as session:
            revoked = _first_revocations(session)
            return [_record(row, revoked.get(row.id)) for row in session.exec(query)]

    def taken_indexes(self, status_list: str) -> set[int]:
        """The indexes of a status list already given to certificates."""
        query = select(CertificateRow.status_index).where(col(CertificateRow.status_list) == status_list)
        with read_session(self._db.engine) as session:
            return {i for i in session.exec(query) if i is not None}

    def revoked_indexes(self, status_list: str) -> set[int]:
        """The indexes of a status list whose certificates are revoked: the bits to set."""
        query = (
            select(CertificateRow.status_index)
            .join(
                CertificateRevocationRow,
                col(CertificateRevocationRow.certificate_id) == col(CertificateRow.id),
            )
            .where(col(CertificateRow.status_list) == status_list)
            .distinct()
        )
        with read_session(self._db.engine) as session:
            return {i for i in session.exec(query) if i is not None}

    def revocation_count(self) -> int:
        with read_session(self._db.engine) as session:
            return session.exec(select(func.count()).select_from(CertificateRevocationRow)).one()

    def revoke(
        self, certificate_id: str, reason: str, now: datetime | None = None, by: str | None = None
    ) -> CertificateRecord:
        """Record a revocation; revoking again keeps the first date and reason (nothing is added)."""
        now = clock.aware(now) if now else clock.utcnow()
        with write_session(self._db.engine) as session:
            row = session.get(CertificateRow, certificate_id)
            if row is None:
                raise NotFound("certificate", certificate_id)
            first = _first_revocations(session, [row.id]).get(row.id)
            if first is None:
                first = CertificateRevocationRow(
                    id=clock.new_id(), certificate_id=row.id, revoked_at=now, reason=reason, revoked_by=by
                )
                session.add(first)
            session.flush()
            return _record(row, first)
