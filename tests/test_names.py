"""One name, one meaning: no two public classes of the package share a name, so "Screen" or "Text" in a
traceback, a review or a search names one thing (issue 16 found four such collisions across layers)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "trainer"


def public_classes(root: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for path in sorted(root.rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                found[node.name].append(str(path.relative_to(root.parent)))
    return found


def test_no_two_public_classes_share_a_name():
    twice = {name: where for name, where in public_classes(PKG).items() if len(where) > 1}
    assert not twice, f"one name, two classes: {twice}"


def test_the_check_sees_a_collision(tmp_path):
    pkg = tmp_path / "trainer"
    (pkg / "ui").mkdir(parents=True)
    (pkg / "domain").mkdir()
    (pkg / "ui" / "a.py").write_text("class Text:\n    pass\n")
    (pkg / "domain" / "b.py").write_text("class Text:\n    pass\nclass _Private:\n    pass\n")
    (pkg / "domain" / "c.py").write_text("class _Private:\n    pass\n")
    found = public_classes(pkg)
    assert len(found["Text"]) == 2 and "_Private" not in found
