"""The roster service against real files: CSV in and out (encodings, missing columns, duplicates,
formula cells, line numbers, all-or-nothing), editing, and export-then-erase of one learner."""

from __future__ import annotations

import csv
import json

import pytest

from trainer.domain.learner import COLOURS
from trainer.services.jobs import Cancelled, CancelToken
from trainer.services.roster import RosterService
from trainer.storage.errors import InvalidValue
from trainer.storage.repositories import AttemptRepository, HelpRequestRepository, LearnerRepository

GOOD = (
    "name,language,birth_year,gender\n王秀英,zh_CN,1950,female\nMargaret O'Brien,en,,\n李建国,中文,1948,男\n"
)


@pytest.fixture
def roster(db) -> RosterService:
    return RosterService(db)


def write(tmp_path, text: str, encoding: str = "utf-8", name: str = "roster.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def names(roster: RosterService) -> list[str]:
    return [x.name for x in roster.learners()]


def test_a_good_file_imports_every_row(roster, tmp_path):
    report = roster.import_csv(write(tmp_path, GOOD))
    assert report.ok and (report.rows, report.imported, report.encoding) == (3, 3, "utf-8")
    assert names(roster) == ["Margaret O'Brien", "李建国", "王秀英"]
    li = next(x for x in roster.learners() if x.name == "李建国")
    assert (li.language, li.birth_year, li.gender, li.archived) == ("zh_CN", 1948, "male", False)
    assert li.avatar and li.colour in COLOURS


def test_chinese_headers_semicolons_and_a_byte_order_mark(roster, tmp_path):
    text = "\ufeff姓名;语言;出生年份;性别;状态\n王秀英;中文;1950;女;已归档\n"
    report = roster.import_csv(write(tmp_path, text))
    assert report.ok and report.imported == 1
    (wang,) = roster.learners()
    assert (wang.name, wang.birth_year, wang.gender, wang.archived) == ("王秀英", 1950, "female", True)


def test_a_gbk_file_is_refused_with_a_guess_and_imports_once_confirmed(roster, tmp_path):
    path = write(tmp_path, GOOD, "gbk")
    report = roster.import_csv(path)
    assert report.file_problem is not None
    assert (report.file_problem.reason, report.file_problem.detail) == ("wrong_encoding", "gb18030")
    assert "王秀英,zh_CN,1950,female" in report.file_problem.preview
    assert report.imported == 0 and names(roster) == []
    confirmed = roster.import_csv(path, encoding="gb18030")
    assert confirmed.ok and confirmed.imported == 3 and "王秀英" in names(roster)


def test_a_latin1_file_gets_another_guess(roster, tmp_path):
    report = roster.check_csv(write(tmp_path, "name\nJosé Müller\n", "cp1252"))
    assert (report.file_problem.reason, report.file_problem.detail) == ("wrong_encoding", "cp1252")


def test_utf16_with_a_mark_is_read(roster, tmp_path):
    report = roster.import_csv(write(tmp_path, "name\tlanguage\r\n王秀英\tzh_CN\r\n", "utf-16"))
    assert report.ok and names(roster) == ["王秀英"]


def test_missing_name_column_imports_nothing(roster, tmp_path):
    report = roster.import_csv(write(tmp_path, "full name,language\nAnn,en\n"))
    assert report.file_problem.reason == "missing_columns" and report.file_problem.detail == "name"
    assert names(roster) == []
    assert roster.import_csv(write(tmp_path, "")).file_problem.reason == "empty"
    assert roster.import_csv(tmp_path / "nope.csv").file_problem.reason == "unreadable"
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"name\nA\x00nn\n")
    assert roster.import_csv(binary).file_problem.reason == "unreadable"


def test_bad_rows_are_listed_by_line_and_nothing_is_imported(roster, tmp_path):
    LearnerRepository(roster._db).create("Bob", "sun", COLOURS[0], "en")
    text = (
        "name,language,birth_year,gender\n"  # 1
        "王秀英,zh_CN,1950,female\n"  # 2 fine
        '"=HYPERLINK(""http://x"",""click"")",en,,\n'  # 3 formula
        "王秀英,zh_CN,1950,\n"  # 4 duplicate of line 2
        "\n"  # 5 blank: ignored
        '"Ann\nLee",en,19x5,\n'  # 6-7: a name over two lines, bad year
        "bob,en,,\n"  # 8 already on the roster
        "Cai,fr,1950,x,extra\n"  # 9 an extra cell
        "Dee,,,\n"  # 10 fine
    )
    path = write(tmp_path, text)
    report = roster.import_csv(path)
    got = [(p.line, p.reason) for p in report.problems]
    assert got == [
        (3, "formula"),
        (4, "duplicate_in_file"),
        (6, "bad_birth_year"),
        (8, "already_on_roster"),
        (9, "too_many_cells"),
    ]
    assert report.problems[1].other_line == 2
    assert report.rows == 7 and report.imported == 0 and not report.ok
    assert names(roster) == ["Bob"]
    skipped = roster.import_csv(path, skip_bad=True)
    assert skipped.imported == 2 and skipped.skipped == (3, 4, 6, 8, 9)
    assert names(roster) == ["Bob", "Dee", "王秀英"]


def test_cancelling_an_import_rolls_it_back(roster, tmp_path):
    text = "name\n" + "".join(f"Learner {n}\n" for n in range(1200))
    token, seen = CancelToken(), []

    def progress(done, total):
        seen.append((done, total))
        token.cancel()

    with pytest.raises(Cancelled):
        roster.import_csv(write(tmp_path, text), progress=progress, cancel=token)
    assert seen == [(500, 1200)] and names(roster) == []
    done = []
    assert roster.import_csv(write(tmp_path, text), progress=lambda d, t: done.append(d)).imported == 1200
    assert done == [500, 1000, 1200]


def test_export_is_utf8_with_bom_guarded_and_imports_back(roster, tmp_path, db):
    roster.add("王秀英", "zh_CN", birth_year=1950, gender="female")
    roster.add("+86 138 0000", "en")  # odd, but the learner typed it on their own tile
    roster.add("@home", "en")
    archived = roster.add("Zed", "en")
    roster.archive(archived.id)
    out = tmp_path / "export.csv"
    assert roster.export_csv(out) == 4
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == [
        "id",
        "name",
        "language",
        "birth_year",
        "gender",
        "status",
        "avatar",
        "created_at",
        "last_active_at",
    ]
    by_name = {r[1]: r for r in rows[1:]}
    assert set(by_name) == {"'+86 138 0000", "'@home", "王秀英", "Zed"}
    assert by_name["王秀英"][2:6] == ["zh_CN", "1950", "female", "active"]
    assert by_name["Zed"][5] == "archived"
    assert not any(cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)

    # into an empty roster elsewhere: the guard comes off again and nothing is lost
    for learner in roster.learners():
        roster.erase(learner.id)
    report = roster.import_csv(out)
    assert report.ok and report.imported == 4
    assert sorted(names(roster)) == sorted(["+86 138 0000", "@home", "王秀英", "Zed"])
    assert [x.name for x in roster.learners(include_archived=False)] == ["+86 138 0000", "@home", "王秀英"]


def test_edit_and_archive(roster):
    ann = roster.add("Ann", "en")
    changed = roster.edit(ann.id, name=" Ann  Lee ", avatar="cat", birth_year=1949, gender="female")
    assert (changed.name, changed.avatar, changed.birth_year, changed.gender) == (
        "Ann Lee",
        "cat",
        1949,
        "female",
    )
    assert roster.edit(ann.id, birth_year=None, gender=None).birth_year is None
    for bad in ({"gender": "x"}, {"birth_year": 1800}, {"language": "fr"}, {"name": ""}, {"pin_hash": "x"}):
        with pytest.raises(InvalidValue):
            roster.edit(ann.id, **bad)
    roster.archive(ann.id)
    assert roster.get(ann.id).archived and roster.learners(include_archived=False) == []
    roster.archive(ann.id, archived=False)
    assert not roster.get(ann.id).archived


def test_export_then_erase_one_learner(roster, db, tmp_path):
    ann = roster.add("Ann", "en", birth_year=1950)
    bob = roster.add("Bob", "en")
    LearnerRepository(db).set_pin(ann.id, "scrypt$secret-hash")
    attempts = AttemptRepository(db)
    attempts.append(ann.id, "mouse", 1, "point", {"choice": "b", "score": 1.0}, True, 1500)
    attempts.append(bob.id, "mouse", 1, "point", {"choice": "a"}, False, 1500)
    HelpRequestRepository(db).add(ann.id, "mouse", "point")

    saved = roster.export_learner_data(ann.id, tmp_path)
    doc = json.loads(saved.read_text(encoding="utf-8"))
    assert doc["format"] == "digital-bridge-learner-data/1"
    assert doc["learner"]["name"] == "Ann" and doc["learner"]["birth_year"] == 1950
    assert doc["learner"]["has_pin"] is True and "secret-hash" not in saved.read_text(encoding="utf-8")
    assert [a["answer"] for a in doc["attempt"]] == [{"choice": "b", "score": 1.0}]
    assert len(doc["help_request"]) == 1 and len(doc["learner_settings"]) == 1

    assert roster.erase(ann.id) and not roster.erase(ann.id)
    assert names(roster) == ["Bob"] and saved.is_file()
    assert len(attempts.list_for(bob.id)) == 1
