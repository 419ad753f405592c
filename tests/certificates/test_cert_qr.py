"""The QR text: short enough to print and scan, signed, and tied to one credential."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from cert_helpers import ISSUED, ISSUER, LEARNER, SELF, VALIDATED, tier_achievement

from trainer.services.certificates import credential as cred
from trainer.services.certificates import jws, qr
from trainer.services.certificates.verify import verify_qr

NOW = datetime(2024, 6, 1, tzinfo=UTC)
ALL_CODES = ("0.1", "0.2", "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2")


def credential(signing_key, cert_id="K7M3-9QXT-2FHD", assessment=VALIDATED):
    c = cred.build(
        cred.CredentialInput(
            cert_id,
            ISSUER,
            signing_key.public.did,
            LEARNER,
            tier_achievement(),
            assessment,
            ISSUED,
            "ef" * 16,
        )
    )
    return c, jws.sign(cred.jwt_payload(c), signing_key)


def qr_for(c, signing_key, cert_id="K7M3-9QXT-2FHD", name=LEARNER.name):
    codes = tuple(a["targetCode"] for a in c["credentialSubject"]["achievement"]["alignment"])
    payload = qr.QrPayload(cert_id, name, "basic", "2024-05-21", codes, cred.credential_hash(c))
    return payload.sign(signing_key)


def test_the_text_reads_as_written_and_round_trips(signing_key):
    payload = qr.QrPayload("K7M3-9QXT-2FHD", "Anna|Li 100%", "basic", "2024-05-21", ("0.1", "4.2"), "A" * 43)
    text = payload.sign(signing_key)
    assert text.startswith("DB1|K7M3-9QXT-2FHD|Anna%7CLi 100%25|basic|2024-05-21|0.1,4.2|" + "A" * 43 + "|")
    assert qr.parse(text)[0] == payload
    assert qr.verify(text, [signing_key.public])[0] == payload


@pytest.mark.parametrize(
    ("name", "codes", "most"), [("王秀英", ALL_CODES[:6], 17), ("王" * 40, ALL_CODES * 2, 19)]
)
def test_it_stays_scannable_when_printed(signing_key, name, codes, most):
    text = qr.QrPayload("K7M3-9QXT-2FHD", name, "intermediate", "2024-05-21", codes, "A" * 43).sign(
        signing_key
    )
    symbol = qr.make_symbol(text)
    assert symbol.version <= most and symbol.error in ("M", "Q", "H")
    module_mm = 46.0 / (symbol.size + 8)  # printed 46 mm wide with its quiet zone
    assert module_mm >= 0.45  # phone cameras read 0.3 mm modules at reading distance


def test_a_genuine_qr_with_its_credential_is_valid(signing_key):
    c, token = credential(signing_key)
    verdict = verify_qr(qr_for(c, signing_key), [signing_key.public], credential=token, now=NOW)
    assert verdict.valid, verdict.reason
    assert (verdict.certificate_id, verdict.learner_name, verdict.issued) == (
        "K7M3-9QXT-2FHD",
        "王秀英",
        "2024-05-21",
    )
    alone = verify_qr(qr_for(c, signing_key), [signing_key.public], now=NOW)
    assert alone.valid and "give the .json or .jwt" in alone.notes[0]


def test_a_qr_from_another_certificate_is_refused(signing_key):
    c, token = credential(signing_key)
    other, _ = credential(signing_key, "AAAA-BBBB-CCCC", SELF)
    verdict = verify_qr(
        qr_for(other, signing_key, "AAAA-BBBB-CCCC"), [signing_key.public], credential=token, now=NOW
    )
    assert not verdict.valid and "belongs to another credential" in verdict.reason


def test_a_changed_field_breaks_the_signature(signing_key):
    c, token = credential(signing_key)
    text = qr_for(c, signing_key)
    for before, after in (
        ("王秀英", "王秀芳"),
        ("|basic|", "|advanced|"),
        ("2024-05-21", "2024-05-20"),
        ("0.1,", "0.2,"),
    ):
        verdict = verify_qr(text.replace(before, after, 1), [signing_key.public], credential=token, now=NOW)
        assert not verdict.valid and "signature does not match" in verdict.reason, before
    sig = text.rsplit("|", 1)[1]
    flipped = text[: -len(sig)] + ("B" if sig[0] != "B" else "C") + sig[1:]
    assert not verify_qr(flipped, [signing_key.public], now=NOW).valid


def test_a_signed_qr_that_disagrees_with_its_credential_is_refused(signing_key):
    c, token = credential(signing_key)
    wrong_name = qr_for(c, signing_key, name="王秀芳")  # signed by the centre, yet not this credential's name
    verdict = verify_qr(wrong_name, [signing_key.public], credential=token, now=NOW)
    assert not verdict.valid and "learner name" in verdict.reason


def test_malformed_and_future_texts_are_refused(signing_key):
    assert "not a Digital Bridge" in verify_qr("https://example.org", [signing_key.public], now=NOW).reason
    future = qr.QrPayload("K7M3-9QXT-2FHD", "王秀英", "basic", "2030-01-01", ("0.1",), "A" * 43).sign(
        signing_key
    )
    assert "in the future" in verify_qr(future, [signing_key.public], now=NOW).reason
    bad_tier = "DB1|K7M3-9QXT-2FHD|王秀英|expert|2024-05-21|0.1|" + "A" * 43 + "|AAAA"
    assert "tier" in verify_qr(bad_tier, [signing_key.public], now=NOW).reason


def test_the_qr_alone_vouches_for_the_json_it_names(signing_key):
    """On paper plus the .json (no .jwt at hand): the QR's signature covers the credential's hash."""
    import json

    c, _ = credential(signing_key)
    text = qr_for(c, signing_key)
    as_json = json.dumps(c, ensure_ascii=False, indent=2)
    verdict = verify_qr(text, [signing_key.public], credential=as_json, now=NOW)
    assert verdict.valid and verdict.issuer == ISSUER.name, verdict.reason
    changed = as_json.replace('"value": "1.5"', '"value": "15"')
    assert changed != as_json
    assert "another credential" in verify_qr(text, [signing_key.public], credential=changed, now=NOW).reason
