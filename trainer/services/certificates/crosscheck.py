"""Does a scanned QR code belong to this credential, fact by fact? The credential hash in the code
already ties the two; these checks name the first fact on which the paper and the file disagree, so a
mistake (or a centre that signed something inconsistent) is reported in words."""

from __future__ import annotations

from typing import Any

from trainer.services.certificates import credential as cred
from trainer.services.certificates import texts as T
from trainer.services.certificates.qr import QrPayload


def _results(c: dict[str, Any]) -> dict[str, str]:
    """Result value by resultType (the overall results, not the per-competence ones)."""
    achievement = c["credentialSubject"].get("achievement", {})
    types = {
        d.get("id"): d.get("resultType")
        for d in achievement.get("resultDescription", [])
        if isinstance(d, dict)
    }
    out: dict[str, str] = {}
    for r in c["credentialSubject"].get("result", []):
        if isinstance(r, dict) and "alignment" not in r:
            kind = types.get(r.get("resultDescription"))
            if kind and kind not in out:
                out[kind] = str(r.get("value", r.get("status", "")))
    return out


def facts(c: dict[str, Any]) -> dict[str, Any]:
    """What the credential says about each fact the QR code signs."""
    subject = c["credentialSubject"]
    achievement = subject.get("achievement", {})
    issuer = c["issuer"] if isinstance(c["issuer"], dict) else {}
    identifiers = [i for i in subject.get("identifier", []) if isinstance(i, dict)]
    alignments = [a for a in achievement.get("alignment", []) if isinstance(a, dict)]
    results = _results(c)
    status = c.get("credentialStatus") if isinstance(c.get("credentialStatus"), dict) else {}
    framework = [a for a in alignments if a.get("targetType") == "ext:QualificationsFrameworkLevel"]
    other = issuer.get("otherIdentifier") or [{}]
    return {
        "certificate id": cred.certificate_id_of(c["id"]),
        "learner name": [i.get("identityHash") for i in identifiers if i.get("identityType") == "name"],
        "tier": achievement.get("tag", []),
        "date of issue": str(c.get("awardedDate", ""))[:10],
        "competence codes": tuple(
            a.get("targetCode") for a in alignments if a.get("targetType") == "ceasn:Competency"
        ),
        "centre": (
            issuer.get("name"),
            (issuer.get("address") or {}).get("addressLocality"),
            other[0].get("identifier"),
        ),
        "assessment": results.get("ext:AssessmentType"),
        "tutor": (subject.get("source") or {}).get("name", ""),
        "level": results.get("PerformanceLevel"),
        "learning time": results.get("ext:LearningTime"),
        "time on task": results.get("ext:TimeOnTask"),
        "number of lessons": sum(
            1 for e in c.get("evidence", []) if isinstance(e, dict) and e.get("genre") == "Lesson mastered"
        ),
        "status index": status.get("statusListIndex"),
        "framework level": framework[0].get("targetCode") if framework else "",
        "credits": subject.get("creditsEarned"),
    }


def disagreement(p: QrPayload, c: dict[str, Any]) -> str | None:
    """The first fact the QR code and the credential disagree on, or None."""
    if cred.credential_hash(c) != p.credential_hash:
        return "the QR code belongs to another credential (hash differs)"
    f, q = facts(c), p.claims
    checks = [
        (f["certificate id"] == q.certificate_id, "certificate id"),
        (q.learner_name in f["learner name"], "learner name"),
        (q.kind in f["tier"], "tier"),
        (f["date of issue"] == q.issued, "date of issue"),
        (f["competence codes"] == tuple(code for code, _ in q.competences), "competence codes"),
    ]
    if not p.legacy:
        credits = f["credits"]
        checks += [
            (f["centre"] == (q.centre, q.place, q.code), "centre"),
            (f["assessment"] == q.assessment, "assessment"),
            (f["tutor"] == q.tutor, "tutor"),
            (f["level"] == q.level, "level"),
            (f["learning time"] == T.iso_duration(q.minutes), "learning time"),
            (
                f["time on task"] == (None if q.time_on_task is None else T.iso_duration(q.time_on_task)),
                "time on task",
            ),
            (f["number of lessons"] == q.lessons, "number of lessons"),
            (f["status index"] == (None if q.status_index is None else str(q.status_index)), "status index"),
            (f["framework level"] == q.framework_level.partition(":")[2], "framework level"),
            (
                (credits is None and not q.credits)
                or (credits is not None and q.credits and float(q.credits) == credits),
                "credits",
            ),
        ]
    for ok, what in checks:
        if not ok:
            return f"the QR code and the credential disagree on the {what}"
    return None


def claim_lines(p: QrPayload) -> tuple[str, ...]:
    """The signed facts, one per line, to compare with the paper."""
    q = p.claims
    if p.legacy:
        codes = ", ".join(code for code, _ in q.competences)
        return (
            f"certificate {q.certificate_id}",
            f"learner: {q.learner_name}",
            f"tier: {q.kind}",
            f"date of issue: {q.issued}",
            f"competence codes: {codes}",
        )
    comps = ", ".join(f"{code} (level {level})" if level else code for code, level in q.competences)
    lines = [
        f"certificate {q.certificate_id}",
        f"learner: {q.learner_name}",
        f"tier: {q.kind}; lessons mastered: {q.lessons}; DigComp 2.2 level {q.level}",
        f"learning time: {T.duration(q.minutes)[1]}; dates: {q.start} to {q.end}",
    ]
    if q.time_on_task is not None:
        lines.append(f"measured time on task: {T.duration(q.time_on_task)[1]}")
    lines += [
        f"competences: {comps}",
        f"assessment: {q.assessment}" + (f" by {q.tutor} on {q.validated}" if q.tutor else ""),
    ]
    if q.methods:
        lines.append(f"assessed by: {', '.join(q.methods)}")
    if q.remark:
        lines.append(f"tutor's remark: {q.remark}")
    if q.framework_level:
        lines.append(f"qualifications framework level: {q.framework_level}")
    if q.credits:
        lines.append(f"credits: {q.credits}")
    lines += [f"centre: {q.centre}, {q.place} (code {q.code})", f"date of issue: {q.issued}"]
    return tuple(lines)
