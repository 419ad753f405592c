"""Roster CSV files: reading (encoding, delimiter, header, one entry or problems per line) and
writing (UTF-8 with a byte-order mark, so Excel and WPS open Chinese names correctly; every cell
guarded against formulas). The columns are documented in ``domain.roster`` and in the README.

Encodings: UTF-8 (with or without the mark) and UTF-16 with a mark are read directly. Anything else
is refused with ``wrong_encoding`` and a guess (``gb18030`` when the bytes read as Chinese in that
encoding, as Excel and WPS save "CSV" on a Chinese Windows), with the first lines decoded that way:
the tutor confirms by importing again with that encoding. We never decode a guess silently: a
wrong guess would put wrong names on the roster without anyone noticing.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path

from trainer.domain.roster import (
    COLUMNS,
    REQUIRED,
    RosterEntry,
    RosterLearner,
    RowProblem,
    guard_cell,
    header_key,
    read_entry,
)
from trainer.services.jobs import CancelToken, Progress

MAX_BYTES = 20 * 1024 * 1024
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class FileProblem:
    """Why the file as a whole cannot be read. ``reason``: ``unreadable``, ``too_big``, ``empty``,
    ``wrong_encoding`` (``detail``: the guessed encoding; ``preview``: first lines decoded with it),
    ``missing_columns`` (``detail``: the missing column names, comma-separated)."""

    reason: str
    detail: str = ""
    preview: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedFile:
    encoding: str
    entries: tuple[RosterEntry, ...] = ()
    problems: tuple[RowProblem, ...] = ()
    rows: int = 0
    ignored_columns: tuple[str, ...] = ()
    file_problem: FileProblem | None = None


@dataclass(frozen=True)
class ImportReport:
    """What an import found and did. Nothing is written while ``problems`` is not empty, unless
    the tutor chose to skip those lines (``skipped``)."""

    encoding: str
    rows: int = 0  # data rows read (blank lines are not counted)
    problems: tuple[RowProblem, ...] = ()
    file_problem: FileProblem | None = None
    imported: int = 0
    skipped: tuple[int, ...] = ()  # lines left out because the tutor chose to skip bad rows
    ignored_columns: tuple[str, ...] = ()
    learner_ids: tuple[str, ...] = field(default=(), repr=False)

    @property
    def ok(self) -> bool:
        return self.file_problem is None and not self.problems

    @property
    def bad_lines(self) -> tuple[int, ...]:
        return tuple(sorted({p.line for p in self.problems}))


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str] | FileProblem:
    """(text, encoding used), or the reason it cannot be read."""
    if encoding:
        try:
            return data.decode(encoding).lstrip("\ufeff"), encoding
        except (UnicodeDecodeError, LookupError):
            return FileProblem("wrong_encoding", encoding)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return FileProblem("unreadable")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:  # a picture, a spreadsheet's own format: not a text file in any encoding
        return FileProblem("unreadable")
    for guess in ("gb18030", "cp1252"):
        try:
            text = data.decode(guess)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            break
        if guess != "gb18030" or _HAN.search(text):
            return FileProblem("wrong_encoding", guess, tuple(text.splitlines()[:3]))
    # no encoding makes text of it: say so, rather than "run again with --encoding" and no encoding
    return FileProblem("unreadable")


def _looks_binary(text: str) -> bool:
    """More than 1 in 100 characters are control characters other than tab and line breaks."""
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\r\n")
    return controls * 100 > len(text)


def parse(text: str, encoding: str, this_year: int, default_language: str = "zh_CN") -> ParsedFile:
    if "\x00" in text:  # a picture, a spreadsheet's own format: not a text file
        return ParsedFile(encoding, file_problem=FileProblem("unreadable"))
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    if not first:
        return ParsedFile(encoding, file_problem=FileProblem("empty"))
    delimiter = max(",;\t", key=first.count) if any(d in first for d in ",;\t") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    entries: list[RosterEntry] = []
    problems: list[RowProblem] = []
    rows, line_end = 0, 0
    try:
        for cells in reader:
            line, line_end = line_end + 1, reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = [header_key(c) for c in cells]
                missing = [c for c in REQUIRED if c not in header]
                if missing:
                    return ParsedFile(
                        encoding, file_problem=FileProblem("missing_columns", ",".join(missing))
                    )
                continue
            rows += 1
            if line_end > line and _swallowed_lines(cells, delimiter):
                # a quote never closed: the next lines, cells and all, became part of one cell
                problems.append(RowProblem(line, "unclosed_quote", "", _first_line(cells), line_end))
                continue
            if any(c.strip() for c in cells[len(header) :]):
                problems.append(RowProblem(line, "too_many_cells", "", cells[len(header)]))
                continue
            named = {k: v for k, v in zip(header, cells, strict=False) if k in COLUMNS}
            found = read_entry(line, named, this_year, default_language)
            if isinstance(found, RosterEntry):
                entries.append(found)
            else:
                problems.extend(found)
    except csv.Error:  # e.g. NUL bytes: not a text file
        return ParsedFile(encoding, file_problem=FileProblem("unreadable"))
    ignored = tuple(c for c in (header or []) if c and c not in COLUMNS)
    return ParsedFile(encoding, tuple(entries), tuple(problems), rows, ignored)


def _swallowed_lines(cells: list[str], delimiter: str) -> bool:
    """A cell over several lines that holds the delimiter too: whole lines of the file ended up in it
    (a name written over two lines in a closed quote, "Ann\nLee", is one name, not this)."""
    return any(("\n" in c or "\r" in c) and delimiter in c for c in cells)


def _first_line(cells: list[str]) -> str:
    joined = next((c for c in cells if "\n" in c or "\r" in c), "")
    return joined.splitlines()[0][:60] if joined else ""


def read_file(
    path: Path, encoding: str | None, this_year: int, default_language: str = "zh_CN"
) -> ParsedFile:
    try:
        if Path(path).stat().st_size > MAX_BYTES:
            return ParsedFile("", file_problem=FileProblem("too_big"))
        data = Path(path).read_bytes()
    except OSError:
        return ParsedFile("", file_problem=FileProblem("unreadable"))
    decoded = decode(data, encoding)
    if isinstance(decoded, FileProblem):
        return ParsedFile("", file_problem=decoded)
    text, used = decoded
    return parse(text, used, this_year, default_language)


def write_roster(
    path: Path,
    learners: Sequence[RosterLearner],
    tz: tzinfo,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Write the roster (the ``COLUMNS``, UTF-8 with BOM, CRLF lines, guarded cells); times are the
    centre's local time as ``YYYY-MM-DD HH:MM``. Written to a temporary name, then renamed."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(COLUMNS)
            for n, x in enumerate(learners, 1):
                row = (
                    x.id,
                    x.name,
                    x.language,
                    "" if x.birth_year is None else str(x.birth_year),
                    x.gender or "",
                    "archived" if x.archived else "active",
                    x.avatar,
                    _local(x.created_at, tz),
                    _local(x.last_active_at, tz),
                )
                writer.writerow([guard_cell(c) for c in row])
                if n % 200 == 0 or n == len(learners):
                    if cancel is not None:
                        cancel.check()
                    if progress is not None:
                        progress(n, len(learners))
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return len(learners)


def _local(moment: datetime | None, tz: tzinfo) -> str:
    return "" if moment is None else moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")
