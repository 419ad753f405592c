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


# scripts/test.sh spreads the tests over one worker per core (pytest-xdist, --dist loadgroup). A test
# file goes whole to one worker (its module and session set-ups, such as the built installer, are made
# once), except these walks over every screen, whose cases are long and independent: each case is a
# group of its own, so the two workers share them.
SPREAD = ("test_curriculum_screens.py", "test_new_lesson_screens.py", "test_accessibility.py")
# ... and they start first, with the installer's build, so that no long case is left for the end
FIRST = (*SPREAD, "test_bundle.py")


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook reads the groups
def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.path.name in SPREAD and item.get_closest_marker("xdist_group") is None:
            item.add_marker(pytest.mark.xdist_group(item.nodeid))
    items.sort(key=lambda item: item.path.name not in FIRST)  # (a stable sort: the rest keep their order)


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp):
    """A QApplication before any test, as the app has: a test that paints a PDF first would otherwise
    make the process's one Qt application a QGuiApplication (services.pdf.ensure_gui), and every window a
    later test in the same process makes would abort. Test order differs between runs and workers."""
    return qapp


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
