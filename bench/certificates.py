"""Benchmark for certificates; prints JSON. Run: python bench/certificates.py

In a temporary data folder with a real SQLite file and a real signing key:
- issue_ms: one certificate, all files (PDF with QR, OB 3.0 JSON, VC-JWT, QR text) and its register
  row, with the key already unlocked: median of several runs after one warm-up (goal: 500 ms);
- issue_first_ms: the first one in a fresh process (Qt fonts, the font check, imports);
- issue_fullest_ms: the fullest certificate of the real curriculum (the intermediate tier's 19 lessons,
  all 48 tasks a tutor can observe on the learner's own phone, a 200-character remark): the details
  page's type is searched for, and the QR code holds the remark (median of 3 runs);
- unlock_key_ms: opening the signing key with its passphrase (scrypt; once per tutor session);
- verify_jwt_ms / verify_qr_ms: checking the signed credential / the scanned text with the credential.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL_MS = 500.0
RUNS = 7
PASSPHRASE = "k7qm-3xfp-9hwt-c2vr-ab4d"


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


def figures() -> dict[str, object]:
    from trainer.config import Paths
    from trainer.domain.certificates import (
        KIND_TIER,
        Achievement,
        Assessment,
        Issuer,
        LearnerRef,
        LessonRecord,
    )
    from trainer.services.certificates.keys import create_signing_key, load_signing_key
    from trainer.services.certificates.service import CertificateService
    from trainer.services.certificates.verify import verify_credential, verify_qr
    from trainer.storage.db import Database
    from trainer.storage.repositories import LearnerRepository

    with tempfile.TemporaryDirectory(prefix="trainer-bench-") as tmp:
        paths = Paths(data=Path(tmp), cache=Path(tmp) / "cache")
        db = Database.open(paths)
        learner = LearnerRepository(db).create("王秀英", "sun", "#174A86", "zh_CN")
        create_signing_key(paths, PASSPHRASE)
        start = time.perf_counter()
        key = load_signing_key(paths, PASSPHRASE)
        unlock = _ms(start)
        china = timezone(timedelta(hours=8))
        day = datetime(2024, 3, 1, 9, tzinfo=china)
        codes = (("0.1",), ("0.2", "1.1"), ("1.2", "2.1"), ("2.6", "4.1"), ("4.2", "5.1"), ("5.4", "0.2"))
        lessons = tuple(
            LessonRecord(f"l{n}", f"手机学习第{n}课", f"Lesson {n}", "basic", 20, c, day + timedelta(days=n))
            for n, c in enumerate(codes)
        )
        achievement = Achievement(KIND_TIER, "basic", lessons)
        issuer = Issuer("阳光社区学习中心", "杭州市西湖区", "HZ-001")
        assessment = Assessment("tutor-validated", "李老师")
        from trainer.storage.tutors import TutorRepository

        TutorRepository(db).add("李老师", "scrypt$bench")
        service = CertificateService(db, paths)
        ref = LearnerRef(learner.id, learner.name)
        out = Path(tmp) / "out"
        start = time.perf_counter()
        issued = service.issue(key, issuer, ref, achievement, assessment, out_dir=out)
        first = _ms(start)
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            issued = service.issue(key, issuer, ref, achievement, assessment, out_dir=out)
            times.append(_ms(start))
        now = datetime.now(UTC) + timedelta(minutes=1)
        start = time.perf_counter()
        jwt_ok = verify_credential(issued.jwt, [key.public], now=now).valid
        verify_jwt = _ms(start)
        start = time.perf_counter()
        qr_ok = verify_qr(issued.qr_text, [key.public], credential=issued.jwt, now=now).valid
        verify_qr_ms = _ms(start)
        sizes = {p.suffix if p.suffix != ".txt" else ".qr.txt": p.stat().st_size for p in issued.copies}
        fullest = _fullest(service, paths, key, issuer, ref, day)
        db.close()
    median = statistics.median(times)
    return {
        "issue_ms": median,
        "issue_goal_ms": GOAL_MS,
        "issue_ok": median <= GOAL_MS,
        "issue_runs_ms": times,
        "issue_first_ms": first,
        "issue_fullest_ms": fullest,
        "unlock_key_ms": unlock,
        "verify_jwt_ms": verify_jwt,
        "verify_qr_ms": verify_qr_ms,
        "verified": jwt_ok and qr_ok,
        "qr_version": issued.qr_version,
        "qr_text_bytes": len(issued.qr_text.encode("utf-8")),
        "file_bytes": sizes,
    }


def _fullest(service, paths, key, issuer, ref, day) -> float:
    from types import SimpleNamespace

    from trainer.domain.certificate_checks import REMARK_MAX
    from trainer.domain.certificates import Assessment, ObservedTask, tier_achievement
    from trainer.domain.observation import observed_steps
    from trainer.domain.placement import PLACEMENT_ID
    from trainer.services.lessons import LessonLibrary

    lessons = [x for x in LessonLibrary(paths).catalogue_for("zh_CN").lessons if x.id != PLACEMENT_ID]
    progress = {
        x.id: SimpleNamespace(started_at=day, mastered_at=day + timedelta(days=n + 1), mastery_rule=None)
        for n, x in enumerate(lessons)
    }
    achievement = tier_achievement("intermediate", lessons, progress)
    mine = {x.id for x in achievement.lessons}
    observed = tuple(
        ObservedTask(x.id, t.get("zh_CN"), t.get("en"), "李老师", day + timedelta(days=60))
        for x in lessons
        if x.id in mine
        for step in observed_steps(x)
        for _, t in step.items
    )
    remark = ("打字慢但很准确，每一步都自己做，遇到不懂的会先停下来问。" * 10)[:REMARK_MAX]
    assessment = Assessment(
        "tutor-validated", "李老师", day + timedelta(days=70), remark, show_note=True, observed=observed
    )
    now = day + timedelta(days=80)
    service.issue(key, issuer, ref, achievement, assessment, now=now)  # warm-up
    times = []
    for _ in range(3):
        start = time.perf_counter()
        service.issue(key, issuer, ref, achievement, assessment, now=now)
        times.append(_ms(start))
    return statistics.median(times)


if __name__ == "__main__":
    print(json.dumps(figures(), indent=2))
