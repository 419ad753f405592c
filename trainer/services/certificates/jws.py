"""Compact JWS with RS256 (RFC 7515 / 7518), the one algorithm every Open Badges 3.0 verifier accepts.

Deliberately narrow: RS256 only (``none`` and HMAC can never be smuggled in through the header), the
header may hold only ``alg``, ``kid``, ``jwk`` and ``typ`` (OB 3.0 allows no others), base64url must
be canonical, and JSON may not repeat a member. A key in the header is never trusted by itself: it
must be one of the keys the verifier was given.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from trainer.services.certificates import didkey
from trainer.services.certificates.encoding import b64u, b64u_decode
from trainer.services.certificates.keys import PublicKeyInfo, SigningKey

ALG = "RS256"
HEADER_MEMBERS = frozenset({"alg", "kid", "jwk", "typ"})


class JwsError(ValueError):
    """Why a token was refused, in a few words (shown after INVALID)."""


def rs256_sign(key: rsa.RSAPrivateKey, data: bytes) -> bytes:
    return key.sign(data, padding.PKCS1v15(), hashes.SHA256())


def rs256_verify(key: rsa.RSAPublicKey, signature: bytes, data: bytes) -> bool:
    try:
        key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
        return True
    except InvalidSignature:
        return False


def compact_json(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sign(payload: dict[str, Any], key: SigningKey, typ: str | None = "JWT") -> str:
    """The header names the key by ``kid`` = ``#0``: the issuer's did:jwk verification method,
    relative to the payload's ``iss`` (OB 3.0 wants a kid that dereferences to the JWK; a did:jwk holds
    the JWK itself, so the verifier resolves it offline). The absolute DID URL, the RSA did:key URL
    and a ``jwk`` member would each make the header longer than common JOSE libraries accept."""
    header: dict[str, Any] = {"alg": ALG, "kid": key.public.kid}
    if typ:
        header["typ"] = typ
    signing_input = f"{b64u(compact_json(header))}.{b64u(compact_json(payload))}"
    signature = rs256_sign(key.private_key, signing_input.encode("ascii"))
    return f"{signing_input}.{b64u(signature)}"


def sign_detached(data: bytes, key: SigningKey, issuer: str, issued_at: int) -> str:
    """A compact JWS with a detached payload (RFC 7515 appendix F) over ``data``: ``header..signature``.
    The header carries ``iss`` (so its relative ``kid`` resolves without a payload) and ``iat``, the
    time of signing (claims replicated as header parameters, RFC 7519 section 5.3)."""
    header = {"alg": ALG, "kid": key.public.kid, "iss": issuer, "iat": issued_at}
    signing_input = f"{b64u(compact_json(header))}.{b64u(data)}"
    signature = rs256_sign(key.private_key, signing_input.encode("ascii"))
    head, _, _ = signing_input.partition(".")
    return f"{head}..{b64u(signature)}"


@dataclass(frozen=True)
class Verified:
    header: dict[str, Any]
    payload: dict[str, Any]
    key: PublicKeyInfo


def strict_json(data: bytes) -> Any:
    """JSON without duplicate members, NaN or Infinity, nested at most 64 deep (``safe_input``)."""
    from trainer.services.certificates.safe_input import load_json

    try:
        return load_json(data, "the data")
    except ValueError as error:
        raise JwsError(str(error).removeprefix("the data: ").removeprefix("the data ")) from error


def verify(token: str, trusted: Sequence[PublicKeyInfo]) -> Verified:
    """Check a compact JWS against the trusted keys; raise JwsError with the reason."""
    parts = token.strip().split(".")
    if len(parts) != 3:
        raise JwsError("not a compact JWS (three parts separated by dots)")
    header = _header(parts[0])
    payload_raw, signature = _decode(parts[1]), _decode(parts[2])
    payload = strict_json(payload_raw)
    if not isinstance(payload, dict):
        raise JwsError("the payload is not a JSON object")
    key = _trusted_key(header, trusted, payload.get("iss"))
    if not rs256_verify(key.public_key, signature, f"{parts[0]}.{parts[1]}".encode("ascii")):
        raise JwsError("the signature does not match (the file was changed, or not signed by this key)")
    return Verified(header, payload, key)


def verify_detached(jws: str, data: bytes, trusted: Sequence[PublicKeyInfo]) -> Verified:
    """Check a detached JWS (``header..signature``) over ``data``; the payload returned is empty."""
    parts = jws.strip().split(".")
    if len(parts) != 3 or parts[1]:
        raise JwsError("not a detached JWS (header..signature)")
    header = _header(parts[0], extra=frozenset({"iss", "iat"}))
    key = _trusted_key(header, trusted, header.get("iss"))
    signing_input = f"{parts[0]}.{b64u(data)}".encode("ascii")
    if not rs256_verify(key.public_key, _decode(parts[2]), signing_input):
        raise JwsError("the signature does not match (the file was changed, or not signed by this key)")
    return Verified(header, {}, key)


def _header(part: str, extra: frozenset[str] = frozenset()) -> dict[str, Any]:
    header = strict_json(_decode(part))
    if not isinstance(header, dict):
        raise JwsError("the header is not a JSON object")
    if header.get("alg") != ALG:
        raise JwsError(f"algorithm {header.get('alg')!r} is not accepted (only RS256)")
    unknown = set(header) - HEADER_MEMBERS - extra
    if unknown:
        raise JwsError(f"header members not allowed: {', '.join(sorted(unknown))}")
    if "typ" in header and header["typ"] not in ("JWT", "vc+jwt"):
        raise JwsError("header typ must be JWT")
    return header


def _decode(part: str) -> bytes:
    try:
        return b64u_decode(part)
    except ValueError as error:
        raise JwsError("a part is not base64url") from error


def resolve_kid(kid: str, iss: Any) -> str:
    """A relative kid (``#0``) resolved against the issuer, as VC-JOSE-COSE does; others as they are."""
    return f"{iss}{kid}" if kid.startswith("#") and isinstance(iss, str) else kid


def _trusted_key(header: dict[str, Any], trusted: Sequence[PublicKeyInfo], iss: Any) -> PublicKeyInfo:
    if not trusted:
        raise JwsError("no trusted keys were given")
    candidates = list(trusted)
    if "jwk" in header:
        try:
            wanted = didkey.thumbprint(header["jwk"])
        except (KeyError, TypeError) as error:
            raise JwsError("the header's jwk is not an RSA public key") from error
        candidates = [k for k in candidates if didkey.thumbprint(k.jwk) == wanted]
    if "kid" in header:
        kid = resolve_kid(str(header["kid"]), iss)
        candidates = [k for k in candidates if kid in k.names()]
    if not candidates:
        raise JwsError("signed with a key that is not in the trusted keys")
    return candidates[0]
