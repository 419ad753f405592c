"""Tutor access: setting up the centre, tutors and their PINs, signing in with the lockout, and
signing off a learner's tier or lesson with a PIN.

PINs are hashed here (scrypt, ``domain.pins``) and never stored, logged or put in an exception.
Every wrong PIN counts against one shared guard; see ``domain.tutoring`` for the lockout rule.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from datetime import datetime

from trainer.domain.pins import check_pin, hash_pin
from trainer.domain.tutoring import (
    TUTOR_SCOPE,
    Centre,
    LockedOut,
    SignedIn,
    SignInResult,
    SignOff,
    Tutor,
    WrongPin,
    locked_until,
    tries_left,
    tutor_pin_problem,
)
from trainer.storage import clock

log = logging.getLogger(__name__)
PASSPHRASE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read out and typed by people


class PinNotAccepted(ValueError):
    """A new tutor PIN breaks a rule; ``reason`` is ``domain.tutoring.tutor_pin_problem``'s code."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def new_passphrase(groups: int = 5) -> str:
    """A passphrase for the centre's signing key, e.g. ``k7qm-3xfp-9hwt-c2vr-ab4d`` (about 98 bits)."""
    return "-".join("".join(secrets.choice(PASSPHRASE_ALPHABET) for _ in range(4)) for _ in range(groups))


def create_signing_key(data_paths, passphrase: str, replace: bool = False) -> bool:
    """Create the centre's signing key, sealed with ``passphrase`` (tutor set-up and ``trainer demo``);
    True once made. Raises what ``services.certificates.keys.create_signing_key`` raises."""
    from trainer.services.certificates.keys import create_signing_key as create  # (cryptography: slow)

    create(data_paths, passphrase, replace=replace)
    return True


class TutorService:
    def __init__(self, db, now: Callable[[], datetime] = clock.utcnow) -> None:
        from trainer.storage.tutors import TutorRepository  # SQLModel: only when tutor mode opens

        self._repo = TutorRepository(db)
        self._now = now

    # setting up ---------------------------------------------------------------------------------
    def is_set_up(self) -> bool:
        """True once the centre and a first tutor exist (first run of tutor mode shows setup)."""
        return self._repo.centre() is not None and bool(self._repo.list())

    def centre(self) -> Centre | None:
        return self._repo.centre()

    def set_up(
        self, centre_name: str, place: str, code: str, tutor_name: str, pin: str
    ) -> tuple[Centre, Tutor]:
        """The centre and its first tutor, in one transaction. Raises ``PinNotAccepted``, or the
        storage layer's ``InvalidValue`` (field ``centre_name``/``tutor_name``/``centre``)."""
        return self._repo.set_up(centre_name, place, code, tutor_name, _hashed(pin))

    def update_centre(self, name: str, place: str, code: str) -> Centre:
        return self._repo.update_centre(name, place, code)

    # tutors -------------------------------------------------------------------------------------
    def tutors(self, include_archived: bool = False) -> list[Tutor]:
        return self._repo.list(include_archived)

    def add_tutor(self, name: str, pin: str) -> Tutor:
        """Raises ``PinNotAccepted``, or ``InvalidValue`` (``tutor_name``: empty, too long, or
        ``taken`` by another tutor, retired ones too: two tutors of one name cannot be told apart)."""
        hashed = _hashed(pin)
        self._name_free(name)
        return self._repo.add(name, hashed)

    def add_tutor_as(self, tutor_id: str, pin: str, name: str, new_pin: str) -> Tutor | WrongPin | LockedOut:
        """A signed-in tutor adds another, confirming with their own ``pin`` (it counts like a
        sign-in: a wrong one adds nothing). Raises as ``add_tutor`` does, before the PIN is tried."""
        hashed = _hashed(new_pin)
        self._name_free(name)
        result = self.sign_in(tutor_id, pin)
        if not isinstance(result, SignedIn):
            return result
        added = self._repo.add(name, hashed)
        log.info("tutor %s added tutor %s", tutor_id, added.id)
        return added

    def rename_tutor(self, tutor_id: str, name: str) -> Tutor:
        self._name_free(name, but=tutor_id)
        return self._repo.rename(tutor_id, name)

    def _name_free(self, name: str, but: str = "") -> None:
        from trainer.domain.learner import clean_name
        from trainer.storage.errors import InvalidValue

        wanted = clean_name(name).casefold()
        if any(t.name.casefold() == wanted and t.id != but for t in self._repo.list(include_archived=True)):
            raise InvalidValue("tutor_name", "taken")

    def archive_tutor(self, tutor_id: str, archived: bool = True) -> None:
        """Archived tutors cannot sign in; their sign-offs stay. The last active one cannot go."""
        self._repo.archive(tutor_id, archived)

    def change_pin(self, tutor_id: str, old_pin: str, new_pin: str) -> SignInResult:
        """Check the old PIN (it counts like a sign-in), then store the new one."""
        problem = tutor_pin_problem(new_pin)
        if problem:
            raise PinNotAccepted(problem)
        result = self.sign_in(tutor_id, old_pin)
        if isinstance(result, SignedIn):
            self._repo.set_pin(tutor_id, hash_pin(new_pin))
        return result

    # signing in ---------------------------------------------------------------------------------
    def lock(self) -> LockedOut | None:
        """Whether tutor sign-in is locked right now (the PIN pad shows "try again at ...")."""
        until = locked_until(self._repo.guard(TUTOR_SCOPE), self._now())
        return LockedOut(until) if until else None

    def sign_in(self, tutor_id: str, pin: str) -> SignInResult:
        """Check a tutor's PIN against the shared guard. An unknown or archived tutor is simply a
        wrong PIN (the screen does not learn which tutors exist).

        The try is counted (as wrong) in the same transaction that checks the lock, before the PIN
        is hashed; a right PIN then clears the count. So simultaneous sign-ins cannot check more
        PINs than the lock allows (20 at once used to check all 20).
        """
        now = self._now()
        allowed, state = self._repo.claim_try(TUTOR_SCOPE, now)
        if not allowed:
            until = locked_until(state, now)
            return LockedOut(until) if until else WrongPin(tries_left(state, now))
        stored = self._repo.pin_hash(tutor_id)
        if stored is not None and check_pin(pin, stored):
            self._repo.record_success(TUTOR_SCOPE, now)
            tutor = self._repo.get(tutor_id)
            assert tutor is not None
            log.info("tutor %s signed in", tutor_id)
            return SignedIn(tutor)
        until = locked_until(state, now)
        log.warning("wrong tutor PIN (%d in a row)%s", state.failed_count, " - locked" if until else "")
        return LockedOut(until) if until else WrongPin(tries_left(state, now))

    # sign-off -----------------------------------------------------------------------------------
    def sign_off(
        self,
        tutor_id: str,
        pin: str,
        learner_id: str,
        *,
        tier: str | None = None,
        lesson_id: str | None = None,
        note: str | None = None,
    ) -> SignOff | WrongPin | LockedOut:
        """The tutor confirms with their PIN that they watched the learner do the practical tasks
        of ``tier`` (or of ``lesson_id``); kept with the tutor, the time and the note."""
        result = self.sign_in(tutor_id, pin)
        if not isinstance(result, SignedIn):
            return result
        made = self._repo.sign_off(learner_id, tutor_id, tier, lesson_id, note)
        log.info("tutor %s signed off %s for learner %s", tutor_id, tier or lesson_id, learner_id)
        return made

    def sign_offs(self, learner_id: str, include_withdrawn: bool = False) -> list[SignOff]:
        return self._repo.sign_offs(learner_id, include_withdrawn)

    def withdraw_sign_off(self, sign_off_id: str) -> SignOff:
        return self._repo.withdraw_sign_off(sign_off_id)


def _hashed(pin: str) -> str:
    problem = tutor_pin_problem(pin)
    if problem:
        raise PinNotAccepted(problem)
    return hash_pin(pin)
