"""Docstrings and comments name modules, functions, classes and files that exist: a rename or a move
that forgets a docstring fails here instead of misleading the next reader (issue 16 found docstrings
naming a test file that never existed and a "hook" for a module that had long arrived)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "trainer"
LAYERS = ("ui", "services", "content", "storage", "domain", "cli", "app", "config")
DOTTED = re.compile(r"``((?:trainer\.)?(?:" + "|".join(LAYERS) + r")(?:\.[A-Za-z_]\w*)+)(?:\(\))?``")
FILE = re.compile(r"\b((?:tests|bench|scripts|trainer|installer)/[\w/]+\.(?:py|md|toml|sh))\b")


def _module(parts: list[str]) -> tuple[Path | None, list[str]]:
    """The longest prefix of ``parts`` that is a module or package of the trainer, and the rest."""
    for i in range(len(parts), 0, -1):
        base = PKG.joinpath(*parts[:i])
        for candidate in (base.with_suffix(".py"), base / "__init__.py"):
            if candidate.is_file():
                return candidate, parts[i:]
    return None, parts


def _names(body: list[ast.stmt]) -> dict[str, ast.AST]:
    names: dict[str, ast.AST] = {}
    for node in body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] = node
        elif isinstance(node, ast.Assign):
            for target in node.targets:  # (``A, B = ...`` names A and B)
                for name in target.elts if isinstance(target, ast.Tuple) else [target]:
                    if isinstance(name, ast.Name):
                        names[name.id] = node
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] = node
        elif isinstance(node, ast.Import | ast.ImportFrom):
            for alias in node.names:
                names[(alias.asname or alias.name).split(".")[0]] = node
        elif isinstance(node, ast.If | ast.Try):  # names defined under `if TYPE_CHECKING:` and the like
            names.update(_names(node.body))
    return names


def resolves(reference: str) -> bool:
    parts = reference.removeprefix("trainer.").split(".")
    path, rest = _module(parts)
    if path is None:
        return False
    if not rest:
        return True
    names = _names(ast.parse(path.read_text(encoding="utf-8")).body)
    node = names.get(rest[0])
    if node is None:
        return (path.parent / rest[0]).is_dir() or (path.parent / f"{rest[0]}.py").is_file()
    if len(rest) > 1 and isinstance(node, ast.ClassDef):
        members = _names(node.body)
        inits = [n for n in node.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"]
        attributes = {
            t.attr
            for init in inits
            for n in ast.walk(init)
            if isinstance(n, ast.Assign | ast.AnnAssign)
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
            if isinstance(t, ast.Attribute)
        }
        return rest[1] in members or rest[1] in attributes
    return True


def references() -> list[tuple[str, int, str, str]]:
    found = []
    for path in sorted(PKG.rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = str(path.relative_to(ROOT))
            found += [(where, n, "name", m.group(1)) for m in DOTTED.finditer(line)]
            found += [(where, n, "file", m.group(1)) for m in FILE.finditer(line)]
    return found


def test_every_module_and_file_a_docstring_names_exists():
    missing = []
    for where, line, kind, ref in references():
        ok = (ROOT / ref).exists() if kind == "file" else ref.endswith(".py") or resolves(ref)
        if not ok:
            missing.append(f"{where}:{line}: {ref}")
    assert not missing, "named but not there:\n" + "\n".join(missing)


def test_the_check_finds_a_stale_name():
    assert resolves("domain.tutoring.Tutor") and resolves("trainer.storage.db.Database.open")
    assert resolves("storage.tables")
    assert not resolves("domain.tutoring.Teacher") and not resolves("storage.schema")
    assert not resolves("services.learners.LearnerService.no_such_method")
