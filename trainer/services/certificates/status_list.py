"""Revocation a verifier can check without the register: a W3C Bitstring Status List (v1.0).

Each certificate issued with a status names, in ``credentialStatus``, its list (``statusListCredential``)
and its place in it (``statusListIndex``). The list belongs to the centre's key: its id is a URN made
from the key's RFC 7638 thumbprint, so every PC holding that key builds the same list. The centre
exports the list as a ``BitstringStatusListCredential`` signed as a VC-JWT with the same key
(``trainer certificates status --out FILE``); ``trainer verify --status FILE`` checks it.

The bitstring: 131,072 bits (16 KB, the specification's minimum, for herd privacy), bit ``i`` is the
``i``-th bit counting from the most significant bit of the first byte; 1 = revoked. ``encodedList`` is
``u`` + base64url (no padding) of the GZIP-compressed bitstring (multibase). Indexes are given out at
random among the free ones, as the specification recommends, so an index says nothing about when or
to whom a certificate was issued.
"""

from __future__ import annotations

import gzip
import secrets
import uuid
import zlib
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from trainer.services.certificates import jws
from trainer.services.certificates.credential import NAMESPACE, StatusEntry, iso
from trainer.services.certificates.didkey import thumbprint
from trainer.services.certificates.encoding import b64u, b64u_decode
from trainer.services.certificates.keys import PublicKeyInfo, SigningKey
from trainer.services.certificates.safe_input import parse_date

LIST_BITS = 131_072
MAX_BITS = 8 * 1024 * 1024  # refuse a list that would inflate to more than 1 MB
MAX_COMPRESSED = 256 * 1024
CONTEXT = ["https://www.w3.org/ns/credentials/v2"]
TYPES = ["VerifiableCredential", "BitstringStatusListCredential"]
PURPOSE = "revocation"


class StatusListError(ValueError):
    """Why a status list was refused (changed, another centre's, not the certificate's list, ...)."""


def list_id(public: PublicKeyInfo) -> str:
    """The id of the revocation list of the certificates this key signs."""
    name = "status-list/revocation/" + b64u(thumbprint(public.jwk))
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, name)}"


def free_index(taken: Collection[int], bits: int = LIST_BITS) -> int:
    """A random index not given out yet; ValueError when the list is full."""
    if len(taken) >= bits:
        raise ValueError("the status list is full")
    while True:
        index = secrets.randbelow(bits)
        if index not in taken:
            return index


def encode(revoked: Collection[int], bits: int = LIST_BITS) -> str:
    raw = bytearray(bits // 8)
    for index in revoked:
        if not 0 <= index < bits:
            raise ValueError(f"status index {index} is outside the list")
        raw[index // 8] |= 0x80 >> (index % 8)
    return "u" + b64u(gzip.compress(bytes(raw), compresslevel=9, mtime=0))


def decode(encoded: Any) -> bytes:
    """The bitstring of an ``encodedList``; StatusListError when it is not one (or would be huge)."""
    if not isinstance(encoded, str) or not encoded.startswith("u") or len(encoded) > MAX_COMPRESSED:
        raise StatusListError("the status list's encodedList is not multibase base64url")
    try:
        compressed = b64u_decode(encoded[1:])
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)  # GZIP
        raw = inflater.decompress(compressed, MAX_BITS // 8 + 1)
    except (ValueError, zlib.error) as error:
        raise StatusListError("the status list's encodedList is not GZIP data") from error
    if len(raw) > MAX_BITS // 8 or not inflater.eof:
        raise StatusListError("the status list is larger than any list this software makes")
    if len(raw) * 8 < LIST_BITS:
        raise StatusListError("the status list is shorter than the 131,072 bits a list must have")
    return raw


def bit(raw: bytes, index: int) -> bool:
    return bool(raw[index // 8] & (0x80 >> (index % 8)))


def credential(public: PublicKeyInfo, revoked: Collection[int], now: datetime) -> dict[str, Any]:
    lid = list_id(public)
    return {
        "@context": list(CONTEXT),
        "id": lid,
        "type": list(TYPES),
        "issuer": public.did,
        "validFrom": iso(now),
        "credentialSubject": {
            "id": f"{lid}#list",
            "type": "BitstringStatusList",
            "statusPurpose": PURPOSE,
            "encodedList": encode(revoked),
        },
    }


def sign(key: SigningKey, revoked: Collection[int], now: datetime | None = None) -> str:
    """The signed list (VC-JWT): the credential plus iss, jti, nbf and iat."""
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    c = credential(key.public, revoked, moment)
    stamp = int(moment.timestamp())
    return jws.sign({**c, "iss": c["issuer"], "jti": c["id"], "nbf": stamp, "iat": stamp}, key)


@dataclass(frozen=True)
class StatusList:
    id: str
    issued: str  # when the centre made it (validFrom)
    bits: bytes
    signer: PublicKeyInfo

    def revoked(self, index: int) -> bool:
        if not 0 <= index < len(self.bits) * 8:
            raise StatusListError(f"the certificate's status index {index} is outside the status list")
        return bit(self.bits, index)


def load(token: str, trusted: Sequence[PublicKeyInfo]) -> StatusList:
    """Check the signed list against the trusted keys; StatusListError with the reason when it was
    changed, is signed by a key not trusted, or is not a revocation status list."""
    try:
        checked = jws.verify(token.strip(), trusted)
    except jws.JwsError as error:
        reason = str(error)
        if "signature does not match" in reason:
            reason = "it was changed after the centre signed it"
        elif "not in the trusted keys" in reason:
            reason = "it is signed by a key you do not trust (another centre's?)"
        raise StatusListError(f"the status list is refused: {reason}") from error
    c = checked.payload
    subject = c.get("credentialSubject")
    if "BitstringStatusListCredential" not in (c.get("type") or []) or not isinstance(subject, dict):
        raise StatusListError("the file is not a Bitstring Status List credential")
    if subject.get("type") != "BitstringStatusList" or subject.get("statusPurpose") != PURPOSE:
        raise StatusListError("the file is not a revocation status list")
    if c.get("issuer") not in checked.key.names() or c.get("iss") != c.get("issuer"):
        raise StatusListError("the status list names another issuer than the key that signed it")
    if c.get("id") != list_id(checked.key) or c.get("jti") != c.get("id"):
        raise StatusListError("the status list's id is not the list of the key that signed it")
    try:
        issued = iso(parse_date(c.get("validFrom"), "the status list's validFrom"))
    except ValueError as error:
        raise StatusListError(str(error)) from error
    return StatusList(c["id"], issued, decode(subject.get("encodedList")), checked.key)


def entry_of(c: dict[str, Any]) -> StatusEntry | None:
    """The credential's revocation entry, or None when it has none (issued before status lists)."""
    status = c.get("credentialStatus")
    entries = status if isinstance(status, list) else [status] if status is not None else []
    for e in entries:
        if (
            isinstance(e, dict)
            and e.get("type") == "BitstringStatusListEntry"
            and e.get("statusPurpose") == PURPOSE
        ):
            index = e.get("statusListIndex")
            if not isinstance(index, str) or not index.isdigit() or len(index) > 9:
                raise StatusListError("the credential's statusListIndex is not a number")
            return StatusEntry(str(e.get("statusListCredential")), int(index))
    return None
