"""The command line, run as a tutor and a recognition body would (real processes, real files)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from cert_helpers import PASSPHRASE

from trainer.services.lessons import LessonLibrary
from trainer.services.tutors import TutorService
from trainer.storage.progress import LessonProgressRepository

PIN = "258036"


def run(*args, home):
    env = {**os.environ, "TRAINER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "trainer", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def centre(db, paths, learner, tmp_path):
    """A centre set up in tutor mode, a learner who mastered the basic tier, and a tutor's sign-off."""
    progress = LessonProgressRepository(db)
    for lesson in LessonLibrary(paths).catalogue.by_tier()["basic"]:
        progress.start(learner.id, lesson.id, lesson.version, lesson.steps[0].id)
        progress.finish(learner.id, lesson.id, 1.0, True)
    tutors = TutorService(db)
    _, tutor = tutors.set_up("阳光社区学习中心", "杭州市西湖区", "HZ-001", "李老师", PIN)
    tutors.sign_off(tutor.id, PIN, learner.id, tier="basic", note="当面完成")
    (tmp_path / "pass.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    (tmp_path / "wrong.txt").write_text("not the passphrase\n", encoding="utf-8")
    return tmp_path


def test_issue_verify_register_revoke(centre, paths, learner):
    home, t = paths.data, centre
    r = run("keys", "create", "--passphrase-file", str(t / "pass.txt"), home=home)
    assert r.returncode == 0 and "fingerprint:" in r.stdout, r.stderr
    r = run("keys", "export", "--out", str(t / "centre-key.json"), home=home)
    assert r.returncode == 0 and json.loads((t / "centre-key.json").read_text())["jwk"]["kty"] == "RSA"

    r = run(
        "certificate",
        "issue",
        "--learner",
        "王秀英",
        "--tier",
        "basic",
        "--out",
        str(t / "out"),
        "--passphrase-file",
        str(t / "pass.txt"),
        home=home,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "(basic, tutor-validated)" in r.stdout
    cert_id = r.stdout.split("Issued certificate ")[1].split()[0]
    jwt, js, qr = (t / "out" / f"{cert_id}{s}" for s in (".jwt", ".json", ".qr.txt"))
    assert (t / "out" / f"{cert_id}.pdf").is_file()
    assert "李老师" in json.dumps(json.loads(js.read_text(encoding="utf-8")), ensure_ascii=False)

    keys = ("--trusted-keys", str(t / "centre-key.json"))
    for target in (jwt, js):
        r = run("verify", str(target), *keys, home=t / "elsewhere")  # a recognition body's own PC
        assert r.returncode == 0 and r.stdout.startswith(
            f"VALID: certificate {cert_id}, learner 王秀英, basic"
        ), r.stdout
    r = run("verify", "--qr", qr.read_text(encoding="utf-8").strip(), str(js), *keys, home=t / "elsewhere")
    assert r.returncode == 0 and r.stdout.startswith("VALID"), r.stdout

    tampered = t / "tampered" / js.name
    tampered.parent.mkdir()
    shutil.copy(jwt, tampered.with_suffix(".jwt"))
    tampered.write_text(js.read_text(encoding="utf-8").replace("王秀英", "王秀芳"), encoding="utf-8")
    r = run("verify", str(tampered), *keys, home=t / "elsewhere")
    assert r.returncode == 1 and r.stdout.startswith("INVALID: the .json credential differs"), r.stdout

    r = run("certificates", "revoke", cert_id, "--reason", "issued by mistake", home=home)
    assert r.returncode == 0 and "revoked" in r.stdout
    r = run(
        "certificates",
        "register",
        "--out",
        str(t / "register.csv"),
        "--passphrase-file",
        str(t / "pass.txt"),
        home=home,
    )
    assert r.returncode == 0 and cert_id in (t / "register.csv").read_text(encoding="utf-8-sig")
    assert (t / "register.csv.jws").is_file()
    r = run("verify", str(jwt), *keys, "--register", str(t / "register.csv"), home=t / "elsewhere")
    assert r.returncode == 1 and f"INVALID: certificate {cert_id} was revoked on" in r.stdout
    assert "issued by mistake" in r.stdout

    # without the register: the centre's signed status list says it is revoked
    pf = ("--passphrase-file", str(t / "pass.txt"))
    r = run("certificates", "status", "--out", str(t / "status.jwt"), *pf, home=home)
    assert r.returncode == 0 and "1 certificate(s) revoked" in r.stdout, r.stderr
    r = run("verify", str(jwt), *keys, "--status", str(t / "status.jwt"), home=t / "elsewhere")
    assert r.returncode == 1 and f"INVALID: certificate {cert_id} is revoked" in r.stdout
    r = run(
        "verify",
        "--qr",
        qr.read_text(encoding="utf-8").strip(),
        *keys,
        "--status",
        str(t / "status.jwt"),
        home=t / "elsewhere",
    )
    assert r.returncode == 1 and "is revoked" in r.stdout
    token = (t / "status.jwt").read_text(encoding="ascii").strip()
    (t / "edited.jwt").write_text(token[:-6] + ("AAAAAA" if not token.endswith("AAAAAA") else "BBBBBB"))
    r = run("verify", str(jwt), *keys, "--status", str(t / "edited.jwt"), home=t / "elsewhere")
    assert r.returncode == 1 and "INVALID: the status list is refused" in r.stdout


def test_clear_guidance_for_a_wrong_passphrase_a_missing_key_and_a_tier_not_mastered(centre, paths):
    home, t = paths.data, centre
    issue = ("certificate", "issue", "--learner", "王秀英", "--tier", "basic", "--out", str(t / "out"))
    r = run(*issue, "--passphrase-file", str(t / "pass.txt"), home=home)
    assert r.returncode == 1 and "has no signing key" in r.stderr and "trainer keys create" in r.stderr
    assert "辅导员模式" in r.stderr and "Traceback" not in r.stderr
    assert run("keys", "create", "--passphrase-file", str(t / "pass.txt"), home=home).returncode == 0
    r = run(*issue, "--passphrase-file", str(t / "wrong.txt"), home=home)
    assert (
        r.returncode == 1
        and "passphrase does not open the signing key" in r.stderr
        and "口令不对" in r.stderr
    )
    assert not (t / "out").exists()
    r = run(*issue[:5], "advanced", *issue[6:], "--passphrase-file", str(t / "pass.txt"), home=home)
    assert r.returncode == 1 and "has not mastered the advanced tier yet" in r.stdout
    r = run("certificate", "issue", "--learner", "nobody", "--progress", "--out", str(t / "o"), home=home)
    assert r.returncode == 1 and "No such learner" in r.stderr
    r = run("verify", "--qr", "hello", home=t / "empty")
    assert r.returncode == 1 and "INVALID: no trusted keys" in r.stdout


def test_a_tutor_validation_that_cannot_be_true_is_refused_and_the_remark_is_printed_when_chosen(
    centre, paths
):
    home, t = paths.data, centre
    assert run("keys", "create", "--passphrase-file", str(t / "pass.txt"), home=home).returncode == 0
    issue = (
        "certificate",
        "issue",
        "--learner",
        "王秀英",
        "--tier",
        "basic",
        "--passphrase-file",
        str(t / "pass.txt"),
    )
    for extra, reason in (
        (("--tutor", "张三"), "is not a tutor registered at this centre"),
        (("--tutor", "李老师", "--validated-on", "2999-01-01"), "after the date of issue"),
        (("--tutor", "李老师", "--validated-on", "2001-01-01"), "before the learner started"),
    ):
        r = run(*issue, "--out", str(t / "refused"), *extra, home=home)
        assert r.returncode == 1 and reason in r.stderr and "辅导员" in r.stderr, (extra, r.stderr)
    assert not (t / "refused").exists()
    r = run(*issue, "--out", str(t / "out"), "--show-note", home=home)
    assert r.returncode == 0, r.stderr
    cert_id = r.stdout.split("Issued certificate ")[1].split()[0]
    pdf = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(t / "out" / f"{cert_id}.pdf"), "-"], capture_output=True, text=True
    ).stdout
    credential = (t / "out" / f"{cert_id}.json").read_text(encoding="utf-8")
    assert (
        "当面完成" in pdf and "当面完成" in credential
    )  # the sign-off's remark, chosen: on paper and in the file
    r = run(*issue, "--out", str(t / "plain"), home=home)
    plain = next((t / "plain").glob("*.json")).read_text(encoding="utf-8")
    assert r.returncode == 0 and "当面完成" not in plain  # not chosen: in neither
