"""Update i18n/*.ts from the source (pyside6-lupdate) and compile them to .qm (pyside6-lrelease).

Run after changing any user-visible string:  make translations
Then translate the new entries (Qt Linguist: pyside6-linguist i18n/trainer_zh_CN.ts) and run it again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("zh_CN", "en")


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "trainer").rglob("*.py"))


def update(ts_files: list[Path]) -> None:
    subprocess.run(
        [tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", *map(str, ts_files)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def main() -> int:
    ts_files = [ROOT / "i18n" / f"trainer_{lang}.ts" for lang in LANGUAGES]
    update(ts_files)
    for ts in ts_files:
        release(ts, ts.with_suffix(".qm"))
        print(f"updated {ts.relative_to(ROOT)} and its .qm")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
