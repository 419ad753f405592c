"""The QR code printed on the certificate: a short text signed with the centre's key (RS256).

Format (UTF-8, fields separated by ``|``; ``%`` and ``|`` in the name written as %25 and %7C)::

    DB1|<certificate id>|<learner name>|<tier or "progress">|<date of issue>|<codes>|<hash>|<signature>

``codes`` are the competence codes joined by commas, ``hash`` the credential hash (base64url SHA-256,
see ``credential.credential_hash``) and ``signature`` the base64url RS256 signature of everything
before the last ``|``. A phone shows the readable fields at once; ``trainer verify --qr`` checks the
signature offline, and with the .json or .jwt beside it, that the paper belongs to that credential.
Size: about 460 bytes for a typical certificate, QR version 17 at error correction M (85 modules,
0.49 mm each when printed 46 mm wide); a 40-character name with every competence code: version 19
(0.45 mm). Phones read such codes from reading distance. The RS256 signature is 342 of those bytes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from trainer.services.certificates.encoding import b64u, b64u_decode
from trainer.services.certificates.jws import rs256_sign, rs256_verify
from trainer.services.certificates.keys import PublicKeyInfo, SigningKey

PREFIX = "DB1"
KINDS = ("basic", "intermediate", "advanced", "progress")
_ID = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CODES = re.compile(r"^(\d\.\d(,\d\.\d)*)?$")
_HASH = re.compile(r"^[A-Za-z0-9_-]{43}$")


class QrError(ValueError):
    """Why a scanned text was refused."""


@dataclass(frozen=True)
class QrPayload:
    certificate_id: str
    learner_name: str
    kind: str  # a tier, or "progress"
    date: str  # the date of issue, as printed (the centre's local date)
    competences: tuple[str, ...]
    credential_hash: str

    def signed_part(self) -> str:
        name = self.learner_name.replace("%", "%25").replace("|", "%7C")
        fields = [PREFIX, self.certificate_id, name, self.kind, self.date, ",".join(self.competences)]
        return "|".join([*fields, self.credential_hash])

    def sign(self, key: SigningKey) -> str:
        part = self.signed_part()
        return f"{part}|{b64u(rs256_sign(key.private_key, part.encode('utf-8')))}"


def parse(text: str) -> tuple[QrPayload, str, bytes]:
    """The payload, the signed part and the signature; QrError when the text is not one of ours."""
    text = text.strip()
    part, _, sig = text.rpartition("|")
    fields = part.split("|")
    if len(fields) != 7 or fields[0] != PREFIX:
        raise QrError("not a Digital Bridge certificate QR code (expected DB1|...)")
    _, cert_id, name, kind, date, codes, digest = fields
    checks = [
        (_ID.match(cert_id), "certificate id"),
        (kind in KINDS, "tier"),
        (_DATE.match(date), "date"),
        (_CODES.match(codes), "competence codes"),
        (_HASH.match(digest), "credential hash"),
    ]
    for ok, what in checks:
        if not ok:
            raise QrError(f"the {what} in the QR text is not well-formed")
    try:
        signature = b64u_decode(sig)
    except ValueError as error:
        raise QrError("the QR signature is not base64url") from error
    name = name.replace("%7C", "|").replace("%25", "%")
    payload = QrPayload(cert_id, name, kind, date, tuple(codes.split(",")) if codes else (), digest)
    if payload.signed_part() != part:
        raise QrError("the QR text is not in its canonical form")
    return payload, part, signature


def verify(text: str, trusted: Sequence[PublicKeyInfo]) -> tuple[QrPayload, PublicKeyInfo]:
    payload, part, signature = parse(text)
    if not trusted:
        raise QrError("no trusted keys were given")
    for key in trusted:
        if rs256_verify(key.public_key, signature, part.encode("utf-8")):
            return payload, key
    raise QrError("the QR signature does not match any trusted key (changed, or another centre's)")


@dataclass(frozen=True)
class QrSymbol:
    text: str
    version: int
    error: str
    modules: tuple[tuple[bool, ...], ...]  # dark = True, without the quiet zone

    @property
    def size(self) -> int:
        return len(self.modules)


def make_symbol(text: str) -> QrSymbol:
    """Encode with error correction M at least (segno raises it when the version allows)."""
    import segno

    code = segno.make(text, error="m", micro=False, boost_error=True)
    modules = tuple(tuple(bool(v) for v in row) for row in code.matrix)
    return QrSymbol(text, int(code.version), str(code.error), modules)
