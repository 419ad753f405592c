"""The layers depend in one direction only: ui -> services -> content, storage -> domain."""

from __future__ import annotations

import ast
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
NO_WIDGETS = {"domain", "content", "storage", "services"}


def imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def modules():
    for path in sorted(PKG.rglob("*.py")):
        parts = path.relative_to(PKG).parts
        if len(parts) > 1:
            yield parts[0], path


@pytest.mark.parametrize(("layer", "path"), list(modules()), ids=lambda v: str(v).split("trainer/")[-1])
def test_layer_direction(layer, path):
    bad = []
    for name in imports(path):
        if name.startswith("trainer."):
            target = name.split(".")[1]
            if target not in ALLOWED.get(layer, set()) and target != "__init__":
                bad.append(name)
        if layer in NO_QT and name.startswith("PySide6"):
            bad.append(name)
        if layer in NO_WIDGETS and name.startswith("PySide6.QtWidgets"):  # QtGui is fine: PDFs
            bad.append(name)
    assert not bad, f"{layer} must not import {bad}"


def test_checker_catches_a_leak(tmp_path):
    leak = tmp_path / "leak.py"
    leak.write_text("from trainer.ui.theme import Theme\nimport PySide6.QtWidgets\n")
    assert "trainer.ui.theme" in imports(leak) and "PySide6.QtWidgets" in imports(leak)
