from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from content_helpers import copy_sample


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """A copy of the built-in sample pack that a test may break."""
    return copy_sample(tmp_path / "pack")


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str]]:
    """Run ``trainer ...`` in-process; returns (exit code, everything printed)."""
    from trainer.cli import main

    def run(*argv: str) -> tuple[int, str]:
        capsys.readouterr()
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out + captured.err

    return run
