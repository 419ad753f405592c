"""The Open Badges 3.0 OpenBadgeCredential for a certificate, its hash, and its VC-JWT claims.

The credential hash (in the QR code and the register) is SHA-256 over the credential's canonical JSON
(``encoding.canonical_json``), base64url: the same from the .json file and from the JWT's payload once
the JWT claims are taken out, so the paper, the JSON and the JWT are tied to one another.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from trainer.domain.certificates import (
    DIGCOMP,
    KIND_TIER,
    TIER_NAMES,
    Achievement,
    Assessment,
    Competence,
    Issuer,
    LearnerRef,
    certificate_id_from_int,
    certificate_id_to_int,
)
from trainer.services.certificates import texts as T
from trainer.services.certificates.encoding import b64u, canonical_json, sha256

CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
TYPES = ["VerifiableCredential", "OpenBadgeCredential"]
SCHEMA_ID = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential-jsonschema1.json"
)
FRAMEWORK_URLS = {
    DIGCOMP: "https://publications.jrc.ec.europa.eu/repository/handle/JRC128415",
    "UNESCO DLGF": "https://uis.unesco.org/sites/default/files/documents/"
    "ip51-global-framework-reference-digital-literacy-skills-2018-en.pdf",
}
NAMESPACE = uuid.UUID("6f0d1c8e-5b0a-4d4e-9f59-3c1b7f1e2a10")  # this product's UUIDv5 namespace
JWT_CLAIMS = ("iss", "jti", "nbf", "sub", "exp", "iat")


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
    except ValueError:
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


@dataclass(frozen=True)
class CredentialInput:
    certificate_id: str
    issuer: Issuer
    issuer_did: str
    learner: LearnerRef
    achievement: Achievement
    assessment: Assessment
    issued_at: datetime  # aware; its own offset is the centre's local time (awardedDate)
    salt: str


def build(c: CredentialInput) -> dict[str, Any]:
    a = c.achievement
    tier = _tier_pair(a)
    title = T.TITLE_TIER if a.kind == KIND_TIER else T.TITLE_PROGRESS
    achievement_id = urn(
        c.issuer_did, "achievement", a.tier or "progress", c.certificate_id if not a.tier else "v1"
    )
    ids = {k: urn(achievement_id, k) for k in ("level", "hours", "status", "assessment")}
    subject: dict[str, Any] = {
        "id": urn(c.issuer_did, "learner", c.learner.id),
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
                "identityHash": identity_hash(c.learner.id, c.salt),
                "identityType": "systemId",
                "hashed": True,
                "salt": c.salt,
            },
        ],
        "achievement": _achievement(c, achievement_id, ids, tier),
        "result": _results(c, ids),
        "activityStartDate": iso(a.started_at),
        "activityEndDate": iso(a.completed_at),
    }
    if c.assessment.validated:
        name = c.assessment.tutor_name or ""
        subject["source"] = {"id": urn(c.issuer_did, "tutor", name), "type": ["Profile"], "name": name}
    return {
        "@context": list(CONTEXT),
        "id": credential_id(c.certificate_id),
        "type": list(TYPES),
        "name": T.both(title, tier=tier),
        "description": T.both(_description(a), sep=" / ", tier=tier),
        "issuer": _issuer(c),
        "validFrom": iso(c.issued_at),
        "awardedDate": c.issued_at.replace(microsecond=0).isoformat(),
        "credentialSubject": subject,
        "evidence": _evidence(c),
        "credentialSchema": [{"id": SCHEMA_ID, "type": "1EdTechJsonSchemaValidator2019"}],
    }


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


def _tier_pair(a: Achievement) -> tuple[str, str]:
    return TIER_NAMES[a.tier] if a.tier else ("", "")


def _description(a: Achievement) -> tuple[str, str]:
    return T.ACHIEVEMENT_TIER_DESC if a.kind == KIND_TIER else T.ACHIEVEMENT_PROGRESS_DESC


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


def alignment(comp: Competence) -> dict[str, Any]:
    return {
        "type": ["Alignment"],
        "targetCode": comp.code,
        "targetName": comp.name_en,
        "targetDescription": T.COMPETENCE_NAMES_ZH.get(comp.code, comp.name_en),
        "targetFramework": comp.framework,
        "targetType": "ceasn:Competency",
        "targetUrl": FRAMEWORK_URLS[comp.framework],
    }


def _achievement(
    c: CredentialInput, achievement_id: str, ids: dict[str, str], tier: tuple[str, str]
) -> dict[str, Any]:
    a = c.achievement
    criteria = T.CRITERIA_TIER if a.kind == KIND_TIER else T.CRITERIA_PROGRESS
    title = T.TITLE_TIER if a.kind == KIND_TIER else T.TITLE_PROGRESS

    def description(name: tuple[str, str], rtype: str, allowed: list[str] | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"type": ["ResultDescription"], "name": T.both(name), "resultType": rtype}
        if allowed:
            out["allowedValue"] = allowed
        return out

    return {
        "id": achievement_id,
        "type": ["Achievement"],
        "achievementType": "Certificate" if a.kind == KIND_TIER else "ext:ProgressRecord",
        "name": T.both(title, tier=tier),
        "description": T.both(_description(a), sep=" / ", tier=tier),
        "criteria": {"narrative": T.both(criteria, sep="\n", tier=tier)},
        "alignment": [alignment(comp) for comp in a.competences],
        "resultDescription": [
            {"id": ids["level"], **description(T.RESULT_LEVEL, "PerformanceLevel", ["1-2", "3-4", "5-6"])},
            {"id": ids["hours"], **description(T.RESULT_HOURS, "ext:LearningHours")},
            {"id": ids["status"], **description(T.RESULT_STATUS, "Status")},
            {
                "id": ids["assessment"],
                **description(T.RESULT_ASSESSMENT, "ext:AssessmentType", ["self-study", "tutor-validated"]),
            },
        ],
        "tag": ["digital skills", "数字技能"] + ([a.tier] if a.tier else ["progress"]),
    }


def _results(c: CredentialInput, ids: dict[str, str]) -> list[dict[str, Any]]:
    a = c.achievement
    status = T.STATUS_COMPLETED if a.kind == KIND_TIER else T.STATUS_IN_PROGRESS
    out: list[dict[str, Any]] = [
        {"type": ["Result"], "resultDescription": ids["level"], "value": a.level},
        {"type": ["Result"], "resultDescription": ids["hours"], "value": f"{a.hours:g}"},
        {"type": ["Result"], "resultDescription": ids["status"], "status": status},
        {"type": ["Result"], "resultDescription": ids["assessment"], "value": c.assessment.kind},
    ]
    out += [
        {
            "type": ["Result"],
            "resultDescription": ids["level"],
            "alignment": [alignment(comp)],
            "value": comp.level,
        }
        for comp in a.competences
    ]
    return out


def _evidence(c: CredentialInput) -> list[dict[str, Any]]:
    a, s = c.achievement, c.assessment
    lines = [
        f"{x.mastered_at.astimezone(c.issued_at.tzinfo).date().isoformat()} {x.title_zh} / {x.title_en} "
        f"({x.minutes} min; {', '.join(x.competences)})"
        for x in a.lessons
    ]
    out: list[dict[str, Any]] = [
        {
            "type": ["Evidence"],
            "name": T.both(T.EVIDENCE_LESSONS),
            "narrative": "\n".join(lines),
            "genre": "Learning record",
        }
    ]
    if s.validated:
        when = (s.validated_at or c.issued_at).astimezone(c.issued_at.tzinfo).date().isoformat()
        narrative = T.both(T.EVIDENCE_TUTOR, sep="\n", tutor=s.tutor_name, date=when)
        if s.note:
            narrative += "\n" + s.note
        out.append(
            {
                "type": ["Evidence"],
                "name": "导师认证 · Tutor validation",
                "narrative": narrative,
                "genre": "Tutor validation",
            }
        )
    else:
        out.append(
            {
                "type": ["Evidence"],
                "name": "自学 · Self-study",
                "narrative": T.both(T.EVIDENCE_SELF, sep="\n"),
                "genre": "Self-study",
            }
        )
    return out
