"""Column helpers shared by the SQLModel table modules: UTC text times, text ids, learner links."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Text
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field

from trainer.storage import clock


class UtcText(TypeDecorator[datetime]):
    """An aware datetime stored as UTC ISO-8601 text (see ``clock.to_text``)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> str | None:
        return None if value is None else clock.to_text(value)

    def process_result_value(self, value: str | None, dialect: Any) -> datetime | None:
        return clock.from_text(value)


def text(**kw: Any) -> Any:
    return Field(sa_type=Text, **kw)


def when(**kw: Any) -> Any:
    return Field(sa_type=UtcText, **kw)


def learner_fk(ondelete: str = "CASCADE", **kw: Any) -> Any:
    return Field(sa_type=Text, foreign_key="learner.id", ondelete=ondelete, **kw)
