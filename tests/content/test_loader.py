"""Loading packs at startup: broken lessons are skipped with reasons, pictures are not read, the cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from content_helpers import SAMPLE, built_in_count, copy_sample, edit, write_lesson, write_manifest

from trainer.content import loader
from trainer.content.loader import load_all, load_cached, load_installed, load_packs
from trainer.content.steps import STEP_KINDS, StepKind
from trainer.domain.lessons import QuizStep, ReadStep, RecapStep, Step


def test_the_sample_pack_has_every_step_kind_and_quiz_type_in_both_languages():
    result = load_packs([SAMPLE])
    assert result.problems == () and result.skipped == ()
    steps = [s for lesson in result.lessons for s in lesson.steps]
    assert {type(s) for s in steps} == {ReadStep, QuizStep, RecapStep}
    assert {s.question for s in steps if isinstance(s, QuizStep)} == {
        "single",
        "multiple",
        "truefalse",
        "order",
    }
    assert any(isinstance(s, ReadStep) and s.picture for s in steps)
    for lesson in result.lessons:
        assert lesson.languages == ("zh_CN", "en")
        for lang in lesson.languages:
            assert lesson.title.get(lang).strip() and all(o.get(lang).strip() for o in lesson.objectives)
        for q in (s for s in lesson.steps if isinstance(s, QuizStep)):
            assert any(c.correct for c in q.choices)
            assert all(c.feedback.get(lang).strip() for c in q.choices for lang in ("zh_CN", "en"))
    basic, intermediate = result.lessons
    assert (basic.tier, intermediate.tier) == ("basic", "intermediate")
    assert intermediate.prerequisites == (basic.id,)
    assert basic.title.get("zh_CN") == "认识鼠标" and basic.title.get("en") == "Getting to know the mouse"


def test_true_false_labels_default_per_language():
    lesson = load_packs([SAMPLE]).catalogue.get("mouse-basics")
    tf = next(s for s in lesson.steps if isinstance(s, QuizStep) and s.question == "truefalse")
    assert [c.label.get("zh_CN") for c in tf.choices] == ["对", "错"]
    assert [c.label.get("en") for c in tf.choices] == ["True", "False"]
    assert tf.score(False).correct


def test_a_quiz_may_explain_its_right_answer_for_after_the_second_wrong_try(sample):
    """``explanation`` is optional, in each language's file (issue 14): a question without it loads
    with None, one with it carries it; a language without it has it empty."""
    lesson = load_packs([sample]).catalogue.get("mouse-basics")
    quiz = next(s for s in lesson.steps if isinstance(s, QuizStep))
    assert quiz.explanation is None
    path = sample / "mouse-basics/strings/en.toml"
    text = path.read_text(encoding="utf-8")
    header = f"[steps.{quiz.id}]\n"
    path.write_text(text.replace(header, header + 'explanation = "Two quick presses open it."\n', 1), "utf-8")
    result = load_packs([sample])
    assert not result.skipped, result.skipped
    quiz = next(s for s in result.catalogue.get("mouse-basics").steps if s.id == quiz.id)
    assert quiz.explanation.get("en") == "Two quick presses open it." and quiz.explanation.get("zh_CN") == ""


def test_a_broken_lesson_is_skipped_with_its_reason_and_the_rest_load(sample):
    edit(sample / "mouse-basics/strings/en.toml", 'title = "Getting to know the mouse"\n', "")
    write_lesson(sample, "extra", tier="advanced")
    result = load_packs([sample])
    assert [x.id for x in result.lessons] == ["extra"]
    reasons = {s.lesson_id: s.reason for s in result.skipped}
    assert reasons["mouse-basics"].endswith(
        'mouse-basics/strings/en.toml: title: is missing, add it, for example: title = "..."'
    )
    # a lesson that needs a skipped one could never be opened, so it is skipped too, saying why
    assert reasons["search-online"].endswith(
        'prerequisites: needs lesson "mouse-basics", which was skipped, fix that lesson first'
    )
    lines = result.self_test_lines()
    assert lines[0] == "lessons: 1 loaded from 1 pack(s) (basic 0, intermediate 0, advanced 1)"
    assert any(line.startswith("skipped lesson mouse-basics: ") for line in lines)


def test_a_broken_manifest_skips_its_pack_only(sample, tmp_path):
    other = write_manifest(tmp_path / "other", "other")
    write_lesson(other, "extra")
    (sample / "pack.toml").write_text("id = 'x'\n")
    result = load_packs([sample, other])
    assert [x.id for x in result.lessons] == ["extra"]
    assert any("pack.toml: schema_version: is missing" in str(p) for p in result.problems)
    assert any(line.startswith("skipped: ") and "pack.toml" in line for line in result.self_test_lines())


def test_the_first_pack_keeps_a_lesson_id_used_twice(sample, tmp_path):
    other = write_manifest(tmp_path / "other", "other")
    write_lesson(other, "mouse-basics")
    result = load_packs([sample, other])
    assert result.catalogue.get("mouse-basics").pack_id == "digital-bridge"
    assert [s.folder for s in result.skipped] == [other / "mouse-basics"]


def test_loading_does_not_open_pictures(sample):
    (sample / "mouse-basics/assets/mouse.svg").write_text("not a picture at all")
    assert [x.id for x in load_packs([sample]).lessons] == ["mouse-basics", "search-online"]
    from trainer.content.validate import validate_roots

    assert validate_roots([sample]).problems  # the validator does open them


def test_a_new_step_kind_plugs_into_the_registry(sample, monkeypatch):
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class PracticeStep(Step):
        target: str = ""
        kind = "practice"

    def parse(ctx):
        return ctx.fields.text("target", example='"button"')

    kind = StepKind(parse, lambda target: [], lambda sid, target, t: PracticeStep(sid, target=target))
    monkeypatch.setitem(STEP_KINDS, "practice", kind)
    edit(
        sample / "mouse-basics/lesson.toml",
        'kind = "recap"\npoints = ["fingers", "click", "double-click"]',
        'kind = "practice"\ntarget = "ok-button"',
    )
    edit(sample / "mouse-basics/strings/en.toml", "[steps.recap.points]", "[steps.recap.unused]")
    text = (sample / "mouse-basics/strings/en.toml").read_text(encoding="utf-8")
    (sample / "mouse-basics/strings/en.toml").write_text(
        text.split("[steps.recap.unused]")[0], encoding="utf-8"
    )
    zh = (sample / "mouse-basics/strings/zh_CN.toml").read_text(encoding="utf-8")
    (sample / "mouse-basics/strings/zh_CN.toml").write_text(
        zh.split("[steps.recap.points]")[0], encoding="utf-8"
    )
    result = load_packs([sample])
    assert result.problems == ()
    assert result.catalogue.get("mouse-basics").step("recap") == PracticeStep("recap", target="ok-button")


def test_the_cache_is_used_until_a_file_changes(sample, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    first = load_cached([sample], cache)
    assert len(first.lessons) == 2

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed although nothing changed")

    monkeypatch.setattr(loader, "load_packs", no_parsing)
    assert load_cached([sample], cache) == first
    monkeypatch.undo()

    edit(
        sample / "mouse-basics/strings/en.toml",
        'title = "Getting to know the mouse"',
        'title = "The mouse, step by step"',
    )
    assert (
        load_cached([sample], cache).catalogue.get("mouse-basics").title.get("en")
        == "The mouse, step by step"
    )
    (sample / "mouse-basics/assets/mouse.svg").unlink()
    assert [s.lesson_id for s in load_cached([sample], cache).skipped] == ["mouse-basics", "search-online"]


def test_a_damaged_or_foreign_cache_is_ignored(sample, tmp_path):
    import pickle

    from trainer.content import cache as cache_mod

    cache = tmp_path / "cache"
    load_cached([sample], cache)
    key = cache_mod.fingerprint([sample])
    (cache / cache_mod.CACHE_FILE).write_bytes(key.encode() + b"\n" + b"garbage")
    assert len(load_cached([sample], cache).lessons) == 2
    evil = pickle.dumps(shutil.rmtree)  # a cache must never be able to call anything
    (cache / cache_mod.CACHE_FILE).write_bytes(key.encode() + b"\n" + evil)
    assert cache_mod.read(cache, key) is None


def test_reading_the_cache_leaves_the_garbage_collector_as_it_was(sample, tmp_path):
    import gc

    from trainer.content import cache as cache_mod

    cache = tmp_path / "cache"
    first = load_cached([sample], cache)
    key = cache_mod.fingerprint([sample])
    assert gc.isenabled()
    assert cache_mod.read(cache, key) == first
    assert gc.isenabled()  # switched off only while unpickling
    (cache / cache_mod.CACHE_FILE).write_bytes(key.encode() + b"\n" + b"garbage")
    assert cache_mod.read(cache, key) is None
    assert gc.isenabled()  # also after a damaged cache
    gc.disable()
    try:
        load_cached([sample], cache)
        assert cache_mod.read(cache, key) == first
        assert not gc.isenabled()  # a caller who had switched it off keeps it off
    finally:
        gc.enable()


def test_installed_lessons_are_the_built_in_pack_plus_the_centres_packs(paths):
    local = write_manifest(paths.local_lessons / "centre", "centre")
    write_lesson(local, "our-bus-app", tier="intermediate", prerequisites=["mouse-basics"])
    broken = write_manifest(paths.local_lessons / "broken", "broken")
    write_lesson(broken, "half-done").joinpath("strings/en.toml").unlink()
    result = load_installed(paths)
    ids = [x.id for x in result.lessons]
    assert "our-bus-app" in ids and "mouse-basics" in ids and len(ids) == built_in_count() + 1
    assert [s.lesson_id for s in result.skipped] == ["half-done"]
    lessons, problems = load_all(paths)
    assert len(lessons) == built_in_count() + 1 and [p.lesson_id for p in problems] == ["half-done"]
    assert load_installed(paths) == result  # second time from the cache, same answer


def test_loading_never_raises(monkeypatch, paths):
    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(loader, "installed_roots", explode)
    result = load_installed(paths)
    assert result.lessons == () and "disk on fire" in str(result.problems[0])


@pytest.mark.parametrize("name", ["Mouse Basics", "鼠标"])
def test_lesson_folder_names_must_be_ids(tmp_path, name):
    root = copy_sample(tmp_path / "pack")
    shutil.move(root / "mouse-basics", root / name)
    result = load_packs([root])
    assert any(f'"{name}" is not a valid lesson folder name' in str(p) for p in result.problems)
    assert all(isinstance(p.lesson_id, str) for p in result.problems)
    assert [s.lesson_id for s in result.skipped if Path(s.folder).name == name] == [name]
