"""``trainer verify`` on hostile files: every one gets INVALID with the reason and exit 1, never a
traceback or "please report this": a file that is not UTF-8, JSON nested 100,000 deep (in the
certificate or in the trusted keys), and credentials correctly signed by the trusted key whose dates
have the wrong type (a number, a list, an object, a date without a time zone)."""

from __future__ import annotations

import base64
import json
import secrets
from datetime import datetime
from pathlib import Path

import pytest

from trainer.cli import main
from trainer.config import Paths
from trainer.services.certificates import credential as cred
from trainer.services.certificates import jws, keys
from trainer.services.certificates.safe_input import load_json, parse_date

pytestmark = pytest.mark.slow  # a real RSA key and one real certificate, made once (several seconds)


@pytest.fixture(scope="module")
def issued(tmp_path_factory):
    """A real certificate from the self-test's recipe, the key that signed it and its export."""
    from trainer.cli.selftest import _certificate  # noqa: F401 - the same recipe runs in --self-test
    from trainer.domain.certificates import (
        KIND_TIER,
        Achievement,
        Assessment,
        Issuer,
        LearnerRef,
        LessonRecord,
    )
    from trainer.domain.learner import AVATARS
    from trainer.services.certificates.service import CertificateService
    from trainer.services.learners import LearnerService
    from trainer.storage.db import Database

    home = tmp_path_factory.mktemp("centre")
    paths = Paths(data=home, cache=home / "cache")
    passphrase = secrets.token_urlsafe(16)
    keys.create_signing_key(paths, passphrase)
    key = keys.load_signing_key(paths, passphrase)
    with Database.open(paths) as db:
        learner = LearnerService(db).create("王秀英", AVATARS[0], "zh_CN")
        now = datetime.now().astimezone().replace(microsecond=0)
        lesson = LessonRecord(
            "mouse-basics", "认识鼠标", "Getting to know the mouse", "basic", 10, ("0.1",), now
        )
        made = CertificateService(db, paths).issue(
            key,
            Issuer("阳光社区", "上海", "SH-01"),
            LearnerRef(learner.id, learner.name),
            Achievement(KIND_TIER, "basic", (lesson,)),
            Assessment(),
        )
    exported = home / "centre-key.json"
    keys.export_public_key(paths, exported)
    return made, key, exported


def _verify(capsys, *args: str) -> str:
    code = main(["verify", *args])
    said = capsys.readouterr()
    text = said.out + said.err
    assert code == 1, text
    assert text.startswith("INVALID: "), text
    assert "report this" not in text and "Traceback" not in text
    return text


def test_the_real_certificate_is_valid(issued, tmp_path, capsys):
    made, _key, exported = issued
    (tmp_path / "c.jwt").write_text(made.jwt, encoding="ascii")
    assert main(["verify", str(tmp_path / "c.jwt"), "--trusted-keys", str(exported)]) == 0
    assert capsys.readouterr().out.startswith("VALID")


HOSTILE_FILES = {
    "not UTF-8": b"\xff\xfe\x00{\x00}",
    "GB18030 text": '{"name": "王秀英"}'.encode("gb18030"),
    "nested 100,000 deep": b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "a JWT with a deep payload": b"eyJhbGciOiJSUzI1NiJ9."
    + base64.urlsafe_b64encode(b"[" * 50_000 + b"]" * 50_000).rstrip(b"=")
    + b".c2ln",
    "duplicate members": b'{"id": "a", "id": "b"}',
    "NaN": b'{"validFrom": NaN}',
}


@pytest.mark.parametrize("case", sorted(HOSTILE_FILES))
def test_a_hostile_certificate_file_is_invalid(issued, tmp_path, capsys, case):
    _made, _key, exported = issued
    path = tmp_path / ("c.jwt" if case.startswith("a JWT") else "c.json")
    path.write_bytes(HOSTILE_FILES[case])
    _verify(capsys, str(path), "--trusted-keys", str(exported))


@pytest.mark.parametrize("case", ["not UTF-8", "nested 100,000 deep", "duplicate members"])
def test_a_hostile_trusted_keys_file_is_invalid(issued, tmp_path, capsys, case):
    made, _key, _exported = issued
    (tmp_path / "c.jwt").write_text(made.jwt, encoding="ascii")
    (tmp_path / "keys.json").write_bytes(HOSTILE_FILES[case])
    _verify(capsys, str(tmp_path / "c.jwt"), "--trusted-keys", str(tmp_path / "keys.json"))


WRONG_DATES = {
    "awardedDate as a number": ("awardedDate", 1717171717),
    "validFrom as a list": ("validFrom", ["2024-05-01T08:00:00Z"]),
    "validUntil as an object": ("validUntil", {"date": "2030-01-01"}),
    "validFrom without a time zone": ("validFrom", "2024-05-01T08:00:00"),
    "validFrom as words": ("validFrom", "yesterday"),
    "activityStartDate as a number": ("credentialSubject.activityStartDate", 3),
}


@pytest.mark.parametrize("case", sorted(WRONG_DATES))
def test_wrong_typed_dates_signed_by_the_trusted_key_are_invalid(issued, tmp_path, capsys, case):
    made, key, exported = issued
    field, value = WRONG_DATES[case]
    c = json.loads(json.dumps(made.credential))
    if field.startswith("credentialSubject."):
        c["credentialSubject"][field.split(".", 1)[1]] = value
    else:
        c[field] = value
    payload = {**c, "iss": c["issuer"]["id"], "jti": c["id"], "sub": c["credentialSubject"]["id"]}
    payload["nbf"] = int(cred.parse_iso(made.credential["validFrom"]).timestamp())
    (tmp_path / "c.jwt").write_text(jws.sign(payload, key), encoding="ascii")
    said = _verify(capsys, str(tmp_path / "c.jwt"), "--trusted-keys", str(exported))
    assert field.split(".")[-1] in said


def test_the_guards_themselves():
    with pytest.raises(ValueError, match="not UTF-8"):
        load_json(b"\xff")
    with pytest.raises(ValueError, match="more than 64 deep"):
        load_json("[" * 65 + "]" * 65)
    assert load_json(json.dumps({"a": "[" * 100})) == {"a": "[" * 100}  # brackets in a string do not count
    for value in (3, ["x"], {"a": 1}, None, "2024-05-01", "2024-05-01T08:00:00", "soon"):
        with pytest.raises(ValueError, match="validFrom"):
            parse_date(value, "validFrom")
    assert parse_date("2024-05-01T08:00:00Z", "validFrom").tzinfo is not None
    assert Path(__file__).exists()
