"""Set each lesson's estimated_minutes from the pacing model (trainer/domain/pacing.py), for
``trainer lessons validate``'s warning "N is far from the M minutes a first-time learner over 70 needs".

    /work/main/.venv/bin/python scripts/pace_minutes.py [PACK_FOLDER ...]   (default: lessons/)
    ... --all      set every lesson to the model's minutes, not only those far from it
    ... --check    only list the lessons that would change (exit 1 if any)

Only the ``estimated_minutes = N`` line of a lesson.toml changes. Run scripts/tiers_md.py afterwards.
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
from trainer.content.validate import lesson_model_minutes  # noqa: E402
from trainer.domain.pacing import off_pace, planned  # noqa: E402
from trainer.domain.placement import PLACEMENT_ID  # noqa: E402

LINE = re.compile(r"(?m)^estimated_minutes\s*=\s*\d+")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packs", nargs="*", type=Path, default=[ROOT / "lessons"])
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    result = load_packs(args.packs)
    changed = 0
    for lesson in result.lessons:
        if lesson.id == PLACEMENT_ID:
            continue
        model = lesson_model_minutes(lesson)
        want = planned(model)
        if want == lesson.minutes or not (args.all or off_pace(lesson.minutes, model)):
            continue
        changed += 1
        print(f"{lesson.id}: {lesson.minutes} -> {want} (model {model:.1f})")
        if not args.check:
            file = lesson.folder / LESSON_FILE
            text = file.read_text(encoding="utf-8")
            file.write_text(LINE.sub(f"estimated_minutes = {want}", text, count=1), encoding="utf-8")
    print(f"{changed} lesson(s) {'would change' if args.check else 'changed'}.")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
