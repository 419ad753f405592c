"""Checking a certificate offline: the VC-JWT, the JSON credential, or the text scanned from the QR.

Each check answers with a ``Verdict``: VALID, or INVALID with the first reason found. What is checked:
the RS256 signature against the trusted keys only; that the signer is the credential's issuer; the
OB 3.0 structure (and the official schema when given); the JWT claims against the credential (iss,
jti, nbf, sub); the dates (valid from now or earlier, not expired, learning before issue); the QR's
fields and hash against the credential; and the centre's signed register and status list, when
given (``revocation``: revoked, or not as issued).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from trainer.services.certificates import credential as cred
from trainer.services.certificates import crosscheck, jws, qr, revocation, status_list, structure
from trainer.services.certificates.credential import StatusEntry
from trainer.services.certificates.keys import PUBLIC_FORMAT, PublicKeyInfo, public_info_from_json
from trainer.services.certificates.register import Register
from trainer.services.certificates.safe_input import parse_date
from trainer.services.certificates.status_list import StatusList

CLOCK_SKEW = timedelta(minutes=5)


@dataclass(frozen=True)
class Verdict:
    valid: bool
    reason: str = ""
    certificate_id: str | None = None
    learner_name: str | None = None
    kind: str | None = None
    issued: str | None = None
    issuer: str | None = None
    fingerprint: str | None = None
    notes: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()  # a QR check: the facts the centre signed, to compare with the paper

    def summary(self) -> str:
        if not self.valid:
            return f"INVALID: {self.reason}"
        facts = [
            f"certificate {self.certificate_id}" if self.certificate_id else "",
            f"learner {self.learner_name}" if self.learner_name else "",
            self.kind or "",
            f"issued {self.issued}" if self.issued else "",
            f"by {self.issuer}" if self.issuer else "",
            f"(key {self.fingerprint})" if self.fingerprint else "",
        ]
        return "VALID: " + ", ".join(f for f in facts if f).replace(", (key", " (key")


class Invalid(Exception):
    pass


def load_trusted_keys(path: Path) -> list[PublicKeyInfo]:
    """Keys from ``trainer keys export`` files, a JWK, a JWK Set, or a JSON list of any of these."""
    from trainer.services.certificates.safe_input import load_json, read_text

    data = load_json(read_text(path, "the trusted keys file"), "the trusted keys file")
    items = (
        data
        if isinstance(data, list)
        else data["keys"]
        if isinstance(data, dict) and "keys" in data
        else [data]
    )
    out = []
    for item in items:
        if isinstance(item, dict) and item.get("format") == PUBLIC_FORMAT:
            out.append(public_info_from_json(item))
        elif isinstance(item, dict) and item.get("kty") == "RSA":
            out.append(public_info_from_json({"jwk": item}))
        else:
            raise ValueError(
                "not a public key file (expected trainer keys export output, a JWK or a JWK Set)"
            )
    return out


def verify_credential(
    data: str,
    trusted: Sequence[PublicKeyInfo],
    *,
    companion_jwt: str | None = None,
    register: Register | None = None,
    status: StatusList | None = None,
    schema_dir: Path | None = None,
    now: datetime | None = None,
) -> Verdict:
    """A .jwt (signed) or a .json credential; the JSON has no signature of its own, so it is checked
    through the VC-JWT issued with it (``companion_jwt``)."""
    try:
        c, key, notes = _credential(data, trusted, companion_jwt, schema_dir, now or datetime.now(UTC))
        cert_id = cred.certificate_id_of(c["id"])
        issuer, code = revocation.issuer_of(c)
        notes += revocation.by_register(register, cert_id, cred.credential_hash(c), issuer, code)
        entry = status_list.entry_of(c) if status is not None else None
        notes += revocation.by_status_list(status, entry, cert_id, str(c["validFrom"]))
        return _verdict(c, key, notes)
    except (Invalid, jws.JwsError, revocation.Revoked, status_list.StatusListError) as error:
        return Verdict(False, str(error))


def verify_qr(
    text: str,
    trusted: Sequence[PublicKeyInfo],
    *,
    credential: str | None = None,
    companion_jwt: str | None = None,
    register: Register | None = None,
    status: StatusList | None = None,
    schema_dir: Path | None = None,
    now: datetime | None = None,
) -> Verdict:
    """The scanned QR text; with ``credential`` (.json or .jwt text) also that the paper and the file
    are the same certificate."""
    now = now or datetime.now(UTC)
    try:
        payload, key = qr.verify(text, trusted)
    except qr.QrError as error:
        return Verdict(False, str(error))
    if payload.claims.issued > (now + timedelta(days=1)).date().isoformat():
        return Verdict(False, f"the QR code's date of issue {payload.claims.issued} is in the future")
    notes: tuple[str, ...] = (QR_PROVES_LEGACY if payload.legacy else QR_PROVES,)
    issuer = None
    if credential is None:
        notes += (
            "give the .json or .jwt file too to check those lists and that the paper belongs to that file",
        )
    else:
        try:
            if credential.lstrip().startswith("{") and companion_jwt is None:
                c = _json_bound_by_qr(credential, key, schema_dir, now)  # the QR signed its hash
            else:
                c, _, more = _credential(credential, trusted, companion_jwt, schema_dir, now)
                notes += more
            problem = crosscheck.disagreement(payload, c)
            if problem:
                raise Invalid(problem)
            issuer = c["issuer"].get("name") if isinstance(c["issuer"], dict) else None
        except (Invalid, jws.JwsError) as error:
            return Verdict(False, str(error))
    q = payload.claims
    entry = StatusEntry(status_list.list_id(key), q.status_index) if q.status_index is not None else None
    try:
        notes += revocation.by_register(register, q.certificate_id, payload.credential_hash, key.did, q.code)
        notes += revocation.by_status_list(status, entry, q.certificate_id, q.issued)
    except revocation.Revoked as error:
        return Verdict(False, str(error))
    return Verdict(
        True,
        "",
        q.certificate_id,
        q.learner_name,
        q.kind,
        q.issued,
        issuer or q.centre or None,
        key.fingerprint,
        notes,
        crosscheck.claim_lines(payload),
    )


QR_PROVES = (
    "the QR code is genuine: the centre's key signed every fact listed below, and the paper must say the "
    "same; the lists of lessons and observed tasks on the details pages are checked only with the .json "
    "or .jwt file"
)
QR_PROVES_LEGACY = (
    "an older QR code: it signs only the certificate id, name, tier, date of issue and competence codes; "
    "check the other facts on the paper with the .json or .jwt file"
)


def _credential(
    data: str, trusted: Sequence[PublicKeyInfo], companion: str | None, schema_dir: Path | None, now: datetime
) -> tuple[dict[str, Any], PublicKeyInfo, tuple[str, ...]]:
    text = data.strip()
    if text.startswith("{"):
        try:
            c = jws.strict_json(text.encode("utf-8"))
        except jws.JwsError as error:
            raise Invalid(f"the .json file is not valid JSON ({error})") from error
        if companion is None:
            raise Invalid(
                "a .json credential has no signature of its own: give the .jwt issued with it "
                "(same name, beside it) or the QR text (--qr)"
            )
        signed, key, notes = _credential(companion, trusted, None, schema_dir, now)
        if cred.credential_hash(c) != cred.credential_hash(signed):
            raise Invalid("the .json credential differs from the signed .jwt issued with it")
        return c, key, notes
    verified = jws.verify(text, trusted)
    payload = verified.payload
    c = cred.credential_of_payload(payload)
    _check(c, payload, verified.key, schema_dir, now)
    return c, verified.key, ()


def _json_bound_by_qr(
    text: str, key: PublicKeyInfo, schema_dir: Path | None, now: datetime
) -> dict[str, Any]:
    try:
        c = jws.strict_json(text.strip().encode("utf-8"))
    except jws.JwsError as error:
        raise Invalid(f"the .json file is not valid JSON ({error})") from error
    _check(c, None, key, schema_dir, now)
    return c


def _check(
    c: dict[str, Any],
    claims: dict[str, Any] | None,
    key: PublicKeyInfo,
    schema_dir: Path | None,
    now: datetime,
) -> None:
    """Structure, issuer, dates; and the JWT claims when the credential came in a JWT."""
    try:
        _check_parts(c, claims, key, schema_dir, now)
    except ValueError as error:  # a date of the wrong type or form (safe_input.parse_date)
        raise Invalid(str(error)) from error


def _check_parts(
    c: dict[str, Any],
    claims: dict[str, Any] | None,
    key: PublicKeyInfo,
    schema_dir: Path | None,
    now: datetime,
) -> None:
    found = structure.problems(c)
    if not found and schema_dir is not None:
        found = structure.schema_problems(c, schema_dir)
    if found:
        raise Invalid(f"not a valid Open Badges 3.0 credential: {found[0]}")
    issuer = c["issuer"]["id"] if isinstance(c["issuer"], dict) else c["issuer"]
    subject = c["credentialSubject"]
    expected = {
        "iss": issuer,
        "jti": c["id"],
        "sub": subject.get("id"),
        "nbf": int(parse_date(c["validFrom"], "validFrom").timestamp()),
    }
    for claim, value in expected.items():
        if claims is not None and claims.get(claim) != value:
            raise Invalid(f"the JWT claim {claim} does not match the credential")
    if issuer not in key.names():
        raise Invalid("the credential names another issuer than the key that signed it")
    valid_from = parse_date(c["validFrom"], "validFrom")
    if valid_from > now + CLOCK_SKEW:
        raise Invalid(f"not valid before {c['validFrom']}")
    if "validUntil" in c and parse_date(c["validUntil"], "validUntil") < now:
        raise Invalid(f"expired on {c['validUntil']}")
    if claims is not None and "exp" in claims and claims["exp"] < now.timestamp():
        raise Invalid("the JWT has expired")
    if "awardedDate" in c and parse_date(c["awardedDate"], "awardedDate") != valid_from:
        raise Invalid("awardedDate and validFrom disagree")
    for member in ("activityStartDate", "activityEndDate"):
        if member in subject and parse_date(subject[member], member) > valid_from + CLOCK_SKEW:
            raise Invalid(f"{member} is after the date of issue")


def _verdict(c: dict[str, Any], key: PublicKeyInfo, notes: tuple[str, ...]) -> Verdict:
    subject = c["credentialSubject"]
    names = [i.get("identityHash") for i in subject.get("identifier", []) if i.get("identityType") == "name"]
    tags = subject["achievement"].get("tag", [])
    kind = next((t for t in tags if t in qr.KINDS), None)
    issuer = c["issuer"].get("name") if isinstance(c["issuer"], dict) else c["issuer"]
    return Verdict(
        True,
        "",
        cred.certificate_id_of(c["id"]),
        names[0] if names else None,
        kind,
        str(c.get("awardedDate", c["validFrom"]))[:10],
        issuer,
        key.fingerprint,
        notes,
    )
