"""Every function, method and class of the package is named somewhere besides its definition: in the
package, the tests, the scripts or the benchmarks. Issue 16 found seven that nothing called
(``status_of``, ``rename_tutor``, ``for_learner``...); code nobody calls still has to be read, kept
right and translated, and misleads the next reader about what the app does.

Names the framework calls by itself are left out: Qt's overrides (``paintEvent``: camelCase), dunders,
and functions registered by a decorator (SQLAlchemy's event listeners). Tables are found by SQLModel's
metadata, not by name."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "trainer"
READ = [PKG, ROOT / "tests", ROOT / "scripts", ROOT / "bench"]
PLAIN_DECORATORS = {
    "property",
    "staticmethod",
    "classmethod",
    "cached_property",
    "dataclass",
    "contextmanager",
}
# called by a library by their name (SQLAlchemy's TypeDecorator) or kept on purpose for another's branch
CALLED_BY_NAME = {
    "process_bind_param",
    "process_result_value",
    "finish_movement",  # (2026-12-04: used by i14's learner-screen redesign, not landed yet)
    "set_icon",  # (the same)
}


DEFINITION = re.compile(r"^\s*(?:async\s+def|def|class)\s+(\w+)")
DECORATOR = re.compile(r"^\s*@([\w.]+)")


def definitions(path: Path) -> list[tuple[int, str]]:
    """(line, name) of each function, method and class (read as text: parsing every module is slow)."""
    found = []
    decorators: list[str] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if m := DECORATOR.match(line):
            decorators.append(m.group(1).split(".")[-1])
            continue
        m = DEFINITION.match(line)
        if m is None:
            if line.strip() and not line.lstrip().startswith("#"):
                decorators = []
            continue
        name, registered = m.group(1), any(d not in PLAIN_DECORATORS for d in decorators)
        decorators = []
        if name.startswith("__") or name.startswith("test_") or re.search(r"[a-z][A-Z]", name):
            continue  # dunders, tests, Qt's camelCase overrides
        if registered or (line.lstrip().startswith("class") and name.endswith("Row")):
            continue  # registered by its decorator; an SQLModel table (found through the metadata)
        found.append((n, name))
    return found


def unused(paths: list[Path], texts: list[str]) -> list[str]:
    words = Counter(w for text in texts for w in re.findall(r"[A-Za-z_]\w*", text))
    return [
        f"{path.relative_to(ROOT)}:{line}: {name}"
        for path in paths
        for line, name in definitions(path)
        if words[name] <= 1 and name not in CALLED_BY_NAME
    ]


def test_every_definition_is_used_somewhere():
    texts = [p.read_text(encoding="utf-8") for d in READ for p in d.rglob("*.py")]
    texts.append((ROOT / "build_installer.py").read_text(encoding="utf-8"))
    bad = unused(sorted(PKG.rglob("*.py")), texts)
    assert not bad, "defined but never called or named:\n" + "\n".join(bad)


def test_the_check_sees_an_unused_function(tmp_path):
    module = tmp_path / "m.py"
    ROOT_TEXT = "def used():\n    pass\n\ndef forgotten():\n    pass\n\nclass Screen:\n    def paintEvent(self):\n        used()\n"
    module.write_text(ROOT_TEXT)
    found = [name for _, name in definitions(module)]
    assert found == ["used", "forgotten", "Screen"]
    words = Counter(re.findall(r"[A-Za-z_]\w*", ROOT_TEXT + "Screen()"))
    assert [n for _, n in definitions(module) if words[n] <= 1] == ["forgotten"]
