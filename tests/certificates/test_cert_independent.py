"""docs/verification.md is enough: a small script written from it alone, with common libraries and
none of this project's code, verifies a certificate, its QR code, the status list and the register."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cert_helpers import ISSUED, ISSUER, SELF, VALIDATED, progress_achievement, tier_achievement

from trainer.services.certificates.keys import export_public_key

SCRIPT = Path(__file__).parent / "independent" / "verify_certificate.py"
ALLOWED = {
    "argparse",
    "base64",
    "csv",
    "gzip",
    "hashlib",
    "io",
    "json",
    "sys",
    "uuid",
    "pathlib",
    "datetime",
    "__future__",
    "rfc8785",
    "cryptography",
    "joserfc",
}


def run(tmp_path: Path, *args: str) -> tuple[int, dict]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "TRAINER_HOME")}
    done = subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert done.stderr == "", done.stderr
    return done.returncode, json.loads(done.stdout)


def test_the_script_uses_common_libraries_only():
    tree = ast.parse(SCRIPT.read_text(encoding="utf-8"))
    imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    assert imported <= ALLOWED, imported - ALLOWED


@pytest.fixture
def centre(service, signing_key, learner, keyed, tmp_path):
    kept = service.issue(
        signing_key, ISSUER, learner, tier_achievement(), VALIDATED, out_dir=tmp_path, now=ISSUED
    )
    gone = service.issue(
        signing_key, ISSUER, learner, progress_achievement(), SELF, out_dir=tmp_path, now=ISSUED
    )
    service.revoke(gone.id, "=issued by mistake")
    export_public_key(keyed, tmp_path / "centre-key.json", ISSUER)
    service.export_status_list(tmp_path / "status.jwt", signing_key)
    service.export_register(tmp_path / "register.csv", signing_key, ISSUER)
    return kept, gone


def test_a_genuine_certificate_verifies(centre, signing_key, tmp_path):
    kept, _ = centre
    files = ("--key", "centre-key.json", "--jwt", f"{kept.id}.jwt", "--json", f"{kept.id}.json")
    code, out = run(
        tmp_path, *files, "--qr", kept.qr_text, "--status", "status.jwt", "--register", "register.csv"
    )
    assert (code, out["valid"], out["revoked"], out["reasons"]) == (0, True, False, [])
    assert out["facts"]["number"] == kept.id and out["facts"]["fingerprint"] == signing_key.public.fingerprint
    assert out["facts"]["qr"] == {"name": "王秀英", "minutes": "90", "issued": "2024-05-21"}
    assert out["facts"]["hash"] == kept.record.credential_hash


def test_the_paper_alone_verifies_and_a_changed_paper_does_not(centre, tmp_path):
    kept, _ = centre
    code, out = run(tmp_path, "--key", "centre-key.json", "--qr", kept.qr_text, "--status", "status.jwt")
    assert code == 0 and out["revoked"] is False
    changed = kept.qr_text.replace("|90|", "|900|", 1)
    code, out = run(tmp_path, "--key", "centre-key.json", "--qr", changed)
    assert code == 1 and "QR signature does not verify" in out["reasons"][0]


def test_revocation_is_seen_in_the_status_list_and_the_register(centre, tmp_path):
    _, gone = centre
    code, out = run(tmp_path, "--key", "centre-key.json", "--jwt", f"{gone.id}.jwt", "--status", "status.jwt")
    assert code == 1 and out["revoked"] is True
    code, out = run(
        tmp_path, "--key", "centre-key.json", "--jwt", f"{gone.id}.jwt", "--register", "register.csv"
    )
    assert code == 1 and out["revoked"] is True and out["facts"]["revoke_reason"] == "=issued by mistake"


def test_changed_files_are_refused(centre, tmp_path):
    kept, _ = centre
    text = (tmp_path / f"{kept.id}.json").read_text(encoding="utf-8")
    (tmp_path / "edited.json").write_text(text.replace("王秀英", "王秀芳", 1), encoding="utf-8")
    code, out = run(tmp_path, "--key", "centre-key.json", "--jwt", f"{kept.id}.jwt", "--json", "edited.json")
    assert code == 1 and "differs" in out["reasons"][0]
    register = (tmp_path / "register.csv").read_bytes().replace(b",revoked,", b",valid,")
    (tmp_path / "register.csv").write_bytes(register)
    code, out = run(
        tmp_path, "--key", "centre-key.json", "--jwt", f"{kept.id}.jwt", "--register", "register.csv"
    )
    assert code == 1 and "does not match its signature" in out["reasons"][0]
