"""Learner use cases for the sign-in screens and settings: create, list, sign in, comfort settings."""

from __future__ import annotations

from typing import NamedTuple

from trainer.domain.learner import (
    AVATARS,
    COLOURS,
    LANGUAGES,
    Learner,
    LearnerSettings,
    clean_name,
    name_problem,
    valid_pin,
)


class NameNotAccepted(ValueError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class LearnerTile(NamedTuple):  # (not a dataclass: see trainer.domain.learner)
    id: str
    name: str
    avatar: str
    colour: str
    has_pin: bool


def colour_for(avatar: str) -> str:
    return COLOURS[AVATARS.index(avatar) % len(COLOURS)] if avatar in AVATARS else COLOURS[0]


class LearnerService:
    def __init__(self, db) -> None:
        self._db = db
        self._repo = None

    @property
    def repo(self):
        if self._repo is None:  # SQLModel is imported only when first needed (start-up speed)
            from trainer.storage.repositories import LearnerRepository

            self._repo = LearnerRepository(self._db)
        return self._repo

    def tiles(self) -> list[LearnerTile]:
        """The sign-in screen's tiles. Fast path: plain sqlite3, no ORM import."""
        return [LearnerTile(t.id, t.name, t.avatar, t.colour, t.has_pin) for t in self._db.list_tiles()]

    def create(self, name: str, avatar: str, language: str) -> Learner:
        problem = name_problem(name)
        if problem:
            raise NameNotAccepted(problem)
        if avatar not in AVATARS:
            avatar = AVATARS[0]
        if language not in LANGUAGES:
            language = "en"
        return self.repo.create(clean_name(name), avatar, colour_for(avatar), language)

    def get(self, learner_id: str) -> Learner | None:
        return self.repo.get(learner_id)

    def try_pin(self, learner_id: str, pin: str, now=None):
        """A learner's PIN try, behind a gentle, growing wait (``domain.pin_wait``): ``PinAccepted``,
        ``PinWrong(wait_until)`` or ``PinWait(until)`` (not checked). The try is counted before the
        PIN is hashed, in one transaction, so tries at the same moment cannot slip past the wait."""
        from trainer.domain.pin_wait import PinAccepted, PinWait, PinWrong, waiting_until
        from trainer.domain.pins import check_pin  # hashlib loads OpenSSL: not at start-up
        from trainer.storage import clock

        now = now or clock.utcnow()
        stored = self.repo.pin_hash(learner_id)
        if stored is None:
            return PinAccepted()
        allowed, state = self.guards.claim(learner_id, now)
        if not allowed:
            return PinWait(waiting_until(state, now) or now)
        if check_pin(pin, stored):
            self.guards.clear(learner_id)
            return PinAccepted()
        return PinWrong(waiting_until(state, now))

    def check_pin(self, learner_id: str, pin: str) -> bool:
        """True for a right PIN (a try behind the wait; see ``try_pin``)."""
        from trainer.domain.pin_wait import PinAccepted

        return isinstance(self.try_pin(learner_id, pin), PinAccepted)

    def pin_wait(self, learner_id: str, now=None):
        """Until when this learner's next PIN try must wait (UTC), or None."""
        from trainer.domain.pin_wait import waiting_until
        from trainer.storage import clock

        return waiting_until(self.guards.state(learner_id), now or clock.utcnow())

    def reset_pin_wait(self, learner_id: str) -> None:
        """A tutor lifts the wait (the learner forgot their PIN, or a child played with the pad)."""
        self.guards.clear(learner_id)

    @property
    def guards(self):
        from trainer.storage.pin_guard import LearnerPinGuards

        return LearnerPinGuards(self._db)

    def set_pin(self, learner_id: str, pin: str | None) -> None:
        if pin is not None and not valid_pin(pin):
            raise ValueError("a PIN has 4 digits")
        from trainer.domain.pins import hash_pin

        self.repo.set_pin(learner_id, hash_pin(pin) if pin else None)
        self.guards.clear(learner_id)

    def sign_in(self, learner_id: str) -> tuple[Learner, LearnerSettings]:
        self.repo.touch(learner_id)
        learner = self.repo.get(learner_id)
        return learner, self.repo.settings(learner_id).normalised()

    def save_settings(self, learner_id: str, settings: LearnerSettings) -> None:
        self.repo.save_settings(learner_id, settings.normalised())

    def set_language(self, learner_id: str, language: str) -> None:
        self.repo.update(learner_id, language=language)

    def has_pin(self, learner_id: str) -> bool:
        return self.repo.pin_hash(learner_id) is not None
