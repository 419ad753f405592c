from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from trainer.storage.db import Database

T0 = datetime(2024, 5, 6, 8, 0, tzinfo=UTC)


class FakeClock:
    """A clock the test moves by hand (lockouts are about minutes)."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def db(paths) -> Iterator[Database]:
    database = Database.open(paths)
    yield database
    database.close()


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()
