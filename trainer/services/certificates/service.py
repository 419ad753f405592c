"""Issuing certificates: what the app's "certificate" buttons and ``trainer certificate issue`` call.

One issue writes four files, all named after the certificate id, into the data folder's
``certificates/<id>/`` (the centre's archive) and, when asked, into another folder too:

- ``<id>.pdf``: the printed certificate (A4, bilingual, QR code);
- ``<id>.json``: the Open Badges 3.0 OpenBadgeCredential;
- ``<id>.jwt``: the same credential signed as a VC-JWT (RS256);
- ``<id>.qr.txt``: the text inside the QR code.

and one row in the register (the ``certificate`` table). Rendering and signing take a fraction of a
second, but run this off the UI thread like any other file work.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from trainer.config import Paths
from trainer.domain.certificates import (
    KIND_TIER,
    SELF_STUDY,
    TUTOR_VALIDATED,
    Achievement,
    Assessment,
    CertificateRecord,
    Issuer,
    LearnerRef,
    eligible_tiers,
    new_certificate_id,
    progress_achievement,
    tier_achievement,
)
from trainer.services.certificates import credential as cred
from trainer.services.certificates import jws, status_list
from trainer.services.certificates.claims import claims_of
from trainer.services.certificates.encoding import pretty_json
from trainer.services.certificates.errors import InvalidValidation, UnknownCertificate, UnknownLearner
from trainer.services.certificates.keys import SigningKey
from trainer.services.certificates.qr import QrPayload, make_symbol
from trainer.services.certificates.register import Register, export


def assessment_from_sign_offs(achievement: Achievement, sign_offs: Iterable) -> Assessment:
    """A tier certificate is tutor-validated by the latest active sign-off of that tier. A progress
    record is, when every lesson on it is covered by an active sign-off of the lesson or its tier;
    then every tutor who signed is named, and the date is the latest sign-off."""
    active = [s for s in sign_offs if s.withdrawn_at is None]
    if achievement.kind == KIND_TIER:
        found = [s for s in active if s.tier == achievement.tier]
    else:
        found = []
        for lesson in achievement.lessons:
            cover = [s for s in active if s.lesson_id == lesson.id or s.tier == lesson.tier]
            if not cover:
                return Assessment(SELF_STUDY)
            found.append(max(cover, key=lambda s: s.created_at))
    if not found:
        return Assessment(SELF_STUDY)
    latest = max(found, key=lambda s: s.created_at)
    names = list(dict.fromkeys(s.tutor_name for s in sorted(found, key=lambda s: s.created_at)))
    note = latest.note if achievement.kind == KIND_TIER else None
    return Assessment(TUTOR_VALIDATED, "、".join(names), latest.created_at, note)


@dataclass(frozen=True)
class IssuedCertificate:
    record: CertificateRecord
    credential: dict
    jwt: str
    qr_text: str
    qr_version: int
    pdf: Path
    json: Path
    jwt_file: Path
    qr_file: Path
    copies: tuple[Path, ...] = ()  # the same files in the folder asked for
    text: tuple[str, ...] = ()  # every text printed on the PDF, in reading order (a preview can show it)

    @property
    def id(self) -> str:
        return self.record.id


class CertificateService:
    def __init__(self, db, paths: Paths, library=None) -> None:
        self._db = db
        self._paths = paths
        self._library = library  # a LessonLibrary; needed for achievement() and eligible()
        self._repo = None

    @property
    def repo(self):
        if self._repo is None:
            from trainer.storage.certificates import CertificateRepository

            self._repo = CertificateRepository(self._db)
        return self._repo

    @property
    def archive(self) -> Path:
        return self._paths.data / "certificates"

    # what the learner has earned ------------------------------------------------------------
    def _progress(self, learner_id: str):
        from trainer.storage.progress import LessonProgressRepository

        return LessonProgressRepository(self._db).all_for(learner_id)

    def _lessons(self, learner_id: str):
        """The tiers' lessons in the learner's language (a lesson written for Chinese learners only, such
        as typing pinyin, is not required of an English one); the placement check is never required."""
        from trainer.domain.placement import PLACEMENT_ID
        from trainer.storage.repositories import LearnerRepository

        learner = LearnerRepository(self._db).get(learner_id)
        catalogue = self._library.catalogue_for(learner.language if learner else None)
        return tuple(x for x in catalogue.lessons if x.id != PLACEMENT_ID)

    def eligible(self, learner_id: str) -> tuple[str, ...]:
        """Tiers the learner has mastered: offer these certificates (with congratulations)."""
        return eligible_tiers(self._lessons(learner_id), self._progress(learner_id))

    def achievement(self, learner_id: str, tier: str | None = None) -> Achievement:
        """The tier certificate's content, or (tier None) the progress record. Raises NotEligible."""
        from trainer.services.assessment_evidence import with_time_on_task

        lessons, progress = self._lessons(learner_id), self._progress(learner_id)
        made = tier_achievement(tier, lessons, progress) if tier else progress_achievement(lessons, progress)
        return with_time_on_task(self._db, learner_id, made)

    def learner(self, id_or_name: str) -> LearnerRef:
        """A learner by id, or by exact name (case-insensitive) when that name is unique."""
        from trainer.storage.repositories import LearnerRepository

        repo = LearnerRepository(self._db)
        found = repo.get(id_or_name)
        if found is not None:
            return LearnerRef(found.id, found.name)
        matches = [t for t in repo.list_tiles() if t.name.casefold() == id_or_name.strip().casefold()]
        if len(matches) != 1:
            raise UnknownLearner(id_or_name, len(matches))
        return LearnerRef(matches[0].id, matches[0].name)

    def centre(self) -> Issuer | None:
        """The centre from tutor setup (``TutorService.centre``), or None before setup."""
        from trainer.services.tutors import TutorService

        centre = TutorService(self._db).centre()
        return Issuer(centre.name, centre.place, centre.code) if centre else None

    def assessment(self, learner_id: str, achievement: Achievement) -> Assessment:
        """Tutor-validated when a tutor signed it off (tutor mode), else self-study; with how it was
        assessed and the tasks a tutor watched on the learner's own phone."""
        from trainer.services.assessment_evidence import with_methods
        from trainer.services.tutors import TutorService

        found = assessment_from_sign_offs(achievement, TutorService(self._db).sign_offs(learner_id))
        return with_methods(self._db, learner_id, achievement, found, self._lessons(learner_id))

    # issuing ----------------------------------------------------------------------------------
    def check_validation(
        self, assessment: Assessment, achievement: Achievement, issued_local: datetime
    ) -> None:
        """Raise InvalidValidation when the tutor validation names an unregistered tutor or a date
        after the day of issue or before the learning started."""
        if not assessment.validated:
            return
        from trainer.domain.certificate_checks import validation_problems
        from trainer.services.tutors import TutorService

        names = [t.name for t in TutorService(self._db).tutors(include_archived=True)]
        problems = validation_problems(assessment, achievement, issued_local, names)
        if problems:
            raise InvalidValidation(problems)

    def recognition(self, achievement: Achievement):
        """The framework level and credits the centre's setting gives this achievement (none unset)."""
        from trainer.services.certificates import recognition

        return recognition.for_achievement(recognition.load(self._paths), achievement)

    def issue(
        self,
        key: SigningKey,
        issuer: Issuer,
        learner: LearnerRef,
        achievement: Achievement,
        assessment: Assessment,
        out_dir: Path | None = None,
        issued_by: str | None = None,
        now: datetime | None = None,
    ) -> IssuedCertificate:
        from trainer.services.certificates.page import PrintedCertificate, render

        local = (now or datetime.now().astimezone()).replace(microsecond=0)
        if local.tzinfo is None:
            raise ValueError("now must be an aware datetime")
        self.check_validation(assessment, achievement, local)
        recognition = self.recognition(achievement)
        cert_id = new_certificate_id()
        lid = status_list.list_id(key.public)
        status = cred.StatusEntry(lid, status_list.free_index(self.repo.taken_indexes(lid)))
        c = cred.build(
            cred.CredentialInput(
                cert_id, issuer, key.public.did, learner, achievement, assessment, local, recognition, status
            )
        )
        digest = cred.credential_hash(c)
        token = jws.sign(cred.jwt_payload(c), key)
        facts = claims_of(
            cert_id, learner.name, achievement, assessment, issuer, local, recognition, status.index
        )
        qr_text = QrPayload(facts, digest).sign(key)
        symbol = make_symbol(qr_text)
        folder = self.archive / cert_id
        folder.mkdir(parents=True, exist_ok=True)
        files = [folder / f"{cert_id}{suffix}" for suffix in (".pdf", ".json", ".jwt", ".qr.txt")]
        printed = PrintedCertificate(
            facts, achievement, recognition, key.public.fingerprint, symbol, local, assessment.observed
        )
        text = tuple(render(printed, files[0]))
        files[1].write_text(pretty_json(c), encoding="utf-8")
        files[2].write_text(token + "\n", encoding="ascii")
        files[3].write_text(qr_text + "\n", encoding="utf-8")
        record = CertificateRecord(
            id=cert_id,
            learner_id=learner.id,
            learner_name=learner.name,
            kind=achievement.kind,
            tier=achievement.tier,
            issued_at=local,
            issued_by=issued_by or assessment.tutor_name or issuer.name,
            credential_hash=digest,
            status_list=status.list_id,
            status_index=status.index,
        )
        try:
            record = self.repo.add(record)
        except Exception:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        copies: tuple[Path, ...] = ()
        if out_dir is not None:
            Path(out_dir).mkdir(parents=True, exist_ok=True)
            copies = tuple(Path(shutil.copy2(f, Path(out_dir) / f.name)) for f in files)
        return IssuedCertificate(record, c, token, qr_text, symbol.version, *files, copies=copies, text=text)

    # the register -----------------------------------------------------------------------------
    def register(self) -> list[CertificateRecord]:
        return self.repo.all()

    def local_register(self) -> Register:
        return Register.of(self.repo.all())

    def export_register(self, out: Path, key: SigningKey, issuer: Issuer | None = None) -> Path:
        """Write the register (``.csv`` or ``.json``) and its signature (``<file>.jws``)."""
        about: dict[str, str] = {"did": key.public.did, "fingerprint": key.public.fingerprint}
        if issuer is not None:
            about.update(name=issuer.name, place=issuer.place, code=issuer.code)
        return export(self.repo.all(), out, key, about)

    def revoke(
        self, certificate_id: str, reason: str, now: datetime | None = None, by: str | None = None
    ) -> CertificateRecord:
        """Revoke (for good: a status list cannot take it back); revoking again keeps the first."""
        from trainer.storage.errors import NotFound

        if not reason.strip():
            raise ValueError("a revocation needs a reason")
        try:
            return self.repo.revoke(certificate_id.strip().upper(), reason.strip(), now, by)
        except NotFound as error:
            raise UnknownCertificate(certificate_id) from error

    def export_status_list(self, out: Path, key: SigningKey, now: datetime | None = None) -> tuple[Path, int]:
        """Write the signed status list of this key's certificates; returns the file and how many
        certificates it marks revoked."""
        revoked = self.repo.revoked_indexes(status_list.list_id(key.public))
        token = status_list.sign(key, revoked, now)
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(f".{out.name}.part")
        tmp.write_text(token + "\n", encoding="ascii")
        tmp.replace(out)
        return out, len(revoked)
