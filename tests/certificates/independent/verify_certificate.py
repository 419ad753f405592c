"""An independent verifier of Digital Bridge certificates, written from docs/verification.md alone.

It uses common libraries only (json, hashlib, base64, gzip, uuid, csv; cryptography; joserfc; rfc8785)
and none of the project's code. Usage:

    python verify_certificate.py --key centre-key.json [--jwt F] [--json F] [--qr TEXT]
                                 [--status status.jwt] [--register register.csv]

Prints one JSON object: {"valid": bool, "revoked": bool | null, "reasons": [...], "facts": {...}}.
"""

from __future__ import annotations

import argparse
import base64
import csv
import gzip
import hashlib
import io
import json
import sys
import uuid
from pathlib import Path

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from joserfc import jwt
from joserfc.jwk import RSAKey

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
JWT_CLAIMS = ("iss", "jti", "nbf", "sub", "exp", "iat")
NAMESPACE = uuid.UUID("6f0d1c8e-5b0a-4d4e-9f59-3c1b7f1e2a10")
QR_FIELDS = 25


class Refused(Exception):
    pass


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64u(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


# --- section 2: the key ---------------------------------------------------------------------------
def thumbprint(jwk: dict) -> bytes:
    return hashlib.sha256(
        json.dumps({"e": jwk["e"], "kty": "RSA", "n": jwk["n"]}, separators=(",", ":")).encode()
    ).digest()


def fingerprint(jwk: dict) -> str:
    value = int.from_bytes(thumbprint(jwk)[:10], "big")
    chars = "".join(CROCKFORD[(value >> (5 * (15 - i))) & 31] for i in range(16))
    return "-".join(chars[i : i + 4] for i in range(0, 16, 4))


def did_jwk(jwk: dict) -> str:
    return "did:jwk:" + b64u(
        json.dumps({"e": jwk["e"], "kty": "RSA", "n": jwk["n"]}, separators=(",", ":")).encode()
    )


def jwk_of_did(did_url: str) -> dict:
    did, _, fragment = did_url.partition("#")
    if not did.startswith("did:jwk:") or fragment != "0":
        raise Refused(f"the kid does not resolve to a did:jwk verification method: {did_url[:40]}")
    return json.loads(unb64u(did[len("did:jwk:") :]))


def rsa_key(jwk: dict) -> rsa.RSAPublicKey:
    n, e = (int.from_bytes(unb64u(jwk[k]), "big") for k in ("n", "e"))
    return rsa.RSAPublicNumbers(e, n).public_key()


def rs256_ok(jwk: dict, signature: bytes, data: bytes) -> bool:
    try:
        rsa_key(jwk).verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
        return True
    except InvalidSignature:
        return False


# --- section 3: the JWT -------------------------------------------------------------------------
def key_for(token: str, trusted: dict) -> dict:
    header = json.loads(unb64u(token.split(".")[0]))
    return resolve(header, json.loads(unb64u(token.split(".")[1]))["iss"], trusted)


def resolve(header: dict, iss: str, trusted: dict) -> dict:
    """The JWK the header's kid names (relative to iss), which must be the centre's."""
    if header.get("alg") != "RS256":
        raise Refused("not RS256")
    kid = header["kid"]
    jwk = jwk_of_did(iss + kid if kid.startswith("#") else kid)
    if (jwk["n"], jwk["e"]) != (trusted["n"], trusted["e"]):
        raise Refused("signed by a key that is not the centre's")
    return jwk


def credential_hash(credential: dict) -> str:
    return b64u(hashlib.sha256(rfc8785.dumps(credential)).digest())


def check_jwt(token: str, trusted: dict) -> dict:
    jwk = key_for(token, trusted)
    try:
        claims = jwt.decode(token, RSAKey.import_key(jwk)).claims  # joserfc, default settings
    except Exception as error:
        raise Refused(f"the JWT signature does not verify ({type(error).__name__})") from error
    credential = {k: v for k, v in claims.items() if k not in JWT_CLAIMS}
    issuer = credential["issuer"]["id"] if isinstance(credential["issuer"], dict) else credential["issuer"]
    from datetime import datetime

    valid_from = datetime.fromisoformat(credential["validFrom"].replace("Z", "+00:00"))
    expected = {
        "iss": issuer,
        "jti": credential["id"],
        "sub": credential["credentialSubject"]["id"],
        "nbf": int(valid_from.timestamp()),
    }
    for claim, value in expected.items():
        if claims.get(claim) != value:
            raise Refused(f"JWT claim {claim} does not match the credential")
    if issuer != did_jwk(trusted):
        raise Refused("the issuer is not the centre's did:jwk")
    return credential


# --- section 4: certificate number <-> credential id -------------------------------------------
def certificate_number(credential_id: str) -> str:
    u = uuid.UUID(credential_id.removeprefix("urn:uuid:")).int
    t = int.from_bytes(hashlib.sha256(b"Digital Bridge certificate").digest()[:8], "big")
    v = u & (2**60 - 1)
    rebuilt = ((t >> 12) & (2**48 - 1)) << 80 | 8 << 76 | (t & 0xFFF) << 64 | 0b10 << 62 | v
    if rebuilt != u:
        raise Refused("the credential id is not a Digital Bridge certificate id")
    chars = "".join(CROCKFORD[(v >> (5 * (11 - i))) & 31] for i in range(12))
    return "-".join(chars[i : i + 4] for i in range(0, 12, 4))


# --- section 5: the QR text --------------------------------------------------------------------
ESCAPED = (2, 11, 12, 13, 15, 19, 21)


def unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "%":
            out.append(chr(int(text[i + 1 : i + 3], 16)))
            i += 3
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def escape(text: str) -> str:
    return "".join(f"%{ord(c):02X}" if c in "%|" or ord(c) < 32 or ord(c) == 127 else c for c in text)


def check_qr(text: str, trusted: dict) -> list[str]:
    signed, _, digits = text.strip().rpartition("|")
    fields = signed.split("|")
    if fields[0] != "DB2" or len(fields) != QR_FIELDS - 1:
        raise Refused("not a DB2 QR text")
    signature = int(digits).to_bytes(256, "big")
    if len(digits) != 617 or not rs256_ok(trusted, signature, signed.encode("utf-8")):
        raise Refused("the QR signature does not verify")
    values = [unescape(f) if i in ESCAPED else f for i, f in enumerate(fields)]
    if any(escape(values[i]) != fields[i] for i in ESCAPED):
        raise Refused("the QR text is not canonical")
    return values


def compare_qr(values: list[str], credential: dict) -> None:
    subject = credential["credentialSubject"]
    names = [i["identityHash"] for i in subject["identifier"] if i["identityType"] == "name"]
    codes = [
        a["targetCode"] for a in subject["achievement"]["alignment"] if a["targetType"] == "ceasn:Competency"
    ]
    status = credential.get("credentialStatus", {})
    checks = {
        "hash": values[23] == credential_hash(credential),
        "number": values[1] == certificate_number(credential["id"]),
        "name": values[2] in names,
        "date": values[10] == credential["awardedDate"][:10],
        "centre": values[11] == credential["issuer"]["name"],
        "competences": [c.partition("=")[0] for c in values[18].split(",")] == codes,
        "status index": values[22] == status.get("statusListIndex", ""),
    }
    wrong = [k for k, ok in checks.items() if not ok]
    if wrong:
        raise Refused(f"the QR code and the credential disagree on: {', '.join(wrong)}")


# --- section 6: the status list ----------------------------------------------------------------
def revoked_in_list(token: str, trusted: dict, list_id: str, index: int) -> tuple[bool, str]:
    claims = check_list_jwt(token, trusted)
    expected = "urn:uuid:" + str(uuid.uuid5(NAMESPACE, "status-list/revocation/" + b64u(thumbprint(trusted))))
    if claims["id"] != list_id or list_id != expected:
        raise Refused("the status list is not the certificate's list")
    subject = claims["credentialSubject"]
    if subject["statusPurpose"] != "revocation":
        raise Refused("not a revocation list")
    bits = gzip.decompress(unb64u(subject["encodedList"][1:]))
    if not subject["encodedList"].startswith("u") or len(bits) * 8 < 131_072:
        raise Refused("not a bitstring status list")
    return bool(bits[index // 8] & (1 << (7 - index % 8))), claims["validFrom"]


def check_list_jwt(token: str, trusted: dict) -> dict:
    jwk = key_for(token, trusted)
    try:
        return jwt.decode(token, RSAKey.import_key(jwk)).claims
    except Exception as error:
        raise Refused("the status list's signature does not verify") from error


# --- section 7: the register -------------------------------------------------------------------
def register_row(path: Path, trusted: dict, number: str) -> dict | None:
    data = path.read_bytes()
    head, empty, sig = path.with_name(path.name + ".jws").read_text().strip().split(".")
    header = json.loads(unb64u(head))
    if empty or header.get("alg") != "RS256":
        raise Refused("the register's signature is not a detached RS256 JWS")
    resolve(header, header["iss"], trusted)
    if not rs256_ok(trusted, unb64u(sig), f"{head}.{b64u(data)}".encode("ascii")):
        raise Refused("the register does not match its signature")
    if path.suffix == ".json":
        rows = json.loads(data.decode("utf-8"))["certificates"]
    else:
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
        rows = [
            {
                k: v[1:] if v[:1] == "'" and v[1:2] in ("=", "+", "-", "@", "\t", "\r") else v
                for k, v in r.items()
            }
            for r in rows
        ]
    return next((r for r in rows if r["certificate_id"] == number), None)


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--key", type=Path, required=True)
    p.add_argument("--jwt", type=Path)
    p.add_argument("--json", type=Path)
    p.add_argument("--qr")
    p.add_argument("--status", type=Path)
    p.add_argument("--register", type=Path)
    args = p.parse_args(argv)
    key_file = json.loads(args.key.read_text(encoding="utf-8"))
    trusted = key_file["jwk"]
    out: dict = {"valid": False, "revoked": None, "reasons": [], "facts": {}}
    try:
        if fingerprint(trusted) != key_file["fingerprint"]:
            raise Refused("the key file's fingerprint does not match its key")
        out["facts"]["fingerprint"] = fingerprint(trusted)
        credential = check_jwt(args.jwt.read_text().strip(), trusted) if args.jwt else None
        if args.json:
            plain = json.loads(args.json.read_text(encoding="utf-8"))
            if credential is not None and rfc8785.dumps(plain) != rfc8785.dumps(credential):
                raise Refused("the .json credential differs from the .jwt")
            credential = credential or plain
        number = certificate_number(credential["id"]) if credential else None
        if args.qr:
            values = check_qr(args.qr, trusted)
            out["facts"]["qr"] = {"name": values[2], "minutes": values[6], "issued": values[10]}
            if credential is not None:
                compare_qr(values, credential)
            elif args.json is None:
                out["facts"]["covers"] = "fields 1-22 (not the lesson list)"
            number = number or values[1]
        if credential is not None:
            out["facts"]["number"] = number
            out["facts"]["hash"] = credential_hash(credential)
        if args.status:
            entry = credential["credentialStatus"] if credential else None
            list_id = (
                entry["statusListCredential"]
                if entry
                else "urn:uuid:"
                + str(uuid.uuid5(NAMESPACE, "status-list/revocation/" + b64u(thumbprint(trusted))))
            )
            index = int(entry["statusListIndex"] if entry else values[22])
            out["revoked"], out["facts"]["list_date"] = revoked_in_list(
                args.status.read_text().strip(), trusted, list_id, index
            )
        if args.register:
            row = register_row(args.register, trusted, number)
            if row is not None:
                out["revoked"] = bool(out["revoked"]) or row["status"] == "revoked"
                if row["status"] == "revoked":
                    out["facts"]["revoke_reason"] = row["revoke_reason"]
        out["valid"] = not out["revoked"]
    except (Refused, KeyError, ValueError, TypeError) as error:
        out["reasons"].append(f"{type(error).__name__}: {error}")
    print(json.dumps(out, ensure_ascii=False))
    return 0 if out["valid"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
