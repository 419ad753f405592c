"""``trainer lessons validate`` on good and bad packs: one line per problem, exit 1, never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from content_helpers import built_in_count, edit, lines, write_lesson, write_manifest


def problems_of(cli, *paths: Path) -> list[str]:
    """Problems of copies of the sample pack, which has the built-in pack's id and lesson ids: checked
    as a working copy of the app's own pack (``--built-in``)."""
    code, out = cli("lessons", "validate", "--built-in", *map(str, paths))
    assert code == 1, out
    assert "Traceback" not in out
    assert out.splitlines()[-1].endswith("Fix them and run trainer lessons validate again.")
    return lines(out)[:-1]


def test_the_sample_pack_is_valid_and_the_summary_counts_lessons_per_tier_and_language(cli, sample):
    code, out = cli("lessons", "validate", "--built-in", str(sample))
    assert code == 0, out
    assert lines(out) == [
        "OK: 2 lesson(s) in 1 pack(s), no problems found.",
        "tier             zh_CN      en",
        "basic                1       1",
        "intermediate         1       1",
        "advanced             0       0",
    ]


def test_without_paths_the_installed_lessons_are_checked(cli):
    code, out = cli("lessons", "validate")
    assert code == 0, out
    assert out.startswith(f"OK: {built_in_count()} lesson(s) in 1 pack(s)")


def test_a_key_missing_in_one_language_names_the_file_step_choice_and_the_fix(cli, sample):
    edit(
        sample / "mouse-basics/strings/en.toml",
        'feedback = "The right button opens a small menu instead. To press a button, use the left button."\n',
        "",
    )
    assert problems_of(cli, sample) == [
        f'{sample}/mouse-basics/strings/en.toml: step "press-button" choice "right": feedback is missing, '
        "add it so every language has the same keys"
    ]


def test_malformed_toml_gives_the_line(cli, sample):
    edit(sample / "search-online/strings/zh_CN.toml", 'title = "在网上查找信息"', 'title = "在网上查找信息')
    (problem,) = problems_of(cli, sample)
    assert problem.startswith(f"{sample}/search-online/strings/zh_CN.toml: line 2: this is not valid TOML (")
    assert problem.endswith("correct the syntax (see lessons/README.md)")


def test_binary_junk_and_a_folder_named_like_a_file_are_problems_not_crashes(cli, sample):
    (sample / "mouse-basics/strings/en.toml").write_bytes(b"\xff\xfe\x00garbage")
    (sample / "search-online/lesson.toml").unlink()
    (sample / "search-online/lesson.toml").mkdir()
    found = problems_of(cli, sample)
    assert (
        f"{sample}/mouse-basics/strings/en.toml: byte 0: the file is not UTF-8 text, save it with UTF-8 encoding"
        in found
    )
    assert any(p.startswith(f"{sample}/search-online/lesson.toml: the file cannot be opened") for p in found)


def test_unknown_competence_code(cli, sample):
    edit(sample / "search-online/lesson.toml", 'competences = ["1.1", "1.2"]', 'competences = ["1.1", "7.3"]')
    assert problems_of(cli, sample) == [
        f'{sample}/search-online/lesson.toml: competences: "7.3" is not a known competence code, '
        "use a DigComp 2.2 code (1.1 to 5.4) or a DLGF code (0.1, 0.2, 5.5, 6.1, 6.2)"
    ]


def test_missing_asset(cli, sample):
    (sample / "mouse-basics/assets/mouse.svg").unlink()
    assert problems_of(cli, sample) == [
        f'{sample}/mouse-basics/lesson.toml: step "hold" picture: "assets/mouse.svg" was not found, '
        "add the file or fix the name (capitals count)"
    ]


def test_prerequisite_cycle_is_reported_on_every_lesson_in_it(cli, sample):
    edit(sample / "mouse-basics/lesson.toml", "prerequisites = []", 'prerequisites = ["search-online"]')
    loop = "mouse-basics -> search-online -> mouse-basics"
    assert problems_of(cli, sample) == [
        f"{sample}/{lid}/lesson.toml: prerequisites: these lessons wait for each other in a loop ({loop}), "
        "remove one prerequisite so every lesson can be opened"
        for lid in ("mouse-basics", "search-online")
    ]


def test_unknown_prerequisite(cli, sample):
    edit(
        sample / "search-online/lesson.toml",
        'prerequisites = ["mouse-basics"]',
        'prerequisites = ["mouse-basic"]',
    )
    assert problems_of(cli, sample) == [
        f'{sample}/search-online/lesson.toml: prerequisites: "mouse-basic" is not a lesson in any pack, '
        "check the spelling or install the pack that has it"
    ]


def test_duplicate_lesson_id_across_packs(cli, sample, tmp_path):
    other = write_manifest(tmp_path / "other", "other-pack")
    write_lesson(other, "mouse-basics")
    found = problems_of(cli, sample, other)
    assert found == [
        f'{other}/mouse-basics/lesson.toml: id: lesson id "mouse-basics" is also used by {sample}/mouse-basics, '
        "rename this lesson's folder and id"
    ]


def test_duplicate_step_id_and_id_differing_from_folder(cli, sample):
    edit(sample / "mouse-basics/lesson.toml", 'id = "click"', 'id = "hold"')
    edit(sample / "search-online/lesson.toml", 'id = "search-online"', 'id = "search"')
    found = problems_of(cli, sample)
    assert (
        f'{sample}/mouse-basics/lesson.toml: step "hold" id: is used by an earlier step too, give every step its own id'
        in found
    )
    assert (
        f'{sample}/search-online/lesson.toml: id: "search" differs from the folder name "search-online", '
        "make them the same: the folder name is the lesson id"
    ) in found


@pytest.mark.parametrize(
    "picture", ["../../../etc/passwd.png", "/etc/x.png", "assets/../../x.svg", "..\\x.png"]
)
def test_a_picture_path_escaping_the_lesson_is_refused(cli, sample, picture):
    edit(sample / "mouse-basics/lesson.toml", '"assets/mouse.svg"', f'"{picture}"'.replace("\\", "\\\\"))
    (problem,) = problems_of(cli, sample)
    assert problem.startswith(f'{sample}/mouse-basics/lesson.toml: step "hold" picture: ')
    assert "is not a path inside the lesson" in problem or "outside the assets folder" in problem


def test_oversized_files_are_refused(cli, sample):
    (sample / "mouse-basics/assets/huge.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(3 * 1024 * 1024))
    edit(sample / "search-online/strings/en.toml", "# Looking", "#" + "x" * 300_000 + "\n# Looking")
    found = problems_of(cli, sample)
    assert (
        f"{sample}/mouse-basics/assets/huge.png: the file is too big (3.0 MB), keep it under 2.0 MB" in found
    )
    assert (
        f"{sample}/search-online/strings/en.toml: the file is too big (296 KB), keep it under 256 KB" in found
    )


def test_placeholders_must_match_the_first_language(cli, sample):
    edit(sample / "mouse-basics/strings/en.toml", "Hello, {name}!", "Hello!")
    edit(sample / "search-online/strings/en.toml", "Put the steps", "{name}, put the steps")
    edit(sample / "search-online/strings/zh_CN.toml", "请把在网上", "{名字}请把在网上")
    found = problems_of(cli, sample)
    assert (
        f'{sample}/mouse-basics/strings/en.toml: step "hold": text has placeholders none but zh_CN has {{name}}, '
        "use the same placeholders in every language"
    ) in found
    assert (
        f'{sample}/search-online/strings/zh_CN.toml: step "search-order": prompt uses unknown placeholder {{名字}}, use only {{name}}'
        in found
    )


def test_spoken_paragraphs_that_are_too_long_say_how_long_and_to_split(cli, sample):
    edit(
        sample / "mouse-basics/strings/zh_CN.toml",
        "鼠标是用来指挥电脑的小工具。",
        "鼠标是用来指挥电脑的小工具。" * 4,
    )
    edit(
        sample / "mouse-basics/strings/en.toml",
        "This arrow is called the pointer.",
        "This arrow is called the pointer." * 8,
    )  # 14 + 41 words
    found = problems_of(cli, sample)
    assert found == [
        f'{sample}/mouse-basics/strings/en.toml: step "hold": text paragraph 2 is 55 words long, '
        "split it into paragraphs of at most 40 (a blank line starts a new one)",
        f'{sample}/mouse-basics/strings/zh_CN.toml: step "hold": text paragraph 1 is 78 Chinese characters long, '
        "split it into paragraphs of at most 60 (a blank line starts a new one)",
    ]


def test_pictures_that_are_not_what_their_name_says_or_are_unsafe(cli, sample):
    assets = sample / "mouse-basics/assets"
    (assets / "text.png").write_text("hello")
    (assets / "jpeg.png").write_bytes(b"\xff\xd8\xff\xe0" + bytes(100) + b"\xff\xd9")
    (assets / "script.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    )
    (assets / "entity.svg").write_text(
        '<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg"/>'
    )
    (assets / "remote.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="http://x/y.png"/></svg>'
    )
    (assets / "notes.exe").write_bytes(b"MZ")
    found = problems_of(cli, sample)
    expected = {
        "entity.svg": "the SVG has a DOCTYPE or ENTITY declaration, which is not allowed",
        "jpeg.png": "the file is a JPEG picture named .png, rename it to .jpeg",
        "notes.exe": "this file does not belong here",
        "remote.svg": "the SVG links to another file or web address",
        "script.svg": "the SVG has a <script> element, which is not allowed",
        "text.png": "the file is named .png but is not a picture",
    }
    assert len(found) == len(expected)
    for name, what in expected.items():
        assert any(p.startswith(f"{assets}/{name}: {what}") for p in found), (name, found)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_links_are_refused(cli, sample, tmp_path):
    outside = tmp_path / "secret.svg"
    outside.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    os.symlink(outside, sample / "mouse-basics/assets/linked.svg")
    assert problems_of(cli, sample) == [
        f"{sample}/mouse-basics/assets/linked.svg: this is a link, which a pack may not hold, put the real file here instead"
    ]


def test_unknown_fields_and_unknown_step_kinds(cli, sample):
    edit(sample / "mouse-basics/lesson.toml", "estimated_minutes = 10", "estimated_minutes = 10\ntitel = 3")
    edit(sample / "mouse-basics/lesson.toml", 'id = "click"\nkind = "read"', 'id = "click"\nkind = "reed"')
    edit(sample / "search-online/lesson.toml", 'kind = "recap"\npoints', 'kind = "practice"\npoints')
    found = problems_of(cli, sample)
    assert found == [
        f'{sample}/mouse-basics/lesson.toml: step "click" kind: "reed" is not a step kind, use one of: read, quiz, recap, practice, simulation, own-phone',
        f"{sample}/mouse-basics/lesson.toml: titel: is not a known field, remove it or check its spelling (see lessons/README.md)",
        f'{sample}/search-online/lesson.toml: step "recap" drill: is missing, add it, for example: drill = "click"',
        f'{sample}/search-online/lesson.toml: step "recap" points: is not a known field, remove it or check its spelling (see lessons/README.md)',
    ]


def test_quiz_answers_must_be_among_the_choices(cli, sample):
    edit(sample / "search-online/lesson.toml", 'answer = "paid"', 'answer = "free"')
    edit(sample / "search-online/lesson.toml", 'answer = ["who", "when", "ask"]', 'answer = "who"')
    found = problems_of(cli, sample)
    assert found == [
        f'{sample}/search-online/lesson.toml: step "advert" answer: "free" is not one of the choices, use ids from the choices list',
        f"{sample}/search-online/lesson.toml: step \"trust\" answer: must be a list of ids in quotes, not 'who', "
        'write it like answer = ["who"]',
    ]


def test_a_broken_manifest_and_a_lesson_folder_given_instead_of_a_pack(cli, sample):
    edit(sample / "pack.toml", 'languages = ["zh_CN", "en"]', 'languages = ["zh_CN", "fr"]')
    found = problems_of(cli, sample, sample / "mouse-basics")
    assert (
        found[0]
        == f"{sample}/mouse-basics: this is a lesson folder, validate the pack folder that holds it: {sample}"
    )
    assert found[1].startswith(
        f'{sample}/pack.toml: languages: "fr" is not a language of the trainer, list each of zh_CN, en at most once'
    )


def test_a_strings_file_for_a_language_the_pack_does_not_have(cli, sample):
    (sample / "mouse-basics/strings/fr.toml").write_text('title = "Souris"\n')
    assert problems_of(cli, sample) == [
        f'{sample}/mouse-basics/strings/fr.toml: language "fr" is not in pack.toml, add it to languages in pack.toml or remove this file'
    ]


def test_the_command_line_never_shows_a_traceback(sample, trainer_home):
    import subprocess
    import sys

    (sample / "mouse-basics/lesson.toml").write_bytes(b"\x00\x01[[[")
    (sample / "search-online/strings").rename(sample / "search-online/strings-gone")
    run = subprocess.run(
        [sys.executable, "-m", "trainer", "lessons", "validate", str(sample), "/no/such/pack"],
        capture_output=True,
        text=True,
        env={**os.environ, "TRAINER_HOME": str(trainer_home)},
        timeout=60,
    )
    assert run.returncode == 1
    assert "Traceback" not in run.stdout + run.stderr
    out = lines(run.stdout)
    assert "/no/such/pack: not found, give the folder or .zip file of a lesson pack" in out
    assert any(
        x.startswith(f"{sample}/mouse-basics/lesson.toml: line 1: this is not valid TOML") for x in out
    )
    assert (
        f"{sample}/search-online/strings/zh_CN.toml: the file is missing, add it (see lessons/README.md)"
        in out
    )
