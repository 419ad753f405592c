"""``trainer lessons validate``: every check on packs, reported one line per problem."""

from __future__ import annotations

import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from trainer.config import Paths
from trainer.content.files import pack_files
from trainer.content.install import stage
from trainer.content.loader import LoadResult, installed_roots, load_packs, read_manifest
from trainer.content.problems import Problems, display_root
from trainer.content.schema import LESSON_FILE, MANIFEST, SUPPORTED_LANGUAGES
from trainer.domain.choice_order import crowded_position, length_giveaway
from trainer.domain.curriculum import lesson_in
from trainer.domain.lessons import TIERS, LoadProblem
from trainer.domain.pacing import model_minutes, off_pace, planned
from trainer.domain.placement import PLACEMENT_ID


@dataclass(frozen=True)
class Report:
    result: LoadResult
    problems: tuple[LoadProblem, ...]
    warnings: tuple[LoadProblem, ...] = ()  # the lessons load, but should be fixed

    @property
    def files_with_problems(self) -> int:
        return len({p.file for p in self.problems})

    def summary_lines(self) -> list[str]:
        lessons = self.result.lessons
        packs = len(self.result.packs)
        lines = [f"OK: {len(lessons)} lesson(s) in {packs} pack(s), no problems found."]
        langs = SUPPORTED_LANGUAGES
        lines.append("tier".ljust(14) + "".join(lang.rjust(8) for lang in langs))
        for tier in TIERS:
            counts = [sum(1 for x in lessons if x.tier == tier and lang in x.languages) for lang in langs]
            lines.append(tier.ljust(14) + "".join(str(c).rjust(8) for c in counts))
        return lines


def merge(*groups: Sequence[LoadProblem]) -> tuple[LoadProblem, ...]:
    seen: set[str] = set()
    out: list[LoadProblem] = []
    for p in (p for g in groups for p in g):
        if str(p) not in seen:
            seen.add(str(p))
            out.append(p)
    return tuple(sorted(out, key=lambda p: p.file))


def validate_roots(
    roots: Sequence[Path], labels: Mapping[Path, str] | None = None, known: Mapping[str, str] | None = None
) -> Report:
    """Everything the loader checks, plus text lengths, file kinds and sizes, links and pictures."""
    labels = labels or {}
    result = load_packs(roots, deep=True, labels=labels, known=known)
    languages = {p.root: p.languages for p in result.packs}
    file_problems: list[LoadProblem] = []
    for root in roots:
        if root.is_dir():
            problems = Problems(root, labels.get(root) or display_root(root))
            pack_files(root, problems, languages.get(root))
            file_problems += problems.items
    warnings = answer_warnings(result, labels) + pace_warnings(result, labels)
    return Report(result, merge(result.problems, file_problems), warnings)


ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")


def answer_warnings(result: LoadResult, labels: Mapping[Path, str] | None = None) -> tuple[LoadProblem, ...]:
    """A lesson whose right answers sit in one position more than half the time can be passed by
    always pressing there: warn, with the fix (scripts/balance_answers.py reorders the choices). The same
    when the right answer holds one place by length (the longest, the middle, the shortest choice) in
    more than half of its single-choice questions."""
    labels = labels or {}
    out: list[LoadProblem] = []
    for pack in result.packs:
        names = Problems(pack.root, labels.get(pack.root) or display_root(pack.root))
        for lesson in pack.lessons:
            file = names.name(lesson.folder / LESSON_FILE)
            crowd = crowded_position(lesson)
            if crowd is not None:
                place = (
                    ORDINALS[crowd.position] if crowd.position < len(ORDINALS) else f"#{crowd.position + 1}"
                )
                out.append(
                    LoadProblem(
                        file,
                        "quiz choices",
                        f"the right answer is the {place} choice in {crowd.count} of {crowd.total} questions",
                        "reorder the choices so no position holds the right answer in more than half of them "
                        "(python scripts/balance_answers.py does it)",
                        lesson.id,
                    )
                )
            for give in filter(None, (length_giveaway(lesson, language) for language in lesson.languages)):
                out.append(
                    LoadProblem(
                        file,
                        "quiz choices",
                        f"the right answer is the {give.place} choice in {give.count} of {give.total} "
                        f"single-choice questions in {give.language}",
                        "vary it: in some questions make a wrong answer longer or shorter than the right one, "
                        "so that choosing by length (the longest, the middle, the shortest) does not pass",
                        lesson.id,
                    )
                )
    return tuple(out)


def lesson_model_minutes(lesson) -> float:
    """The pacing model's minutes for a lesson: the longest of its languages (domain.pacing)."""
    return max(
        model_minutes(view, lang)
        for lang in lesson.languages
        if (view := lesson_in(lesson, lang)) is not None
    )


def pace_warnings(result: LoadResult, labels: Mapping[Path, str] | None = None) -> tuple[LoadProblem, ...]:
    """A lesson's estimated_minutes far from what the pacing model gives for a first-time learner over
    70 misleads tutors and the tier's learning hours: warn, with the minutes to write instead."""
    labels = labels or {}
    out: list[LoadProblem] = []
    for pack in result.packs:
        names = Problems(pack.root, labels.get(pack.root) or display_root(pack.root))
        for lesson in pack.lessons:
            if lesson.id == PLACEMENT_ID:  # not a lesson: it only suggests where to start
                continue
            model = lesson_model_minutes(lesson)
            if off_pace(lesson.minutes, model):
                out.append(
                    LoadProblem(
                        names.name(lesson.folder / LESSON_FILE),
                        "estimated_minutes",
                        f"{lesson.minutes} is far from the {model:.0f} minutes a first-time learner over 70 "
                        "needs for these steps (lessons/README.md: minutes)",
                        f"write estimated_minutes = {planned(model)} (python scripts/pace_minutes.py does it)",
                        lesson.id,
                    )
                )
    return tuple(out)


def _known(installed: Sequence[Path], exclude_roots: set[Path], exclude_ids: set[str]) -> dict[str, str]:
    """Lesson ids of installed packs, other than the ones being checked (prerequisites may name them)."""
    roots = [r for r in installed if r.resolve() not in exclude_roots]
    result = load_packs(roots)
    known: dict[str, str] = {}
    for pack in result.packs:
        if pack.id not in exclude_ids:
            known.update({x.id: f'installed pack "{pack.id}"' for x in pack.lessons})
    known.update({s.lesson_id: "an installed pack" for s in result.skipped if s.lesson_id not in known})
    return known


def builtin_id_problems(
    roots: Sequence[Path], labels: Mapping[Path, str], builtin: Sequence[Path]
) -> tuple[list[LoadProblem], set[str], set[str]]:
    """What ``lessons add`` refuses before anything else: a pack that takes the built-in pack's id
    (the built-in folder itself is the built-in pack, not a pack taking its id). Returns those
    problems, the pack ids of ``roots`` and the built-in pack ids (``validate`` and ``add`` share
    this, so ``validate`` never says OK for a pack that ``add`` refuses)."""
    builtin_ids = {m.id for r in builtin if (m := read_manifest(r, Problems(r, ""))) is not None}
    builtin_folders = {r.resolve() for r in builtin}
    taken: list[LoadProblem] = []
    ids: set[str] = set()
    for root in roots:
        if root.resolve() in builtin_folders:
            continue
        probe = Problems(root, labels.get(root) or display_root(root))
        manifest = read_manifest(root, probe)
        if manifest is None:
            continue
        ids.add(manifest.id)
        if manifest.id in builtin_ids:
            what = f'"{manifest.id}" is the id of the built-in pack'
            taken.append(LoadProblem(probe.name(root / MANIFEST), "id", what, "give your pack its own id"))
    return taken, ids, builtin_ids


def validate_staged(
    root: Path, label: str, local_root: Path, builtin_roots: Sequence[Path] | None = None
) -> Report:
    """Check a pack about to be installed, together with the packs already installed."""
    builtin = list(builtin_roots) if builtin_roots is not None else installed_roots()[:1]
    local = [d for d in sorted(local_root.iterdir()) if d.is_dir() and not d.name.startswith(".")]
    taken, ids, builtin_ids = builtin_id_problems([root], {root: label}, builtin)
    replaces = ids - builtin_ids  # an installed pack it would replace
    known = _known([*builtin, *local], {root.resolve()}, replaces)
    report = validate_roots([root], {root: label}, known)
    return Report(report.result, merge(taken, report.problems), report.warnings)


def validate_paths(targets: Sequence[Path], paths: Paths | None = None, as_builtin: bool = False) -> Report:
    """Check the packs at ``targets`` (pack folders, folders of packs, or .zip files) together, as
    ``lessons add`` would; with no targets, check the installed packs. ``as_builtin``: check a working
    copy of the app's own pack (it stands in for the installed built-in pack; ``add`` refuses it)."""
    if not targets:
        return validate_roots(installed_roots(paths))
    with tempfile.TemporaryDirectory(prefix="trainer-validate-") as tmp:
        roots: list[Path] = []
        labels: dict[Path, str] = {}
        early: list[LoadProblem] = []
        for n, target in enumerate(targets):
            label = display_root(target.resolve()) if target.exists() else str(target)
            if target.is_dir() and not (target / MANIFEST).exists() and not (target / LESSON_FILE).exists():
                inner = [d for d in sorted(target.iterdir()) if (d / MANIFEST).is_file()]
                if inner:  # a folder of packs, such as the centre's installed packs
                    roots += inner
                    continue
            if target.is_dir() and (target / LESSON_FILE).is_file() and not (target / MANIFEST).is_file():
                early.append(
                    LoadProblem(
                        label,
                        "",
                        "this is a lesson folder",
                        f"validate the pack folder that holds it: {display_root(target.parent.resolve())}",
                    )
                )
                continue
            if target.is_dir() and (target / MANIFEST).is_file():
                roots.append(target)
                continue
            problems = Problems(Path(tmp) / str(n), label)
            root = stage(target, Path(tmp) / str(n), problems)
            early += problems.items
            if root is not None:
                roots.append(root)
                labels[root] = label if root == Path(tmp) / str(n) else f"{label}/{root.name}"
        installed = installed_roots(paths)
        taken, ids, builtin_ids = builtin_id_problems(roots, labels, installed[:1])
        if as_builtin:
            taken, builtin_ids = [], set()
        known = _known(installed, {r.resolve() for r in roots}, ids - builtin_ids)
        report = validate_roots(roots, labels, known)
        return Report(report.result, merge(early, taken, report.problems), report.warnings)
