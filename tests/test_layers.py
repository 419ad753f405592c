"""The layers depend in one direction only: ui -> services -> content, storage -> domain."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "trainer"

# what each layer may import from the trainer package
ALLOWED = {
    "domain": {"domain"},
    "content": {"domain", "content", "config"},
    "storage": {"domain", "storage", "config"},
    "services": {"domain", "content", "storage", "services", "config"},
    "ui": {"domain", "content", "storage", "services", "ui", "config"},
    "cli": {"domain", "content", "storage", "services", "cli", "config", "app"},
}
NO_QT = {"domain", "content", "storage"}
# the screens reach the data only through services; of storage they know only the typed errors
UI_MAY_USE_OF_STORAGE = {"trainer.storage.errors"}
NO_WIDGETS = {"domain", "content", "storage", "services"}


def imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            if node.module in ("trainer.storage", "trainer.services"):  # from trainer.storage import x
                names += [f"{node.module}.{a.name}" for a in node.names]
            if node.module == "trainer":  # from trainer import storage: the whole layer
                names += [f"trainer.{a.name}.*" for a in node.names if not a.name.startswith("__")]
        elif isinstance(node, ast.ImportFrom) and node.level:  # relative: the layer cannot be told apart
            names.append("." * node.level + (node.module or ""))
    return names


def modules():
    for path in sorted(PKG.rglob("*.py")):
        parts = path.relative_to(PKG).parts
        if len(parts) > 1:
            yield parts[0], path


def leaks(layer: str, names: list[str]) -> list[str]:
    """What of ``names`` (imported by a module of ``layer``) breaks the rules."""
    bad = []
    for name in names:
        if name.startswith("."):
            bad.append(name)  # (the package imports absolutely, so that this check sees every import)
        elif name.startswith("trainer."):
            target = name.split(".")[1]
            if target not in ALLOWED.get(layer, set()) and target != "__init__":
                bad.append(name)
        # (``trainer.storage`` itself is named by ``from trainer.storage import x``: x is checked)
        if layer == "ui" and name.startswith("trainer.storage.") and name not in UI_MAY_USE_OF_STORAGE:
            bad.append(name)
        if layer in NO_QT and name.startswith("PySide6"):
            bad.append(name)
        if layer in NO_WIDGETS and name.startswith("PySide6.QtWidgets"):  # QtGui is fine: PDFs
            bad.append(name)
    return bad


@pytest.mark.parametrize(("layer", "path"), list(modules()), ids=lambda v: str(v).split("trainer/")[-1])
def test_layer_direction(layer, path):
    bad = leaks(layer, imports(path))
    assert not bad, f"{layer} must not import {bad}"


def test_checker_catches_a_leak(tmp_path):
    leak = tmp_path / "leak.py"
    leak.write_text("from trainer.ui.theme import Theme\nimport PySide6.QtWidgets\nfrom ..ui import theme\n")
    assert "trainer.ui.theme" in imports(leak) and "PySide6.QtWidgets" in imports(leak)
    assert leaks("domain", imports(leak)) == [
        "trainer.ui.theme",
        "PySide6.QtWidgets",
        "PySide6.QtWidgets",
        "..ui",
    ]


def test_the_ui_may_name_only_the_storage_errors(tmp_path):
    screen = tmp_path / "screen.py"
    screen.write_text(
        "from trainer.storage.backup import backup_summary\n"
        "from trainer.storage import errors, db\n"
        "from trainer.storage.errors import NotFound\n"
        "from trainer import storage\n"
    )
    assert leaks("ui", imports(screen)) == [
        "trainer.storage.backup",
        "trainer.storage.db",
        "trainer.storage.*",
    ]
    assert leaks("services", imports(screen)) == []


SERVICE = re.compile(r"\b([A-Z]\w*(?:Service|Library))\(")


def services_made(path: Path) -> list[str]:
    return SERVICE.findall(path.read_text(encoding="utf-8"))


def test_the_screens_use_the_services_of_the_app_context():
    """Services are built once, in ``trainer.app.AppContext``; a screen that builds its own (issue 16:
    ``RosterService(ctx.db)`` in the tutor controller) holds a second copy of their state and of the
    database they were given, which a restore replaces under it."""
    made = {str(p.relative_to(PKG)): services_made(p) for p in sorted((PKG / "ui").rglob("*.py"))}
    assert not {where: names for where, names in made.items() if names}


def test_the_check_sees_a_service_made_in_a_screen(tmp_path):
    screen = tmp_path / "screen.py"
    screen.write_text(
        "roster = RosterService(self.ctx.db)\nvoices = VoiceLibrary(root)\nself.ctx.roster.x()\n"
    )
    assert services_made(screen) == ["RosterService", "VoiceLibrary"]
