"""The storage layer's place in the layers: it may use the domain, never Qt, the UI or the services;
and the start-up modules never import SQLAlchemy at module level (checked statically here, and at run
time in test_db_open.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import trainer.storage

STORAGE = Path(trainer.storage.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "trainer.ui", "trainer.services", "trainer.content", "trainer.app")
# modules the app runs before the first screen: opening, checking, migrating, backups, the tiles
START_UP = {
    "db",
    "connection",
    "migrate",
    "backup",
    "integrity",
    "tiles",
    "clock",
    "errors",
    "records",
    "files",
    "aside",
    "verdict",
    "backup_files",
}
HEAVY = ("sqlalchemy", "sqlmodel", "pydantic")


def _module_level_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in tree.body:  # module level only; imports inside functions are lazy on purpose
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]  # "from pkg import module"
    return names


def _all_imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_storage_never_imports_qt_ui_services_or_content():
    leaks = {
        str(path.relative_to(STORAGE)): bad
        for path in STORAGE.rglob("*.py")
        if (bad := [n for n in _all_imports(path) if n.startswith(FORBIDDEN)])
    }
    assert leaks == {}


def test_start_up_modules_do_not_import_sqlalchemy_at_module_level():
    for name in START_UP:
        path = STORAGE / f"{name}.py"
        assert path.is_file(), name
        heavy = [n for n in _module_level_imports(path) if n.split(".")[0] in HEAVY]
        assert heavy == [], f"{name}.py imports {heavy}"
        storage_deps = {
            n.removeprefix("trainer.storage.").split(".")[0]
            for n in _module_level_imports(path)
            if n.startswith("trainer.storage.")
        }
        allowed = START_UP | {"migrations"}
        assert storage_deps <= allowed, f"{name}.py pulls in {storage_deps - allowed}"


def test_modules_stay_small():
    sizes = {
        str(p.relative_to(STORAGE)): len(p.read_text(encoding="utf-8").splitlines())
        for p in STORAGE.rglob("*.py")
    }
    assert {name: n for name, n in sizes.items() if n > 300} == {}
