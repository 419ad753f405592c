"""The centre's signed status list: a revoked certificate reads revoked without the register, and a
changed or foreign list is refused with the reason."""

from __future__ import annotations

import base64
import gzip
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cert_helpers import ISSUED, ISSUER, SELF, VALIDATED, progress_achievement, tier_achievement

from trainer.config import Paths
from trainer.services.certificates import jws, keys, status_list
from trainer.services.certificates.encoding import b64u
from trainer.services.certificates.verify import verify_credential, verify_qr

NOW = datetime(2024, 6, 1, tzinfo=UTC)


@pytest.fixture
def two(service, signing_key, learner):
    first = service.issue(signing_key, ISSUER, learner, tier_achievement(), VALIDATED, now=ISSUED)
    second = service.issue(signing_key, ISSUER, learner, progress_achievement(), SELF, now=ISSUED)
    return first, second


def exported(service, signing_key, tmp_path, now=NOW) -> str:
    out, _ = service.export_status_list(tmp_path / "status.jwt", signing_key, now)
    return out.read_text(encoding="ascii")


def test_each_certificate_names_its_place_in_the_centres_list(two, signing_key):
    entries = [c.credential["credentialStatus"] for c in two]
    lid = status_list.list_id(signing_key.public)
    for entry, issued in zip(entries, two, strict=True):
        assert entry["type"] == "BitstringStatusListEntry" and entry["statusPurpose"] == "revocation"
        assert entry["statusListCredential"] == lid and entry["id"] == f"{lid}#{entry['statusListIndex']}"
        assert 0 <= int(entry["statusListIndex"]) < 131_072
        assert issued.record.status_index == int(entry["statusListIndex"])
        assert f"|{entry['statusListIndex']}|" in issued.qr_text  # the paper knows its index too
    assert entries[0]["statusListIndex"] != entries[1]["statusListIndex"]


def test_revoked_then_exported_the_list_alone_says_revoked(service, two, signing_key, tmp_path):
    trusted = [signing_key.public]
    clean = status_list.load(exported(service, signing_key, tmp_path), trusted)
    verdict = verify_credential(two[0].jwt, trusted, status=clean, now=NOW)
    assert (
        verdict.valid and "not revoked according to the centre's status list of 2024-06-01" in verdict.notes
    )
    service.revoke(two[0].id, "issued by mistake", now=NOW)
    listed = status_list.load(exported(service, signing_key, tmp_path, NOW + timedelta(hours=1)), trusted)
    verdict = verify_credential(two[0].jwt, trusted, status=listed, now=NOW)
    assert not verdict.valid and verdict.reason == (
        f"certificate {two[0].id} is revoked (the centre's status list of 2024-06-01)"
    )
    qr_verdict = verify_qr(two[0].qr_text, trusted, status=listed, now=NOW)  # the paper alone, too
    assert not qr_verdict.valid and "is revoked" in qr_verdict.reason
    assert verify_credential(two[1].jwt, trusted, status=listed, now=NOW).valid


def test_the_bits_are_the_specifications(service, two, signing_key, tmp_path):
    service.revoke(two[1].id, "x", now=NOW)
    token = exported(service, signing_key, tmp_path)
    payload = json.loads(base64.urlsafe_b64decode(token.split(".")[1] + "=="))
    assert payload["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert payload["issuer"] == payload["iss"] == signing_key.public.did
    encoded = payload["credentialSubject"]["encodedList"]
    bits = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=="))
    assert encoded[0] == "u" and len(bits) == 16_384  # 131,072 bits
    index = two[1].record.status_index
    set_bits = [i for i in range(len(bits) * 8) if bits[i // 8] & (0x80 >> (i % 8))]
    assert set_bits == [index]


def test_a_changed_list_is_refused(service, two, signing_key, tmp_path):
    service.revoke(two[0].id, "issued by mistake", now=NOW)
    token = exported(service, signing_key, tmp_path)
    head, body, sig = token.split(".")
    payload = json.loads(base64.urlsafe_b64decode(body + "=="))
    payload["credentialSubject"]["encodedList"] = status_list.encode(set())  # "nobody is revoked"
    forged = f"{head}.{b64u(jws.compact_json(payload))}.{sig}"
    with pytest.raises(status_list.StatusListError, match="changed after the centre signed it"):
        status_list.load(forged, [signing_key.public])


def test_another_centres_list_is_refused(two, signing_key, tmp_path):
    other_paths = Paths(data=tmp_path / "o", cache=tmp_path / "o")
    other_info = keys.create_signing_key(other_paths, "the other centre's passphrase")
    other = keys.load_signing_key(other_paths, "the other centre's passphrase")
    foreign = status_list.sign(other, set(), NOW)
    with pytest.raises(status_list.StatusListError, match="key you do not trust"):
        status_list.load(foreign, [signing_key.public])
    trusted = [signing_key.public, other_info]  # trusting both centres: the list is still not this one's
    verdict = verify_credential(two[0].jwt, trusted, status=status_list.load(foreign, trusted), now=NOW)
    assert not verdict.valid and "not the one this certificate names" in verdict.reason


def test_malformed_lists_are_refused(signing_key):
    def signed(subject_changes: dict) -> str:
        c = status_list.credential(signing_key.public, set(), NOW)
        c["credentialSubject"].update(subject_changes)
        stamp = int(NOW.timestamp())
        return jws.sign({**c, "iss": c["issuer"], "jti": c["id"], "nbf": stamp}, signing_key)

    too_short = "u" + b64u(gzip.compress(bytes(100)))
    bomb = "u" + b64u(gzip.compress(bytes(20 * 1024 * 1024)))
    for changes, reason in (
        ({"statusPurpose": "suspension"}, "not a revocation status list"),
        ({"encodedList": too_short}, "shorter than"),
        ({"encodedList": bomb}, "larger than"),
        ({"encodedList": "not multibase"}, "not multibase"),
    ):
        with pytest.raises(status_list.StatusListError, match=reason):
            status_list.load(signed(changes), [signing_key.public])


def test_an_older_list_or_an_older_certificate_gets_a_note(service, two, signing_key, tmp_path):
    older = status_list.load(
        exported(service, signing_key, tmp_path, ISSUED - timedelta(days=3)), [signing_key.public]
    )
    verdict = verify_credential(two[0].jwt, [signing_key.public], status=older, now=NOW)
    assert verdict.valid and any("older than this certificate" in n for n in verdict.notes)


def test_revocations_recorded_before_move_into_the_append_only_table(tmp_path):
    """A v1 database's revoked certificate (赵大爷, "typo") is still revoked after the upgrade, as a
    revocation row whose id is the same on every PC, and revocation rows can be neither changed nor
    deleted."""
    import shutil
    import sqlite3
    from contextlib import closing

    from trainer.storage.certificates import CertificateRepository
    from trainer.storage.db import Database

    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "db"
    db_path = tmp_path / "data" / "trainer.db"
    db_path.parent.mkdir()
    shutil.copyfile(fixtures / "v1.sqlite", db_path)
    with Database.open_file(db_path, tmp_path / "data" / "backups") as db:
        records = {r.learner_name: r for r in CertificateRepository(db).all()}
        assert records["赵大爷"].revoked and records["赵大爷"].revoke_reason == "typo"
        assert not records["王秀英"].revoked and records["王秀英"].status_index is None
    with closing(sqlite3.connect(db_path)) as conn:
        (row,) = conn.execute("SELECT id, certificate_id, reason FROM certificate_revocation").fetchall()
        assert row[0] == "v5-" + row[1] and row[2] == "typo"
        columns = [r[1] for r in conn.execute("PRAGMA table_info(certificate)")]
        assert "revoked_at" not in columns and {"status_list", "status_index"} <= set(columns)
        for sql in ("UPDATE certificate_revocation SET reason = 'x'", "DELETE FROM certificate_revocation"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                conn.execute(sql)


def test_revoking_on_two_pcs_merges_and_the_earliest_counts(service, two):
    """Two revocation rows for one certificate (as after a sync): the earliest gives date and reason."""
    from trainer.storage.certificate_tables import CertificateRevocationRow
    from trainer.storage.engine import write_session

    later = service.revoke(two[0].id, "second thoughts", now=NOW + timedelta(days=2), by="王老师")
    with write_session(service.repo._db.engine) as session:
        session.add(
            CertificateRevocationRow(
                id="from-another-pc",
                certificate_id=two[0].id,
                revoked_at=NOW,
                reason="wrong learner",
                revoked_by="李老师",
            )
        )
    record = service.repo.get(two[0].id)
    assert later.revoke_reason == "second thoughts"
    assert (record.revoked_at, record.revoke_reason) == (NOW, "wrong learner")
    assert service.repo.revocation_count() == 2
    assert service.repo.revoked_indexes(two[0].record.status_list) == {two[0].record.status_index}
