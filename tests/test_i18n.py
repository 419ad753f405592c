"""Every interface string has a zh_CN and an en translation with the same placeholders, and the
compiled .qm files are up to date with the .ts files."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import translations as tool  # noqa: E402

PLACEHOLDER = re.compile(r"%\d|%n|\{\w*\}")


def messages(ts: Path) -> list[tuple[str, str, str | None, str | None]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            tr = m.find("translation")
            out.append(
                (
                    name,
                    m.findtext("source"),
                    tr.text if tr is not None else None,
                    tr.get("type") if tr is not None else None,
                )
            )
    return out


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> dict[str, Path]:
    """The committed .ts files, updated from the current source by lupdate in a temporary folder."""
    folder = tmp_path_factory.mktemp("ts")
    files = {}
    for lang in tool.LANGUAGES:
        dest = folder / f"trainer_{lang}.ts"
        shutil.copy(ROOT / "i18n" / f"trainer_{lang}.ts", dest)
        files[lang] = dest
    tool.update(list(files.values()))
    return files


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_source_string_is_translated(fresh_ts, lang):
    untranslated = [
        f"{ctx}: {src!r}"
        for ctx, src, tr, kind in messages(fresh_ts[lang])
        if kind in ("unfinished", "vanished", "obsolete") or not (tr or "").strip()
    ]
    assert not untranslated, f"{lang}: run `make translations` and translate:\n" + "\n".join(untranslated)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_placeholders_match(fresh_ts, lang):
    wrong = [
        f"{ctx}: {src!r} -> {tr!r}"
        for ctx, src, tr, _ in messages(fresh_ts[lang])
        if sorted(PLACEHOLDER.findall(src or "")) != sorted(PLACEHOLDER.findall(tr or ""))
    ]
    assert not wrong


def test_chinese_is_really_chinese(fresh_ts):
    han = re.compile(r"[\u4e00-\u9fff]")
    latin_only = [
        src
        for _, src, tr, _ in messages(fresh_ts["zh_CN"])
        if tr and not han.search(tr) and re.search("[a-z]{3}", src)
    ]
    assert not latin_only


def test_compiled_files_are_up_to_date(tmp_path):
    for lang in tool.LANGUAGES:
        qm = tmp_path / f"{lang}.qm"
        tool.release(ROOT / "i18n" / f"trainer_{lang}.ts", qm)
        assert qm.read_bytes() == (ROOT / "i18n" / f"trainer_{lang}.qm").read_bytes(), (
            f"run `make translations` ({lang})"
        )


def test_a_missing_translation_is_caught(tmp_path):
    """The check itself works: a new string in the source shows up as unfinished."""
    src = tmp_path / "extra.py"
    src.write_text(
        'from PySide6.QtCore import QCoreApplication\nQCoreApplication.translate("X", "A brand new string")\n'
    )
    ts = tmp_path / "t.ts"
    shutil.copy(ROOT / "i18n" / "trainer_zh_CN.ts", ts)
    subprocess.run([tool.tool("lupdate"), str(src), "-ts", str(ts)], check=True, capture_output=True)
    assert any(s == "A brand new string" and kind == "unfinished" for _, s, _, kind in messages(ts))
