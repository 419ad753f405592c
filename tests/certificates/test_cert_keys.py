"""The centre's signing key: sealed at rest, opened only with the passphrase, exported for trust."""

from __future__ import annotations

import base64
import json
import re

import pytest
from cert_helpers import PASSPHRASE

from trainer.services.certificates import didkey, keys
from trainer.services.certificates.errors import (
    KeyExists,
    KeyFileDamaged,
    NoSigningKey,
    WeakPassphrase,
    WrongPassphrase,
)
from trainer.services.certificates.messages import guidance

# did:key RSA-2048 test vector of the W3C CCG did:key method (test-vectors/rsa.json)
VECTOR_DID = (
    "did:key:z4MXj1wBzi9jUstyPMS4jQqB6KdJaiatPkAtVtGc6bQEQEEsKTic4G7Rou3iBf9vPmT5dbkm9qsZsuVNjq8HCuW1w24nhBFGk"
    "RE4cd2Uf2tfrB3N7h4mnyPp1BF3ZttHTYv3DLUPi1zMdkULiow3M1GfXkoC6DoxDUm1jmN6GBj22SjVsr6dxezRVQc7aj9TxE7JLbMH1"
    "wh5X3kA58H3DFW8rnYMakFGbca5CB2Jf6CnGQZmL7o5uJAdTwXfy2iiiyPxXEGerMhHwhjTA1mKYobyk2CpeEcmvynADfNZ5MBvcCS7m"
    "3XkFCMNUYBS9NQ3fze6vMSUPsNa6GVYmKx2x6JrdEjCk3qRMMmyjnjCMfR4pXbRMZa3i"
)
VECTOR_JWK = {
    "kty": "RSA",
    "n": "sbX82NTV6IylxCh7MfV4hlyvaniCajuP97GyOqSvTmoEdBOflFvZ06kR_9D6ctt45Fk6hskfnag2GG69NALVH2o4RCR6tQiLRp"
    "KcMRtDYE_thEmfBvDzm_VVkOIYfxu-Ipuo9J_S5XDNDjczx2v-3oDh5-CIHkU46hvFeCvpUS-L8TJSbgX0kjVk_m4eIb9wh63rtmD6Uz"
    "_KBtCo5mmR4TEtcLZKYdqMp3wCjN-TlgHiz_4oVXWbHUefCEe8rFnX1iQnpDHU49_SaXQoud1jCaexFn25n-Aa8f8bc5Vm-5SeRwidHa"
    "6ErvEhTvf1dz6GoNPp2iRvm-wJ1gxwWJEYPQ",
    "e": "AQAB",
}


def test_did_key_matches_the_did_key_method_test_vector():
    key = didkey.key_from_jwk(VECTOR_JWK)
    assert didkey.did_key(key) == VECTOR_DID
    assert didkey.jwk_of(didkey.key_from_did(VECTOR_DID)) == VECTOR_JWK
    assert didkey.verification_method(VECTOR_DID) == f"{VECTOR_DID}#{VECTOR_DID[8:]}"


def test_the_key_opens_with_its_passphrase_and_is_sealed_at_rest(keyed):
    key = keys.load_signing_key(keyed, PASSPHRASE)
    stored = keys.key_file(keyed).read_text(encoding="utf-8")
    assert "PRIVATE KEY" not in stored and '"d"' not in stored
    sealed = json.loads(stored)
    assert sealed["kdf"]["name"] == "scrypt" and sealed["cipher"]["name"] == "AES-256-GCM"
    assert sealed["public"]["did"] == key.public.did
    assert key.private_key.key_size == 2048


def test_a_wrong_passphrase_is_refused_with_guidance(keyed):
    with pytest.raises(WrongPassphrase) as caught:
        keys.load_signing_key(keyed, PASSPHRASE + "x")
    zh, en = guidance(caught.value)
    assert "passphrase does not open" in en and "Caps Lock" in en and "口令不对" in zh


def test_a_missing_key_says_how_to_create_one(paths):
    assert not keys.has_signing_key(paths)
    with pytest.raises(NoSigningKey) as caught:
        keys.load_signing_key(paths, PASSPHRASE)
    zh, en = guidance(caught.value)
    assert "tutor setup" in en and "trainer keys create" in en and "辅导员模式" in zh
    with pytest.raises(NoSigningKey):
        keys.export_public_key(paths, paths.data / "out.json")


def test_swapping_the_stored_public_key_is_detected(keyed, tmp_path):
    path = keys.key_file(keyed)
    sealed = json.loads(path.read_text(encoding="utf-8"))
    other = keys.create_signing_key(keys.Paths(data=tmp_path, cache=tmp_path), "another passphrase")
    sealed["public"]["jwk"] = other.jwk  # an attacker's key, to be trusted in place of the centre's
    path.write_text(json.dumps(sealed), encoding="utf-8")
    with pytest.raises(WrongPassphrase):  # the associated data no longer matches: GCM refuses
        keys.load_signing_key(keyed, PASSPHRASE)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(KeyFileDamaged):
        keys.load_signing_key(keyed, PASSPHRASE)


def test_weak_passphrases_and_overwriting_are_refused(keyed, paths):
    with pytest.raises(WeakPassphrase):
        keys.create_signing_key(paths, "short")
    with pytest.raises(KeyExists):
        keys.create_signing_key(keyed, "a new passphrase")
    before = keys.local_public_key(keyed)
    after = keys.create_signing_key(keyed, "a new passphrase", replace=True)
    assert after.did != before.did
    assert list((keyed.data / "keys").glob("signing-key.json.retired-*"))


def test_export_holds_jwk_did_and_a_fingerprint_to_read_out(keyed):
    out = keyed.data / "export" / "centre-key.json"
    info = keys.export_public_key(keyed, out, keys.Issuer("阳光社区学习中心", "杭州", "HZ-001"))
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert set(doc["jwk"]) == {"kty", "n", "e", "alg", "use", "kid"}  # never "d"
    assert doc["did"].startswith("did:jwk:") and doc["jwk"]["kid"] == doc["kid"] == doc["did"] + "#0"
    assert doc["verification_method"] == info.verification_method and info.kid == "#0"
    public = {k: doc["jwk"][k] for k in ("kty", "n", "e")}
    assert didkey.jwk_of(didkey.key_from_did_jwk(doc["did"])) == public
    # did:jwk is base64url of the JWK's JSON: any verifier decodes it without this project's code
    assert json.loads(base64.urlsafe_b64decode(doc["did"][8:] + "==")) == public
    assert doc["did_key"].startswith("did:key:z4MX")  # the form certificates issued before named
    assert didkey.jwk_of(didkey.key_from_did(doc["did_key"])) == public
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}", doc["fingerprint"])
    assert doc["centre"]["code"] == "HZ-001"
    assert keys.public_info_from_json(doc).fingerprint == info.fingerprint
