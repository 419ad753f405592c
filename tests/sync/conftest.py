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


@pytest.fixture
def made(tmp_path):
    """``made(kind, name, centre=None)``: a PC of a test module's kind in its own folder; every PC made
    is closed after the test."""
    pcs = []

    def make(kind, name, centre=None):
        pc = kind(tmp_path / name, centre)
        pcs.append(pc)
        return pc

    yield make
    for pc in pcs:
        pc.db.close()
