"""``trainer --self-test``: checks this PC without opening a window, for tutors setting up a PC.

Prints one line per check (OK / PROBLEM, and what to do) and exits 0 when everything needed works.
"""

from __future__ import annotations

import argparse
import os
import secrets
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    required: bool = True


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("self-test", help="check this PC (same as --self-test)")
    p.set_defaults(func=run)


PROBE_BYTES = 1024 * 1024  # written and synced: a disk with less room than this is "full" for us
LOW_SPACE = 50 * 1024 * 1024


def _data_folder(paths) -> Check:
    """The folder can be written: a real megabyte, synced (an empty file can be made on a full disk)."""
    import shutil

    from trainer.cli.say import translate
    from trainer.storage.db import ensure_writable

    try:
        ensure_writable(paths.data)
        handle, probe = tempfile.mkstemp(dir=paths.data, prefix=".self-test-")
        try:
            os.write(handle, b"\0" * PROBE_BYTES)
            os.fsync(handle)
        finally:
            os.close(handle)
            os.unlink(probe)
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        import errno

        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            why = translate("Cli", "the disk is full. Free some space on it.")
        else:
            why = translate("Cli", "cannot write in it (%1). Give the folder write permission.").replace(
                "%1", str(exc)
            )
        return Check("data folder", False, f"{paths.data}: {why}")
    mode = " (portable)" if paths.portable else ""
    free = shutil.disk_usage(paths.data).free
    if free < LOW_SPACE:
        return Check(
            "data folder",
            False,
            translate("Cli", "%1: only %2 MB free on the disk. Free some space: answers and backups need it.")
            .replace("%1", str(paths.data))
            .replace("%2", str(free // (1024 * 1024))),
        )
    private = (
        "" if os.name != "posix" or (paths.data.stat().st_mode & 0o077) == 0 else " (readable by others!)"
    )
    return Check("data folder", not private, f"{paths.data}{mode}, {free // (1024 * 1024)} MB free{private}")


def _database(paths) -> Check:
    """Opens, passes a full integrity check with the app's own schema and triggers, and takes a write."""
    import time

    from trainer.cli.say import put_aside_notice, storage_problem, translate
    from trainer.storage.backup import list_backups
    from trainer.storage.db import Database
    from trainer.storage.errors import StorageError

    try:
        db = Database.open(paths)
    except StorageError as exc:
        return Check("database", False, storage_problem(exc, paths.database))
    try:
        started = time.perf_counter()
        verdict = db.check(full=True)
        seconds = time.perf_counter() - started
        write_problem = _write_problem(db)
        state = db.put_aside
    finally:
        db.close()
    size = paths.database.stat().st_size / (1024 * 1024)
    if not verdict.ok:
        good = next((b for b in list_backups(paths.backups) if b.ok), None)
        text = translate("Cli", "%1 failed its check: %2 (%3).").replace("%1", str(paths.database))
        text = text.replace("%2", verdict.problem or "").replace("%3", verdict.detail)
        if good is not None:
            text += " " + translate("Cli", "The newest good backup is %1: trainer restore %1").replace(
                "%1", str(good.path)
            )
        return Check("database", False, text)
    if write_problem:
        return Check("database", False, write_problem)
    if state is not None:
        return Check("database", False, put_aside_notice(state))
    return Check(
        "database",
        True,
        f"schema version {verdict.version}, {verdict.learners} learners, {size:.1f} MB; "
        f"integrity check {seconds:.1f} s, test write OK",
    )


def _write_problem(db) -> str | None:
    import sqlite3

    from trainer.cli.say import translate
    from trainer.storage.connection import is_disk_full, is_read_only

    try:
        db.write_probe()
    except sqlite3.Error as exc:
        if is_disk_full(exc):
            return translate("Cli", "The disk is full: answers cannot be saved. Free some space on it.")
        if is_read_only(exc):
            return translate(
                "Cli", "%1 is read-only: answers cannot be saved. Give this account write permission to it."
            ).replace("%1", str(db.path))
        return (
            translate("Cli", "A test write to %1 failed (%2).")
            .replace("%1", str(db.path))
            .replace("%2", str(exc))
        )
    return None


def _translations(paths) -> Check:
    missing = [lang for lang in ("zh_CN", "en") if not (paths.i18n / f"trainer_{lang}.qm").is_file()]
    if missing:
        return Check(
            "translations", False, f"missing {', '.join(missing)} in {paths.i18n}. Reinstall the app."
        )
    return Check("translations", True, "zh_CN, en")


def _fonts(_paths) -> Check:
    from PySide6.QtGui import QFontDatabase

    from trainer.config import resource_dir
    from trainer.services.fonts import ensure_cjk_font
    from trainer.services.pdf import ensure_gui

    ensure_gui()  # (offscreen without a screen; the PySide guard too)
    bundled = ensure_cjk_font(resource_dir())  # what the app does at start-up
    if bundled:
        return Check("Chinese font", True, f"{bundled[0]} (from the app: this PC has no Chinese font)")
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if not chinese:
        return Check(
            "Chinese font",
            False,
            "no font for Chinese found. Install fonts-noto-cjk (Linux) or a Chinese font.",
        )
    preferred = [f for f in chinese if "CJK SC" in f or "Han Sans SC" in f or "YaHei" in f]
    preferred += [f for f in chinese if "CJK" in f or "Han Sans" in f]
    return Check("Chinese font", True, (preferred or chinese)[0])


def _emoji_font(_paths) -> Check:
    """Names may hold emoji (the family emoji is a name): which font draws them on screen and in PDFs."""
    from trainer.cli.say import translate
    from trainer.services.fonts import emoji_font_in_use
    from trainer.services.pdf import ensure_gui

    ensure_gui()  # registers the bundle's emoji font on a PC without one, as before every PDF
    found = emoji_font_in_use()
    name = translate("Cli", "emoji font")
    if found is None:
        text = translate(
            "Cli",
            "none found: emoji in names show as empty boxes. Install fonts-noto-color-emoji (Linux) or "
            "Segoe UI Emoji (Windows).",
        )
        return Check(name, False, text, required=False)
    family, bundled = found
    if bundled:
        text = translate(
            "Cli",
            "%1 (from the app: this PC has none; black and white, and emoji newer than 2016 show as empty "
            "boxes. fonts-noto-color-emoji gives them all in colour)",
        ).replace("%1", family)
        return Check(name, True, text)
    return Check(name, True, family)


def _lessons(paths) -> Check:
    from trainer.content.loader import load_all

    lessons, problems = load_all(paths)
    detail = f"{len(lessons)} lessons"
    for p in problems:
        detail += f"\n      skipped: {p}"
    return Check("lessons", bool(lessons), detail)


def _speech(_paths) -> Check:
    return _speak_to_wav()


def _sound(_paths) -> Check:
    """Whether sound can be heard at all (a voice can speak into a file on a PC without a sound card)."""
    from trainer.services.speech.sound_check import describe, sound_state

    state = sound_state()
    return Check("sound", state.problem is None, describe(state), required=False)


SELF_TEST_PHRASES = {"zh_CN": "你好，欢迎来到数字桥。", "en": "Hello, welcome to Digital Bridge."}


def _speak_to_wav() -> Check:
    """List the voices and speak one phrase per language to a WAV, in a folder thrown away after."""
    from trainer.domain.speech import LANGS
    from trainer.services.speech import messages
    from trainer.services.speech.client import WorkerError
    from trainer.services.speech.synth import NoVoice, Synthesizer

    spoken, missing = [], []
    with tempfile.TemporaryDirectory(prefix="trainer-self-test-") as tmp:
        synth = Synthesizer.for_paths(Path(tmp))
        try:
            voices = synth.voices()
            for lang in LANGS:
                try:
                    r = synth.render(SELF_TEST_PHRASES.get(lang, SELF_TEST_PHRASES["en"]), lang, "normal")
                except NoVoice:
                    missing.append(lang)
                    continue
                spoken.append(f"{lang} {r.voice} {r.seconds:.1f} s")
        except (WorkerError, RuntimeError) as exc:
            return Check("speech", False, f"{exc}. {messages.engine_fix()}", required=False)
        finally:
            synth.close()
    detail = f"{synth.client.engine_id}, {len(voices)} voices; spoke " + "; ".join(spoken or ["nothing"])
    for lang in missing:
        detail += f"\n      no voice for {lang}: {messages.voice_fix(lang)}"
    return Check("speech", not missing, detail, required=False)


def _certificate(_paths) -> Check:
    """Issue a certificate with a throw-away key in a throw-away folder, and verify it (JWT and QR)."""
    from datetime import datetime

    from trainer.config import Paths
    from trainer.domain.certificates import (
        KIND_TIER,
        Achievement,
        Assessment,
        Issuer,
        LearnerRef,
        LessonRecord,
    )
    from trainer.domain.learner import AVATARS
    from trainer.services.certificates import keys
    from trainer.services.certificates.service import CertificateService
    from trainer.services.certificates.verify import verify_credential, verify_qr
    from trainer.services.learners import LearnerService
    from trainer.storage.db import Database

    with tempfile.TemporaryDirectory(prefix="trainer-self-test-") as tmp:
        paths = Paths(data=Path(tmp), cache=Path(tmp) / "cache")
        passphrase = secrets.token_urlsafe(16)
        keys.create_signing_key(paths, passphrase)
        key = keys.load_signing_key(paths, passphrase)
        db = Database.open(paths)
        try:
            learner = LearnerService(db).create("自检", AVATARS[0], "zh_CN")
            now = datetime.now().astimezone().replace(microsecond=0)
            lesson = LessonRecord("self-test", "自检", "Self-test", "basic", 10, ("1.1",), now)
            issued = CertificateService(db, paths).issue(
                key,
                Issuer("自检 Self-test", "-", "SELF-TEST"),
                LearnerRef(learner.id, learner.name),
                Achievement(KIND_TIER, "basic", (lesson,)),
                Assessment(),
            )
        finally:
            db.close()
        verdicts = [verify_credential(issued.jwt, [key.public]), verify_qr(issued.qr_text, [key.public])]
        pdf_ok = issued.pdf.is_file() and issued.pdf.read_bytes()[:5] == b"%PDF-"
    bad = [v.reason for v in verdicts if not v.valid] + ([] if pdf_ok else ["no PDF written"])
    if bad:
        return Check("certificate", False, "issued but not verified: " + "; ".join(bad))
    return Check("certificate", True, f"issued and verified {issued.id} (PDF, JWT, QR) in a temporary folder")


CHECKS: list[Callable] = [
    _data_folder,
    _database,
    _translations,
    _fonts,
    _emoji_font,
    _lessons,
    _speech,
    _sound,
    _certificate,
]


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
