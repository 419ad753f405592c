"""Every fact a certificate states, in one record: the PDF prints these and the QR code signs them.

The paper and the QR code are built from the same ``Claims``, so a reader who scans the code sees
exactly what the centre signed and can compare it, line by line, with the paper. The one thing on the
paper that is not here is the list of lessons on the details page (titles and dates): it is covered
by the credential hash, i.e. only together with the .json or .jwt file (docs/verification.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from trainer.domain.certificates import KIND_TIER, Achievement, Assessment, Issuer


@dataclass(frozen=True)
class Recognition:
    """What the centre configured for credit banks (``recognition``): a level in a named
    qualifications framework and credits by the centre's rule. Empty strings: nothing configured."""

    framework_id: str = ""
    framework_name: tuple[str, str] = ("", "")  # (zh, en)
    framework_url: str = ""
    level_code: str = ""
    level_name: tuple[str, str] = ("", "")
    credits: str = ""  # a decimal number as text ("1", "1.5"), or ""
    credit_unit: tuple[str, str] = ("", "")

    @property
    def framework_level(self) -> str:
        """As the QR code carries it: ``<framework id>:<level code>``, or ``""``."""
        return f"{self.framework_id}:{self.level_code}" if self.framework_id else ""


@dataclass(frozen=True)
class Claims:
    certificate_id: str
    learner_name: str
    kind: str  # a tier ("basic", ...) or "progress"
    lessons: int  # how many lessons were mastered
    level: str  # the DigComp proficiency level stated for the whole certificate
    minutes: int  # planned learning time of the lessons
    time_on_task: int | None  # measured minutes, when known
    start: str  # learning dates and date of issue: the centre's local dates, YYYY-MM-DD
    end: str
    issued: str
    centre: str
    place: str
    code: str
    assessment: str  # "self-study" or "tutor-validated"
    tutor: str  # the validating tutor(s), "" for self-study
    validated: str  # the date of the tutor's validation, "" for self-study
    methods: tuple[str, ...]  # how it was assessed (codes), when known
    competences: tuple[tuple[str, str], ...]  # (code, level); level "" where the framework has none
    framework_level: str  # "<framework id>:<level code>" when the centre set a mapping, else ""
    credits: str  # credits by the centre's rule, else ""
    remark: str  # the tutor's remark, only when the tutor chose to print it, else ""
    status_index: int | None  # the certificate's place in the centre's signed status list


def local_day(moment: datetime, tz_of: datetime) -> str:
    return moment.astimezone(tz_of.tzinfo).date().isoformat()


def claims_of(
    certificate_id: str,
    learner_name: str,
    achievement: Achievement,
    assessment: Assessment,
    issuer: Issuer,
    issued_local: datetime,
    recognition: Recognition | None = None,
    status_index: int | None = None,
) -> Claims:
    a, s = achievement, assessment
    r = recognition or Recognition()
    validated = local_day(s.validated_at or issued_local, issued_local) if s.validated else ""
    return Claims(
        certificate_id=certificate_id,
        learner_name=learner_name,
        kind=a.tier if a.kind == KIND_TIER and a.tier else "progress",
        lessons=len(a.lessons),
        level=a.level,
        minutes=a.minutes,
        time_on_task=a.time_on_task_minutes,
        start=local_day(a.started_at, issued_local),
        end=local_day(a.completed_at, issued_local),
        issued=issued_local.date().isoformat(),
        centre=issuer.name,
        place=issuer.place,
        code=issuer.code,
        assessment=s.kind,
        tutor="、".join(s.tutor_names) if s.validated else "",
        validated=validated,
        methods=tuple(s.methods),
        competences=tuple((c.code, c.level) for c in a.competences),
        framework_level=r.framework_level,
        credits=r.credits,
        remark=s.remark or "",
        status_index=status_index,
    )
