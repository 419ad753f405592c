"""The Chinese font the bundle carries: it covers what the app shows, and is used only when a PC has none."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.installer.installer_helpers import FONT_DIR, INSTALLER, ROOT
from trainer.services.fonts import chinese_families, ensure_cjk_font

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
FONTS = sorted(FONT_DIR.glob("*.otf"))


def shown_chinese() -> dict[str, str]:
    """Every Chinese character in the lessons, translations and code, with one file it comes from."""
    found: dict[str, str] = {}
    for folder, suffixes in (("lessons", (".toml", ".md")), ("i18n", (".ts",)), ("trainer", (".py",))):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in suffixes and path.is_file():
                for ch in CJK.findall(path.read_text("utf-8", errors="ignore")):
                    found.setdefault(ch, str(path.relative_to(ROOT)))
    return found


def test_regular_and_bold_are_there_with_their_licence():
    assert [f.name for f in FONTS] == ["NotoSansCJKsc-Bold.subset.otf", "NotoSansCJKsc-Regular.subset.otf"]
    licence = (FONT_DIR / "LICENSE-NotoSansCJK.txt").read_text("utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and "Copyright 2014-2021 Adobe" in licence


@pytest.mark.parametrize("font", FONTS, ids=lambda p: p.stem)
def test_bundled_font_has_every_chinese_character_the_app_shows(qapp, font):
    from PySide6.QtGui import QRawFont

    raw = QRawFont(str(font), 24)
    assert raw.isValid() and raw.familyName() == "Noto Sans CJK SC"
    chars = shown_chinese()
    assert len(chars) > 500  # the lessons are in Chinese: a scan that finds nothing is a broken test
    # ord(): PySide6 6.12 turns some one-character strings into the wrong QChar
    missing = {ch: where for ch, where in chars.items() if not raw.supportsCharacter(ord(ch))}
    assert missing == {}, f"run installer/fonts/make_subset.py (missing: {missing})"
    assert all(raw.supportsCharacter(ord(ch)) for ch in "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü，。？！“”：、（）《》…—")


def test_nothing_is_registered_when_the_pc_has_a_chinese_font(qapp):
    if not chinese_families():
        pytest.skip("this PC has no Chinese font")
    assert ensure_cjk_font(INSTALLER) == []


def test_nothing_to_register_when_running_from_source(qapp, tmp_path):
    assert ensure_cjk_font(tmp_path, force=True) == []


NO_CJK_CHILD = r"""
import json, sys
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication
from trainer.services.fonts import chinese_families, ensure_cjk_font
from trainer.ui.theme import FAMILIES
app = QApplication(sys.argv[:1])
before = chinese_families()
registered = ensure_cjk_font(__import__("pathlib").Path(sys.argv[1]))
font = QFont()
font.setFamilies(list(FAMILIES))
font.setPointSize(18)
layout = QTextLayout("数字桥 Digital Bridge", font)
layout.beginLayout(); layout.createLine(); layout.endLayout()
runs = [r.rawFont().familyName() for r in layout.glyphRuns()]
print(json.dumps({"before": before, "registered": registered, "runs": runs}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig: Linux")
def test_a_pc_without_chinese_fonts_gets_the_bundled_one(tmp_path):
    """A fontconfig that knows only DejaVu stands for a bare Linux without CJK fonts."""
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not dejavu.is_dir():
        pytest.skip("needs fonts-dejavu-core")
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{dejavu}</dir><cachedir>{tmp_path / "cache"}</cachedir>'
        "</fontconfig>"
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", NO_CJK_CHILD, str(INSTALLER)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["before"] == []
    assert result["registered"] == ["Noto Sans CJK SC"]
    assert "Noto Sans CJK SC" in result["runs"]  # the Chinese characters are drawn with it
