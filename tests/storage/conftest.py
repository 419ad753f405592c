from __future__ import annotations

from collections.abc import Iterator

import pytest

from trainer.storage.db import Database


@pytest.fixture
def db(paths) -> Iterator[Database]:
    database = Database.open(paths)
    yield database
    database.close()


@pytest.fixture
def learners(db):
    from trainer.storage.repositories import LearnerRepository

    return LearnerRepository(db)


@pytest.fixture
def attempts(db):
    from trainer.storage.repositories import AttemptRepository

    return AttemptRepository(db)


@pytest.fixture
def help_requests(db):
    from trainer.storage.repositories import HelpRequestRepository

    return HelpRequestRepository(db)
