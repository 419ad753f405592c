"""The files of a pack: only the kinds a pack may hold, no links, nothing too big, pictures that open."""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path

from trainer.content.assets import image_problem
from trainer.content.problems import Problems
from trainer.content.schema import (
    ASSETS_DIR,
    IMAGE_SUFFIXES,
    LESSON_FILE,
    MANIFEST,
    MAX_ASSET,
    MAX_FILES,
    MAX_PACK,
    MAX_TEXT_FILE,
    STRINGS_DIR,
    TEXT_SUFFIXES,
    size_text,
)
from trainer.domain.lessons import LoadProblem

IGNORED = frozenset({"Thumbs.db", "desktop.ini", "__MACOSX"})
MAX_DEPTH = 4  # pack / lesson / assets / file


def ignored(name: str) -> bool:
    """Files an editor or file manager leaves behind; never checked, never installed."""
    return name.startswith(".") or name in IGNORED


def size_limit(name: str) -> int:
    return MAX_ASSET if name.lower().endswith(IMAGE_SUFFIXES) else MAX_TEXT_FILE


def _role_problem(parts: Sequence[str], languages: Sequence[str] | None) -> tuple[str, str] | None:
    """Why a file at this place in a pack does not belong there, or None."""
    name = parts[-1]
    suffix = os.path.splitext(name)[1].lower()
    note = suffix in (".md", ".txt")  # notes for authors and translators may sit anywhere
    if len(parts) == 1:
        ok = name == MANIFEST or note
    elif len(parts) == 2:
        ok = name == LESSON_FILE or note
    elif len(parts) == 3 and parts[1] == STRINGS_DIR:
        if suffix == ".toml" and languages is not None and name[:-5] not in languages:
            return (
                f'language "{name[:-5]}" is not in {MANIFEST}',
                f"add it to languages in {MANIFEST} or remove this file",
            )
        ok = suffix == ".toml" or note
    elif len(parts) >= 3 and parts[1] == ASSETS_DIR:
        ok = suffix in IMAGE_SUFFIXES or note
    else:
        ok = False
    if ok:
        return None
    if suffix in IMAGE_SUFFIXES:
        return "pictures belong in a lesson's assets folder", f"move it to <lesson>/{ASSETS_DIR}/"
    allowed = ", ".join((*TEXT_SUFFIXES, *IMAGE_SUFFIXES))
    return (
        "this file does not belong here",
        f"remove it (a pack holds only {allowed} files, see lessons/README.md)",
    )


def pack_files(
    root: Path, problems: Problems, languages: Sequence[str] | None = None, *, open_images: bool = True
) -> list[Path]:
    """Every file that belongs to the pack under ``root``, with a problem for each one that may not."""
    found: list[Path] = []
    total = 0

    def report(rel: tuple[str, ...], path: Path, what: str, fix: str) -> None:
        lesson_id = rel[0] if len(rel) > 1 else None
        problems.items.append(LoadProblem(problems.name(path), "", what, fix, lesson_id))

    def visit(folder: Path, rel: tuple[str, ...]) -> None:
        nonlocal total
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            report(rel, folder, f"the folder cannot be read ({exc.strerror})", "check its permissions")
            return
        for entry in entries:
            if ignored(entry.name) or (not rel and entry.name.startswith("_")):
                continue
            path, here = Path(entry.path), (*rel, entry.name)
            st = entry.stat(follow_symlinks=False)
            if stat.S_ISLNK(st.st_mode):
                report(
                    here, path, "this is a link, which a pack may not hold", "put the real file here instead"
                )
            elif stat.S_ISDIR(st.st_mode):
                if len(here) >= MAX_DEPTH:
                    report(here, path, "folders are nested too deep", "see lessons/README.md for the layout")
                else:
                    visit(path, here)
            elif not stat.S_ISREG(st.st_mode):
                report(here, path, "this is not an ordinary file", "remove it")
            elif len(found) >= MAX_FILES:
                report(here, path, f"the pack has more than {MAX_FILES} files", "split it into smaller packs")
            else:
                total += st.st_size
                limit = size_limit(entry.name)
                role = _role_problem(here, languages)
                if st.st_size > limit:
                    report(
                        here,
                        path,
                        f"the file is too big ({size_text(st.st_size)})",
                        f"keep it under {size_text(limit)}",
                    )
                    continue  # never copied, never opened
                if role is not None:
                    report(here, path, *role)
                elif open_images and entry.name.lower().endswith(IMAGE_SUFFIXES):
                    bad = _read_image(path, entry.name)
                    if bad:
                        report(here, path, *bad)
                found.append(path)

    visit(root, ())
    if total > MAX_PACK:
        report(
            (),
            root,
            f"the pack holds {size_text(total)}",
            f"keep the whole pack under {size_text(MAX_PACK)}",
        )
    return found


def _read_image(path: Path, name: str) -> tuple[str, str] | None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return f"the picture cannot be opened ({exc.strerror})", "check its permissions"
    return image_problem(name, data)
