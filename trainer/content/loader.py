"""Loading lesson packs: the built-in pack and every pack a centre installed.

Loading parses lesson.toml and the strings files only; pictures are read when a step shows them.
A broken lesson is skipped with its reasons and the rest load; :func:`load_packs` never raises.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from trainer.config import Paths, resolve_paths
from trainer.content.graph import cycles
from trainer.content.lesson_file import Draft, read_lesson
from trainer.content.manifest import check_paths, read_manifest
from trainer.content.problems import Problems, display_root
from trainer.content.schema import LESSON_FILE, MANIFEST
from trainer.domain.lessons import Catalogue, Lesson, LoadProblem, Pack, sort_key

__all__ = ["LoadResult", "SkippedLesson", "installed_roots", "load_packs", "read_manifest"]


@dataclass(frozen=True)
class SkippedLesson:
    lesson_id: str
    folder: Path
    problems: tuple[LoadProblem, ...]

    @property
    def reason(self) -> str:
        more = len(self.problems) - 1
        return str(self.problems[0]) + (f" (and {more} more)" if more > 0 else "")


@dataclass(frozen=True)
class LoadResult:
    catalogue: Catalogue
    problems: tuple[LoadProblem, ...]
    skipped: tuple[SkippedLesson, ...]

    @property
    def lessons(self) -> tuple[Lesson, ...]:
        return self.catalogue.lessons

    @property
    def packs(self) -> tuple[Pack, ...]:
        return self.catalogue.packs

    def self_test_lines(self) -> list[str]:
        """Lines for ``trainer --self-test`` (and the tutor view): what loaded, what was skipped and why."""
        tiers = ", ".join(f"{t} {len(v)}" for t, v in self.catalogue.by_tier().items())
        lines = [f"lessons: {len(self.lessons)} loaded from {len(self.packs)} pack(s) ({tiers})"]
        lines += [f"skipped lesson {s.lesson_id}: {s.reason}" for s in self.skipped]
        lines += [f"skipped: {p}" for p in self.problems if p.lesson_id is None]
        return lines


def lesson_folders(root: Path) -> list[Path]:
    """Every folder of a pack that holds (or should hold) a lesson: hidden and _private ones are left out."""
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def installed_roots(paths: Paths | None = None) -> list[Path]:
    """The built-in pack, then each pack installed under the data folder, in name order."""
    p = resolve_paths() if paths is None else paths
    roots = [p.lessons]
    local = p.local_lessons
    if local.is_dir():
        roots += [d for d in sorted(local.iterdir()) if d.is_dir() and not d.name.startswith(".")]
    return roots


def _cross_check(drafts: list[tuple[Draft, Problems]], known: Mapping[str, str], cascade: bool) -> None:
    by_id = {d.id: d for d, _ in drafts}
    for draft, problems in drafts:
        mine = problems.for_lesson(draft.id)
        for pre in draft.prerequisites:
            if pre not in by_id and pre not in known:
                mine.add(
                    draft.folder / LESSON_FILE,
                    "prerequisites",
                    f'"{pre}" is not a lesson in any pack',
                    "check the spelling or install the pack that has it",
                )
        draft.problems += mine.items
    graph = {d.id: d.prerequisites for d, _ in drafts}
    for comp in cycles(graph):
        loop = " -> ".join([*comp, comp[0]]) if len(comp) > 1 else f"{comp[0]} -> {comp[0]}"
        for lid in comp:
            d = by_id[lid]
            p = next(pr for dr, pr in drafts if dr is d).for_lesson(lid)
            p.add(
                d.folder / LESSON_FILE,
                "prerequisites",
                f"these lessons wait for each other in a loop ({loop})",
                "remove one prerequisite so every lesson can be opened",
            )
            d.problems += p.items
    changed = cascade
    while changed:  # a lesson whose prerequisite cannot be used can never be opened either
        changed = False
        for draft, problems in drafts:
            if draft.problems:
                continue
            bad = next((p for p in draft.prerequisites if p in by_id and by_id[p].problems), None)
            if bad is not None:
                mine = problems.for_lesson(draft.id)
                mine.add(
                    draft.folder / LESSON_FILE,
                    "prerequisites",
                    f'needs lesson "{bad}", which was skipped',
                    "fix that lesson first",
                )
                draft.problems += mine.items
                changed = True


def load_packs(
    roots: Iterable[Path],
    *,
    deep: bool = False,
    labels: Mapping[Path, str] | None = None,
    known: Mapping[str, str] | None = None,
) -> LoadResult:
    """Load packs in order (a lesson id used twice keeps the first). ``deep`` adds the validator's slower
    checks on text lengths and file names; ``known`` maps lesson ids outside ``roots`` to their pack."""
    labels = labels or {}
    known = dict(known or {})
    pack_problems: list[LoadProblem] = []
    packs: list[Pack] = []
    drafts: list[tuple[Draft, Problems]] = []
    seen_packs: dict[str, Path] = {}
    skipped: list[SkippedLesson] = []
    where_used: dict[str, str] = {}
    for root in roots:
        problems = Problems(root, labels.get(root) or display_root(root))
        try:
            pack = read_manifest(root, problems)
            if pack is not None and pack.id in seen_packs:
                problems.add(
                    root / MANIFEST,
                    "id",
                    f'pack "{pack.id}" is already loaded from {seen_packs[pack.id]}',
                    "give each pack its own id",
                )
                pack = None
            if pack is None:
                pack_problems += problems.items
                continue
            pack_problems += problems.items  # a bad path or tier table: reported, the lessons still load
            seen_packs[pack.id] = root
            packs.append(pack)
            for folder in lesson_folders(root):
                draft = read_lesson(folder, pack, problems, deep=deep)
                other = known.get(draft.id) or where_used.get(draft.id)
                if other is not None:
                    mine = problems.for_lesson(draft.id)
                    mine.add(
                        folder / LESSON_FILE,
                        "id",
                        f'lesson id "{draft.id}" is also used by {other}',
                        "rename this lesson's folder and id",
                    )
                    skipped.append(SkippedLesson(draft.id, folder, tuple(mine.items + draft.problems)))
                    pack_problems += mine.items + draft.problems
                    continue
                drafts.append((draft, problems))
                where_used[draft.id] = problems.name(folder)
        except Exception as exc:  # never a traceback: report and go on with the next pack
            pack_problems.append(
                LoadProblem(
                    problems.name(root),
                    "",
                    f"could not be read ({type(exc).__name__}: {exc})",
                    "check the folder, or report this",
                )
            )
    _cross_check(drafts, known, cascade=not deep)
    lessons: dict[str, list[Lesson]] = {p.id: [] for p in packs}
    problems_out = list(pack_problems)
    for draft, _ in drafts:
        problems_out += draft.problems
        if draft.lesson is not None and not draft.problems:
            lessons[draft.lesson.pack_id].append(draft.lesson)
        else:
            skipped.append(SkippedLesson(draft.id, draft.folder, tuple(draft.problems)))
    full = tuple(replace(p, lessons=tuple(sorted(lessons[p.id], key=sort_key))) for p in packs)
    every = tuple(sorted((x for p in full for x in p.lessons), key=sort_key))
    catalogue = Catalogue(full, every)
    problems_out += check_paths(catalogue, {d.id for d, _ in drafts} | set(known), labels)
    return LoadResult(catalogue, tuple(problems_out), tuple(skipped))


def load_cached(roots: Sequence[Path], cache_dir: Path) -> LoadResult:
    """:func:`load_packs`, or its stored result when no file under ``roots`` has changed since."""
    from trainer.content import cache

    key = cache.fingerprint(roots)
    cached = cache.read(cache_dir, key)
    if isinstance(cached, LoadResult):
        return cached
    result = load_packs(roots)
    cache.write(cache_dir, key, result)
    return result


def load_installed(paths: Paths | None = None, *, use_cache: bool = True) -> LoadResult:
    """What the app shows: the built-in pack and the centre's packs (see :func:`installed_roots`).
    Never raises; unchanged packs come from the cache in the data folder."""
    try:
        p = resolve_paths() if paths is None else paths
        roots = installed_roots(p)
        return load_cached(roots, p.cache) if use_cache else load_packs(roots)
    except Exception as exc:
        problem = LoadProblem(
            "lessons", "", f"could not be loaded ({type(exc).__name__}: {exc})", "report this"
        )
        return LoadResult(Catalogue(), (problem,), ())


def load_all(paths: Paths | None = None) -> tuple[tuple[Lesson, ...], tuple[LoadProblem, ...]]:
    """(lessons, problems) of the installed packs: the short form used by ``trainer --self-test``."""
    result = load_installed(paths)
    return result.lessons, result.problems
