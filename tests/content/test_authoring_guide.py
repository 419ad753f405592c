"""The authoring guide's worked example is a valid lesson, and the guide covers every kind and type."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from content_helpers import BUILT_IN, SAMPLE, copy_sample

from trainer.content.steps import RESERVED_KINDS, STEP_KINDS
from trainer.content.validate import validate_roots
from trainer.domain.lessons import QUIZ_TYPES, QuizStep

GUIDE = BUILT_IN / "README.md"
EXAMPLE = re.compile(r"<!-- file: (?P<path>[^ ]+) -->\n```toml\n(?P<body>.*?)```", re.S)


def example_files() -> dict[str, str]:
    return {m["path"]: m["body"] for m in EXAMPLE.finditer(GUIDE.read_text(encoding="utf-8"))}


def test_the_worked_example_validates_beside_the_sample_lessons(tmp_path: Path):
    files = example_files()
    assert set(files) == {
        "shut-down/lesson.toml",
        "shut-down/strings/zh_CN.toml",
        "shut-down/strings/en.toml",
    }
    pack = copy_sample(tmp_path / "pack")
    for rel, body in files.items():
        (pack / rel).parent.mkdir(parents=True, exist_ok=True)
        (pack / rel).write_text(body, encoding="utf-8")
    report = validate_roots([pack])
    assert report.problems == ()
    lesson = report.result.catalogue.get("shut-down")
    assert lesson.prerequisites == ("mouse-basics",)
    assert {s.question for s in lesson.steps if isinstance(s, QuizStep)} == {"single", "truefalse"}


@pytest.mark.parametrize(
    "word", [*STEP_KINDS, *RESERVED_KINDS, *QUIZ_TYPES, "Why TOML", "trainer lessons add"]
)
def test_the_guide_covers(word: str):
    assert word in GUIDE.read_text(encoding="utf-8")


def test_every_sample_picture_renders(qapp):
    from PySide6.QtSvg import QSvgRenderer

    pictures = sorted(SAMPLE.glob("*/assets/*.svg"))
    assert len(pictures) == 2
    for svg in pictures:
        renderer = QSvgRenderer(str(svg))
        assert renderer.isValid(), svg
        assert renderer.defaultSize().width() > 100
