"""The QR text: every claim on the paper, signed, short enough to print and scan, tied to one credential."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from cert_helpers import ISSUED, ISSUER, LEARNER, SELF, VALIDATED, tier_achievement

from trainer.domain.certificates import Assessment
from trainer.services.certificates import credential as cred
from trainer.services.certificates import jws, qr
from trainer.services.certificates.claims import claims_of
from trainer.services.certificates.encoding import b64u
from trainer.services.certificates.verify import verify_qr

NOW = datetime(2024, 6, 1, tzinfo=UTC)
ALL_CODES = ("0.1", "0.2", "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2")


def credential(signing_key, cert_id="K7M3-9QXT-2FHD", assessment=VALIDATED):
    c = cred.build(
        cred.CredentialInput(
            cert_id, ISSUER, signing_key.public.did, LEARNER, tier_achievement(), assessment, ISSUED
        )
    )
    return c, jws.sign(cred.jwt_payload(c), signing_key)


def qr_for(c, signing_key, cert_id="K7M3-9QXT-2FHD", assessment=VALIDATED, **changes):
    facts = claims_of(cert_id, LEARNER.name, tier_achievement(), assessment, ISSUER, ISSUED)
    return qr.QrPayload(replace(facts, **changes), cred.credential_hash(c)).sign(signing_key)


def test_the_text_reads_as_written_and_round_trips(signing_key):
    facts = claims_of("K7M3-9QXT-2FHD", "Anna|Li 100%", tier_achievement(), VALIDATED, ISSUER, ISSUED)
    facts = replace(facts, remark="慢|但\n准确")
    payload = qr.QrPayload(facts, "A" * 43)
    text = payload.sign(signing_key)
    assert text.startswith("DB2|K7M3-9QXT-2FHD|Anna%7CLi 100%25|basic|4|1|90||2024-03-01|2024-03-11|")
    assert "|2024-05-21|阳光社区学习中心|杭州市西湖区|HZ-001|tutor-validated|李老师|2024-05-20||" in text
    assert "|0.1,0.2,1.1=1,2.1=1,2.6=1,4.2=1|||慢%7C但%0A准确||" + "A" * 43 + "|" in text
    signature = text.rsplit("|", 1)[1]
    assert signature.isdigit() and len(signature) == 617  # RSA-2048 as a decimal number
    assert qr.parse(text)[0] == payload
    assert qr.verify(text, [signing_key.public])[0] == payload


@pytest.mark.parametrize(
    ("name", "codes", "remark", "most"),
    [("王秀英", ALL_CODES[:6], "", 18), ("王" * 40, ALL_CODES, "打字慢但很准确，" * 5, 23)],
)
def test_it_stays_scannable_when_printed(signing_key, name, codes, remark, most):
    facts = claims_of("K7M3-9QXT-2FHD", name, tier_achievement(), VALIDATED, ISSUER, ISSUED)
    facts = replace(facts, competences=tuple((c, "3") for c in codes), remark=remark)
    symbol = qr.make_symbol(qr.QrPayload(facts, "A" * 43).sign(signing_key))
    assert symbol.version <= most and symbol.error in ("M", "Q", "H")
    module_mm = 46.0 / (symbol.size + 8)  # printed 46 mm wide with its quiet zone
    assert module_mm >= 0.35  # phone cameras read 0.3 mm modules at reading distance


def test_a_genuine_qr_with_its_credential_is_valid_and_lists_what_was_signed(signing_key):
    c, token = credential(signing_key)
    verdict = verify_qr(qr_for(c, signing_key), [signing_key.public], credential=token, now=NOW)
    assert verdict.valid, verdict.reason
    assert (verdict.certificate_id, verdict.learner_name, verdict.issued) == (
        "K7M3-9QXT-2FHD",
        "王秀英",
        "2024-05-21",
    )
    assert "learning time: 1 h 30 min; dates: 2024-03-01 to 2024-03-11" in verdict.claims
    assert "assessment: tutor-validated by 李老师 on 2024-05-20" in verdict.claims
    assert "centre: 阳光社区学习中心, 杭州市西湖区 (code HZ-001)" in verdict.claims
    assert "every fact listed below" in verdict.notes[0]
    alone = verify_qr(qr_for(c, signing_key), [signing_key.public], now=NOW)
    assert alone.valid and "give the .json or .jwt" in alone.notes[1]


def test_a_qr_from_another_certificate_is_refused(signing_key):
    c, token = credential(signing_key)
    other, _ = credential(signing_key, "AAAA-BBBB-CCCC", SELF)
    text = qr_for(other, signing_key, "AAAA-BBBB-CCCC", SELF)
    verdict = verify_qr(text, [signing_key.public], credential=token, now=NOW)
    assert not verdict.valid and "belongs to another credential" in verdict.reason


def test_every_changed_claim_breaks_the_signature(signing_key):
    """The audit's case: hours changed on the paper and in the code. Every field is signed."""
    c, token = credential(signing_key)
    text = qr_for(c, signing_key)
    for before, after in (
        ("王秀英", "王秀芳"),
        ("|basic|", "|advanced|"),
        ("|90|", "|900|"),
        ("|4|1|90|", "|4|3|90|"),
        ("2024-05-21", "2024-05-20"),
        ("HZ-001", "HZ-002"),
        ("李老师", "王老师"),
        ("1.1=1,", "1.1=2,"),
        ("|tutor-validated|", "|self-study|"),
    ):
        changed = text.replace(before, after, 1)
        assert changed != text
        verdict = verify_qr(changed, [signing_key.public], credential=token, now=NOW)
        assert not verdict.valid and "signature does not match" in verdict.reason, before
    signature = text.rsplit("|", 1)[1]
    flipped = text[: -len(signature)] + ("1" if signature[0] != "1" else "2") + signature[1:]
    assert not verify_qr(flipped, [signing_key.public], now=NOW).valid


def test_a_signed_qr_that_disagrees_with_its_credential_is_refused(signing_key):
    c, token = credential(signing_key)
    for change, what in (({"learner_name": "王秀芳"}, "learner name"), ({"minutes": 900}, "learning time")):
        wrong = qr_for(c, signing_key, **change)  # signed by the centre, yet not this credential's facts
        verdict = verify_qr(wrong, [signing_key.public], credential=token, now=NOW)
        assert not verdict.valid and what in verdict.reason, verdict.reason


def test_malformed_and_future_texts_are_refused(signing_key):
    assert "not a Digital Bridge" in verify_qr("https://example.org", [signing_key.public], now=NOW).reason
    c, _ = credential(signing_key)
    future = qr_for(c, signing_key, issued="2030-01-01")
    assert "in the future" in verify_qr(future, [signing_key.public], now=NOW).reason
    bad_tier = qr_for(c, signing_key).replace("|basic|", "|expert|", 1)
    assert "tier" in verify_qr(bad_tier, [signing_key.public], now=NOW).reason
    not_canonical = qr_for(c, signing_key).replace("王秀英", "%E7%8E%8B秀英", 1)
    assert not verify_qr(not_canonical, [signing_key.public], now=NOW).valid


def test_the_qr_alone_vouches_for_the_json_it_names(signing_key):
    """On paper plus the .json (no .jwt at hand): the QR's signature covers the credential's hash."""
    c, _ = credential(signing_key)
    text = qr_for(c, signing_key)
    as_json = json.dumps(c, ensure_ascii=False, indent=2)
    verdict = verify_qr(text, [signing_key.public], credential=as_json, now=NOW)
    assert verdict.valid and verdict.issuer == ISSUER.name, verdict.reason
    changed = as_json.replace('"value": "PT1H30M"', '"value": "PT15H"')
    assert changed != as_json
    assert "another credential" in verify_qr(text, [signing_key.public], credential=changed, now=NOW).reason


def test_an_older_db1_code_still_verifies_and_says_what_it_covers(signing_key):
    c, token = credential(signing_key)
    part = f"DB1|K7M3-9QXT-2FHD|王秀英|basic|2024-05-21|0.1,0.2,1.1,2.1,2.6,4.2|{cred.credential_hash(c)}"
    text = f"{part}|{b64u(jws.rs256_sign(signing_key.private_key, part.encode()))}"
    verdict = verify_qr(text, [signing_key.public], credential=token, now=NOW)
    assert verdict.valid, verdict.reason
    assert "older QR code" in verdict.notes[0] and "learner: 王秀英" in verdict.claims


def test_the_remark_is_signed_only_when_the_tutor_chose_to_print_it(signing_key):
    hidden = Assessment("tutor-validated", "李老师", ISSUED, "打字慢但很准确")
    shown = replace(hidden, show_note=True)
    for assessment, expected in ((hidden, ""), (shown, "打字慢但很准确")):
        facts = claims_of("K7M3-9QXT-2FHD", LEARNER.name, tier_achievement(), assessment, ISSUER, ISSUED)
        assert facts.remark == expected
