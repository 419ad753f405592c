"""``[[shown|spoken]]`` reading marks in lesson text: checked by the validator, never shown, kept for speech."""

from __future__ import annotations

from content_helpers import edit, lines, write_lesson, write_manifest

from trainer.content.loader import load_packs
from trainer.domain.speech import spoken_form


def _pack(tmp_path, zh_text: str, en_text: str = "Call [[96110|=phone]] if unsure."):
    root = write_manifest(tmp_path / "pack")
    folder = write_lesson(root, "marks")
    edit(folder / "strings/zh_CN.toml", 'text = "按下电源键，电脑就会开机。"', f'text = "{zh_text}"')
    edit(folder / "strings/en.toml", 'text = "Press the power button."', f'text = "{en_text}"')
    return root


def test_the_screen_gets_plain_text_and_the_speaker_gets_the_readings(tmp_path):
    root = _pack(tmp_path, "拿不准打 [[96110|=phone]]，这件 [[110|=number]] 元。")
    result = load_packs([root], deep=True)
    assert not result.problems and not result.skipped
    lesson = result.lessons[0]
    text = lesson.steps[0].text
    assert text.get("zh_CN") == "拿不准打 96110，这件 110 元。"
    assert text.get("en") == "Call 96110 if unsure."
    assert {(r.lang, r.shown, r.spoken) for r in lesson.readings} == {
        ("zh_CN", "96110", "=phone"),
        ("zh_CN", "110", "=number"),
        ("en", "96110", "=phone"),
    }
    said = spoken_form(text.get("zh_CN"), "zh_CN", lesson.readings).text
    assert said == "拿不准打 九六幺幺零，这件 一百一十 元。"


def test_the_validator_names_a_broken_mark_with_its_file_and_the_fix(tmp_path, cli):
    root = _pack(tmp_path, "拿不准打 [[96110|=fone]]。", "Call [[96110 now.")
    code, out = cli("lessons", "validate", str(root))
    assert code == 1
    found = lines(out)
    zh = next(line for line in found if "zh_CN.toml" in line)
    en = next(line for line in found if "en.toml" in line)
    assert "unknown rule =fone" in zh and "=phone" in zh
    assert "not closed" in en and "[[shown words|spoken words]]" in en


def test_the_length_limit_counts_what_is_shown_not_the_mark(tmp_path, cli):
    long_reading = "九" * 70
    root = _pack(tmp_path, f"打 [[96110|{long_reading}]]。")
    code, out = cli("lessons", "validate", str(root))
    assert code == 0, out
