"""The register of issued certificates, as the centre exports it for a recognition body (CSV for a
spreadsheet, JSON for a program) and as a verifier reads it back to see revocations.

Signed: beside ``register.csv`` (or ``.json``) the export writes ``register.csv.jws``, a compact JWS with
a detached payload (RFC 7515 appendix F, RS256) over the file's exact bytes, made with the centre's
key; its header names the key (``kid`` ``#0`` relative to ``iss``, the centre's did:jwk) and the time of
export (``iat``). A verifier refuses a register whose signature is missing, does not match (edited),
or is not the certificate issuer's (another centre's). CSV cells that a spreadsheet would run as a
formula are written with an apostrophe in front (``domain.roster.guard_cell``, shared with the roster
and the reports) and read back without it.

A certificate missing from a register stays VALID with a note (it may be newer than the export).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from trainer.domain.certificates import CertificateRecord
from trainer.domain.roster import guard_cell, unguard_cell
from trainer.services.certificates import jws
from trainer.services.certificates.credential import credential_id, iso
from trainer.services.certificates.encoding import pretty_json
from trainer.services.certificates.keys import PublicKeyInfo, SigningKey

FORMAT = "digital-bridge-certificate-register"
SIGNATURE_SUFFIX = ".jws"
MAX_BYTES = 20 * 1024 * 1024  # a CSV register of 100,000 certificates
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


class RegisterError(ValueError):
    """Why a register file was refused (unsigned, changed, another centre's, not a register)."""


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
    signer: PublicKeyInfo | None = None  # the key that signed the file (None: this PC's own database)

    def get(self, certificate_id: str) -> Entry | None:
        return self.entries.get(certificate_id)

    @classmethod
    def of(cls, records: Iterable[CertificateRecord], exported_at: str = "") -> Register:
        return cls({r.id: _entry(_row(r)) for r in records}, exported_at)


def signature_file(path: Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + SIGNATURE_SUFFIX)


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


def render(records: Iterable[CertificateRecord], suffix: str, issuer: dict[str, Any], exported: str) -> bytes:
    """The register file's bytes: ``.csv`` (UTF-8 with BOM so spreadsheets read the Chinese, CRLF,
    formula-guarded cells) or ``.json``."""
    rows = [_row(r) for r in records]
    if suffix == ".csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        writer.writerows([guard_cell(row[c]) for c in COLUMNS] for row in rows)
        return ("\ufeff" + buffer.getvalue()).encode("utf-8")
    if suffix == ".json":
        doc = {
            "format": FORMAT,
            "version": 2,
            "exported_at": exported,
            "issuer": issuer,
            "certificates": rows,
        }
        return pretty_json(doc).encode("utf-8")
    raise ValueError("the register file must end in .csv or .json")


def export(
    records: Iterable[CertificateRecord], out: Path, key: SigningKey, issuer: dict[str, Any] | None = None
) -> Path:
    """Write the register and its signature (``<file>.jws``), each complete or not at all."""
    out = Path(out)
    now = datetime.now(UTC)
    data = render(records, out.suffix.lower(), issuer or {}, iso(now))
    signature = jws.sign_detached(data, key, key.public.did, int(now.timestamp()))
    out.parent.mkdir(parents=True, exist_ok=True)
    for path, content in ((out, data), (signature_file(out), (signature + "\n").encode("ascii"))):
        tmp = path.with_name(f".{path.name}.part")
        tmp.write_bytes(content)
        tmp.replace(path)
    return out


def load(path: Path, trusted: Sequence[PublicKeyInfo]) -> Register:
    """Read an exported register after checking its signature against the trusted keys; RegisterError
    with the reason when it is unsigned, changed, signed by an untrusted key, or not a register."""
    path = Path(path)
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise RegisterError("the register file is too large")
    sig = signature_file(path)
    if not sig.is_file():
        raise RegisterError(
            f"the register is not signed: {sig.name} is missing (ask the centre to export the register again)"
        )
    try:
        checked = jws.verify_detached(sig.read_text(encoding="ascii", errors="replace"), data, trusted)
    except jws.JwsError as error:
        reason = str(error)
        if "signature does not match" in reason:
            reason = "the register was changed after the centre signed it"
        elif "not in the trusted keys" in reason:
            reason = "the register is signed by a key you do not trust (another centre's?)"
        raise RegisterError(f"the register is refused: {reason}") from error
    iat = checked.header.get("iat")
    exported = (
        iso(datetime.fromtimestamp(iat, UTC)) if isinstance(iat, int) and not isinstance(iat, bool) else ""
    )
    return Register(_parse(data, path.suffix.lower()), exported, checked.key)


def _parse(data: bytes, suffix: str) -> dict[str, Entry]:
    from trainer.services.certificates.safe_input import decode, load_json

    try:
        text = decode(data, "the register")
        if suffix == ".json" or text.lstrip().startswith("{"):
            doc = load_json(text, "the register")
            if (
                not isinstance(doc, dict)
                or doc.get("format") != FORMAT
                or not isinstance(doc.get("certificates"), list)
            ):
                raise RegisterError("not a certificate register")
            rows = doc["certificates"]
        else:
            reader = csv.DictReader(io.StringIO(text))
            if not reader.fieldnames or not {"certificate_id", "credential_hash"} <= set(reader.fieldnames):
                raise RegisterError("not a certificate register")
            rows = [{k: unguard_cell(v or "") for k, v in row.items() if k} for row in reader]
        return {str(r["certificate_id"]): _entry(r) for r in rows}
    except RegisterError:
        raise
    except ValueError as error:  # not UTF-8, not JSON (safe_input says which)
        raise RegisterError(str(error)) from error
    except (KeyError, TypeError, AttributeError, csv.Error) as error:
        raise RegisterError("not a certificate register") from error
