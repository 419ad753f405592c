"""Emoji in names reach the PDFs: a learner named with the family emoji (and a smiley) gets a progress
report that shows them (drawn from the colour emoji font as pictures; the rest of the name stays in
the text layer). They were missing: no font on the PC had them (scripts/install.sh installs
fonts-noto-color-emoji; Windows has Segoe UI Emoji)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from trainer.cli import main
from trainer.storage.db import Database

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
NAME = f"王家 {FAMILY}\U0001f600"


@pytest.mark.slow  # a report through the command line, with the curriculum loaded (about 5 s)
@pytest.mark.skipif(shutil.which("pdfimages") is None, reason="needs poppler-utils (scripts/install.sh)")
def test_a_report_shows_the_emoji_of_a_name(paths, tmp_path, qapp, capsys):
    from trainer.services.learners import LearnerService

    with Database.open(paths) as db:
        LearnerService(db).create(NAME, "sun", "zh_CN")
    out = tmp_path / "report.pdf"
    assert main(["report", "learner", NAME, "--out", str(out)]) == 0, capsys.readouterr()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "王家" in text
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True)
    drawn = [line for line in images.stdout.splitlines()[2:] if " image " in line]
    assert len(drawn) >= 2, "the family and the smiley are drawn (colour emoji font)\n" + images.stdout


NO_EMOJI_FONTS = """<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<selectfont><rejectfont>
<pattern><patelt name="family"><string>Noto Color Emoji</string></patelt></pattern>
<pattern><patelt name="family"><string>Symbola</string></patelt></pattern>
</rejectfont></selectfont></fontconfig>
"""

# run in a fresh process: the PC's fonts are those fontconfig is told of, and the "bundle" is a folder
# holding the app's resources and the fonts build_installer stages
REPORT_ON_A_PC_WITHOUT_EMOJI = """
import sys
from pathlib import Path
import trainer.config
bundle = Path(sys.argv[1])
trainer.config.resource_dir = lambda: bundle
from trainer.cli import main
from trainer.services.fonts import emoji_families
from trainer.services.pdf import ensure_gui
from trainer.services.learners import LearnerService
from trainer.storage.db import Database
with Database.open(trainer.config.resolve_paths()) as db:
    LearnerService(db).create(sys.argv[3], "sun", "zh_CN")
code = main(["report", "learner", sys.argv[3], "--out", sys.argv[2]])
print("families:", emoji_families())
from trainer.cli.selftest import _emoji_font
check = _emoji_font(None)
print("self-test:", check.ok, check.required, check.detail)
sys.exit(code)
"""


def _staged_bundle(folder):
    """The app's resources (links to this checkout) with the fonts folder build_installer stages."""
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root))
    try:
        import build_installer
    finally:
        sys.path.remove(str(root))
    if not build_installer.EMOJI_FONT.is_file():
        pytest.skip("no fonts-symbola on this build PC (scripts/install.sh installs it)")
    from trainer.config import resource_dir

    folder.mkdir()
    for entry in resource_dir().iterdir():
        if entry.name != "fonts":
            (folder / entry.name).symlink_to(entry)
    licences = folder / "licences-staged"
    licences.mkdir()
    build_installer.stage_fonts(folder / "fonts", licences)
    return folder, licences


def test_the_bundle_carries_an_emoji_font_with_its_licence(tmp_path):
    from trainer.services.fonts import EMOJI_FONT, FONT_DIR

    bundle, licences = _staged_bundle(tmp_path / "bundle")
    font = bundle / FONT_DIR / EMOJI_FONT
    assert font.is_file() and font.stat().st_size < 4_000_000  # the bundle's size goal: see README
    assert "free for any use" in (licences / "LICENSE-Symbola.txt").read_text()
    assert not list((bundle / FONT_DIR).glob("*.ttf"))  # not among the text fonts PDFs choose from


@pytest.mark.slow  # a fresh process makes a report on a PC with its emoji fonts hidden (a few seconds)
@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs poppler-utils (scripts/install.sh)")
@pytest.mark.parametrize("bundled", [True, False])
def test_on_a_pc_without_an_emoji_font_the_bundle_s_font_draws_them(tmp_path, bundled):
    """Without an emoji font a name's emoji printed as empty boxes; the bundled one is registered
    before the PDF and draws them (the family as its three people: Symbola has no joined family)."""
    import os
    import sys

    bundle = _staged_bundle(tmp_path / "bundle")[0] if bundled else tmp_path / "elsewhere"
    conf = tmp_path / "fonts.conf"
    conf.write_text(NO_EMOJI_FONTS)
    home, out = tmp_path / "home", tmp_path / "report.pdf"
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), TRAINER_HOME=str(home), TRAINER_LANG="zh_CN")
    env["QT_QPA_PLATFORM"] = "offscreen"
    run = subprocess.run(
        [sys.executable, "-c", REPORT_ON_A_PC_WITHOUT_EMOJI, str(bundle), str(out), NAME],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    if bundled:
        assert "families: ['Symbola']" in run.stdout and "Symbola" in fonts, run.stdout + fonts
        said = "self-test: True True Symbola（由本软件提供：这台电脑没有表情符号字体"  # (TRAINER_LANG=zh_CN)
        assert said in run.stdout
    else:  # the control: this PC really has no emoji font then
        assert "families: []" in run.stdout and "Symbola" not in fonts and "Emoji" not in fonts
        # (in English: the translations are read from the resources, and "elsewhere" has none)
        assert "self-test: False False none found: emoji in names show as empty boxes" in run.stdout


def test_the_self_test_names_the_pc_s_own_emoji_font(qapp):
    from trainer.cli.selftest import _emoji_font
    from trainer.services.fonts import emoji_families

    if not emoji_families():
        pytest.skip("this PC has no emoji font (scripts/install.sh installs fonts-noto-color-emoji)")
    check = _emoji_font(None)
    assert check.ok and check.detail in emoji_families() and "from the app" not in check.detail


FIRST_SCREEN_ON_A_PC_WITHOUT_EMOJI = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
app = QApplication(["trainer"])
from trainer.app import _lay_text_out_again
from trainer.services.fonts import ensure_emoji_font
from trainer.ui.widgets import Text
window = QWidget()
name = Text(sys.argv[2])
QVBoxLayout(window).addWidget(name)
window.show()
app.processEvents()
widths = [name.sizeHint().width()]
assert ensure_emoji_font(Path(sys.argv[1])) == ["Symbola"]
app.processEvents()
widths.append(name.sizeHint().width())
_lay_text_out_again(window)
app.processEvents()
widths.append(name.sizeHint().width())
print(*widths)
"""


@pytest.mark.slow  # a fresh process with the PC's emoji fonts hidden (a second or two)
def test_names_on_the_first_screen_are_laid_out_again_with_the_bundled_font(tmp_path):
    """The font is registered after the first screen: the sign-in tiles already showed empty boxes
    and kept them until the app lays their text out again."""
    import os
    import sys

    bundle = _staged_bundle(tmp_path / "bundle")[0]
    conf = tmp_path / "fonts.conf"
    conf.write_text(NO_EMOJI_FONTS)
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "-c", FIRST_SCREEN_ON_A_PC_WITHOUT_EMOJI, str(bundle), NAME],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    boxes, still_boxes, drawn = map(int, run.stdout.split())
    assert still_boxes == boxes < drawn  # the emoji are wider than the empty boxes they replace
