"""The Open Badges 3.0 credential: valid against the official 1EdTech schema, and carrying what a
recognition body needs."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace

import pytest
from cert_helpers import ISSUED, ISSUER, LEARNER, OB3, SELF, VALIDATED, progress_achievement, tier_achievement
from jsonschema import Draft201909Validator

from trainer.services.certificates import credential as cred
from trainer.services.certificates import structure
from trainer.services.certificates.claims import Recognition

SCHEMA = OB3 / "schema" / "ob_v3p0_achievementcredential.json"
CONTEXT_FILES = ("w3c_credentials_v2.jsonld", "ob_v3p0_context-3.0.3.json")
pytestmark = pytest.mark.skipif(not SCHEMA.is_file(), reason="../shared/reference/ob3 is not beside the repo")


def build(achievement, assessment, cert_id="K7M3-9QXT-2FHD", did="did:jwk:eyJleGFtcGxlIjoxfQ", **more):
    return cred.build(
        cred.CredentialInput(cert_id, ISSUER, did, LEARNER, achievement, assessment, ISSUED, **more)
    )


FRAMEWORK = Recognition(
    framework_id="TEST-QF",
    framework_name=("测试资历框架", "Test Qualifications Framework"),
    framework_url="https://example.org/test-qf",
    level_code="1",
    level_name=("一级", "Level 1"),
    credits="1.5",
    credit_unit=("学分", "credits"),
)


def official_errors(c) -> list[str]:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = Draft201909Validator(schema, format_checker=Draft201909Validator.FORMAT_CHECKER)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(c)]


@pytest.mark.parametrize(
    ("achievement", "assessment"),
    [(tier_achievement(), VALIDATED), (tier_achievement("advanced"), SELF), (progress_achievement(), SELF)],
    ids=["tier-validated", "advanced-self-study", "progress"],
)
def test_validates_against_the_official_schema(achievement, assessment):
    c = build(achievement, assessment)
    assert official_errors(c) == []
    assert structure.problems(c) == []
    assert structure.schema_problems(c, OB3 / "schema") == []


def test_the_schema_check_can_fail():
    c = build(tier_achievement(), VALIDATED)
    del c["credentialSubject"]["achievement"]["criteria"]
    c["credentialSubject"]["identifier"][0]["hashed"] = "no"
    assert official_errors(c) and len(structure.problems(c)) == 2


def test_contexts_are_the_published_ones():
    c = build(tier_achievement(), VALIDATED)
    assert c["@context"][0] == "https://www.w3.org/ns/credentials/v2"
    assert (OB3 / "context" / "ob_v3p0_context-3.0.3.json").is_file() and c["@context"][1].endswith(
        "context-3.0.3.json"
    )
    assert c["credentialSchema"][0]["id"] == json.loads(SCHEMA.read_text(encoding="utf-8"))["$id"]


def test_what_a_recognition_body_needs_is_in_it():
    c = build(tier_achievement(), VALIDATED)
    subject, achievement = c["credentialSubject"], c["credentialSubject"]["achievement"]
    assert c["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert c["issuer"]["name"] == ISSUER.name and c["issuer"]["otherIdentifier"][0]["identifier"] == "HZ-001"
    assert c["validFrom"] == "2024-05-21T02:30:00Z" and c["awardedDate"] == "2024-05-21T10:30:00+08:00"
    assert achievement["achievementType"] == "Certificate" and "入门" in achievement["name"]
    assert "Master every lesson of the Basic tier" in achievement["criteria"]["narrative"]
    codes = [(a["targetCode"], a["targetFramework"]) for a in achievement["alignment"]]
    assert codes[:3] == [("0.1", "UNESCO DLGF"), ("0.2", "UNESCO DLGF"), ("1.1", "DigComp 2.2")]
    by_description = {r["resultDescription"]: r for r in subject["result"] if "alignment" not in r}
    kinds = {d["resultType"]: d["id"] for d in achievement["resultDescription"]}
    assert by_description[kinds["PerformanceLevel"]]["value"] == "1"  # DigComp level 1, basic
    assert by_description[kinds["ext:LearningTime"]]["value"] == "PT1H30M"  # 90 minutes
    assert by_description[kinds["ext:LessonsMastered"]]["value"] == "4"
    assert by_description[kinds["Status"]]["status"] == "Completed"
    assert by_description[kinds["ext:AssessmentType"]]["value"] == "tutor-validated"
    tutor = [e for e in c["evidence"] if e["genre"] == "Tutor validation"][0]
    assert "李老师" in tutor["narrative"] and "2024-05-20" in tutor["narrative"]
    assert "当面" not in json.dumps(c, ensure_ascii=False)  # the tutor's remark: not unless they chose it
    assert subject["source"]["name"] == "李老师"
    assert "creditsEarned" not in subject and not [
        a for a in achievement["alignment"] if "ext:" in a["targetType"]
    ]
    assert c["credentialSchema"] == [{"id": cred.SCHEMA_ID, "type": "JsonSchema"}]


def test_the_schema_type_is_a_term_the_contexts_define():
    """A strict JSON-LD processor rejects an undefined type: JsonSchema is in the VC 2.0 context."""
    contexts = [json.loads((OB3 / "context" / name).read_text(encoding="utf-8")) for name in CONTEXT_FILES]
    defined = set().union(*(ctx["@context"] for ctx in contexts))
    c = build(tier_achievement(), VALIDATED)
    assert c["credentialSchema"][0]["type"] in defined
    assert "1EdTechJsonSchemaValidator2019" not in defined  # the name used before: undefined


def test_the_tutors_remark_goes_in_only_when_the_tutor_chose_it():
    shown = replace(VALIDATED, show_note=True)
    c = build(tier_achievement(), shown)
    tutor = [e for e in c["evidence"] if e["genre"] == "Tutor validation"][0]
    assert "辅导员评语：在中心当面完成了全部操作。" in tutor["narrative"]
    assert official_errors(c) == []


def test_a_centres_framework_level_and_credits_are_carried_and_valid():
    c = build(tier_achievement(), VALIDATED, recognition=FRAMEWORK)
    achievement = c["credentialSubject"]["achievement"]
    level = [a for a in achievement["alignment"] if a["targetType"] == "ext:QualificationsFrameworkLevel"]
    assert level[0]["targetCode"] == "1" and "Test Qualifications Framework" in level[0]["targetFramework"]
    assert achievement["creditsAvailable"] == 1.5 and c["credentialSubject"]["creditsEarned"] == 1.5
    assert official_errors(c) == [] and structure.problems(c) == []


def test_the_learner_is_named_and_the_local_id_only_salted_and_hashed():
    c = build(tier_achievement(), SELF)
    name, system = c["credentialSubject"]["identifier"]
    assert (name["identityType"], name["identityHash"], name["hashed"]) == ("name", "王秀英", False)
    assert system["identityType"] == "systemId" and system["hashed"] is True
    expected = hashlib.sha256((LEARNER.id + system["salt"]).encode()).hexdigest()
    assert system["identityHash"] == f"sha256${expected}"
    assert LEARNER.id not in json.dumps(c)
    assert [e["genre"] for e in c["evidence"]] == ["Lesson mastered"] * 4 + ["Self-study"]


def test_the_learner_identifier_is_stable_across_certificates_keys_and_reissues():
    """A credit bank links a learner's certificates by a salted id: the same for every certificate
    the centre issues to that learner, whatever key signed it; another learner or centre differs."""
    first = build(tier_achievement(), SELF, "K7M3-9QXT-2FHD", "did:jwk:a")
    again = build(progress_achievement(), VALIDATED, "AAAA-BBBB-CCCC", "did:jwk:b")
    ids = [(c["credentialSubject"]["id"], c["credentialSubject"]["identifier"][1]) for c in (first, again)]
    assert ids[0] == ids[1]
    other_centre = cred.build(
        cred.CredentialInput(
            "K7M3-9QXT-2FHD",
            replace(ISSUER, code="SH-009"),
            "did:jwk:a",
            LEARNER,
            tier_achievement(),
            SELF,
            ISSUED,
        )
    )
    assert other_centre["credentialSubject"]["identifier"][1] != ids[0][1]
    other_learner = cred.build(
        cred.CredentialInput(
            "K7M3-9QXT-2FHD",
            ISSUER,
            "did:jwk:a",
            replace(LEARNER, id="another"),
            tier_achievement(),
            SELF,
            ISSUED,
        )
    )
    assert other_learner["credentialSubject"]["identifier"][1]["identityHash"] != ids[0][1]["identityHash"]


def test_a_progress_record_is_in_progress_with_levels_per_competence():
    c = build(progress_achievement(), SELF)
    subject = c["credentialSubject"]
    assert subject["achievement"]["achievementType"] == "ext:ProgressRecord"
    assert any(r.get("status") == "InProgress" for r in subject["result"])
    levels = {r["alignment"][0]["targetCode"]: r["value"] for r in subject["result"] if "alignment" in r}
    assert "0.1" not in levels and levels["4.2"] == "2"  # a DLGF code has no DigComp level


def test_the_credential_id_carries_the_printed_id_and_the_hash_ignores_layout():
    c = build(tier_achievement(), SELF)
    assert cred.certificate_id_of(c["id"]) == "K7M3-9QXT-2FHD"
    again = json.loads(json.dumps(c, indent=7, ensure_ascii=True))
    assert cred.credential_hash(again) == cred.credential_hash(c)
    again["credentialSubject"]["identifier"][0]["identityHash"] = "王秀"
    assert cred.credential_hash(again) != cred.credential_hash(c)


def _json_ld_problems(c) -> list[str]:
    """What a strict JSON-LD processor objects to, found with PyLD and the published contexts (read
    from ../shared/reference/ob3, offline): a member that expansion drops (no term for it), a type that
    no term defines (it becomes an IRI relative to the document) or one that only the VC context's
    catch-all ``@vocab`` (issuer-dependent) gives a meaning to."""
    from pyld import jsonld

    contexts = {
        "https://www.w3.org/ns/credentials/v2": "w3c_credentials_v2.jsonld",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": "ob_v3p0_context-3.0.3.json",
    }

    def loader(url, options=None):
        if url not in contexts:
            raise ValueError(f"offline: no local copy of {url}")
        document = json.loads((OB3 / "context" / contexts[url]).read_text(encoding="utf-8"))
        return {
            "contentType": "application/ld+json",
            "contextUrl": None,
            "documentUrl": url,
            "document": document,
        }

    options = {"documentLoader": loader, "base": "https://base.invalid/"}  # a relative IRI shows
    expanded = jsonld.expand(c, options)
    back = jsonld.compact(expanded, {"@context": c["@context"]}, options)

    def paths(x, at=""):
        found = set()
        if isinstance(x, dict):
            for k, v in x.items():
                if k != "@context":
                    found |= {f"{at}/{k}"} | paths(v, f"{at}/{k}")
        elif isinstance(x, list):
            for item in x:
                found |= paths(item, at)
        return found

    def vague(x) -> list[str]:
        loose = "https://www.w3.org/ns/credentials/issuer-dependent#"
        out = []
        if isinstance(x, dict):
            for k, v in x.items():
                types = (v if isinstance(v, list) else [v]) if k == "@type" else []
                out += [k] * k.startswith(loose) + [
                    t for t in types if t.startswith((loose, "https://base.invalid/"))
                ]
                out += vague(v)
        elif isinstance(x, list):
            for item in x:
                out += vague(item)
        return out

    return sorted(f"dropped {p}" for p in paths(c) - paths(back)) + [
        f"undefined {t}" for t in vague(expanded)
    ]


def test_a_strict_json_ld_processor_finds_every_term_defined():
    pytest.importorskip("pyld")
    for c in (
        build(tier_achievement(), replace(VALIDATED, show_note=True), recognition=FRAMEWORK),
        build(progress_achievement(), SELF),
    ):
        assert _json_ld_problems(c) == []
    old = build(tier_achievement(), SELF)  # the controls: what was there before, and a made-up member
    old["credentialSchema"][0]["type"] = "1EdTechJsonSchemaValidator2019"
    old["credentialSubject"]["madeUp"] = "x"
    assert _json_ld_problems(old) == [
        "dropped /credentialSubject/madeUp",
        "undefined https://base.invalid/1EdTechJsonSchemaValidator2019",  # no term: a relative IRI
    ]
