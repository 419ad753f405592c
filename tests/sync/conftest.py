from __future__ import annotations

import pytest
from pg import Cluster


@pytest.fixture(scope="session")
def pg():
    """One PostgreSQL server for the whole test session (each test gets its own hub database)."""
    cluster = Cluster().init()
    yield cluster
    cluster.destroy()


@pytest.fixture
def hub_url(pg) -> str:
    return pg.new_hub()
