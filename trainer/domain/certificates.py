"""Certificates as plain data, and the rules for what a learner has earned.

A certificate is either a *tier* certificate (every lesson of a tier mastered) or a *progress*
certificate (the lessons mastered so far). Both list competences with their DigComp 2.2 / UNESCO DLGF
code and level, learning hours (the lessons' estimated minutes) and dates. The assessment says who
vouches for it: "self-study" (the trainer's quizzes only) or "tutor-validated" (a tutor signed off).

Nothing here signs, renders or stores: see ``trainer.services.certificates``.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from trainer.domain.assessment import QUIZ_FIRST_TRY, methods_of_rule, ordered_methods
from trainer.domain.lessons import COMPETENCES
from trainer.domain.tiers import TIERS

KIND_TIER, KIND_PROGRESS = "tier", "progress"
SELF_STUDY, TUTOR_VALIDATED = "self-study", "tutor-validated"
ASSESSMENTS = (SELF_STUDY, TUTOR_VALIDATED)

TIER_NAMES: dict[str, tuple[str, str]] = {  # (zh_CN, en), as the app names the tiers
    "basic": ("入门", "Basic"),
    "intermediate": ("进阶", "Intermediate"),
    "advanced": ("提高", "Advanced"),
}
# The DigComp 2.2 proficiency level each tier really assesses (reasoning per tier: lessons/TIERS.md).
# The lessons are guided tasks with hints after a miss, a quiz on first tries and, where a tutor signs
# off, tasks watched in person: level 1 (simple tasks, with guidance) for basic, 2 (simple tasks, on
# one's own with guidance where needed) for intermediate, 3 (well-defined routine tasks on one's own)
# for advanced. Nothing here assesses the non-routine problems of level 4 or the guiding of others of
# levels 5-6. DLGF competences (0.1, 0.2, 5.5, 6.x) have no DigComp level and are given none.
TIER_LEVELS = {"basic": "1", "intermediate": "2", "advanced": "3"}
LEVEL_NAMES: dict[str, tuple[str, str]] = {  # DigComp 2.2's names of its eight levels, in pairs
    "1": ("基础", "Foundation"),
    "2": ("基础", "Foundation"),
    "3": ("中级", "Intermediate"),
    "4": ("中级", "Intermediate"),
    "5": ("高级", "Advanced"),
    "6": ("高级", "Advanced"),
    "7": ("高度专业", "Highly specialised"),
    "8": ("高度专业", "Highly specialised"),
}
DIGCOMP, DLGF = "DigComp 2.2", "UNESCO DLGF"
DLGF_CODES = frozenset({"0.1", "0.2", "5.5", "6.1", "6.2"})  # the DLGF's additions to DigComp


MIN_PASSPHRASE = 8
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # no I, L, O, U: easy to read aloud


def crockford(data: bytes, length: int) -> str:
    """The first ``length`` Crockford base32 characters of ``data`` (5 bits each)."""
    bits = int.from_bytes(data, "big")
    total = len(data) * 8
    return "".join(_CROCKFORD[(bits >> (total - 5 * (i + 1))) & 31] for i in range(length))


def new_certificate_id() -> str:
    """A short id to print and read over the phone: 12 characters (60 random bits), ``XXXX-XXXX-XXXX``."""
    return certificate_id_from_int(secrets.randbits(60))


def certificate_id_from_int(value: int) -> str:
    raw = "".join(_CROCKFORD[(value >> (5 * (11 - i))) & 31] for i in range(12))
    return "-".join(raw[i : i + 4] for i in range(0, 12, 4))


def certificate_id_to_int(certificate_id: str) -> int:
    """The 60 bits of a certificate id; ValueError when it is not one."""
    raw = certificate_id.replace("-", "").upper()
    if len(raw) != 12 or any(c not in _CROCKFORD for c in raw):
        raise ValueError(f"not a certificate id: {certificate_id!r}")
    value = 0
    for c in raw:
        value = value * 32 + _CROCKFORD.index(c)
    return value


def passphrase_problem(passphrase: str) -> str | None:
    """Why a new signing-key passphrase is refused (a short code), or None."""
    if len(passphrase) < MIN_PASSPHRASE:
        return "too_short"
    if not passphrase.strip():
        return "blank"
    return None


def framework_of(code: str) -> str:
    return DLGF if code in DLGF_CODES else DIGCOMP


@dataclass(frozen=True)
class Issuer:
    """The centre that awards the certificate."""

    name: str
    place: str
    code: str


@dataclass(frozen=True)
class LearnerRef:
    id: str
    name: str


@dataclass(frozen=True)
class ObservedTask:
    """A task a tutor watched the learner do on their own phone (an ``own-phone`` checklist item)."""

    lesson_id: str
    text_zh: str
    text_en: str
    tutor_name: str
    observed_at: datetime


@dataclass(frozen=True)
class Assessment:
    """Who vouches for the certificate. ``note`` is the tutor's remark about the learner: it goes into
    the credential and onto the paper only when the tutor chose so (``show_note``). ``methods``: how the
    skills were assessed (short codes, e.g. quizzes, practical tasks, tutor observation), when known."""

    kind: str = SELF_STUDY
    tutor_name: str | None = None
    validated_at: datetime | None = None
    note: str | None = None
    show_note: bool = False
    methods: tuple[str, ...] = ()
    observed: tuple[ObservedTask, ...] = ()  # tasks a tutor ticked on the learner's own phone

    def __post_init__(self) -> None:
        if self.kind not in ASSESSMENTS:
            raise ValueError(f"assessment kind must be one of {ASSESSMENTS}, not {self.kind!r}")
        if self.kind == TUTOR_VALIDATED and not (self.tutor_name or "").strip():
            raise ValueError("a tutor-validated assessment needs the tutor's name")

    @property
    def validated(self) -> bool:
        return self.kind == TUTOR_VALIDATED

    @property
    def remark(self) -> str | None:
        """The remark to print and sign: the tutor's note when they chose to show it, else None."""
        note = (self.note or "").strip()
        return note if self.show_note and self.validated and note else None

    @property
    def tutor_names(self) -> tuple[str, ...]:
        """Each tutor named (a progress record may name several, joined with 、)."""
        return tuple(n.strip() for n in (self.tutor_name or "").split("、") if n.strip())


@dataclass(frozen=True)
class Competence:
    code: str
    level: str  # a DigComp 2.2 proficiency level ("1".."8"); "" for DLGF codes, which have none

    @property
    def framework(self) -> str:
        return framework_of(self.code)

    @property
    def name_en(self) -> str:
        return COMPETENCES.get(self.code, self.code)


@dataclass(frozen=True)
class LessonRecord:
    """One mastered lesson as the certificate lists it."""

    id: str
    title_zh: str
    title_en: str
    tier: str
    minutes: int
    competences: tuple[str, ...]
    mastered_at: datetime
    started_at: datetime | None = None
    # how its mastery was assessed (``domain.assessment`` codes), from the rule kept with the record
    methods: tuple[str, ...] = (QUIZ_FIRST_TRY,)


@dataclass(frozen=True)
class Achievement:
    kind: str  # KIND_TIER or KIND_PROGRESS
    tier: str | None
    lessons: tuple[LessonRecord, ...]
    competences: tuple[Competence, ...] = field(default=())
    time_on_task_minutes: int | None = None  # measured in the trainer, when known (beside planned minutes)

    def __post_init__(self) -> None:
        if self.kind not in (KIND_TIER, KIND_PROGRESS):
            raise ValueError(f"unknown certificate kind {self.kind!r}")
        if self.kind == KIND_TIER and self.tier not in TIERS:
            raise ValueError(f"unknown tier {self.tier!r}")
        if not self.lessons:
            raise ValueError("an achievement needs at least one mastered lesson")
        if not self.competences:
            object.__setattr__(self, "competences", competences_of(self.lessons))

    @property
    def minutes(self) -> int:
        return sum(x.minutes for x in self.lessons)

    @property
    def hours(self) -> float:
        """Learning hours: the lessons' estimated minutes / 60, to a tenth of an hour."""
        return round(self.minutes / 60, 1)

    @property
    def started_at(self) -> datetime:
        return min(x.started_at or x.mastered_at for x in self.lessons)

    @property
    def completed_at(self) -> datetime:
        return max(x.mastered_at for x in self.lessons)

    @property
    def level(self) -> str:
        """The tier's DigComp level; for progress, the highest level reached."""
        if self.tier:
            return TIER_LEVELS[self.tier]
        return max((c.level for c in self.competences if c.level), default=TIER_LEVELS["basic"])

    @property
    def methods(self) -> tuple[str, ...]:
        """How the lessons on it were assessed, together (``domain.assessment`` codes)."""
        return ordered_methods(m for x in self.lessons for m in x.methods)


def competences_of(lessons: Sequence[LessonRecord]) -> tuple[Competence, ...]:
    """Every competence the lessons carry, by code: a DigComp code at the level of the highest tier
    that taught it, a DLGF code (no DigComp levels) with none."""
    best: dict[str, str] = {}
    for lesson in lessons:
        level = TIER_LEVELS.get(lesson.tier, TIER_LEVELS["basic"])
        for code in lesson.competences:
            best[code] = "" if framework_of(code) == DLGF else max(best.get(code, level), level)
    return tuple(Competence(code, best[code]) for code in sorted(best, key=_code_key))


def _code_key(code: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in code.split("."))


class LessonLike(Protocol):
    id: str
    tier: str
    minutes: int
    competences: tuple[str, ...]

    @property
    def title(self): ...


class ProgressLike(Protocol):
    started_at: datetime | None
    mastered_at: datetime | None


class NotEligible(Exception):
    """The learner has not (yet) earned this certificate. ``missing``: lesson ids still to master."""

    def __init__(self, tier: str | None, missing: tuple[str, ...]) -> None:
        super().__init__(f"{tier or 'progress'}: {len(missing)} lesson(s) still to master")
        self.tier = tier
        self.missing = missing


def lesson_record(lesson: LessonLike, progress: ProgressLike) -> LessonRecord:
    if progress.mastered_at is None:
        raise ValueError(f"lesson {lesson.id!r} is not mastered")
    return LessonRecord(
        id=lesson.id,
        title_zh=lesson.title.get("zh_CN"),
        title_en=lesson.title.get("en"),
        tier=lesson.tier,
        minutes=lesson.minutes,
        competences=tuple(lesson.competences),
        mastered_at=progress.mastered_at,
        started_at=progress.started_at,
        methods=methods_of_rule(getattr(progress, "mastery_rule", None)),
    )


def tier_achievement(
    tier: str, lessons: Sequence[LessonLike], progress: Mapping[str, ProgressLike]
) -> Achievement:
    """The tier certificate's content. Rule: every lesson of the tier mastered (no TIERS.md yet)."""
    of_tier = [x for x in lessons if x.tier == tier]
    missing = tuple(x.id for x in of_tier if _mastered_at(progress, x.id) is None)
    if not of_tier or missing:
        raise NotEligible(tier, missing)
    return Achievement(KIND_TIER, tier, tuple(lesson_record(x, progress[x.id]) for x in of_tier))


def progress_achievement(lessons: Sequence[LessonLike], progress: Mapping[str, ProgressLike]) -> Achievement:
    """The progress certificate's content: every lesson mastered so far, in teaching order."""
    done = [x for x in lessons if _mastered_at(progress, x.id) is not None]
    if not done:
        raise NotEligible(None, tuple(x.id for x in lessons))
    return Achievement(KIND_PROGRESS, None, tuple(lesson_record(x, progress[x.id]) for x in done))


def eligible_tiers(lessons: Sequence[LessonLike], progress: Mapping[str, ProgressLike]) -> tuple[str, ...]:
    """Tiers whose certificate the learner may be offered now."""
    out = []
    for tier in TIERS:
        of_tier = [x for x in lessons if x.tier == tier]
        if of_tier and all(_mastered_at(progress, x.id) is not None for x in of_tier):
            out.append(tier)
    return tuple(out)


def _mastered_at(progress: Mapping[str, ProgressLike], lesson_id: str) -> datetime | None:
    p = progress.get(lesson_id)
    return p.mastered_at if p is not None else None


@dataclass(frozen=True)
class CertificateRecord:
    """One line of the register of issued certificates."""

    id: str
    learner_id: str | None
    learner_name: str
    kind: str
    tier: str | None
    issued_at: datetime
    issued_by: str | None
    credential_hash: str
    revoked_at: datetime | None = None  # the earliest revocation, when there is one
    revoke_reason: str | None = None
    status_list: str | None = None  # where its revocation bit lives (None: issued before status lists)
    status_index: int | None = None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None
