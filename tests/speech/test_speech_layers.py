"""Speech keeps to its layers: the domain has no Qt; services use QtCore only, never QtWidgets;
the modules the command line and the worker load do not import Qt at all."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "trainer"
PACKAGE = ROOT / "services" / "speech"
NO_QT = {
    "worker.py",
    "engines.py",
    "client.py",
    "cache.py",
    "synth.py",
    "messages.py",
    "speaker.py",
    "play.py",
}


def imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_domain_is_plain():
    found = imports(ROOT / "domain" / "speech.py")
    assert not any(n.startswith(("PySide6", "trainer.services", "trainer.ui")) for n in found)


def test_services_never_import_widgets_and_the_engine_side_has_no_qt():
    files = sorted(PACKAGE.glob("*.py"))
    assert {f.name for f in files} >= NO_QT
    for f in files:
        found = imports(f)
        assert not any("QtWidgets" in n or n.startswith("trainer.ui") for n in found), f.name
        if f.name in NO_QT:
            assert not any(n.startswith("PySide6") for n in found), f.name
    assert not any(n.startswith("PySide6") for n in imports(ROOT / "cli" / "speech.py"))


def test_modules_stay_small():
    for f in [*PACKAGE.glob("*.py"), ROOT / "domain" / "speech.py", ROOT / "cli" / "speech.py"]:
        assert len(f.read_text("utf-8").splitlines()) < 300, f.name
