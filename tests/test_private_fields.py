"""No module reads another object's private fields (``obj._name``): what an object keeps to itself may
change without notice. Issue 16 found the tutor controller and the main window reading a screen's
``_mode``, ``_name`` and ``_tutor``; each is now a public property or method."""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "trainer"
# the tuple API of NamedTuples and a few of the standard library's own underscored names
PUBLIC_BY_CONVENTION = {"_replace", "_asdict", "_fields", "_make", "_exit", "_getframe", "_SubParsersAction"}
# third-party internals, used on purpose where the library gives no other way (each says why where used)
ALLOWED = {
    ("services/speech/engines.py", "_moduleInitialized"),  # pyttsx3's espeak driver: initialise once
    ("services/speech/engines.py", "_defaultVoice"),
    ("services/speech/engines.py", "_driver"),
}


def private_reads(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load)):
            continue
        name = node.attr
        if not name.startswith("_") or name.startswith("__") or name in PUBLIC_BY_CONVENTION:
            continue
        if isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
            continue
        if isinstance(node.value, ast.Call) and getattr(node.value.func, "id", "") == "super":
            continue  # an overridden method calling its own base
        found.append((node.lineno, name))
    return found


def test_no_module_reads_another_objects_private_fields():
    bad = []
    for path in sorted(PKG.rglob("*.py")):
        where = str(path.relative_to(PKG))
        bad += [
            f"{where}:{line}: .{name}" for line, name in private_reads(path) if (where, name) not in ALLOWED
        ]
    assert not bad, "private fields read from outside:\n" + "\n".join(bad)


def test_the_check_sees_a_private_read(tmp_path):
    module = tmp_path / "m.py"
    module.write_text(
        "def f(screen, row, self=None):\n"
        "    screen._mode\n"
        "    row._replace(a=1)\n"
        "    self._own\n"
        "    screen._cache = 1\n"
    )
    assert private_reads(module) == [(2, "_mode")]
