"""Write lessons/TIERS.md from the lesson data (pack.toml and every lesson.toml), so it is never stale.

    /work/main/.venv/bin/python scripts/tiers_md.py [PACK_FOLDER]       (default: lessons/)
    ... --check    only say whether the file differs from the data (exit 1 if it does)

tests/content/test_tiers_doc.py fails when the shipped TIERS.md differs from what this writes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trainer.content.loader import load_packs  # noqa: E402
from trainer.content.tiers_doc import render  # noqa: E402

FILE = "TIERS.md"


def expected(pack_root: Path) -> str:
    result = load_packs([pack_root])
    if result.problems:
        raise SystemExit(
            "the pack has problems; run trainer lessons validate first:\n" + str(result.problems[0])
        )
    return render(result.catalogue, result.packs[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pack", nargs="?", type=Path, default=ROOT / "lessons")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = expected(args.pack)
    target = args.pack / FILE
    current = target.read_text(encoding="utf-8") if target.exists() else ""
    if args.check:
        print(f"{target}: {'up to date' if current == text else 'differs from the lesson data'}")
        return 0 if current == text else 1
    if current != text:
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}")
    else:
        print(f"{target} is up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
