"""The register of issued certificates, as the centre exports it for a recognition body (CSV for a
spreadsheet, JSON for a program) and as a verifier reads it back to see revocations.

The register is not signed: it can only make a verifier *more* careful (a revoked or mismatching
entry turns VALID into INVALID); a certificate missing from it stays VALID with a note, since it
may be newer than the export.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from trainer.domain.certificates import CertificateRecord
from trainer.services.certificates.credential import credential_id, iso
from trainer.services.certificates.encoding import pretty_json

FORMAT = "digital-bridge-certificate-register"
COLUMNS = (
    "certificate_id",
    "credential_id",
    "learner_name",
    "kind",
    "tier",
    "issued_at",
    "issued_by",
    "credential_hash",
    "status",
    "revoked_at",
    "revoke_reason",
)


@dataclass(frozen=True)
class Entry:
    certificate_id: str
    credential_hash: str
    learner_name: str = ""
    issued_at: str = ""
    revoked_at: str = ""
    revoke_reason: str = ""

    @property
    def revoked(self) -> bool:
        return bool(self.revoked_at)


@dataclass(frozen=True)
class Register:
    entries: dict[str, Entry]
    exported_at: str = ""

    def get(self, certificate_id: str) -> Entry | None:
        return self.entries.get(certificate_id)

    @classmethod
    def of(cls, records: Iterable[CertificateRecord], exported_at: str = "") -> Register:
        return cls({r.id: _entry(_row(r)) for r in records}, exported_at)


def _row(r: CertificateRecord) -> dict[str, str]:
    return {
        "certificate_id": r.id,
        "credential_id": credential_id(r.id),
        "learner_name": r.learner_name,
        "kind": r.kind,
        "tier": r.tier or "",
        "issued_at": iso(r.issued_at),
        "issued_by": r.issued_by or "",
        "credential_hash": r.credential_hash,
        "status": "revoked" if r.revoked else "valid",
        "revoked_at": iso(r.revoked_at) if r.revoked_at else "",
        "revoke_reason": r.revoke_reason or "",
    }


def _entry(row: dict[str, Any]) -> Entry:
    return Entry(
        certificate_id=str(row["certificate_id"]),
        credential_hash=str(row["credential_hash"]),
        learner_name=str(row.get("learner_name") or ""),
        issued_at=str(row.get("issued_at") or ""),
        revoked_at=str(row.get("revoked_at") or ""),
        revoke_reason=str(row.get("revoke_reason") or ""),
    )


def export(records: Iterable[CertificateRecord], out: Path, issuer: dict[str, Any] | None = None) -> Path:
    """Write the register as ``.csv`` (UTF-8 with BOM, so spreadsheet programs read the Chinese) or
    ``.json``, chosen by the file's suffix."""
    out = Path(out)
    rows = [_row(r) for r in records]
    exported = iso(datetime.now(UTC))
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)
        out.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    elif out.suffix.lower() == ".json":
        doc = {
            "format": FORMAT,
            "version": 1,
            "exported_at": exported,
            "issuer": issuer or {},
            "certificates": rows,
        }
        out.write_text(pretty_json(doc), encoding="utf-8")
    else:
        raise ValueError("the register file must end in .csv or .json")
    return out


def load(path: Path) -> Register:
    """Read an exported register (CSV or JSON). ValueError when it is not one."""
    path = Path(path)
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        doc = json.loads(text)
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError("not a certificate register")
        rows, exported = doc.get("certificates", []), str(doc.get("exported_at", ""))
    else:
        rows = list(csv.DictReader(io.StringIO(text)))
        if rows and not {"certificate_id", "credential_hash"} <= set(rows[0]):
            raise ValueError("not a certificate register")
        exported = ""
    try:
        return Register({str(r["certificate_id"]): _entry(r) for r in rows}, exported)
    except (KeyError, TypeError) as error:
        raise ValueError("not a certificate register") from error
