"""The centre, its tutors, the sign-in guard and sign-offs. Each writing method is one transaction.

PINs arrive here already hashed (``domain.pins.hash_pin``); nothing in this module sees a PIN.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from trainer.domain.learner import clean_name, name_problem
from trainer.domain.tiers import TIERS
from trainer.domain.tutoring import Centre, GuardState, SignOff, Tutor, after_failure, locked_until
from trainer.storage import clock
from trainer.storage.db import Database
from trainer.storage.engine import read_session, write_session
from trainer.storage.errors import InvalidValue, NotFound
from trainer.storage.tables import LearnerRow, TutorRow
from trainer.storage.tutor_tables import CentreRow, SignInGuardRow, SignOffRow

NOTE_MAX = 500


class TutorRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # the centre ---------------------------------------------------------------------------------
    def centre(self) -> Centre | None:
        with read_session(self._db.engine) as session:
            row = session.exec(select(CentreRow).order_by(col(CentreRow.created_at))).first()
            return _centre(row) if row else None

    def set_up(
        self, name: str, place: str, code: str, tutor_name: str, pin_hash: str
    ) -> tuple[Centre, Tutor]:
        """The centre and its first tutor, together or not at all. ``InvalidValue("centre",
        "exists")`` when the centre was set up already (for example from another window)."""
        now = clock.utcnow()
        centre = CentreRow(
            id=clock.new_id(),
            name=_required("centre_name", name, 80),
            place=_optional_text(place, 80) or "",
            code=_optional_text(code, 40) or "",
            created_at=now,
        )
        tutor = _tutor_row(tutor_name, pin_hash, now)
        with write_session(self._db.engine) as session:
            if session.exec(select(CentreRow)).first() is not None:
                raise InvalidValue("centre", "exists")
            session.add(centre)
            session.add(tutor)
            return _centre(centre), _tutor(tutor)

    def update_centre(self, name: str, place: str, code: str) -> Centre:
        with write_session(self._db.engine) as session:
            row = session.exec(select(CentreRow)).first()
            if row is None:
                raise NotFound("centre", "")
            row.name = _required("centre_name", name, 80)
            row.place = _optional_text(place, 80) or ""
            row.code = _optional_text(code, 40) or ""
            session.add(row)
            return _centre(row)

    # tutors -------------------------------------------------------------------------------------
    def add(self, name: str, pin_hash: str) -> Tutor:
        row = _tutor_row(name, pin_hash, clock.utcnow())
        with write_session(self._db.engine) as session:
            session.add(row)
            return _tutor(row)

    def list(self, include_archived: bool = False) -> list[Tutor]:
        query = select(TutorRow).order_by(col(TutorRow.created_at), col(TutorRow.id))
        if not include_archived:
            query = query.where(col(TutorRow.archived_at).is_(None))
        with read_session(self._db.engine) as session:
            rows = list(session.exec(query))
            if not rows and not include_archived:
                rows = [r for r in [_last_archived(session)] if r is not None]
            return [_tutor(row) for row in rows]

    def get(self, tutor_id: str) -> Tutor | None:
        with read_session(self._db.engine) as session:
            row = session.get(TutorRow, tutor_id)
            return _tutor(row) if row else None

    def pin_hash(self, tutor_id: str) -> str | None:
        """The stored hash of an active tutor; None for an unknown or archived one."""
        with read_session(self._db.engine) as session:
            row = session.get(TutorRow, tutor_id)
            if row is None:
                return None
            if row.archived_at is None:
                return row.pin_hash
            active = session.exec(select(TutorRow).where(col(TutorRow.archived_at).is_(None))).first()
            last = None if active is not None else _last_archived(session)
            return row.pin_hash if last is not None and last.id == row.id else None

    def set_pin(self, tutor_id: str, pin_hash: str) -> None:
        with write_session(self._db.engine) as session:
            row = _tutor_row_of(session, tutor_id)
            row.pin_hash = pin_hash
            session.add(row)

    def rename(self, tutor_id: str, name: str) -> Tutor:
        with write_session(self._db.engine) as session:
            row = _tutor_row_of(session, tutor_id)
            row.name = _name("tutor_name", name)
            session.add(row)
            return _tutor(row)

    def archive(self, tutor_id: str, archived: bool = True) -> None:
        """Archive (or bring back) a tutor. The last active tutor cannot be archived."""
        with write_session(self._db.engine) as session:
            row = _tutor_row_of(session, tutor_id)
            if archived and row.archived_at is None:
                active = session.exec(select(TutorRow).where(col(TutorRow.archived_at).is_(None))).all()
                if len(active) <= 1:
                    raise InvalidValue("tutor", "last_active")
            row.archived_at = clock.utcnow() if archived else None
            session.add(row)

    # the sign-in guard --------------------------------------------------------------------------
    def guard(self, scope: str) -> GuardState:
        with read_session(self._db.engine) as session:
            row = session.get(SignInGuardRow, scope)
            return _guard(row)

    def claim_try(self, scope: str, now: datetime) -> tuple[bool, GuardState]:
        """The check-and-count of a PIN try, in one transaction, before any PIN is hashed: (False,
        state) when the scope is locked (nothing counted), else (True, state with this try counted
        as wrong, perhaps now locked). A right PIN then calls ``record_success``. Simultaneous tries
        queue on the write lock, so at most ``MAX_TRIES`` are ever checked before the lock."""
        with write_session(self._db.engine) as session:
            row = session.get(SignInGuardRow, scope)
            if locked_until(_guard(row), now) is not None:
                return False, _guard(row)
            state = after_failure(_guard(row), now)
            row = row or SignInGuardRow(scope=scope, failed_count=0, lockouts=0, updated_at=now)
            row.failed_count, row.lockouts, row.locked_until = (
                state.failed_count,
                state.lockouts,
                state.locked_until,
            )
            row.updated_at = now
            session.add(row)
            return True, state

    def record_success(self, scope: str, now: datetime) -> None:
        with write_session(self._db.engine) as session:
            row = session.get(SignInGuardRow, scope)
            if row is not None and (row.failed_count or row.lockouts or row.locked_until):
                row.failed_count, row.lockouts, row.locked_until, row.updated_at = 0, 0, None, now
                session.add(row)

    # sign-offs ----------------------------------------------------------------------------------
    def sign_off(
        self, learner_id: str, tutor_id: str, tier: str | None, lesson_id: str | None, note: str | None
    ) -> SignOff:
        if (tier is None) == (lesson_id is None):
            raise InvalidValue("sign_off", "tier_or_lesson")
        if tier is not None and tier not in TIERS:
            raise InvalidValue("tier", "unknown")
        with write_session(self._db.engine) as session:
            if session.get(LearnerRow, learner_id) is None:
                raise NotFound("learner", learner_id)
            tutor = _tutor_row_of(session, tutor_id)
            row = SignOffRow(
                id=clock.new_id(),
                learner_id=learner_id,
                tier=tier,
                lesson_id=lesson_id,
                tutor_id=tutor.id,
                tutor_name=tutor.name,
                note=_optional_text(note, NOTE_MAX),
                created_at=clock.utcnow(),
            )
            session.add(row)
            return _sign_off(row)

    def sign_offs(self, learner_id: str, include_withdrawn: bool = False) -> list[SignOff]:
        query = select(SignOffRow).where(col(SignOffRow.learner_id) == learner_id)
        if not include_withdrawn:
            query = query.where(col(SignOffRow.withdrawn_at).is_(None))
        query = query.order_by(col(SignOffRow.created_at), col(SignOffRow.id))
        with read_session(self._db.engine) as session:
            return [_sign_off(row) for row in session.exec(query)]

    def withdraw_sign_off(self, sign_off_id: str) -> SignOff:
        """Mark a sign-off made by mistake as withdrawn (kept, for the record)."""
        with write_session(self._db.engine) as session:
            row = session.get(SignOffRow, sign_off_id)
            if row is None:
                raise NotFound("sign_off", sign_off_id)
            if row.withdrawn_at is None:
                row.withdrawn_at = clock.utcnow()
                session.add(row)
            return _sign_off(row)


def _name(field: str, name: str) -> str:
    name = clean_name(name)
    problem = name_problem(name)
    if problem:
        raise InvalidValue(field, problem)
    return name


def _required(field: str, text: str, limit: int) -> str:
    cleaned = _optional_text(text, limit)
    if not cleaned:
        raise InvalidValue(field, "empty")
    return cleaned


def _optional_text(text: str | None, limit: int) -> str | None:
    if text is None:
        return None
    cleaned = " ".join(text.split())
    if len(cleaned) > limit:
        raise InvalidValue("text", "too_long")
    return cleaned or None


def _tutor_row(name: str, pin_hash: str, now: datetime) -> TutorRow:
    if not pin_hash.startswith("scrypt$"):  # a hash, never a PIN
        raise InvalidValue("pin_hash", "not_a_hash")
    return TutorRow(id=clock.new_id(), name=_name("tutor_name", name), pin_hash=pin_hash, created_at=now)


def _last_archived(session: Session) -> TutorRow | None:
    """When every tutor is archived (two PCs each archived one of the last two at the same time, and
    sync brought both archivings together), the one archived last can still sign in, so tutor mode
    is never closed to everyone; the same one on every PC, as the rule reads the shared rows."""
    query = select(TutorRow).order_by(col(TutorRow.archived_at).desc(), col(TutorRow.id))
    return session.exec(query).first()


def _tutor_row_of(session: Session, tutor_id: str) -> TutorRow:
    row = session.get(TutorRow, tutor_id)
    if row is None:
        raise NotFound("tutor", tutor_id)
    return row


def _centre(row: CentreRow) -> Centre:
    return Centre(row.id, row.name, row.place, row.code, row.created_at)


def _tutor(row: TutorRow) -> Tutor:
    return Tutor(row.id, row.name, row.created_at, row.archived_at)


def _guard(row: SignInGuardRow | None) -> GuardState:
    if row is None:
        return GuardState()
    return GuardState(row.failed_count, row.lockouts, row.locked_until)


def _sign_off(row: SignOffRow) -> SignOff:
    return SignOff(
        row.id,
        row.learner_id,
        row.tier,
        row.lesson_id,
        row.tutor_id,
        row.tutor_name,
        row.note,
        row.created_at,
        row.withdrawn_at,
    )
