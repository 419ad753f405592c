"""The VC-JWT: checked by an independent JOSE library, and any change to it is refused."""

from __future__ import annotations

import base64
import json
import random
from datetime import UTC, datetime

import pytest
from cert_helpers import ISSUED, ISSUER, LEARNER, SELF, VALIDATED, tier_achievement
from joserfc import jwt
from joserfc.errors import BadSignatureError
from joserfc.jwk import KeySet, RSAKey

from trainer.services.certificates import credential as cred
from trainer.services.certificates import jws, keys
from trainer.services.certificates.encoding import b64u
from trainer.services.certificates.verify import verify_credential

NOW = datetime(2024, 6, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def issued(signing_key):
    c = cred.build(
        cred.CredentialInput(
            "K7M3-9QXT-2FHD",
            ISSUER,
            signing_key.public.did,
            LEARNER,
            tier_achievement(),
            VALIDATED,
            ISSUED,
        )
    )
    return c, jws.sign(cred.jwt_payload(c), signing_key)


def parts(token: str) -> list[dict]:
    return [json.loads(base64.urlsafe_b64decode(p + "==")) for p in token.split(".")[:2]]


def resign(header: dict, payload: dict, key) -> str:
    head = b64u(jws.compact_json(header)) + "." + b64u(jws.compact_json(payload))
    return head + "." + b64u(jws.rs256_sign(key.private_key, head.encode()))


def resolve(kid: str, iss: str) -> dict:
    """What any verifier does with the header's kid, without this project's code: a relative kid is
    resolved against iss (VC-JOSE-COSE); a did:jwk DID URL dereferences to the JWK it holds."""
    did_url = iss + kid if kid.startswith("#") else kid
    did, _, fragment = did_url.partition("#")
    assert did.startswith("did:jwk:") and fragment == "0"
    return json.loads(base64.urlsafe_b64decode(did[len("did:jwk:") :] + "=="))


def test_an_independent_jose_library_verifies_it_with_the_key_its_kid_resolves_to(issued, signing_key):
    """joserfc with its default settings (512-byte header limit included), given only the key that
    the header's kid dereferences to (OB 3.0 section 8.2)."""
    c, token = issued
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    assert len(token.split(".")[0]) <= 512 and header == {"alg": "RS256", "kid": "#0", "typ": "JWT"}
    unverified = json.loads(base64.urlsafe_b64decode(token.split(".")[1] + "=="))
    jwk = resolve(header["kid"], unverified["iss"])
    decoded = jwt.decode(token, RSAKey.import_key(jwk))  # default settings
    assert jwk == {k: signing_key.public.jwk[k] for k in ("e", "kty", "n")}
    claims = decoded.claims
    assert claims["iss"] == c["issuer"]["id"] == signing_key.public.did
    assert claims["jti"] == c["id"] and claims["sub"] == c["credentialSubject"]["id"]
    assert claims["nbf"] == int(ISSUED.timestamp()) and datetime.fromtimestamp(
        claims["nbf"], UTC
    ) == cred.parse_iso(c["validFrom"])
    assert cred.credential_of_payload(claims) == c  # the payload is the credential itself, plus the claims
    jwt.JWTClaimsRegistry(
        nbf={"essential": True}, iss={"essential": True, "value": c["issuer"]["id"]}
    ).validate(claims)
    exported = signing_key.public.to_json()  # the centre's key file names the same verification method
    assert exported["jwk"]["kid"] == c["issuer"]["id"] + "#0" == exported["verification_method"]
    jwt.decode(token, KeySet.import_key_set({"keys": [{**exported["jwk"], "kid": "#0"}]}))


def test_a_long_kid_would_break_the_common_library_and_is_not_used(issued, signing_key):
    """Why the kid is relative: the absolute did:jwk URL or the RSA did:key makes the header too long."""
    c, token = issued
    for kid in (signing_key.public.verification_method, signing_key.public.did_key):
        header = {"alg": "RS256", "kid": kid, "typ": "JWT"}
        long = resign(header, json.loads(base64.urlsafe_b64decode(token.split(".")[1] + "==")), signing_key)
        with pytest.raises(Exception, match="exceeds"):
            jwt.decode(long, RSAKey.import_key(signing_key.public.jwk))
    legacy = resign({"alg": "RS256", "kid": signing_key.public.thumbprint_uri, "typ": "JWT"}, c, signing_key)
    assert verify_credential(legacy, [signing_key.public], now=NOW).reason  # (no JWT claims: checked below)


def test_the_signed_credential_is_valid(issued, signing_key):
    verdict = verify_credential(issued[1], [signing_key.public], now=NOW)
    assert verdict.valid, verdict.reason
    assert (verdict.certificate_id, verdict.learner_name, verdict.kind) == (
        "K7M3-9QXT-2FHD",
        "王秀英",
        "basic",
    )
    assert verdict.summary().startswith("VALID: certificate K7M3-9QXT-2FHD, learner 王秀英, basic")


@pytest.mark.parametrize(
    ("where", "change"),
    [
        ("name", lambda p: p["credentialSubject"]["identifier"][0].update(identityHash="王秀")),
        ("tier", lambda p: p["credentialSubject"]["achievement"].update(name="数字技能提高证书")),
        ("date", lambda p: p.update(validFrom="2023-05-21T02:30:00Z")),
        ("nbf", lambda p: p.update(nbf=p["nbf"] - 86400)),
    ],
)
def test_changing_the_payload_breaks_the_signature(issued, signing_key, where, change):
    header, payload = parts(issued[1])
    change(payload)
    forged = (
        b64u(jws.compact_json(header)) + "." + b64u(jws.compact_json(payload)) + "." + issued[1].split(".")[2]
    )
    verdict = verify_credential(forged, [signing_key.public], now=NOW)
    assert not verdict.valid and "signature does not match" in verdict.reason
    with pytest.raises(BadSignatureError):
        jwt.decode(forged, RSAKey.import_key(signing_key.public.jwk), algorithms=["RS256"])


def test_one_byte_of_the_signature_changed_is_refused_by_both(issued, signing_key):
    token = issued[1]
    sig = bytearray(base64.urlsafe_b64decode(token.split(".")[2] + "=="))
    sig[100] ^= 0x01
    forged = token.rsplit(".", 1)[0] + "." + b64u(bytes(sig))
    assert not verify_credential(forged, [signing_key.public], now=NOW).valid
    with pytest.raises(BadSignatureError):
        jwt.decode(forged, RSAKey.import_key(signing_key.public.jwk), algorithms=["RS256"])


def test_any_changed_byte_gives_invalid(issued, signing_key):
    token = issued[1]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."
    rng = random.Random(8)
    positions = sorted(set(rng.sample(range(len(token)), 600)) | {0, len(token) - 1, token.rindex(".") - 1})
    accepted = []
    for i in positions:
        other = rng.choice([c for c in alphabet if c != token[i]])
        if verify_credential(token[:i] + other + token[i + 1 :], [signing_key.public], now=NOW).valid:
            accepted.append(i)
    assert accepted == []


def test_a_re_signed_credential_with_another_key_is_not_trusted(issued, signing_key, tmp_path):
    other_info = keys.create_signing_key(keys.Paths(data=tmp_path, cache=tmp_path), "another passphrase")
    other = keys.load_signing_key(keys.Paths(data=tmp_path, cache=tmp_path), "another passphrase")
    header, payload = parts(issued[1])
    payload["credentialSubject"]["identifier"][0]["identityHash"] = "李四"
    own_header = {**header, "kid": other_info.kid, "jwk": other_info.jwk}
    for forged in (resign(own_header, payload, other), resign(header, payload, other)):
        verdict = verify_credential(forged, [signing_key.public], now=NOW)
        assert not verdict.valid
    # trusting the other key is still not enough: "#0" resolves against iss, the centre's key
    verdict = verify_credential(resign(own_header, payload, other), [other_info], now=NOW)
    assert not verdict.valid and "not in the trusted keys" in verdict.reason
    # and naming the other key outright meets the credential's own issuer, the centre
    absolute = {**header, "kid": other_info.verification_method}
    verdict = verify_credential(resign(absolute, payload, other), [other_info], now=NOW)
    assert not verdict.valid and "another issuer than the key" in verdict.reason


def test_headers_that_could_weaken_the_check_are_refused(issued, signing_key):
    header, payload = parts(issued[1])
    none = b64u(b'{"alg":"none"}') + "." + issued[1].split(".")[1] + "."
    assert "only RS256" in verify_credential(none, [signing_key.public], now=NOW).reason
    extra = resign({**header, "crit": ["exp"]}, payload, signing_key)
    assert "not allowed" in verify_credential(extra, [signing_key.public], now=NOW).reason
    assert "no trusted keys" in verify_credential(issued[1], [], now=NOW).reason


def test_dates_are_checked(issued, signing_key):
    early = verify_credential(issued[1], [signing_key.public], now=datetime(2024, 5, 1, tzinfo=UTC))
    assert not early.valid and "not valid before" in early.reason
    header, payload = parts(issued[1])
    expired = resign({**header}, {**payload, "validUntil": "2024-05-30T00:00:00Z"}, signing_key)
    assert "expired" in verify_credential(expired, [signing_key.public], now=NOW).reason
    late = {
        **payload,
        "credentialSubject": {**payload["credentialSubject"], "activityEndDate": "2024-12-01T00:00:00Z"},
    }
    assert (
        "after the date of issue"
        in verify_credential(resign(header, late, signing_key), [signing_key.public], now=NOW).reason
    )


def test_the_json_is_checked_through_the_jwt_issued_with_it(issued, signing_key):
    c, token = issued
    text = json.dumps(c, ensure_ascii=False, indent=2)
    assert verify_credential(text, [signing_key.public], companion_jwt=token, now=NOW).valid
    alone = verify_credential(text, [signing_key.public], now=NOW)
    assert not alone.valid and "no signature of its own" in alone.reason
    changed = text.replace("王秀英", "王秀芳", 1)
    assert (
        "differs from the signed .jwt"
        in verify_credential(changed, [signing_key.public], companion_jwt=token, now=NOW).reason
    )
    other = cred.build(
        cred.CredentialInput(
            "AAAA-BBBB-CCCC",
            ISSUER,
            signing_key.public.did,
            LEARNER,
            tier_achievement(),
            SELF,
            ISSUED,
        )
    )
    assert not verify_credential(json.dumps(other), [signing_key.public], companion_jwt=token, now=NOW).valid
