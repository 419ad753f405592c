"""Ids and timestamps as stored: UUID4 text, and UTC ISO-8601 text that sorts in time order."""

from __future__ import annotations

from datetime import UTC, datetime


def new_id() -> str:
    import uuid  # imported when first needed: not on the start-up path

    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


def aware(moment: datetime) -> datetime:
    """``moment`` in UTC. Naive datetimes are refused: a local time taken for UTC would be hours off."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime; use an aware one (clock.utcnow())")
    return moment.astimezone(UTC)


def to_text(moment: datetime) -> str:
    """``2024-05-01T08:30:00.000000+00:00``: fixed width, so text order is time order."""
    return aware(moment).isoformat(timespec="microseconds")


def from_text(text: str | None) -> datetime | None:
    if text is None:
        return None
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def stamp(moment: datetime) -> str:
    """``20240501-083000`` (UTC), for file names."""
    return moment.astimezone(UTC).strftime("%Y%m%d-%H%M%S")


def from_stamp(text: str) -> datetime:
    return datetime.strptime(text, "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
