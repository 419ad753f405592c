"""Fixtures of the fault-injection suite: the compiled shim, the fork server, a database to copy."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import Zygote, build_shim, make_home  # noqa: E402


@pytest.fixture(scope="session")
def shim(tmp_path_factory) -> Path:
    if not sys.platform.startswith("linux"):
        pytest.skip("the fault shim is an LD_PRELOAD library (Linux)")
    return build_shim(tmp_path_factory.getbasetemp())


@pytest.fixture(scope="session")
def zygote(shim) -> Iterator[Zygote]:
    server = Zygote(shim)
    yield server
    server.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    return make_home(tmp_path_factory.mktemp("template") / "home")
