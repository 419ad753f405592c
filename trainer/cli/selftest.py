"""``trainer --self-test``: checks this PC without opening a window, for tutors setting up a PC.

Prints one line per check (OK / PROBLEM, and what to do) and exits 0 when everything needed works.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    required: bool = True


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("self-test", help="check this PC (same as --self-test)")
    p.set_defaults(func=run)


def _data_folder(paths) -> Check:
    from trainer.storage.db import ensure_writable

    try:
        ensure_writable(paths.data)
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        return Check(
            "data folder", False, f"cannot write in {paths.data} ({exc}). Give the folder write permission."
        )
    mode = " (portable)" if paths.portable else ""
    return Check("data folder", True, f"{paths.data}{mode}")


def _database(paths) -> Check:
    from trainer.storage.db import Database
    from trainer.storage.errors import StorageError

    try:
        db = Database.open(paths)
    except StorageError as exc:
        return Check("database", False, f"{type(exc).__name__}: {exc}. Start the app to see what to do.")
    try:
        version = db.schema_version
        learners = len(db.list_tiles())
    finally:
        db.close()
    return Check("database", True, f"schema version {version}, {learners} learners")


def _translations(paths) -> Check:
    missing = [lang for lang in ("zh_CN", "en") if not (paths.i18n / f"trainer_{lang}.qm").is_file()]
    if missing:
        return Check(
            "translations", False, f"missing {', '.join(missing)} in {paths.i18n}. Reinstall the app."
        )
    return Check("translations", True, "zh_CN, en")


def _fonts(_paths) -> Check:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if not chinese:
        return Check(
            "Chinese font",
            False,
            "no font for Chinese found. Install fonts-noto-cjk (Linux) or a Chinese font.",
        )
    preferred = [f for f in chinese if "CJK" in f or "Han Sans" in f or "YaHei" in f]
    return Check("Chinese font", True, (preferred or chinese)[0])


def _lessons(paths) -> Check:
    try:
        from trainer.content.loader import load_all
    except ImportError:
        return Check("lessons", True, "no lesson loader in this version", required=False)
    lessons, problems = load_all(paths)
    detail = f"{len(lessons)} lessons"
    for p in problems:
        detail += f"\n      skipped: {p}"
    return Check("lessons", bool(lessons), detail)


def _speech(_paths) -> Check:
    try:
        from trainer.services.speech.selftest import speech_check
    except ImportError:
        import shutil

        found = shutil.which("espeak-ng") or shutil.which("espeak")
        return Check(
            "speech",
            bool(found) or sys.platform != "linux",
            found or "espeak-ng not found: install espeak-ng (text will show without speech)",
            required=False,
        )
    ok, detail = speech_check()
    return Check("speech", ok, detail, required=False)


CHECKS: list[Callable] = [_data_folder, _database, _translations, _fonts, _lessons, _speech]


def run(_args: argparse.Namespace | None = None) -> int:
    from trainer import __version__
    from trainer.config import resolve_paths

    paths = resolve_paths()
    print(f"Digital Bridge {__version__} self-test")
    results = []
    for check in CHECKS:
        try:
            result = check(paths)
        except Exception as exc:  # noqa: BLE001 - a check that crashes is a failed check
            result = Check(check.__name__.strip("_"), False, f"{type(exc).__name__}: {exc}")
        results.append(result)
        mark = "OK     " if result.ok else ("PROBLEM" if result.required else "WARNING")
        print(f"  {mark} {result.name}: {result.detail}")
    failed = [r for r in results if r.required and not r.ok]
    print("All checks passed." if not failed else f"{len(failed)} problem(s): see the lines marked PROBLEM.")
    return 0 if not failed else 1
