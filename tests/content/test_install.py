"""``trainer lessons add``: a centre's pack is checked whole, then installed in one step, or not at all."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest
from content_helpers import built_in_count, edit, lines, write_lesson, write_manifest


def centre_pack(root: Path, version: str = "1.0") -> Path:
    write_manifest(root, "centre")
    edit(root / "pack.toml", 'version = "1.0"', f'version = "{version}"')
    write_lesson(root, "bus-app", tier="intermediate", prerequisites=["mouse-basics"])
    return root


def zip_folder(folder: Path, dest: Path, top: str = "") -> Path:
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, (Path(top) / path.relative_to(folder)).as_posix())
    return dest


def installed(paths) -> list[str]:
    if not paths.local_lessons.exists():
        return []
    return sorted(p.name for p in paths.local_lessons.iterdir())


def rejected(cli, source: Path) -> list[str]:
    code, out = cli("lessons", "add", str(source))
    assert code == 1, out
    assert "Traceback" not in out
    found = lines(out)
    assert found[-1].startswith("Nothing was installed: ")
    return found[:-1]


def test_a_valid_folder_is_installed_and_then_listed(cli, paths, tmp_path):
    source = centre_pack(tmp_path / "centre-src")
    code, out = cli("lessons", "add", str(source))
    assert code == 0, out
    assert lines(out) == [
        f'Installed pack "centre" version 1.0 (1 lesson(s)) in {paths.local_lessons / "centre"}.'
    ]
    assert installed(paths) == ["centre"]
    code, out = cli("lessons", "list", "--lang", "en")
    assert "  1. First lesson  (bus-app, 5 min, after: Getting to know the mouse)" in out
    code, out = cli("lessons", "validate")
    assert code == 0 and out.startswith(f"OK: {built_in_count() + 1} lesson(s) in 2 pack(s)")


@pytest.mark.parametrize("top", ["", "centre-pack"])
def test_a_zip_is_installed_with_or_without_a_top_folder(cli, paths, tmp_path, top):
    archive = zip_folder(centre_pack(tmp_path / "src"), tmp_path / "centre.zip", top)
    code, out = cli("lessons", "add", str(archive))
    assert code == 0, out
    assert (paths.local_lessons / "centre/bus-app/lesson.toml").is_file()


def test_adding_a_newer_version_replaces_the_old_one(cli, paths, tmp_path):
    cli("lessons", "add", str(centre_pack(tmp_path / "v1")))
    code, out = cli("lessons", "add", str(centre_pack(tmp_path / "v2", version="2.0")))
    assert code == 0
    assert out.startswith('Replaced version 1.0 with pack "centre" version 2.0')
    assert installed(paths) == ["centre"]


def test_an_invalid_pack_is_rejected_whole_with_every_reason(cli, paths, tmp_path):
    source = centre_pack(tmp_path / "src")
    write_lesson(source, "good-one")
    (source / "bus-app/strings/en.toml").write_text('title = "Bus"\n', encoding="utf-8")
    edit(source / "good-one/lesson.toml", 'competences = ["0.1"]', 'competences = ["8.8"]')
    found = rejected(cli, source)
    assert len(found) == 3
    assert any("bus-app/strings/en.toml: objectives: is missing" in x for x in found)
    assert any('bus-app/strings/en.toml: step "intro": its texts are missing' in x for x in found)
    assert any('good-one/lesson.toml: competences: "8.8" is not a known competence code' in x for x in found)
    assert installed(paths) == []  # no pack, and no half-unpacked leftovers


def test_file_problems_and_content_problems_are_reported_together(cli, paths, tmp_path):
    source = centre_pack(tmp_path / "src")
    (source / "bus-app/assets").mkdir()
    (source / "bus-app/assets/huge.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(3 * 1024 * 1024))
    edit(source / "bus-app/lesson.toml", 'tier = "intermediate"', 'tier = "expert"')
    assert rejected(cli, source) == [
        f"{source}/bus-app/assets/huge.png: the file is too big (3.0 MB), keep it under 2.0 MB",
        f'{source}/bus-app/lesson.toml: tier: "expert" is not allowed, use one of: basic, intermediate, advanced',
    ]
    assert installed(paths) == []


def test_the_built_in_packs_id_and_lesson_ids_are_taken(cli, paths, tmp_path):
    source = centre_pack(tmp_path / "src")
    edit(source / "pack.toml", 'id = "centre"', 'id = "digital-bridge"')
    assert rejected(cli, source) == [
        f'{source}/pack.toml: id: "digital-bridge" is the id of the built-in pack, give your pack its own id'
    ]
    other = centre_pack(tmp_path / "src2")
    write_lesson(other, "mouse-basics")
    assert rejected(cli, other) == [
        f'{other}/mouse-basics/lesson.toml: id: lesson id "mouse-basics" is also used by installed pack "digital-bridge", '
        "rename this lesson's folder and id"
    ]
    assert installed(paths) == []


def write_zip(dest: Path, entries: dict[str, bytes], links: dict[str, str] | None = None) -> Path:
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
        for name, target in (links or {}).items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, target)
    return dest


def good_entries(tmp_path: Path) -> dict[str, bytes]:
    src = centre_pack(tmp_path / "entries-src")
    return {p.relative_to(src).as_posix(): p.read_bytes() for p in src.rglob("*") if p.is_file()}


@pytest.mark.parametrize(
    ("name", "what"),
    [
        ("../escape.txt", "this path leads outside the pack"),
        ("/tmp/absolute.txt", "this path leads outside the pack"),
        ("bus-app/assets/../../../up.png", "this path leads outside the pack"),
        ("C:/windows.txt", "this path leads outside the pack"),
    ],
)
def test_zip_entries_that_escape_the_pack_are_refused(cli, paths, tmp_path, name, what):
    archive = write_zip(tmp_path / "bad.zip", {**good_entries(tmp_path), name: b"x"})
    assert rejected(cli, archive) == [f"{archive}: {name}: {what}, make the .zip from inside the pack folder"]
    assert (
        installed(paths) == []
        and not (tmp_path / "escape.txt").exists()
        and not Path("/tmp/absolute.txt").exists()
    )


def test_zip_links_oversized_and_lying_pictures_are_refused(cli, paths, tmp_path):
    entries = {**good_entries(tmp_path), "bus-app/assets/big.png": b"\x89PNG\r\n\x1a\n" + bytes(2_200_000)}
    archive = write_zip(tmp_path / "bad.zip", entries, links={"bus-app/assets/evil.svg": "/etc/passwd"})
    found = rejected(cli, archive)
    assert f"{archive}: bus-app/assets/big.png: the file is too big (2.1 MB), keep it under 2.0 MB" in found
    assert (
        f"{archive}: bus-app/assets/evil.svg: this is a link, which a pack may not hold, put the real file in the .zip instead"
        in found
    )
    fake = write_zip(
        tmp_path / "fake.zip",
        {**good_entries(tmp_path), "bus-app/assets/photo.jpg": b"MZ\x90\x00 not a jpeg"},
    )
    assert rejected(cli, fake) == [
        f"{fake}/bus-app/assets/photo.jpg: the file is named .jpg but is not a picture, export it again as a real picture"
    ]
    assert installed(paths) == []


def test_a_zip_bomb_is_refused_before_unpacking(cli, paths, tmp_path, monkeypatch):
    from trainer.content import install

    monkeypatch.setattr(install, "MAX_PACK", 10_000)
    archive = write_zip(tmp_path / "bomb.zip", {**good_entries(tmp_path), "notes.txt": bytes(200_000)})
    assert archive.stat().st_size < 10_000
    (problem,) = rejected(cli, archive)
    assert problem == f"{archive}: it unpacks to 196 KB, keep the pack under 10 KB"


def test_not_a_zip_nothing_there_and_a_lesson_folder_instead_of_a_pack(cli, tmp_path):
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK not really")
    assert rejected(cli, junk)[0].startswith(f"{junk}: this is not a readable .zip file")
    assert rejected(cli, tmp_path / "nowhere") == [
        f"{tmp_path / 'nowhere'}: not found, give the folder or .zip file of a lesson pack"
    ]
    lesson = write_lesson(tmp_path, "loose")
    assert rejected(cli, lesson) == [
        f"{lesson}: there is no pack.toml here, give the pack folder that holds it"
    ]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_a_folder_with_a_link_is_refused(cli, paths, tmp_path):
    source = centre_pack(tmp_path / "src")
    os.symlink("/etc/hostname", source / "bus-app/notes.txt")
    assert rejected(cli, source) == [
        f"{source}/bus-app/notes.txt: this is a link, which a pack may not hold, put the real file here instead"
    ]


def test_a_failed_move_keeps_the_installed_version(paths, tmp_path, monkeypatch):
    from trainer.content import install
    from trainer.content.install import install_pack
    from trainer.content.loader import installed_roots

    builtin = installed_roots(paths)[:1]
    assert install_pack(centre_pack(tmp_path / "v1"), paths.local_lessons, builtin).ok
    real_replace = os.replace
    calls: list[int] = []

    def flaky(src, dst):
        calls.append(1)
        if len(calls) == 2:  # moving the new version in
            raise OSError("disk full")
        return real_replace(src, dst)

    monkeypatch.setattr(install.os, "replace", flaky)
    outcome = install_pack(centre_pack(tmp_path / "v2", version="2.0"), paths.local_lessons, builtin)
    assert not outcome.ok and "disk full" in str(outcome.problems[0])
    assert 'version = "1.0"' in (paths.local_lessons / "centre/pack.toml").read_text()
    assert installed(paths) == ["centre"]
