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


# scripts/test.sh spreads the tests over one worker per core (pytest-xdist, --dist load: test by test).
# These long ones start first, so that none is left alone at the end while the other worker idles.
FIRST = (
    "test_curriculum_screens.py",
    "test_new_lesson_screens.py",
    "test_accessibility.py",
    "test_bundle.py",
)


def pytest_collection_modifyitems(config, items):
    items.sort(key=lambda item: item.path.name not in FIRST)  # (a stable sort: the rest keep their order)


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp):
    """A QApplication before any test, as the app has: a test that paints a PDF first would otherwise
    make the process's one Qt application a QGuiApplication (services.pdf.ensure_gui), and every window a
    later test in the same process makes would abort. Test order differs between runs and workers."""
    return qapp


@pytest.fixture(autouse=True)
def _delete_what_was_closed(_one_qapplication):
    """Widgets given up with deleteLater() (a test's window closed by pytest-qt, a replaced lesson step,
    old learner tiles) are deleted as the app's event loop would delete them. Tests only process events,
    which never does it: every window and screen of every earlier test stayed alive in the worker, and each
    later change of text size or theme restyled all of them (a test's set-up grew from 0.5 s to 40 s).
    Work a test left running (a tutor's dashboard still loading) finishes first, as a window waits for it
    before it closes: it never lands in the next test."""
    yield
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from trainer.ui import operations

    if operations.running():
        operations.wait_until_idle(20000)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


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
