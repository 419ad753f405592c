"""lessons/TIERS.md is generated from the lesson data (issue 21): the shipped file matches the data,
and the generator really follows the data (a changed lesson changes the file)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from trainer.content.loader import load_packs
from trainer.content.tiers_doc import render

LESSONS = Path(__file__).resolve().parents[2] / "lessons"


def _render(root: Path) -> str:
    result = load_packs([root])
    assert not result.problems, [str(p) for p in result.problems]
    return render(result.catalogue, result.packs[0])


def test_the_shipped_tiers_md_is_what_the_lesson_data_says():
    shipped = (LESSONS / "TIERS.md").read_text(encoding="utf-8")
    assert shipped == _render(LESSONS), "lessons/TIERS.md is stale: run python scripts/tiers_md.py"


def test_the_hours_and_lessons_come_from_the_lessons(tmp_path):
    pack = tmp_path / "lessons"
    shutil.copytree(LESSONS, pack)
    before = _render(pack)
    toml = pack / "mouse-basics" / "lesson.toml"
    text = toml.read_text(encoding="utf-8")
    minutes = int(re.search(r"(?m)^estimated_minutes = (\d+)", text).group(1))
    toml.write_text(
        text.replace(f"estimated_minutes = {minutes}", f"estimated_minutes = {minutes + 60}"), "utf-8"
    )
    after = _render(pack)
    assert after != before
    row = next(line for line in after.splitlines() if "`mouse-basics`" in line and line.startswith("|"))
    assert f"| {minutes + 60} |" in row
    basic = [line for line in after.splitlines() if line.startswith("| Basic |")][0]
    old = [line for line in before.splitlines() if line.startswith("| Basic |")][0]
    assert basic != old  # the tier's hours moved by one hour


def test_a_lesson_for_one_language_counts_only_there():
    text = _render(LESSONS)
    row = next(line for line in text.splitlines() if "`pinyin-input`" in line and line.startswith("|"))
    assert row.rstrip().endswith("| zh_CN |")
    basic = [line for line in text.splitlines() if line.startswith("| Basic |")][0]
    cells = [c.strip() for c in basic.strip("|").split("|")]
    zh_lessons, en_lessons = int(cells[4]), int(cells[6])
    assert zh_lessons == en_lessons + 1
