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
