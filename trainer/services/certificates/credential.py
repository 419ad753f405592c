"""The Open Badges 3.0 OpenBadgeCredential for a certificate, its hash, and its VC-JWT claims.

The credential hash (in the QR code and the register) is SHA-256 over the credential's JSON
canonicalised by RFC 8785 (``encoding.canonical_json``), base64url: the same from the .json file and
from the JWT's payload once the JWT claims are taken out, so the paper, the JSON and the JWT are tied
to one another. The achievement, results and evidence are made in ``credential_parts``.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from trainer.domain.certificates import (
    KIND_TIER,
    Achievement,
    Assessment,
    Issuer,
    LearnerRef,
    certificate_id_from_int,
    certificate_id_to_int,
)
from trainer.services.certificates import texts as T
from trainer.services.certificates.claims import Recognition
from trainer.services.certificates.encoding import b64u, canonical_json, sha256

CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
TYPES = ["VerifiableCredential", "OpenBadgeCredential"]
SCHEMA_ID = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential-jsonschema1.json"
)
SCHEMA_TYPE = "JsonSchema"  # defined in the VC 2.0 context (VC JSON Schema), unlike 1EdTech's validator name
NAMESPACE = uuid.UUID("6f0d1c8e-5b0a-4d4e-9f59-3c1b7f1e2a10")  # this product's UUIDv5 namespace
JWT_CLAIMS = ("iss", "jti", "nbf", "sub", "exp", "iat")
LEARNER_SALT_TAG = "digital-bridge learner identifier|"


def urn(*parts: str) -> str:
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, '/'.join(parts))}"


_TAG = int.from_bytes(hashlib.sha256(b"Digital Bridge certificate").digest()[:8], "big")


def credential_id(certificate_id: str) -> str:
    """The credential's id (the JWT's jti): a UUIDv8 (RFC 9562, custom layout) holding the 60 bits of
    the printed certificate id and a fixed product tag, so either can be found from the other."""
    value = certificate_id_to_int(certificate_id)
    n = ((_TAG >> 12) & (2**48 - 1)) << 80 | 8 << 76 | (_TAG & 0xFFF) << 64 | 0b10 << 62 | value
    return f"urn:uuid:{uuid.UUID(int=n)}"


def certificate_id_of(cred_id: str) -> str | None:
    """The printed certificate id inside a credential id, or None if the id is not one of ours."""
    try:
        n = uuid.UUID(cred_id.removeprefix("urn:uuid:")).int
    except (ValueError, AttributeError):
        return None
    candidate = certificate_id_from_int(n & (2**60 - 1))
    return candidate if credential_id(candidate) == f"urn:uuid:{uuid.UUID(int=n)}" else None


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def credential_hash(credential: dict[str, Any]) -> str:
    return b64u(sha256(canonical_json(credential)))


def identity_hash(value: str, salt: str) -> str:
    """OB 3.0 IdentityHash: ``sha256$`` + hex SHA-256 of the value with the salt appended."""
    return "sha256$" + hashlib.sha256((value + salt).encode("utf-8")).hexdigest()


def learner_salt(issuer: Issuer) -> str:
    """The centre's salt for learner identifiers: the same on every PC of the centre and for every
    certificate it issues, so a learner keeps one identifier across certificates (and reissues),
    while the same learner id at another centre hashes differently."""
    return "dbl1-" + b64u(sha256((LEARNER_SALT_TAG + issuer.code.strip()).encode("utf-8")))[:22]


@dataclass(frozen=True)
class StatusEntry:
    """Where the certificate's revocation bit lives: a W3C Bitstring Status List and an index in it."""

    list_id: str
    index: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": f"{self.list_id}#{self.index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(self.index),
            "statusListCredential": self.list_id,
        }


@dataclass(frozen=True)
class CredentialInput:
    certificate_id: str
    issuer: Issuer
    issuer_did: str
    learner: LearnerRef
    achievement: Achievement
    assessment: Assessment
    issued_at: datetime  # aware; its own offset is the centre's local time (awardedDate)
    recognition: Recognition | None = None
    status: StatusEntry | None = None


def build(c: CredentialInput) -> dict[str, Any]:
    from trainer.services.certificates import credential_parts as parts

    a = c.achievement
    tier = parts.tier_pair(a)
    title = T.TITLE_TIER if a.kind == KIND_TIER else T.TITLE_PROGRESS
    salt = learner_salt(c.issuer)
    subject: dict[str, Any] = {
        "id": urn(salt, "learner", c.learner.id),
        "type": ["AchievementSubject"],
        "identifier": [
            {
                "type": "IdentityObject",
                "identityHash": c.learner.name,
                "identityType": "name",
                "hashed": False,
            },
            {
                "type": "IdentityObject",
                "identityHash": identity_hash(c.learner.id, salt),
                "identityType": "systemId",
                "hashed": True,
                "salt": salt,
            },
        ],
        "achievement": parts.achievement(c),
        "result": parts.results(c),
        "activityStartDate": iso(a.started_at),
        "activityEndDate": iso(a.completed_at),
    }
    credits = c.recognition.credits if c.recognition else ""
    if credits:
        subject["creditsEarned"] = parts.number(credits)
    if c.assessment.validated:
        name = "、".join(c.assessment.tutor_names)
        subject["source"] = {"id": urn(salt, "tutor", name), "type": ["Profile"], "name": name}
    out: dict[str, Any] = {
        "@context": list(CONTEXT),
        "id": credential_id(c.certificate_id),
        "type": list(TYPES),
        "name": T.both(title, tier=tier),
        "description": T.both(parts.description(a), sep=" / ", tier=tier),
        "issuer": _issuer(c),
        "validFrom": iso(c.issued_at),
        "awardedDate": c.issued_at.replace(microsecond=0).isoformat(),
        "credentialSubject": subject,
        "evidence": parts.evidence(c),
        "credentialSchema": [{"id": SCHEMA_ID, "type": SCHEMA_TYPE}],
    }
    if c.status is not None:
        out["credentialStatus"] = c.status.to_json()
    return out


def jwt_payload(credential: dict[str, Any]) -> dict[str, Any]:
    """OB 3.0 VC-JWT payload: the credential itself plus iss, jti, nbf and sub taken from it."""
    return {
        **credential,
        "iss": credential["issuer"]["id"],
        "jti": credential["id"],
        "nbf": int(parse_iso(credential["validFrom"]).timestamp()),
        "sub": credential["credentialSubject"]["id"],
    }


def credential_of_payload(payload: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in payload.items() if k not in JWT_CLAIMS}


def _issuer(c: CredentialInput) -> dict[str, Any]:
    return {
        "id": c.issuer_did,
        "type": ["Profile"],
        "name": c.issuer.name,
        "address": {"type": ["Address"], "addressLocality": c.issuer.place},
        "otherIdentifier": [
            {"type": "IdentifierEntry", "identifier": c.issuer.code, "identifierType": "identifier"}
        ],
    }
