"""Public-key identifiers for the centre's RSA key: JWK (RFC 7517), its thumbprint (RFC 7638), a
short fingerprint to read over the phone, and two DIDs that hold the key itself, so a verifier resolves
them offline:

- did:jwk (the issuer id since format 2): ``did:jwk:`` + base64url of the JWK's JSON (``e``, ``kty``,
  ``n`` in that order, no spaces); its one verification method is ``#0``, which is what the JWT
  header's ``kid`` names (relative to the ``iss`` claim, the way VC-JOSE-COSE resolves a relative kid);
- did:key (certificates issued before: W3C CCG did:key, RSA variant: multicodec ``rsa-pub`` 0x1205 over
  the DER PKCS#1 RSAPublicKey, multibase base58btc ``z``). Still accepted when verifying.
"""

from __future__ import annotations

from typing import Any

from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat, load_der_public_key

from trainer.domain.certificates import crockford
from trainer.services.certificates.encoding import (
    b58btc,
    b58btc_decode,
    b64u,
    b64u_decode,
    canonical_json,
    sha256,
)

RSA_PUB = b"\x85\x24"  # unsigned varint of the multicodec 0x1205
DID_KEY = "did:key:"
DID_JWK = "did:jwk:"
JWK_FRAGMENT = "#0"  # did:jwk's one verification method


def _int_b64u(n: int) -> str:
    return b64u(n.to_bytes((n.bit_length() + 7) // 8, "big"))


def jwk_of(key: rsa.RSAPublicKey) -> dict[str, str]:
    numbers = key.public_numbers()
    return {"kty": "RSA", "n": _int_b64u(numbers.n), "e": _int_b64u(numbers.e)}


def key_from_jwk(jwk: dict[str, Any]) -> rsa.RSAPublicKey:
    if jwk.get("kty") != "RSA" or "d" in jwk:
        raise ValueError("not an RSA public JWK")
    n = int.from_bytes(b64u_decode(jwk["n"]), "big")
    e = int.from_bytes(b64u_decode(jwk["e"]), "big")
    return rsa.RSAPublicNumbers(e, n).public_key()


def thumbprint(jwk: dict[str, Any]) -> bytes:
    """RFC 7638: SHA-256 over the required members in lexical order, no whitespace."""
    return sha256(canonical_json({"e": jwk["e"], "kty": "RSA", "n": jwk["n"]}))


def thumbprint_uri(jwk: dict[str, Any]) -> str:
    """RFC 9278 JWK Thumbprint URI: a short, standard name for the key (the JWT's ``kid``)."""
    return "urn:ietf:params:oauth:jwk-thumbprint:sha-256:" + b64u(thumbprint(jwk))


def fingerprint(jwk: dict[str, Any]) -> str:
    """The first 80 bits of the JWK thumbprint in Crockford base32, as four groups of four."""
    raw = crockford(thumbprint(jwk)[:10], 16)
    return "-".join(raw[i : i + 4] for i in range(0, 16, 4))


def did_key(key: rsa.RSAPublicKey) -> str:
    der = key.public_bytes(Encoding.DER, PublicFormat.PKCS1)
    return DID_KEY + "z" + b58btc(RSA_PUB + der)


def key_from_did(did: str) -> rsa.RSAPublicKey:
    """The RSA public key a did:key names (a DID URL's #fragment is ignored)."""
    did = did.split("#", 1)[0]
    if not did.startswith(DID_KEY + "z"):
        raise ValueError("not a base58btc did:key")
    raw = b58btc_decode(did[len(DID_KEY) + 1 :])
    if not raw.startswith(RSA_PUB):
        raise ValueError("did:key does not hold an RSA key")
    key = load_der_public_key(raw[len(RSA_PUB) :])  # accepts PKCS#1 as well as SubjectPublicKeyInfo
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("did:key does not hold an RSA key")
    return key


def verification_method(did: str) -> str:
    """The key's id within its DID document (did:key: the method-specific id as the fragment)."""
    return f"{did}#{did[len(DID_KEY) :]}"


def did_jwk(jwk: dict[str, Any]) -> str:
    body = {"e": jwk["e"], "kty": "RSA", "n": jwk["n"]}
    return DID_JWK + b64u(canonical_json(body))


def key_from_did_jwk(did: str) -> rsa.RSAPublicKey:
    """The RSA public key a did:jwk (or its ``#0`` DID URL) names."""
    did = did.split("#", 1)[0]
    if not did.startswith(DID_JWK):
        raise ValueError("not a did:jwk")
    import json

    jwk = json.loads(b64u_decode(did[len(DID_JWK) :]).decode("utf-8"))
    if not isinstance(jwk, dict):
        raise ValueError("did:jwk does not hold a JWK")
    return key_from_jwk(jwk)
