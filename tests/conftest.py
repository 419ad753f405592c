from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# the same guard the app installs at start-up (see trainer/services/qt_guard.py)
from trainer.services.qt_guard import make_none_immortal  # noqa: E402

make_none_immortal()

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def trainer_home(tmp_path, monkeypatch) -> Path:
    """Every test gets its own data folder: tests never touch the real one."""
    home = tmp_path / "home"
    monkeypatch.setenv("TRAINER_HOME", str(home))
    return home


@pytest.fixture
def paths(trainer_home):
    from trainer.config import resolve_paths

    return resolve_paths()
