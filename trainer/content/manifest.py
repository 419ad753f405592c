"""The pack manifest (pack.toml): the pack's id, name, version and languages, its suggested paths
through the lessons and what it says about each tier; and the checks of those paths against the
lessons once they are loaded."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from trainer.content.problems import Problems, display_root
from trainer.content.schema import (
    MANIFEST,
    PACK_ID_PATTERN,
    SCHEMA_VERSION,
    SUPPORTED_LANGUAGES,
    Fields,
    describe,
    read_toml,
)
from trainer.domain.curriculum import in_language, path_problems
from trainer.domain.lessons import (
    ID_PATTERN,
    TIERS,
    Catalogue,
    LearningPath,
    LessonText,
    LoadProblem,
    Pack,
    TierInfo,
)


def read_manifest(root: Path, problems: Problems) -> Pack | None:
    file = root / MANIFEST
    doc = read_toml(file, problems)
    if doc is None:
        return None
    f = Fields(doc, problems, file)
    schema = f.integer("schema_version", lo=1, hi=1_000)
    if schema > SCHEMA_VERSION:
        f.fail(
            "schema_version", f"is {schema}, made for a newer trainer", "update the trainer to use this pack"
        )
    pack_id = f.text("id", example='"my-centre"')
    if pack_id is not None and not PACK_ID_PATTERN.match(pack_id):
        f.fail("id", f'"{pack_id}" is not a valid pack id', "use lowercase letters, digits, - and _ only")
    version = f.text("version", example='"1.0"')
    langs = f.raw("languages", True, '["zh_CN", "en"]')
    if langs is not None:
        if not isinstance(langs, list) or not langs or not all(isinstance(x, str) for x in langs):
            f.fail("languages", "must be a list of language codes", 'write languages = ["zh_CN", "en"]')
            langs = None
        else:
            unknown = [x for x in langs if x not in SUPPORTED_LANGUAGES]
            twice = [x for x in langs if langs.count(x) > 1]
            if unknown or twice:
                what = (
                    f'"{unknown[0]}" is not a language of the trainer'
                    if unknown
                    else f'"{twice[0]}" is listed twice'
                )
                f.fail("languages", what, "list each of " + ", ".join(SUPPORTED_LANGUAGES) + " at most once")
                langs = None
    name = f.raw("name", True, '{ zh_CN = "...", en = "..." }')
    if (
        name is not None
        and langs
        and (not isinstance(name, dict) or any(not isinstance(name.get(x), str) for x in langs))
    ):
        f.fail(
            "name",
            "needs a name in every language of the pack",
            'write [name] with zh_CN = "..." and en = "..."',
        )
    f.raw("description", False, "")  # optional, for people only
    paths = read_paths(f, tuple(langs or ()))
    tiers = read_tiers(f)
    if not f.finish() or pack_id is None or version is None or not langs:
        return None
    return Pack(
        pack_id,
        LessonText.of({x: name[x] for x in langs}),
        version,
        tuple(langs),
        schema,
        root,
        (),
        paths,
        tiers,
    )


PATH_EXAMPLE = (
    '[[paths]] with id = "phone-first", lessons = ["..."] and [paths.name] zh_CN = "...", en = "..."'
)
COMPLETIONS = ("all-mastered",)


def read_paths(f: Fields, langs: tuple[str, ...]) -> tuple[LearningPath, ...]:
    """``[[paths]]``: suggested orders through the pack (see lessons/README.md)."""
    value = f.raw("paths", False, PATH_EXAMPLE)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        f.fail("paths", f"must be [[paths]] tables, not {describe(value)}", f"write {PATH_EXAMPLE}")
        return ()
    out: list[LearningPath] = []
    for n, table in enumerate(value, 1):
        pf = Fields(table, f.problems, f.path, f"path {n}")
        pid = pf.text("id", example='"phone-first"')
        if pid is not None and not ID_PATTERN.match(pid):
            pf.fail("id", f'"{pid}" is not a valid id', "use lowercase letters, digits, - and _ only")
            pid = None
        if pid is not None:
            pf.where = f'path "{pid}"'
            if any(p.id == pid for p in out):
                pf.fail("id", "is used by an earlier path too", "give every path its own id")
        name = pf.raw("name", True, '{ zh_CN = "...", en = "..." }')
        if name is not None and (
            not isinstance(name, dict) or any(not isinstance(name.get(x), str) for x in langs)
        ):
            pf.fail(
                "name", "needs a name in every language of the pack", 'write zh_CN = "..." and en = "..."'
            )
            name = None
        lessons = pf.ids("lessons", lo=1, hi=500, example='["phone-basics", "spot-scams"]')
        if pf.finish() and pid is not None and name is not None and lessons:
            out.append(LearningPath(pid, LessonText.of({x: name[x] for x in langs}), tuple(lessons)))
    return tuple(out)


def read_tiers(f: Fields) -> tuple[TierInfo, ...]:
    """``[tiers.<tier>]``: each tier's completion rule and DigComp level, for certificates and TIERS.md."""
    value = f.raw("tiers", False, "[tiers.basic] tables")
    if value is None:
        return ()
    if not isinstance(value, dict):
        f.fail("tiers", f"must be tables like [tiers.basic], not {describe(value)}", "see lessons/README.md")
        return ()
    out: list[TierInfo] = []
    for tier, table in value.items():
        tf = Fields(table if isinstance(table, dict) else {}, f.problems, f.path, f"tiers.{tier}")
        if tier not in TIERS:
            tf.fail("", f'"{tier}" is not a tier', "use one of: " + ", ".join(TIERS))
            continue
        if not isinstance(table, dict):
            tf.fail("", f"must be a table, not {describe(table)}", f"write [tiers.{tier}]")
            continue
        completion = tf.text("completion", example='"all-mastered"', required=False, choices=COMPLETIONS)
        level = tf.text("level", example='"1-2"', required=False)
        reasoning = tf.text("level_reasoning", example='"..."', required=False)
        if tf.finish():
            out.append(TierInfo(tier, completion or COMPLETIONS[0], level or "", (reasoning or "").strip()))
    return tuple(sorted(out, key=lambda t: TIERS.index(t.tier)))


def check_paths(catalogue: Catalogue, ids: set[str], labels: Mapping[Path, str]) -> list[LoadProblem]:
    """Every lesson a path names exists, and in each language the path can be walked in its order."""
    out: list[LoadProblem] = []
    for pack in catalogue.packs:
        file = Problems(pack.root, labels.get(pack.root) or display_root(pack.root)).name(
            pack.root / MANIFEST
        )
        for path in pack.paths:
            where = f'path "{path.id}"'
            for lid in path.lessons:
                if lid not in ids:
                    what = f'"{lid}" is not a lesson in any pack'
                    out.append(
                        LoadProblem(file, where, what, "check the spelling or remove it from the path")
                    )
            for lang in pack.languages:
                view = in_language(catalogue, lang)
                for what in path_problems(view, path):
                    fix = "move the prerequisite earlier on the path (or list it), or the lesson later"
                    out.append(LoadProblem(file, where, f"in {lang} it {what}", fix))
    return out
