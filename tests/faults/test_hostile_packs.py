"""Hostile lesson packs: every one is refused whole by ``lessons validate`` and by ``lessons add``
alike, with a reason that names the file (never "please report this"), and nothing is installed.
Placeholders are a fixed set with no format spec: ``{name:>100000000}`` built an 830 MB string when
the step opened, ``{name:{name}}`` raised at run time."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from trainer.cli import main
from trainer.domain.lessons import LessonText, fill_placeholders, placeholders_in

pytestmark = pytest.mark.slow  # each case runs validate and add in-process, over the whole curriculum (4 s)

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "sample_pack"
EN = "centre-search-online/strings/en.toml"  # the sample's lessons get ids of their own first
LESSON = "centre-search-online/lesson.toml"


def _text(old: str, new: str, file: str = EN):
    def change(pack: Path) -> None:
        path = pack / file
        text = path.read_text(encoding="utf-8")
        assert old in text, (old, file)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return change


def _bytes(file: str, data: bytes):
    def change(pack: Path) -> None:
        (pack / file).write_bytes(data)

    return change


def _nested(pack: Path) -> None:
    with (pack / LESSON).open("a", encoding="utf-8") as f:
        f.write("\nextra = " + "[" * 5000 + "]" * 5000 + "\n")


def _same_pack_id(pack: Path) -> None:
    _own_id(pack, "digital-bridge")


def _own_id(pack: Path, pack_id: str = "centre-pack") -> None:
    path = pack / "pack.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('id = "digital-bridge"', f'id = "{pack_id}"'))


PLACEHOLDERS = {  # each in a text of its own: every one must be reported, each on its own line
    'title = "Looking things up online"': "{name:>100000000}",  # built an 830 MB string
    '"Search with a few key words"': "{name:{name}}",  # raised at run time
    '"Tell adverts from ordinary results"': "{name!r}",
    '"Judge whether something online can be trusted"': "{name.__class__}",
    "Want to know tomorrow's weather": "{name[0]}",
    "A search box with a magnifying glass": "{0}",
    "You don't need a whole sentence.": "{}",
    "Put the steps of an online search": "}",
}


def _all_placeholders(pack: Path) -> None:
    path = pack / EN
    text = path.read_text(encoding="utf-8")
    for anchor, bad in PLACEHOLDERS.items():
        assert anchor in text, anchor
        at = text.index(anchor) + (
            len('title = "') if anchor.startswith("title") else 1 if anchor[0] == '"' else 0
        )
        text = text[:at] + bad + " " + text[at:]
    path.write_text(text, encoding="utf-8")


HOSTILE = {
    "placeholders with format specs, conversions, indexes, nesting, lone braces": _all_placeholders,
    "strings not in UTF-8": _bytes(EN, 'title = "在网上查找"\n'.encode("gb18030")),
    "binary junk for a lesson": _bytes(LESSON, bytes(range(256)) * 8),
    "nesting 5,000 deep": _nested,
    "minutes as words": _text("estimated_minutes = ", 'estimated_minutes = "ten" # ', LESSON),
    "a number too big": _text(
        "estimated_minutes = ", "estimated_minutes = 99999999999999999999999 # ", LESSON
    ),
    "a mastery of infinity": _text("mastery = 0.8", "mastery = inf", LESSON),
    "steps as text": _text("[[steps]]", 'steps = "all of them"\n[[not_steps]]', LESSON),
    "the built-in pack's id": _same_pack_id,
}


@pytest.mark.timing
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_validate_and_add_refuse_the_same_hostile_pack(case, tmp_path, capsys, paths):
    pack = shutil.copytree(SAMPLE, tmp_path / "pack")
    if case != "the built-in pack's id":
        _own_id(pack)
        for lesson in ("mouse-basics", "search-online"):  # ids of its own, unlike the built-in lessons
            _rename_lesson(pack, lesson, f"centre-{lesson}")
    HOSTILE[case](pack)
    started = time.monotonic()
    assert main(["lessons", "validate", str(pack)]) == 1
    said_validate = capsys.readouterr().out
    assert main(["lessons", "add", str(pack)]) == 1
    said_add = capsys.readouterr().out
    assert time.monotonic() - started < 20
    for said in (said_validate, said_add):
        assert "report this" not in said and "Traceback" not in said, said
        assert str(pack) in said or "pack.toml" in said, said  # names the file
    assert "Nothing was installed" in said_add
    if case.startswith("placeholders"):
        for said in (said_validate, said_add):
            refused = [line for line in said.splitlines() if "brace that is not a placeholder" in line]
            assert len(refused) == len(PLACEHOLDERS), said
    assert not paths.local_lessons.exists() or [p for p in paths.local_lessons.iterdir()] == []


def _rename_lesson(pack: Path, old: str, new: str) -> None:
    (pack / old).rename(pack / new)
    for path in pack.rglob("*.toml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(f'"{old}"', f'"{new}"'), encoding="utf-8")


def test_the_same_pack_with_its_own_ids_is_accepted_by_both(tmp_path, capsys, paths):
    """The control: without the hostile change, validate says OK and add installs it."""
    pack = shutil.copytree(SAMPLE, tmp_path / "pack")
    _own_id(pack)
    for lesson in ("mouse-basics", "search-online"):
        _rename_lesson(pack, lesson, f"centre-{lesson}")
    assert main(["lessons", "validate", str(pack)]) == 0, capsys.readouterr().out
    assert main(["lessons", "add", str(pack)]) == 0, capsys.readouterr().out
    assert (paths.local_lessons / "centre-pack").is_dir()


@pytest.mark.parametrize(
    "text", ["{name:>100000000}", "{name:{name}}", "{name!r}", "{name.__class__}", "{0}"]
)
def test_a_text_that_slipped_through_is_shown_as_written_never_formatted(text):
    """A pack installed by an older version may hold such a text: it is never given to str.format."""
    with pytest.raises(ValueError):
        placeholders_in(text)
    shown = LessonText.of({"en": f"Hello {text}, {{name}} is {{{{literal}}}}"}).render("en", name="王秀英")
    assert shown.startswith("Hello {") and shown.endswith(", 王秀英 is {literal}") and len(shown) < 100
    assert fill_placeholders("{name}", {"name": "{name:>9}"}) == "{name:>9}"  # a name is not re-read
