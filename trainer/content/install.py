"""Installing a centre's own pack (a folder or a .zip) after checking everything, or nothing at all."""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

from trainer.content.files import ignored, pack_files, size_limit
from trainer.content.problems import Problems, display_root
from trainer.content.schema import MANIFEST, MAX_FILES, MAX_PACK, size_text
from trainer.domain.lessons import LoadProblem, Pack

CHUNK = 64 * 1024


def _zip_parts(name: str) -> list[str] | None:
    """The path parts of a zip entry, or None when it would land outside the pack."""
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or "\x00" in name:
        return None
    parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".")]
    return None if ".." in parts else parts


def unpack_zip(source: Path, dest: Path, problems: Problems) -> Path | None:
    """Unpack a pack's .zip into ``dest`` (which must be empty) and return the folder holding pack.toml.
    Entries that escape the pack, links, encrypted or oversized entries reject the whole file."""
    here = problems.label
    try:
        zf = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError) as exc:
        problems.items.append(
            LoadProblem(here, "", f"this is not a readable .zip file ({exc})", "make the .zip again")
        )
        return None
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        wanted: list[tuple[zipfile.ZipInfo, list[str]]] = []
        seen: set[str] = set()

        def bad(where: str, what: str, fix: str) -> None:
            problems.items.append(LoadProblem(here, where, what, fix))

        if len(infos) > MAX_FILES:
            bad("", f"it holds {len(infos)} files", f"a pack may hold at most {MAX_FILES}")
        if sum(i.file_size for i in infos) > MAX_PACK:
            bad(
                "",
                f"it unpacks to {size_text(sum(i.file_size for i in infos))}",
                f"keep the pack under {size_text(MAX_PACK)}",
            )
        for info in infos:
            parts = _zip_parts(info.filename)
            if parts is None:
                bad(
                    info.filename,
                    "this path leads outside the pack",
                    "make the .zip from inside the pack folder",
                )
                continue
            if not parts or any(ignored(p) for p in parts):
                continue
            if stat.S_ISLNK(info.external_attr >> 16):
                bad(
                    info.filename,
                    "this is a link, which a pack may not hold",
                    "put the real file in the .zip instead",
                )
            elif info.flag_bits & 0x1:
                bad(info.filename, "this file is password-protected", "make the .zip without a password")
            elif info.file_size > size_limit(parts[-1]):
                bad(
                    info.filename,
                    f"the file is too big ({size_text(info.file_size)})",
                    f"keep it under {size_text(size_limit(parts[-1]))}",
                )
            elif "/".join(parts).lower() in seen:
                bad(info.filename, "this file is in the .zip twice", "keep only one copy")
            else:
                seen.add("/".join(parts).lower())
                wanted.append((info, parts))
        if problems:
            return None
        for info, parts in wanted:
            target = dest.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            limit, written = min(info.file_size, size_limit(parts[-1])), 0
            with zf.open(info) as src, open(target, "xb") as out:
                while chunk := src.read(CHUNK):
                    written += len(chunk)
                    if written > limit:  # never trust the sizes a .zip claims
                        bad(info.filename, "the file is bigger than the .zip says", "make the .zip again")
                        return None
                    out.write(chunk)
    return find_pack_root(dest, problems, here)


def find_pack_root(dest: Path, problems: Problems, label: str) -> Path | None:
    if (dest / MANIFEST).is_file():
        return dest
    tops = [p for p in dest.iterdir() if not ignored(p.name)]
    if len(tops) == 1 and (tops[0] / MANIFEST).is_file():
        return tops[0]
    problems.items.append(
        LoadProblem(
            label,
            "",
            f"there is no {MANIFEST} at the top",
            f"put {MANIFEST} and the lesson folders at the top of the pack",
        )
    )
    return None


def copy_pack(source: Path, dest: Path, problems: Problems) -> Path:
    """Copy a pack folder's files into ``dest``: links, special and oversized files are left behind
    (each one a problem), so the rest can still be checked and every reason reported at once."""
    for path in pack_files(source, problems, open_images=False):
        target = dest / path.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        limit = size_limit(path.name)
        with open(path, "rb") as src:
            data = src.read(limit + 1)
        if len(data) > limit:  # the file grew since it was looked at
            problems.add(path, "", "the file is too big", f"keep it under {size_text(limit)}")
            continue
        target.write_bytes(data)
    dest.mkdir(parents=True, exist_ok=True)
    return dest


@dataclass(frozen=True)
class InstallOutcome:
    problems: tuple[LoadProblem, ...]
    pack: Pack | None = None
    target: Path | None = None
    replaced: str | None = None  # the version that was there before, if any

    @property
    def ok(self) -> bool:
        return not self.problems and self.pack is not None


def stage(source: Path, into: Path, problems: Problems) -> Path | None:
    """Put a pack (folder or .zip) into the empty folder ``into``; return its root there."""
    if not source.exists():
        problems.items.append(
            LoadProblem(problems.label, "", "not found", "give the folder or .zip file of a lesson pack")
        )
        return None
    if source.is_file() and source.suffix.lower() == ".zip":
        return unpack_zip(source, into, problems)
    if source.is_dir() and not source.is_symlink():
        if not (source / MANIFEST).is_file():
            fix = (
                "give the pack folder that holds it"
                if (source / "lesson.toml").is_file()
                else "give the folder that holds it"
            )
            problems.items.append(LoadProblem(problems.label, "", f"there is no {MANIFEST} here", fix))
            return None
        problems.root = source  # problems found while copying name the source files
        return copy_pack(source, into, problems)
    problems.items.append(
        LoadProblem(
            problems.label,
            "",
            "this is neither a pack folder nor a .zip file",
            "give the folder or .zip of a lesson pack",
        )
    )
    return None


def install_pack(source: Path, local_root: Path, builtin_roots: list[Path] | None = None) -> InstallOutcome:
    """Check the pack at ``source`` with every other pack installed, then move it into
    ``local_root/<pack id>`` in one step. On any problem nothing changes."""
    from trainer.content.validate import merge, validate_staged

    local_root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".incoming-", dir=local_root))
    label = display_root(source.resolve()) if source.exists() else str(source)
    try:
        early = Problems(staging / "pack", label)
        root = stage(source, staging / "pack", early)
        if root is None:
            return InstallOutcome(tuple(early.items))
        report = validate_staged(root, label, local_root, builtin_roots)
        problems = merge(early.items, report.problems)
        if problems or not report.result.packs:
            return InstallOutcome(problems)
        pack = report.result.packs[0]
        target = local_root / pack.id
        replaced = _version_of(target)
        old = local_root / f".old-{pack.id}-{uuid.uuid4().hex[:8]}"
        if target.exists():
            os.replace(target, old)
        try:
            os.replace(root, target)
        except OSError:
            if old.exists():
                os.replace(old, target)
            raise
        shutil.rmtree(old, ignore_errors=True)
        return InstallOutcome((), pack, target, replaced)
    except Exception as exc:  # never a traceback; nothing was moved unless the last step succeeded
        return InstallOutcome(
            (
                LoadProblem(
                    label,
                    "",
                    f"could not be installed ({type(exc).__name__}: {exc})",
                    "try again, or report this",
                ),
            )
        )
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _version_of(target: Path) -> str | None:
    if not (target / MANIFEST).is_file():
        return None
    from trainer.content.loader import read_manifest

    pack = read_manifest(target, Problems(target, ""))
    return pack.version if pack else "?"
