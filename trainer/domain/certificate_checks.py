"""What must hold before a certificate names a tutor's validation (issue 17).

A certificate that says "validated by tutor X on day D" is only as good as X and D: X must be a tutor
registered at this centre, and D can be neither after the day of issue nor before the learner started
the lessons it vouches for. Dates are compared as the centre's local calendar days. A remark printed on
the certificate is at most ``REMARK_MAX`` characters: the details page must hold it with everything else
on one page in type a senior can read (a sign-off note may be longer; it is then not printed as it is).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from trainer.domain.certificates import Achievement, Assessment

IN_FUTURE, BEFORE_LEARNING, UNKNOWN_TUTOR, REMARK_TOO_LONG = (
    "validated_in_future",
    "validated_before_learning",
    "unknown_tutor",
    "remark_too_long",
)
REMARK_MAX = 200  # characters of the tutor's remark on the certificate


@dataclass(frozen=True)
class ValidationProblem:
    code: str  # IN_FUTURE, BEFORE_LEARNING, UNKNOWN_TUTOR or REMARK_TOO_LONG
    detail: str  # the date, the tutor's name or the remark's length it is about


def validation_problems(
    assessment: Assessment, achievement: Achievement, issued_local: datetime, registered: Iterable[str]
) -> tuple[ValidationProblem, ...]:
    """Why the tutor validation cannot be printed as it is (empty when it can, or for self-study)."""
    if not assessment.validated:
        return ()
    out: list[ValidationProblem] = []
    known = {_key(name) for name in registered}
    out += [ValidationProblem(UNKNOWN_TUTOR, n) for n in assessment.tutor_names if _key(n) not in known]
    if assessment.validated_at is not None:
        tz = issued_local.tzinfo
        day = assessment.validated_at.astimezone(tz).date()
        if day > issued_local.date():
            out.append(ValidationProblem(IN_FUTURE, day.isoformat()))
        if day < achievement.started_at.astimezone(tz).date():
            out.append(ValidationProblem(BEFORE_LEARNING, day.isoformat()))
    remark = assessment.remark or ""
    if len(remark) > REMARK_MAX:
        out.append(ValidationProblem(REMARK_TOO_LONG, str(len(remark))))
    return tuple(out)


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()
