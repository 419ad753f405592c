"""Hostile and unusual names and roster files: what is refused, with which reason, and what is kept.

A binary file is "not a text file" (it used to say "run again with --encoding" and name no encoding);
a quote that is never closed no longer merges the following learners into one name; the family emoji
(joined with zero-width joiners) is a name like any other; right-to-left controls, which show a name
reversed, are refused, as are other invisible characters."""

from __future__ import annotations

import os

import pytest

from trainer.cli import main
from trainer.domain.learner import name_problem
from trainer.services.learners import LearnerService, NameNotAccepted
from trainer.services.roster import RosterService
from trainer.storage.db import Database

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # 👨‍👩‍👧
NAMES_OK = [
    f"{FAMILY} 王家",
    "\U0001f469\U0001f3fd\u200d\U0001f33e 李阿姨",  # 👩🏽‍🌾 (a skin tone, then a joiner)
    "\u2764\ufe0f 陈奶奶",  # ❤️ with its variation selector
    "<img src=/dev/zero>",  # only text: shown as text everywhere (tests/ui/test_plain_text.py)
    "Zoë O'Brien-Ng",
]
NAMES_REFUSED = {
    "\u202eAnn": "bidi",  # shows as "nnA"
    "Ann\u2067Lee\u2069": "bidi",
    "An\u200bn": "bad_characters",  # zero-width space: two names that look the same
    "Ann\u200dLee": "bad_characters",  # a joiner between letters is not an emoji sequence
    "\u200d": "bad_characters",
    "Ann\x07": "bad_characters",
    "Ann\ufeff": "bad_characters",
}


@pytest.mark.parametrize("name", NAMES_OK)
def test_names_people_use_are_accepted_and_kept_exactly(name, paths):
    assert name_problem(name) is None
    with Database.open(paths) as db:
        made = LearnerService(db).create(name, "sun", "zh_CN")
        assert LearnerService(db).get(made.id).name == name


@pytest.mark.parametrize("name", sorted(NAMES_REFUSED))
def test_invisible_and_right_to_left_characters_are_refused(name, paths):
    assert name_problem(name) == NAMES_REFUSED[name]
    with Database.open(paths) as db, pytest.raises(NameNotAccepted):
        LearnerService(db).create(name, "sun", "zh_CN")


def _import(paths, tmp_path, data: bytes, *args: str):
    path = tmp_path / "roster.csv"
    path.write_bytes(data)
    with Database.open(paths) as db:
        report = RosterService(db).import_csv(path, skip_bad="--skip-bad" in args)
        names = sorted(t.name for t in db.list_tiles())
    return report, names


def test_a_binary_file_is_not_a_text_file(paths, tmp_path, capsys):
    junk = bytes((n * 37 + 11) % 256 for n in range(4000)).replace(b"\x00", b"\x01")
    report, names = _import(paths, tmp_path, junk)
    assert report.file_problem is not None and report.file_problem.reason == "unreadable"
    assert names == []
    assert main(["roster", "import", str(tmp_path / "roster.csv")]) == 1
    said = capsys.readouterr().err
    assert "--encoding" not in said and "cannot be read as text" in said


def test_an_unclosed_quote_does_not_merge_learners(paths, tmp_path):
    data = b'name,language\nAnn,en\n"Bob,en\nCai,en\nDee,en\n'
    report, names = _import(paths, tmp_path, data)
    assert [(p.line, p.reason, p.other_line) for p in report.problems] == [(3, "unclosed_quote", 5)]
    assert names == []  # nothing imported, and never a learner called "Bob,en Cai,en Dee,en"
    report, names = _import(paths, tmp_path, data, "--skip-bad")
    assert names == ["Ann"]


def test_a_name_over_two_lines_in_a_closed_quote_is_one_name(paths, tmp_path):
    report, names = _import(paths, tmp_path, b'name,language\n"Ann\nLee",en\nBob,en\n')
    assert report.ok and names == ["Ann Lee", "Bob"]


def test_roster_names_follow_the_same_rules(paths, tmp_path):
    rows = [f"{FAMILY} 王家,zh_CN", "\u202eAnn,en", "An\u200bn,en", "Bob,en"]
    data = ("name,language\n" + "\n".join(rows) + "\n").encode("utf-8-sig")
    report, _ = _import(paths, tmp_path, data)
    assert [(p.line, p.reason) for p in report.problems] == [(3, "bidi"), (4, "bad_characters")]
    report, names = _import(paths, tmp_path, data, "--skip-bad")
    assert names == sorted(["Bob", f"{FAMILY} 王家"])


def test_a_roster_file_in_gb18030_is_still_offered_with_its_encoding(paths, tmp_path, capsys):
    (tmp_path / "roster.csv").write_bytes("name,language\n王秀英,zh_CN\n".encode("gb18030"))
    assert main(["roster", "import", str(tmp_path / "roster.csv")]) == 1
    said = capsys.readouterr().err
    assert "--encoding gb18030" in said and "王秀英" in said
    assert os.path.exists(tmp_path / "roster.csv")
