"""TIERS.md, written from a pack's data: each tier's completion rule, DigComp level and learning hours,
its lessons in order, the suggested paths and the competences covered. Generated, so it is never
stale: ``scripts/tiers_md.py`` writes it and a test fails when the file differs from the data."""

from __future__ import annotations

from collections.abc import Sequence

from trainer.domain.curriculum import in_language, path_order
from trainer.domain.lessons import COMPETENCES, Catalogue, Lesson, Pack, TierInfo
from trainer.domain.placement import PLACEMENT_ID
from trainer.domain.tiers import TIERS

TIER_NAMES = {
    "basic": ("Basic", "入门"),
    "intermediate": ("Intermediate", "进阶"),
    "advanced": ("Advanced", "提高"),
}
LANG_NAMES = {"zh_CN": "Chinese", "en": "English"}


def hours(minutes: int) -> str:
    return f"{minutes / 60:.1f}"


def _code(ids: Sequence[str]) -> str:
    return ", ".join(f"`{i}`" for i in ids) or "(none)"


def _lessons(view: Catalogue, tier: str) -> list[Lesson]:
    return [x for x in view.by_tier()[tier] if x.id != PLACEMENT_ID]


def _info(pack: Pack, tier: str) -> TierInfo:
    return next((t for t in pack.tiers if t.tier == tier), TierInfo(tier))


def render(catalogue: Catalogue, pack: Pack) -> str:
    """The TIERS.md of ``pack`` (its lessons and, for prerequisites, the rest of ``catalogue``)."""
    langs = pack.languages
    views = {lang: in_language(catalogue, lang) for lang in langs}
    mine = {x.id for x in pack.lessons}
    out = [
        "# Tiers: completion rules, learning hours, paths",
        "",
        "<!-- Generated from pack.toml and the lessons by scripts/tiers_md.py: do not edit by hand.",
        "     Change the lessons or pack.toml, then run: python scripts/tiers_md.py -->",
        "",
        "Everything below comes from the lesson data: each lesson's tier, order, `estimated_minutes`,",
        "`competences`, `prerequisites`, `mastery` and `languages`, and the `[tiers.*]` and `[[paths]]`",
        "tables of `pack.toml`. A lesson written for one language only (such as typing Chinese with",
        "pinyin) counts only for learners in that language; where it was a prerequisite, learners in the",
        "other language are asked for its own prerequisites instead.",
        "",
        "## The rule, for every tier",
        "",
        "- **Completion.** A tier is complete when every lesson of that tier, in the learner's language, is",
        "  mastered. A lesson is mastered when, in one go through it, the average of its quiz scores at the",
        "  first try reaches its `mastery` share and every practical step was passed: each simulated app",
        "  with all its tasks done and no trap taken, each drill with all its rounds done and at least half",
        "  of its tries right (a step left out is not passed). The rule in force is kept with each learner's",
        "  record. Steps a tutor observes on the learner's own phone are evidence for the certificate; they",
        "  do not block mastery.",
        "- **Levels.** Each tier claims the DigComp 2.2 proficiency level its assessment really shows (the",
        "  reasoning is under each tier below); DLGF competences (0.1, 0.2, 5.5, 6.1, 6.2) have no DigComp",
        "  level and get none. Certificates say how they were assessed: quizzes (first tries only),",
        "  practical tasks in simulated apps, observation by a tutor, with the measured time on task beside",
        "  the planned hours.",
        "- **Learning hours.** The sum of the `estimated_minutes` of the tier's lessons, divided by 60, to a",
        "  tenth of an hour. The minutes are planned for a first-time learner over 70 by the pacing model",
        "  (lessons/README.md, Minutes): listening at the slow speech rate, every hands-on step done once",
        "  with a hint or two, the quiz, and a short break.",
        "- **Not counted.** The optional placement check (`placement-check`) only suggests where to start.",
        "- **Order.** Prerequisites suggest an order; they never lock a lesson. The paths below are the",
        '  orders "Continue" follows.',
        "",
    ]
    head = "| tier | 中文 | DigComp 2.2 level | completion rule |"
    rule = "|---|---|---|---|"
    for lang in langs:
        head += f" lessons ({lang}) | hours ({lang}) |"
        rule += "---|---|"
    out += [head, rule]
    totals = {lang: [0, 0] for lang in langs}
    for tier in TIERS:
        info = _info(pack, tier)
        en, zh = TIER_NAMES[tier]
        row = f"| {en} | {zh} | {info.level or '-'} | every lesson mastered |"
        for lang in langs:
            lessons = [x for x in _lessons(views[lang], tier) if x.id in mine]
            minutes = sum(x.minutes for x in lessons)
            totals[lang][0] += len(lessons)
            totals[lang][1] += minutes
            row += f" {len(lessons)} | {hours(minutes)} |"
        out.append(row)
    row = "| all three | 全部 | - | all three tiers complete |"
    for lang in langs:
        row += f" {totals[lang][0]} | {hours(totals[lang][1])} |"
    out += [row, ""]
    for tier in TIERS:
        out += _tier_section(pack, tier, views, mine)
    out += _paths_section(pack, views)
    out += _competences_section(pack, views[langs[0]], mine)
    return "\n".join(out).rstrip() + "\n"


def _tier_section(pack: Pack, tier: str, views: dict[str, Catalogue], mine: set[str]) -> list[str]:
    en, zh = TIER_NAMES[tier]
    langs = pack.languages
    every = {x.id: x for lang in reversed(langs) for x in views[lang].lessons}  # the source language's first
    ids = [i for i in dict.fromkeys(x.id for lang in langs for x in _lessons(views[lang], tier)) if i in mine]
    lessons = sorted((every[i] for i in ids), key=lambda x: (x.order, x.id))
    minutes = {lang: sum(x.minutes for x in _lessons(views[lang], tier) if x.id in mine) for lang in langs}
    summary = ", ".join(f"{hours(minutes[lang])} hours in {LANG_NAMES.get(lang, lang)}" for lang in langs)
    out = [f"## {en} ({zh}): {len(lessons)} lessons, {summary}", ""]
    info = _info(pack, tier)
    if info.level:
        out += [f"DigComp 2.2 proficiency level {info.level}.", ""]
    if info.level_reasoning:
        out += [info.level_reasoning, ""]
    head = "| order | id | 标题 | title | minutes | competences | prerequisites | languages |"
    out += [head, "|---|---|---|---|---|---|---|---|"]
    for x in lessons:
        title = {lang: x.title.get(lang) if lang in x.languages else "-" for lang in ("zh_CN", "en")}
        only = "all" if set(x.languages) >= set(langs) else ", ".join(x.languages)
        steps_only = [sid for sid, _ in x.step_languages]
        if steps_only and only == "all":
            only += " (some steps in one language)"
        pre = _code(x.prerequisites)
        out.append(
            f"| {x.order} | `{x.id}` | {title['zh_CN']} | {title['en']} | {x.minutes} | "
            f"{', '.join(x.competences)} | {pre} | {only} |"
        )
    out.append("")
    return out


def _paths_section(pack: Pack, views: dict[str, Catalogue]) -> list[str]:
    if not pack.paths:
        return []
    out = [
        "## Paths",
        "",
        '"Continue" on the home screen follows a path: the lessons the path lists, in its order, then the',
        "rest in teaching order. Before the first lesson the learner may begin with either path; after",
        "that, the path whose opening lessons they have begun is the one they are on.",
        "",
    ]
    for path in pack.paths:
        out += [f"### {path.name.get('en')} ({path.name.get('zh_CN')}): `{path.id}`", ""]
        for lang in pack.languages:
            listed = [x.id for x in path_order(views[lang], path) if x.id in set(path.lessons)]
            line = " → ".join(f"`{i}`" for i in listed)
            out += [f"- {LANG_NAMES.get(lang, lang)}: {line}"]
        out.append("")
    return out


def _competences_section(pack: Pack, view: Catalogue, mine: set[str]) -> list[str]:
    out = ["## Competences taught", "", "| code | competence | lessons |", "|---|---|---|"]
    lessons = [x for x in view.lessons if x.id in mine and x.id != PLACEMENT_ID]
    for code, name in COMPETENCES.items():
        which = [x.id for x in lessons if code in x.competences]
        out.append(f"| {code} | {name} | {_code(which) if which else '-'} |")
    out.append("")
    return out
