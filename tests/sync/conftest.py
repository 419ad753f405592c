from __future__ import annotations

import pytest
from pg import Cluster

from tests.ui.conftest import app_window  # noqa: F401 - the real window, for the sharing screen's tests


@pytest.fixture(scope="session")
def pg():
    """One PostgreSQL server for the whole test session (each test gets its own hub database)."""
    cluster = Cluster().init()
    yield cluster
    cluster.destroy()


@pytest.fixture
def hub_url(pg) -> str:
    return pg.new_hub()
