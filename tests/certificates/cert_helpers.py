"""Shared makings for the certificate tests: a centre, a learner's achievements, real tools."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from trainer.domain.certificates import (
    KIND_PROGRESS,
    KIND_TIER,
    Achievement,
    Assessment,
    Issuer,
    LearnerRef,
    LessonRecord,
)

PASSPHRASE = "k7qm-3xfp-9hwt-c2vr-ab4d"
ROOT = Path(__file__).resolve().parents[2]
# ../shared beside the repository (or beside the folder of worktrees, for a worktree in /work/wt/NAME)
OB3 = next(
    (
        p / "shared" / "reference" / "ob3"
        for p in (ROOT.parent, ROOT.parent.parent)
        if (p / "shared").is_dir()
    ),
    ROOT.parent / "shared" / "reference" / "ob3",
)
CHINA = timezone(timedelta(hours=8))
ISSUER = Issuer("阳光社区学习中心", "杭州市西湖区", "HZ-001")
LEARNER = LearnerRef("0b1f6a52-3c1e-4a43-9a55-3f0c2d7e9b11", "王秀英")
START = datetime(2024, 3, 1, 9, 0, tzinfo=CHINA)
ISSUED = datetime(2024, 5, 21, 10, 30, tzinfo=CHINA)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None, reason="poppler-utils missing"
)


def lessons(tier: str = "basic") -> tuple[LessonRecord, ...]:
    """Four mastered lessons whose titles hold the characters that extract wrongly with Noto CJK."""
    made = [
        ("phone-basics", "手机入门", "Phone basics", 20, ("0.1", "0.2")),
        ("learn-online", "上网学习", "Learning online", 25, ("1.1", "2.1")),
        ("passwords", "密码与安全", "Passwords and safety", 30, ("4.2", "2.6")),
        ("high-contrast", "提高字体大小", "Making text bigger", 15, ("0.2",)),
    ]
    return tuple(
        LessonRecord(i, zh, en, tier, m, c, START + timedelta(days=3 * n + 1), START + timedelta(days=3 * n))
        for n, (i, zh, en, m, c) in enumerate(made)
    )


def tier_achievement(tier: str = "basic") -> Achievement:
    return Achievement(KIND_TIER, tier, lessons(tier))


def progress_achievement() -> Achievement:
    return Achievement(KIND_PROGRESS, None, lessons("basic")[:2] + lessons("intermediate")[2:])


VALIDATED = Assessment("tutor-validated", "李老师", ISSUED - timedelta(days=1), "在中心当面完成了全部操作。")
SELF = Assessment()


def pdftotext(pdf: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *args, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def squeeze(text: str) -> str:
    return "".join(text.split())
