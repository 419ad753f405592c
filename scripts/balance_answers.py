"""Spread the right answers of each lesson's quizzes over the positions, for ``trainer lessons validate``'s
warning "the right answer is the first choice in N of M questions".

    /work/main/.venv/bin/python scripts/balance_answers.py [PACK_FOLDER ...]   (default: lessons/)
    ... --check    only list the lessons that would change (exit 1 if any)

Only the ``choices = [...]`` line of a single or multiple question changes: labels and explanations are
keyed by choice id in the strings files, so each stays attached to its choice. True/false questions and
"order" questions are left as they are. Run ``trainer lessons validate`` afterwards.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trainer.content.loader import load_packs  # noqa: E402
from trainer.content.schema import LESSON_FILE  # noqa: E402
from trainer.domain.choice_order import balanced_orders, crowded_position  # noqa: E402

STEP = re.compile(r"^\[\[steps\]\]\s*(#.*)?$")
TABLE = re.compile(r"^\[")
ID = re.compile(r'^id\s*=\s*"([^"]+)"')
CHOICES = re.compile(r"^choices\s*=\s*\[[^\]]*\](\s*#.*)?$")


def rewrite(text: str, orders: dict[str, tuple[str, ...]]) -> str:
    """``text`` with the choices line of each step in ``orders`` written in the new order."""
    out, step, in_step = [], None, False
    for line in text.splitlines(keepends=True):
        bare = line.rstrip("\n")
        if STEP.match(bare):
            step, in_step = None, True
        elif TABLE.match(bare):
            in_step = False  # a sub-table ([[steps.screens]]) or anything else: not the step's own keys
        elif in_step and (m := ID.match(bare)) and step is None:
            step = m.group(1)
        elif in_step and step in orders and (m := CHOICES.match(bare)):
            comment = m.group(1) or ""
            listed = ", ".join(f'"{c}"' for c in orders[step])
            line = f"choices = [{listed}]{comment}\n"
        out.append(line)
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packs", nargs="*", type=Path, default=[ROOT / "lessons"])
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if a lesson would change"
    )
    args = parser.parse_args(argv)
    result = load_packs(args.packs)
    changed = 0
    for lesson in result.lessons:
        orders = balanced_orders(lesson)
        if not orders:
            continue
        changed += 1
        path = lesson.folder / LESSON_FILE
        print(f"{lesson.id}: " + "; ".join(f"{q} -> {', '.join(o)}" for q, o in orders.items()))
        if not args.check:
            path.write_text(rewrite(path.read_text(encoding="utf-8"), orders), encoding="utf-8")
    if not args.check and changed:
        after = load_packs(args.packs)
        still = [x.id for x in after.lessons if crowded_position(x) is not None]
        if still:
            print("still crowded (reorder by hand): " + ", ".join(still))
            return 1
    print(f"{changed} lesson(s) {'would change' if args.check else 'changed'}.")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
