"""The QR code printed on the certificate: every claim on the paper, signed with the centre's key.

Text layout (``DB2``; docs/verification.md is the reference), UTF-8, fields separated by ``|``::

    DB2|id|name|kind|lessons|level|minutes|time on task|start|end|issued|centre|place|code|
    assessment|tutor|validated|methods|competences|framework level|credits|remark|status index|hash|SIG

In the text fields ``%``, ``|`` and control characters are written as ``%XX`` (upper-case hex of the
UTF-8 byte). ``competences`` is ``code=level`` (or just ``code`` where there is no level) joined by
commas; ``methods`` codes joined by commas; ``hash`` the credential hash (``credential.credential_hash``).
``SIG`` is the RS256 signature (PKCS#1 v1.5, SHA-256) of the UTF-8 bytes of everything before the last
``|``, written as the big-endian unsigned integer in decimal, zero-padded to 617 digits for a 2048-bit
key: digits go into the QR's numeric mode (3.3 bits each instead of 8), which keeps the symbol about
two versions smaller than base64url would.

The symbol: byte mode with an ECI designator for UTF-8 (ECI 26) in front of the text, so every scanner
(zbar, ZXing, phone apps) reads Chinese, rare characters outside the BMP and accented Latin names as
written instead of guessing the encoding; then the digits in numeric mode. Error correction M at
least (raised where the version allows).

``DB1`` codes (certificates issued before) are still read: they sign the name, tier, date, competence
codes and credential hash only, and the verdict says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields

from trainer.services.certificates.claims import Claims
from trainer.services.certificates.encoding import b64u_decode
from trainer.services.certificates.jws import rs256_sign, rs256_verify
from trainer.services.certificates.keys import PublicKeyInfo, SigningKey

PREFIX, LEGACY_PREFIX = "DB2", "DB1"
KINDS = ("basic", "intermediate", "advanced", "progress")
ASSESSMENTS = ("self-study", "tutor-validated")
_ID = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CODE = re.compile(r"^\d\.\d$")
_LEVEL = re.compile(r"^[0-9A-Za-z.+-]{0,12}$")
_TOKEN = re.compile(r"^[0-9A-Za-z._-]{1,40}$")
_NUMBER = re.compile(r"^(0|[1-9]\d{0,6})$")
_DECIMAL = re.compile(r"^(0|[1-9]\d{0,4})(\.\d{1,2})?$")
_HASH = re.compile(r"^[A-Za-z0-9_-]{43}$")
_DIGITS = re.compile(r"^\d{300,1300}$")
_ESCAPE = re.compile(r"%[0-9A-F]{2}")
_SPECIAL = re.compile(r"[%|\x00-\x1f\x7f]")
FIELD_COUNT = 23  # without the signature


class QrError(ValueError):
    """Why a scanned text was refused."""


@dataclass(frozen=True)
class QrPayload:
    """What a scan carries: the signed claims and the credential's hash."""

    claims: Claims
    credential_hash: str
    legacy: bool = False  # a DB1 code: only name, kind, date of issue and codes are signed

    @property
    def certificate_id(self) -> str:
        return self.claims.certificate_id

    def signed_part(self) -> str:
        c = self.claims
        if self.legacy:
            codes = ",".join(code for code, _ in c.competences)
            name = c.learner_name.replace("%", "%25").replace("|", "%7C")
            parts = [LEGACY_PREFIX, c.certificate_id, name, c.kind, c.issued, codes, self.credential_hash]
            return "|".join(parts)
        competences = ",".join(f"{code}={level}" if level else code for code, level in c.competences)
        values = [
            PREFIX,
            c.certificate_id,
            escape(c.learner_name),
            c.kind,
            str(c.lessons),
            c.level,
            str(c.minutes),
            "" if c.time_on_task is None else str(c.time_on_task),
            c.start,
            c.end,
            c.issued,
            escape(c.centre),
            escape(c.place),
            escape(c.code),
            c.assessment,
            escape(c.tutor),
            c.validated,
            ",".join(c.methods),
            competences,
            escape(c.framework_level),
            c.credits,
            escape(c.remark),
            "" if c.status_index is None else str(c.status_index),
            self.credential_hash,
        ]
        return "|".join(values)

    def sign(self, key: SigningKey) -> str:
        part = self.signed_part()
        signature = rs256_sign(key.private_key, part.encode("utf-8"))
        return f"{part}|{signature_digits(signature)}"


def escape(text: str) -> str:
    return _SPECIAL.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), text)


def unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: bytes([int(m.group()[1:], 16)]).decode("latin-1"), text)


def signature_digits(signature: bytes) -> str:
    width = len(str(2 ** (8 * len(signature)) - 1))
    return str(int.from_bytes(signature, "big")).zfill(width)


def split(text: str) -> tuple[str, str]:
    """(the signed part, the signature field) of a scanned text."""
    part, _, sig = text.strip().rpartition("|")
    return part, sig


def parse(text: str) -> tuple[QrPayload, str, str]:
    """The payload, the signed part and the signature field; QrError when the text is not ours."""
    part, sig = split(text)
    fields_ = part.split("|")
    if fields_[0] == LEGACY_PREFIX:
        return _parse_legacy(fields_, part, sig)
    if fields_[0] != PREFIX or len(fields_) != FIELD_COUNT + 1:
        raise QrError("not a Digital Bridge certificate QR code (expected DB2|...)")
    if not _DIGITS.match(sig):
        raise QrError("the QR signature is not a decimal number")
    (_, cid, name, kind, lessons, level, minutes, tot, start, end, issued) = fields_[:11]
    (centre, place, code, assessment, tutor, validated, methods, comps) = fields_[11:19]
    framework, credits, remark, status, digest = fields_[19:]
    competences = tuple(_competence(x) for x in comps.split(",")) if comps else ()
    checks = [
        (_ID.match(cid), "certificate id"),
        (kind in KINDS, "tier"),
        (_NUMBER.match(lessons), "number of lessons"),
        (_LEVEL.match(level), "level"),
        (_NUMBER.match(minutes), "learning time"),
        (tot == "" or _NUMBER.match(tot), "time on task"),
        (all(_DATE.match(d) for d in (start, end, issued)), "dates"),
        (assessment in ASSESSMENTS, "assessment"),
        (validated == "" or _DATE.match(validated), "date of validation"),
        (methods == "" or all(_TOKEN.match(m) for m in methods.split(",")), "assessment methods"),
        (credits == "" or _DECIMAL.match(credits), "credits"),
        (status == "" or _NUMBER.match(status), "status index"),
        (_HASH.match(digest), "credential hash"),
        (name != "", "learner name"),
    ]
    for ok, what in checks:
        if not ok:
            raise QrError(f"the {what} in the QR text is not well-formed")
    claims = Claims(
        cid,
        unescape(name),
        kind,
        int(lessons),
        level,
        int(minutes),
        int(tot) if tot else None,
        start,
        end,
        issued,
        unescape(centre),
        unescape(place),
        unescape(code),
        assessment,
        unescape(tutor),
        validated,
        tuple(methods.split(",")) if methods else (),
        competences,
        unescape(framework),
        credits,
        unescape(remark),
        int(status) if status else None,
    )
    payload = QrPayload(claims, digest)
    if payload.signed_part() != part:
        raise QrError("the QR text is not in its canonical form")
    return payload, part, sig


def _competence(item: str) -> tuple[str, str]:
    code, _, level = item.partition("=")
    if not _CODE.match(code) or not _LEVEL.match(level) or ("=" in item and not level):
        raise QrError("the competences in the QR text are not well-formed")
    return code, level


def _parse_legacy(fields_: list[str], part: str, sig: str) -> tuple[QrPayload, str, str]:
    if len(fields_) != 7:
        raise QrError("not a Digital Bridge certificate QR code (expected DB1|...)")
    _, cid, name, kind, date, codes, digest = fields_
    for ok, what in (
        (_ID.match(cid), "certificate id"),
        (kind in KINDS, "tier"),
        (_DATE.match(date), "date"),
        (not codes or all(_CODE.match(c) for c in codes.split(",")), "competence codes"),
        (_HASH.match(digest), "credential hash"),
    ):
        if not ok:
            raise QrError(f"the {what} in the QR text is not well-formed")
    name = name.replace("%7C", "|").replace("%25", "%")
    comps = tuple((c, "") for c in codes.split(",")) if codes else ()
    blank = {f.name: "" for f in fields(Claims)}
    blank.update(lessons=0, minutes=0, time_on_task=None, methods=(), status_index=None)
    blank.update(certificate_id=cid, learner_name=name, kind=kind, issued=date, competences=comps)
    payload = QrPayload(Claims(**blank), digest, legacy=True)
    if payload.signed_part() != part:
        raise QrError("the QR text is not in its canonical form")
    return payload, part, sig


def _signature(sig: str, legacy: bool, key: PublicKeyInfo) -> bytes | None:
    try:
        if legacy:
            return b64u_decode(sig)
        size = (key.public_key.key_size + 7) // 8
        value = int(sig)
        return value.to_bytes(size, "big") if value.bit_length() <= 8 * size else None
    except (ValueError, OverflowError):
        return None


def verify(text: str, trusted: Sequence[PublicKeyInfo]) -> tuple[QrPayload, PublicKeyInfo]:
    payload, part, sig = parse(text)
    if not trusted:
        raise QrError("no trusted keys were given")
    for key in trusted:
        signature = _signature(sig, payload.legacy, key)
        if signature is not None and rs256_verify(key.public_key, signature, part.encode("utf-8")):
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
    """The QR symbol: the text in byte mode behind an ECI designator for UTF-8, the signature digits
    (DB2) in numeric mode; error correction M at least (segno raises it when the version allows)."""
    import segno

    part, sig = split(text)
    numeric = _DIGITS.match(sig)  # modes: byte for the text (it has "|"), numeric for the digits
    segments = [(part + "|", None, "utf-8"), (sig, None)] if numeric else [(text, None, "utf-8")]
    code = segno.make(segments, error="m", micro=False, boost_error=True, eci=True)
    modules = tuple(tuple(bool(v) for v in row) for row in code.matrix)
    return QrSymbol(text, int(code.version), str(code.error), modules)
