"""Lessons and steps for one language only, and suggested paths through a pack (issue 21): what the
validator accepts and refuses, and what a learner in each language sees."""

from __future__ import annotations

from pathlib import Path

from content_helpers import edit, write_lesson, write_manifest

from trainer.content.loader import load_packs
from trainer.content.validate import validate_roots
from trainer.domain.curriculum import choose_path, in_language, next_lesson, path_order


def _pack(tmp_path: Path) -> Path:
    """keys -> pinyin (Chinese only) -> search; chat stands alone; search has a Chinese-only step."""
    root = write_manifest(tmp_path / "pack")
    write_lesson(root, "keys")
    pinyin = write_lesson(root, "pinyin", prerequisites=["keys"], languages=["zh_CN"])
    edit(pinyin / "lesson.toml", "prerequisites =", 'languages = ["zh_CN"]\nprerequisites =')
    search = write_lesson(root, "search", prerequisites=["pinyin"])
    with (search / "lesson.toml").open("a", encoding="utf-8") as f:
        f.write('\n[[steps]]\nid = "drill"\nkind = "read"\nlanguages = ["zh_CN"]\n')
    with (search / "strings" / "zh_CN.toml").open("a", encoding="utf-8") as f:
        f.write('\n[steps.drill]\ntext = "用拼音打“公交”。"\n')
    write_lesson(root, "chat")
    return root


def test_one_language_lessons_and_steps_load_and_each_learner_sees_their_own(tmp_path):
    root = _pack(tmp_path)
    result = load_packs([root], deep=True)
    assert result.problems == ()
    cat = result.catalogue
    assert cat.get("pinyin").languages == ("zh_CN",)
    assert cat.get("search").step_languages == (("drill", ("zh_CN",)),)
    zh, en = in_language(cat, "zh_CN"), in_language(cat, "en")
    assert [x.id for x in zh.lessons] == ["chat", "keys", "pinyin", "search"]
    assert en.get("pinyin") is None
    assert [s.id for s in zh.get("search").steps] == ["intro", "drill"]
    assert [s.id for s in en.get("search").steps] == ["intro"]
    # the English learner is asked for what the absent lesson asked for
    assert zh.get("search").prerequisites == ("pinyin",)
    assert en.get("search").prerequisites == ("keys",)


def test_texts_of_a_step_in_the_wrong_language_file_are_refused(tmp_path):
    root = _pack(tmp_path)
    with (root / "search" / "strings" / "en.toml").open("a", encoding="utf-8") as f:
        f.write('\n[steps.drill]\ntext = "Type bus in pinyin."\n')
    report = validate_roots([root], {root: "pack"})
    assert [str(p) for p in report.problems] == [
        'pack/search/strings/en.toml: step "drill": this step is only shown in zh_CN (its languages in '
        'lesson.toml), remove its texts from this file, or add "en" to the step\'s languages'
    ]


def test_a_strings_file_for_a_language_the_lesson_is_not_in_is_refused(tmp_path):
    root = _pack(tmp_path)
    (root / "pinyin" / "strings" / "en.toml").write_text('title = "Pinyin"\n', encoding="utf-8")
    report = validate_roots([root], {root: "pack"})
    assert [str(p) for p in report.problems] == [
        "pack/pinyin/strings/en.toml: this lesson is only in zh_CN (languages in lesson.toml), "
        'remove this file, or add "en" to the lesson\'s languages'
    ]


def test_unknown_languages_and_a_language_with_no_step_are_refused(tmp_path):
    root = _pack(tmp_path)
    edit(root / "keys" / "lesson.toml", 'kind = "read"', 'kind = "read"\nlanguages = ["fr"]')
    edit(root / "chat" / "lesson.toml", 'kind = "read"', 'kind = "read"\nlanguages = ["zh_CN"]')
    text = "\n".join(str(p) for p in validate_roots([root], {root: "pack"}).problems)
    assert 'step "intro" languages: "fr" is not one of the languages of the lesson' in text
    assert 'pack/chat/lesson.toml: steps: no step is shown in en, give a step "en"' in text


def _paths(root: Path, *paths: tuple[str, list[str]]) -> None:
    body = ""
    for pid, lessons in paths:
        ids = ", ".join(f'"{x}"' for x in lessons)
        body += f'\n[[paths]]\nid = "{pid}"\nlessons = [{ids}]\n[paths.name]\nzh_CN = "路线 {pid}"\nen = "Path {pid}"\n'
    with (root / "pack.toml").open("a", encoding="utf-8") as f:
        f.write(body)


def test_paths_load_and_continue_follows_the_one_a_learner_is_on(tmp_path):
    root = _pack(tmp_path)
    _paths(root, ("phone", ["chat", "keys"]), ("pc", ["keys", "pinyin", "search", "chat"]))
    result = load_packs([root], deep=True)
    assert result.problems == ()
    pack = result.packs[0]
    assert [p.id for p in pack.paths] == ["phone", "pc"]
    assert pack.paths[0].name.get("zh_CN") == "路线 phone"
    en = in_language(result.catalogue, "en")
    phone, pc = pack.paths
    assert [x.id for x in path_order(en, pc)] == ["keys", "search", "chat"]  # no pinyin in English
    assert choose_path(en, set()) == phone  # nothing begun: the pack's first path
    assert next_lesson(en, set(), phone).id == "chat"
    assert choose_path(en, {"keys"}) == pc  # begun on the computer
    assert next_lesson(en, {"keys"}, pc).id == "search"
    assert next_lesson(in_language(result.catalogue, "zh_CN"), {"keys"}, pc).id == "pinyin"


def test_a_path_that_meets_a_locked_lesson_or_names_a_stranger_is_refused(tmp_path):
    root = _pack(tmp_path)
    _paths(root, ("pc", ["search", "keys", "nowhere"]))
    text = "\n".join(str(p) for p in validate_roots([root], {root: "pack"}).problems)
    assert 'pack/pack.toml: path "pc": "nowhere" is not a lesson in any pack' in text
    assert 'path "pc": in zh_CN it lists "search" before its prerequisite "pinyin"' in text
    assert 'path "pc": in en it lists "search" before its prerequisite "keys"' in text


def test_tiers_in_the_manifest(tmp_path):
    root = _pack(tmp_path)
    with (root / "pack.toml").open("a", encoding="utf-8") as f:
        f.write(
            '\n[tiers.basic]\nlevel = "1-2"\nlevel_reasoning = "First steps."\n[tiers.expert]\nlevel = "7"\n'
        )
    report = validate_roots([root], {root: "pack"})
    assert [str(p) for p in report.problems] == [
        'pack/pack.toml: tiers.expert: "expert" is not a tier, use one of: basic, intermediate, advanced'
    ]
    edit(root / "pack.toml", '[tiers.expert]\nlevel = "7"\n', "")
    pack = load_packs([root]).packs[0]
    assert [(t.tier, t.completion, t.level, t.level_reasoning) for t in pack.tiers] == [
        ("basic", "all-mastered", "1-2", "First steps.")
    ]
