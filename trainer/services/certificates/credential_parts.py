"""The parts of the credential that describe the achievement: the Achievement (criteria, competence
alignments, the qualification-framework level the centre configured), the subject's results and the
evidence (one entry per lesson mastered, and the assessment)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from trainer.domain.certificates import DIGCOMP, KIND_TIER, TIER_NAMES, Achievement, Competence
from trainer.services.certificates import texts as T

if TYPE_CHECKING:
    from trainer.services.certificates.credential import CredentialInput

FRAMEWORK_URLS = {
    DIGCOMP: "https://publications.jrc.ec.europa.eu/repository/handle/JRC128415",
    "UNESCO DLGF": "https://uis.unesco.org/sites/default/files/documents/"
    "ip51-global-framework-reference-digital-literacy-skills-2018-en.pdf",
}
LEVELS_ALLOWED = ["1", "2", "3", "4", "5", "6", "7", "8"]  # DigComp 2.2's proficiency levels


def tier_pair(a: Achievement) -> tuple[str, str]:
    return TIER_NAMES[a.tier] if a.tier else ("", "")


def description(a: Achievement) -> tuple[str, str]:
    return T.ACHIEVEMENT_TIER_DESC if a.kind == KIND_TIER else T.ACHIEVEMENT_PROGRESS_DESC


def number(text: str) -> int | float:
    """A decimal given as text (credits) as the JSON number it stands for."""
    value = Decimal(text)
    return int(value) if value == value.to_integral_value() else float(value)


def alignment(comp: Competence) -> dict[str, Any]:
    return {
        "type": ["Alignment"],
        "targetCode": comp.code,
        "targetName": comp.name_en,
        "targetDescription": T.COMPETENCE_NAMES_ZH.get(comp.code, comp.name_en),
        "targetFramework": comp.framework,
        "targetType": "ceasn:Competency",
        "targetUrl": FRAMEWORK_URLS[comp.framework],
    }


def _ids(c: CredentialInput, achievement_id: str) -> dict[str, str]:
    from trainer.services.certificates.credential import urn

    keys = ("level", "hours", "time-on-task", "lessons", "status", "assessment")
    return {k: urn(achievement_id, k) for k in keys}


def achievement_id(c: CredentialInput) -> str:
    from trainer.services.certificates.credential import urn

    a = c.achievement
    return urn(c.issuer_did, "achievement", a.tier or "progress", c.certificate_id if not a.tier else "v1")


def achievement(c: CredentialInput) -> dict[str, Any]:
    a, r = c.achievement, c.recognition
    tier = tier_pair(a)
    criteria = T.CRITERIA_TIER if a.kind == KIND_TIER else T.CRITERIA_PROGRESS
    title = T.TITLE_TIER if a.kind == KIND_TIER else T.TITLE_PROGRESS
    own_id = achievement_id(c)
    ids = _ids(c, own_id)

    def result_description(
        key: str, name: tuple[str, str], rtype: str, allowed: list[str] | None = None
    ) -> dict[str, Any]:
        out: dict[str, Any] = {"id": ids[key], "type": ["ResultDescription"], "name": T.both(name)}
        out["resultType"] = rtype
        if allowed:
            out["allowedValue"] = allowed
        return out

    alignments = [alignment(comp) for comp in a.competences]
    if r is not None and r.framework_id:
        alignments.append(
            {
                "type": ["Alignment"],
                "targetCode": r.level_code,
                "targetName": T.both(r.level_name),
                "targetFramework": T.both(r.framework_name),
                "targetType": "ext:QualificationsFrameworkLevel",
                "targetUrl": r.framework_url,
            }
        )
    descriptions = [
        result_description("level", T.RESULT_LEVEL, "PerformanceLevel", LEVELS_ALLOWED),
        result_description("hours", T.RESULT_TIME, "ext:LearningTime"),
        result_description("lessons", T.RESULT_LESSONS, "ext:LessonsMastered"),
        result_description("status", T.RESULT_STATUS, "Status"),
        result_description(
            "assessment", T.RESULT_ASSESSMENT, "ext:AssessmentType", ["self-study", "tutor-validated"]
        ),
    ]
    if a.time_on_task_minutes is not None:
        descriptions.insert(2, result_description("time-on-task", T.RESULT_TIME_ON_TASK, "ext:TimeOnTask"))
    out: dict[str, Any] = {
        "id": own_id,
        "type": ["Achievement"],
        "achievementType": "Certificate" if a.kind == KIND_TIER else "ext:ProgressRecord",
        "name": T.both(title, tier=tier),
        "description": T.both(description(a), sep=" / ", tier=tier),
        "criteria": {"narrative": T.both(criteria, sep="\n", tier=tier)},
        "alignment": alignments,
        "resultDescription": descriptions,
        "tag": ["digital skills", "数字技能"] + ([a.tier] if a.tier else ["progress"]),
    }
    if r is not None and r.credits:
        out["creditsAvailable"] = number(r.credits)
    return out


def results(c: CredentialInput) -> list[dict[str, Any]]:
    a = c.achievement
    ids = _ids(c, achievement_id(c))
    status = T.STATUS_COMPLETED if a.kind == KIND_TIER else T.STATUS_IN_PROGRESS
    out: list[dict[str, Any]] = [
        {"type": ["Result"], "resultDescription": ids["level"], "value": a.level},
        {"type": ["Result"], "resultDescription": ids["hours"], "value": T.iso_duration(a.minutes)},
        {"type": ["Result"], "resultDescription": ids["lessons"], "value": str(len(a.lessons))},
        {"type": ["Result"], "resultDescription": ids["status"], "status": status},
        {"type": ["Result"], "resultDescription": ids["assessment"], "value": c.assessment.kind},
    ]
    if a.time_on_task_minutes is not None:
        value = T.iso_duration(a.time_on_task_minutes)
        out.insert(2, {"type": ["Result"], "resultDescription": ids["time-on-task"], "value": value})
    out += [
        {
            "type": ["Result"],
            "resultDescription": ids["level"],
            "alignment": [alignment(comp)],
            "value": comp.level,
        }
        for comp in a.competences
        if comp.level
    ]
    return out


def evidence(c: CredentialInput) -> list[dict[str, Any]]:
    """One entry per lesson mastered (in teaching order), then who vouches for it and how."""
    a, s = c.achievement, c.assessment
    tz = c.issued_at.tzinfo
    out: list[dict[str, Any]] = [
        {
            "type": ["Evidence"],
            "name": f"{x.title_zh} · {x.title_en}",
            "narrative": T.both(
                T.EVIDENCE_LESSON,
                sep=" / ",
                date=x.mastered_at.astimezone(tz).date().isoformat(),
                minutes=x.minutes,
                codes=", ".join(x.competences),
            ),
            "genre": "Lesson mastered",
        }
        for x in a.lessons
    ]
    lines: list[str] = []
    if s.validated:
        when = (s.validated_at or c.issued_at).astimezone(tz).date().isoformat()
        lines.append(T.both(T.EVIDENCE_TUTOR, sep="\n", tutor="、".join(s.tutor_names), date=when))
        if s.remark:
            lines.append(T.both(T.EVIDENCE_REMARK, sep="\n", remark=s.remark))
        name, genre = T.EVIDENCE_TUTOR_NAME, "Tutor validation"
    else:
        lines.append(T.both(T.EVIDENCE_SELF, sep="\n"))
        name, genre = T.EVIDENCE_SELF_NAME, "Self-study"
    if s.methods:
        lines.append(T.both(T.EVIDENCE_METHODS, sep="\n", methods=T.method_names(s.methods)))
    out.append({"type": ["Evidence"], "name": T.both(name), "narrative": "\n".join(lines), "genre": genre})
    if s.observed:
        seen = [
            T.both(
                T.OBSERVED_ITEM,
                sep=" / ",
                date=o.observed_at.astimezone(tz).date().isoformat(),
                tutor=o.tutor_name,
                task=(o.text_zh, o.text_en),
            )
            for o in s.observed
        ]
        out.append(
            {
                "type": ["Evidence"],
                "name": T.both(T.OBSERVED),
                "narrative": "\n".join(seen),
                "genre": "Tutor observation",
            }
        )
    return out
