"""``trainer lessons validate|list|add``: check, show and install lesson packs. Never a traceback."""

from __future__ import annotations

import argparse
import locale
import os
import sys
from collections.abc import Callable
from pathlib import Path

from trainer.domain.learner import LANGUAGES

WORDS = {
    "zh_CN": {
        "basic": "入门",
        "intermediate": "进阶",
        "advanced": "提高",
        "none": "（还没有课程）",
        "min": "分钟",
        "after": "先学",
        "skipped": "{n} 节课有问题，没有加载：{ids}。运行 trainer lessons validate 查看原因。",
    },
    "en": {
        "basic": "Basic",
        "intermediate": "Intermediate",
        "advanced": "Advanced",
        "none": "(no lessons yet)",
        "min": "min",
        "after": "after",
        "skipped": "{n} lesson(s) with problems were skipped: {ids}. Run trainer lessons validate to see why.",
    },
}


def default_language() -> str:
    """zh_CN when the system speaks Chinese, else en."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    return "zh_CN" if name.lower().startswith(("zh", "chinese")) else "en"


def _safe(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        if hasattr(sys.stdout, "reconfigure"):
            sys.stdout.reconfigure(errors="replace")  # a console without Chinese must not crash us
        try:
            return command(args)
        except BrokenPipeError:  # the output went to a pager or `head` that has had enough
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 1
        except Exception as exc:  # the promise: one line, never a traceback
            print(
                f"trainer lessons: something unexpected went wrong ({type(exc).__name__}: {exc}), please report this"
            )
            return 1

    return run


def cmd_validate(args: argparse.Namespace) -> int:
    from trainer.config import resolve_paths
    from trainer.content.validate import validate_paths

    report = validate_paths(args.paths, resolve_paths(), as_builtin=args.built_in)
    for problem in report.problems:
        print(problem)
    for warning in report.warnings:
        print(f"warning: {warning}")
    if report.problems:
        n, files = len(report.problems), report.files_with_problems
        print(f"{n} problem(s) in {files} file(s). Fix them and run trainer lessons validate again.")
        return 1
    print("\n".join(report.summary_lines()))
    if report.warnings:
        print(f"{len(report.warnings)} warning(s): the lessons work, but fix them before you share the pack.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from trainer.config import resolve_paths
    from trainer.content.loader import load_installed

    lang = args.lang or default_language()
    words = WORDS[lang]
    from trainer.domain.curriculum import in_language

    result = load_installed(resolve_paths())
    catalogue = in_language(result.catalogue, lang)  # the lessons a learner in this language takes
    for tier, lessons in catalogue.by_tier().items():
        print(words[tier])
        if not lessons:
            print(f"  {words['none']}")
        for n, lesson in enumerate(lessons, 1):
            extra = f"{lesson.id}, {lesson.minutes} {words['min']}"
            before = [catalogue.get(p) for p in lesson.prerequisites]
            if before:
                extra += f", {words['after']}: " + ", ".join(b.title.get(lang) for b in before if b)
            print(f"  {n}. {lesson.title.get(lang)}  ({extra})")
    skipped = sorted({s.lesson_id for s in result.skipped})
    if skipped or any(p.lesson_id is None for p in result.problems):
        print(words["skipped"].format(n=len(skipped), ids=", ".join(skipped) or "-"))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from trainer.config import resolve_paths
    from trainer.content.install import install_pack
    from trainer.content.loader import installed_roots

    paths = resolve_paths()
    outcome = install_pack(args.path, paths.local_lessons, installed_roots(paths)[:1])
    if not outcome.ok or outcome.pack is None:
        for problem in outcome.problems:
            print(problem)
        print(
            f"Nothing was installed: {len(outcome.problems)} problem(s). Fix them and run trainer lessons add again."
        )
        return 1
    pack = outcome.pack
    action = f"Replaced version {outcome.replaced} with" if outcome.replaced else "Installed"
    print(
        f'{action} pack "{pack.id}" version {pack.version} ({len(pack.lessons)} lesson(s)) in {outcome.target}.'
    )
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("lessons", help="check, list and install lesson packs")
    actions = parser.add_subparsers(dest="lessons_command", metavar="ACTION", required=True)
    validate = actions.add_parser("validate", help="check lesson packs; one line per problem")
    validate.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="pack folder or .zip (default: the installed lessons)",
    )
    validate.add_argument(
        "--built-in",
        action="store_true",
        help="the folder is a working copy of the app's own pack (lessons add refuses such a pack)",
    )
    validate.set_defaults(func=_safe(cmd_validate))
    listing = actions.add_parser("list", help="show the tiers and their lessons")
    listing.add_argument("--lang", choices=LANGUAGES, help="language to show (default: the system's)")
    listing.set_defaults(func=_safe(cmd_list))
    add = actions.add_parser("add", help="check a pack (folder or .zip) and install it for this centre")
    add.add_argument("path", type=Path, metavar="PATH")
    add.set_defaults(func=_safe(cmd_add))
