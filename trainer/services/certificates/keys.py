"""The centre's signing key: created once on the centre's PC in tutor setup, kept encrypted.

At rest (``<data>/keys/signing-key.json``): the PKCS#8 private key sealed with AES-256-GCM under a key
derived from the tutor's passphrase with scrypt (N=2^15, r=8, p=1; the parameters are stored, so they
can be raised later). The KDF and cipher parameters and the public key are the associated data, so
none of them can be swapped. The public part is also kept in the clear (``signing-key.pub.json``, the
same content ``trainer keys export`` writes) so this PC can verify without the passphrase.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_der_private_key,
)

from trainer.config import Paths
from trainer.domain.certificates import Issuer, passphrase_problem
from trainer.services.certificates import didkey
from trainer.services.certificates.encoding import b64u, b64u_decode, canonical_json, pretty_json
from trainer.services.certificates.errors import (
    KeyExists,
    KeyFileDamaged,
    NoSigningKey,
    WeakPassphrase,
    WrongPassphrase,
)

KEY_BITS = 2048
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
FORMAT = "digital-bridge-signing-key"
PUBLIC_FORMAT = "digital-bridge-public-key"


@dataclass(frozen=True)
class PublicKeyInfo:
    """What a recognition body needs to trust the centre's certificates. ``did`` is the issuer id
    (did:jwk); ``did_key`` the did:key form that certificates issued before named."""

    jwk: dict[str, str]
    did: str
    fingerprint: str
    created_at: str = ""
    centre: dict[str, str] | None = None

    @classmethod
    def of(cls, key: rsa.RSAPublicKey, created_at: str = "") -> PublicKeyInfo:
        jwk = didkey.jwk_of(key)
        return cls(jwk, didkey.did_jwk(jwk), didkey.fingerprint(jwk), created_at)

    @property
    def kid(self) -> str:
        """The JWT header's key id: ``#0``, the issuer's (did:jwk) verification method, relative to
        the ``iss`` claim. The absolute form (``verification_method``) is over 500 characters, more
        than common JOSE libraries accept in a header (joserfc: 512 bytes of base64url)."""
        return didkey.JWK_FRAGMENT

    @property
    def verification_method(self) -> str:
        return self.did + didkey.JWK_FRAGMENT

    @property
    def did_key(self) -> str:
        return didkey.did_key(self.public_key)

    @property
    def thumbprint_uri(self) -> str:
        return didkey.thumbprint_uri(self.jwk)

    def names(self) -> frozenset[str]:
        """Every id this key has gone by: the issuer ids and key ids a credential may carry."""
        legacy = self.did_key
        return frozenset(
            {
                self.did,
                self.verification_method,
                legacy,
                didkey.verification_method(legacy),
                self.thumbprint_uri,
            }
        )

    @property
    def public_key(self) -> rsa.RSAPublicKey:
        return didkey.key_from_jwk(self.jwk)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "format": PUBLIC_FORMAT,
            "version": 1,
            "did": self.did,
            "did_key": self.did_key,
            "verification_method": self.verification_method,
            "kid": self.verification_method,
            "jwk": {**self.jwk, "alg": "RS256", "use": "sig", "kid": self.verification_method},
            "fingerprint": self.fingerprint,
            "created_at": self.created_at,
        }
        if self.centre:
            out["centre"] = self.centre
        return out


@dataclass(frozen=True)
class SigningKey:
    private_key: rsa.RSAPrivateKey
    public: PublicKeyInfo


def key_file(paths: Paths) -> Path:
    return paths.data / "keys" / "signing-key.json"


def public_file(paths: Paths) -> Path:
    return paths.data / "keys" / "signing-key.pub.json"


def has_signing_key(paths: Paths) -> bool:
    return key_file(paths).is_file()


def create_signing_key(paths: Paths, passphrase: str, replace: bool = False) -> PublicKeyInfo:
    """Create the centre's key (tutor setup). An existing key is kept unless ``replace``; then the old
    files are renamed ``*.retired-<time>`` (certificates it signed stay verifiable with its export)."""
    problem = passphrase_problem(passphrase)
    if problem:
        raise WeakPassphrase(problem)
    target = key_file(paths)
    if target.exists() and not replace:
        raise KeyExists(target)
    private = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    created = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    public = PublicKeyInfo.of(private.public_key(), created)
    sealed = _seal(private, public, passphrase)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        for old in (target, public_file(paths)):
            if old.exists():
                old.rename(old.with_name(f"{old.name}.retired-{stamp}"))
    _write_private(target, pretty_json(sealed))
    _write_private(public_file(paths), pretty_json(public.to_json()))
    return public


def load_signing_key(paths: Paths, passphrase: str) -> SigningKey:
    """Unlock the key. Raises NoSigningKey, WrongPassphrase or KeyFileDamaged."""
    target = key_file(paths)
    try:
        sealed = json.loads(target.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise NoSigningKey(target) from error
    except (OSError, ValueError) as error:
        raise KeyFileDamaged(target) from error
    try:
        if sealed.get("format") != FORMAT:
            raise ValueError("format")
        kdf, cipher = sealed["kdf"], sealed["cipher"]
        secret = _derive(passphrase, b64u_decode(kdf["salt"]), kdf)
        aad = canonical_json({k: v for k, v in sealed.items() if k != "ciphertext"})
        nonce, ciphertext = b64u_decode(cipher["nonce"]), b64u_decode(sealed["ciphertext"])
    except (KeyError, TypeError, ValueError) as error:
        raise KeyFileDamaged(target) from error
    try:
        der = AESGCM(secret).decrypt(nonce, ciphertext, aad)
    except InvalidTag as error:
        raise WrongPassphrase() from error
    private = load_der_private_key(der, password=None)
    if not isinstance(private, rsa.RSAPrivateKey):
        raise KeyFileDamaged(target)
    public = PublicKeyInfo.of(private.public_key(), sealed.get("created_at", ""))
    if public.jwk != sealed["public"]["jwk"]:
        raise KeyFileDamaged(target)
    return SigningKey(private, public)


def local_public_key(paths: Paths) -> PublicKeyInfo | None:
    """This PC's public key (no passphrase needed), or None when no key was created here."""
    try:
        return public_info_from_json(json.loads(public_file(paths).read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError):
        return None


def export_public_key(paths: Paths, out: Path, issuer: Issuer | None = None) -> PublicKeyInfo:
    """Write the public key (JWK, did:key, fingerprint; and the centre, when known) for recognition
    bodies. Raises NoSigningKey when this PC has none."""
    info = local_public_key(paths)
    if info is None:
        raise NoSigningKey(key_file(paths))
    if issuer is not None:
        centre = {"name": issuer.name, "place": issuer.place, "code": issuer.code}
        info = PublicKeyInfo(info.jwk, info.did, info.fingerprint, info.created_at, centre)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(pretty_json(info.to_json()), encoding="utf-8")
    return info


def public_info_from_json(data: dict[str, Any]) -> PublicKeyInfo:
    """An exported key file; its did, JWK and fingerprint must agree with one another."""
    jwk = {k: data["jwk"][k] for k in ("kty", "n", "e")}
    info = PublicKeyInfo.of(didkey.key_from_jwk(jwk), data.get("created_at", ""))
    if data.get("did", info.did) not in (info.did, info.did_key):
        raise ValueError("the did does not match the JWK")
    return PublicKeyInfo(info.jwk, info.did, info.fingerprint, info.created_at, data.get("centre"))


def _seal(private: rsa.RSAPrivateKey, public: PublicKeyInfo, passphrase: str) -> dict[str, Any]:
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    kdf = {"name": "scrypt", **SCRYPT, "salt": b64u(salt)}
    header = {
        "format": FORMAT,
        "version": 1,
        "kdf": kdf,
        "cipher": {"name": "AES-256-GCM", "nonce": b64u(nonce)},
        "public": {"jwk": public.jwk, "did": public.did, "fingerprint": public.fingerprint},
        "created_at": public.created_at,
    }
    der = private.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
    ciphertext = AESGCM(_derive(passphrase, salt, kdf)).encrypt(nonce, der, canonical_json(header))
    return {**header, "ciphertext": b64u(ciphertext)}


def _derive(passphrase: str, salt: bytes, kdf: dict[str, Any]) -> bytes:
    if kdf.get("name") != "scrypt":
        raise ValueError("unknown key derivation")
    return Scrypt(salt=salt, length=32, n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"])).derive(
        unicodedata.normalize("NFC", passphrase).encode("utf-8")
    )


def _write_private(path: Path, text: str) -> None:
    """Write atomically, readable by this user only (where the system supports it)."""
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
