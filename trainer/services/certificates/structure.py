"""Is a credential an Open Badges 3.0 OpenBadgeCredential? Two checks:

- ``problems``: the members OB 3.0 requires, checked in code (always available, no files needed);
- ``schema_problems``: full validation with the official JSON Schema, for a verifier who has the
  1EdTech schema files (``trainer verify --schema DIR``). The project does not ship those files.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = re.compile(r"^https://purl\.imsglobal\.org/spec/ob/v3p0/context(-3\.\d\.\d)*\.json$")
SCHEMA_FILE = "ob_v3p0_achievementcredential.json"


def _types(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _is_datetime(value: Any) -> bool:
    if not isinstance(value, str) or "T" not in value:
        return False
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).tzinfo is not None
    except ValueError:
        return False


def problems(c: Any) -> list[str]:
    """What keeps ``c`` from being an OpenBadgeCredential, in plain words (empty when fine)."""
    if not isinstance(c, dict):
        return ["the credential is not a JSON object"]
    out: list[str] = []
    ctx = c.get("@context")
    if not (
        isinstance(ctx, list) and len(ctx) >= 2 and ctx[0] == VC_CONTEXT and OB_CONTEXT.match(str(ctx[1]))
    ):
        out.append("@context must start with the VC 2.0 and Open Badges 3.0 contexts")
    types = _types(c.get("type"))
    if "VerifiableCredential" not in types or not {"OpenBadgeCredential", "AchievementCredential"} & set(
        types
    ):
        out.append("type must include VerifiableCredential and OpenBadgeCredential")
    if not isinstance(c.get("id"), str):
        out.append("id is missing")
    issuer = c.get("issuer")
    if isinstance(issuer, dict):
        if not isinstance(issuer.get("id"), str) or "Profile" not in _types(issuer.get("type")):
            out.append("issuer must be a Profile with an id")
    elif not isinstance(issuer, str):
        out.append("issuer is missing")
    if not _is_datetime(c.get("validFrom")):
        out.append("validFrom must be a date-time with a time zone")
    if "validUntil" in c and not _is_datetime(c["validUntil"]):
        out.append("validUntil must be a date-time with a time zone")
    out += _subject_problems(c.get("credentialSubject"))
    return out


def _subject_problems(s: Any) -> list[str]:
    if not isinstance(s, dict) or "AchievementSubject" not in _types(s.get("type")):
        return ["credentialSubject must be an AchievementSubject"]
    out = []
    a = s.get("achievement")
    if not isinstance(a, dict) or "Achievement" not in _types(a.get("type")):
        return ["credentialSubject.achievement must be an Achievement"]
    for member in ("id", "name", "description"):
        if not isinstance(a.get(member), str):
            out.append(f"achievement.{member} is missing")
    if not isinstance(a.get("criteria"), dict):
        out.append("achievement.criteria is missing")
    for al in a.get("alignment", []):
        if not (
            isinstance(al, dict)
            and "Alignment" in _types(al.get("type"))
            and al.get("targetName")
            and al.get("targetUrl")
        ):
            out.append("every alignment needs type Alignment, targetName and targetUrl")
            break
    for ident in s.get("identifier", []):
        keys = {"type", "hashed", "identityHash", "identityType"}
        if not (isinstance(ident, dict) and keys <= set(ident) and isinstance(ident.get("hashed"), bool)):
            out.append(
                "every identifier must be an IdentityObject (type, hashed, identityHash, identityType)"
            )
            break
    if "id" not in s and not s.get("identifier"):
        out.append("credentialSubject needs an id or an identifier")
    return out


def schema_problems(c: Any, schema_dir: Path) -> list[str]:
    """Validate with the official OB 3.0 JSON Schema found in ``schema_dir`` (needs jsonschema)."""
    from jsonschema import Draft201909Validator

    schema = json.loads((Path(schema_dir) / SCHEMA_FILE).read_text(encoding="utf-8"))
    validator = Draft201909Validator(schema, format_checker=Draft201909Validator.FORMAT_CHECKER)
    return [
        f"{'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.message}"
        for e in validator.iter_errors(c)
    ]
