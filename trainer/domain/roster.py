"""The roster as a spreadsheet: the CSV columns, reading one row, the formula guard, duplicates.

Columns (header row, any order; only ``name`` is required; Chinese headers are accepted too):

| column | meaning | values |
| --- | --- | --- |
| ``id`` | the learner's id (export only; ignored on import) | UUID |
| ``name`` | the name on their tile | 1-40 characters |
| ``language`` | language of the app for them | ``zh_CN`` or ``en`` (also 中文, English); default ``zh_CN`` |
| ``birth_year`` | optional, for the anonymised summary | 1900 to this year |
| ``gender`` | optional, for the anonymised summary | ``female``, ``male``, ``other`` (also 女, 男, 其他, F, M) |
| ``status`` | ``active`` or ``archived`` | default ``active`` |
| ``avatar`` | picture on the tile | see ``domain.learner.AVATARS``; default: one by turn |
| ``created_at`` ``last_active_at`` | export only | UTC ISO-8601 |
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from trainer.domain.learner import AVATARS, LANGUAGES, clean_name, name_problem

COLUMNS = (
    "id",
    "name",
    "language",
    "birth_year",
    "gender",
    "status",
    "avatar",
    "created_at",
    "last_active_at",
)
REQUIRED = ("name",)
GENDERS = ("female", "male", "other")
STATUSES = ("active", "archived")
HEADER_ALIASES = {
    "姓名": "name",
    "名字": "name",
    "语言": "language",
    "出生年份": "birth_year",
    "出生年": "birth_year",
    "性别": "gender",
    "状态": "status",
    "头像": "avatar",
}
_LANGUAGE_ALIASES = {"zh_cn": "zh_CN", "zh": "zh_CN", "中文": "zh_CN", "chinese": "zh_CN", "en": "en"}
_LANGUAGE_ALIASES |= {"english": "en", "英文": "en", "英语": "en"}
_GENDER_ALIASES = {"female": "female", "f": "female", "女": "female", "male": "male", "m": "male"}
_GENDER_ALIASES |= {"男": "male", "other": "other", "其他": "other"}
_STATUS_ALIASES = {"active": "active", "在读": "active", "archived": "archived", "已归档": "archived"}

# A spreadsheet treats a cell starting with one of these as a formula (or, for tab and CR, may
# shift it): the guard puts an apostrophe in front, which spreadsheets show as text and hide.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard_cell(value: str) -> str:
    """The cell as written to a CSV file: never run as a formula by Excel, WPS or LibreOffice."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def unguard_cell(value: str) -> str:
    """Undo ``guard_cell`` on import, so an exported roster imports back to the same names."""
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def header_key(cell: str) -> str:
    cell = cell.strip().lstrip("\ufeff").strip()
    return HEADER_ALIASES.get(cell, cell.lower())


@dataclass(frozen=True)
class RosterEntry:
    """One learner as read from a row, checked and cleaned."""

    line: int
    name: str
    language: str = "zh_CN"
    birth_year: int | None = None
    gender: str | None = None
    archived: bool = False
    avatar: str | None = None

    def key(self) -> str:
        return name_key(self.name)


@dataclass(frozen=True)
class RowProblem:
    """What is wrong with one line of the file. ``reason`` is a code the screens translate:

    ``missing_name``, ``name_too_long``, ``formula``, ``bad_characters`` (control characters),
    ``bidi`` (right-to-left controls, which show the name reversed), ``bad_language``,
    ``bad_birth_year``, ``bad_gender``, ``bad_status``, ``bad_avatar``, ``too_many_cells``,
    ``unclosed_quote`` (a quote never closed joined lines ``line`` to ``other_line`` into one),
    ``duplicate_in_file`` (``other_line`` is the first line with that learner), ``already_on_roster``.
    ``value`` is the offending cell as read (for the message).
    """

    line: int
    reason: str
    column: str = ""
    value: str = ""
    other_line: int | None = None


def name_key(name: str) -> str:
    """Names compared for duplicates: case and every space ignored (王 秀英 is 王秀英)."""
    return "".join(name.split()).casefold()


def read_entry(
    line: int, cells: dict[str, str], this_year: int, default_language: str = "zh_CN"
) -> RosterEntry | list[RowProblem]:
    """Check one row (cells by column key); the entry, or every problem found in it."""
    problems: list[RowProblem] = []
    raw_name = cells.get("name", "").strip()
    name = clean_name(unguard_cell(raw_name))
    problem = name_problem(name)
    if raw_name.startswith(FORMULA_STARTS):  # a formula, not a name (our own export guards with ')
        problems.append(RowProblem(line, "formula", "name", raw_name))
    elif problem:
        reason = {"empty": "missing_name", "too_long": "name_too_long"}.get(problem, problem)
        problems.append(RowProblem(line, reason, "name", raw_name))
    language = _choice(cells, "language", _LANGUAGE_ALIASES, default_language, line, problems)
    gender = _choice(cells, "gender", _GENDER_ALIASES, None, line, problems)
    status = _choice(cells, "status", _STATUS_ALIASES, "active", line, problems)
    avatar = _choice(cells, "avatar", {a: a for a in AVATARS}, None, line, problems)
    birth_year = None
    year_text = cells.get("birth_year", "").strip()
    if year_text:
        if year_text.isdigit() and 1900 <= int(year_text) <= this_year:
            birth_year = int(year_text)
        else:
            problems.append(RowProblem(line, "bad_birth_year", "birth_year", year_text))
    if problems:
        return problems
    assert language in LANGUAGES
    return RosterEntry(line, name, language, birth_year, gender, status == "archived", avatar)


def _choice(
    cells: dict[str, str],
    column: str,
    aliases: dict[str, str],
    default: str | None,
    line: int,
    problems: list[RowProblem],
) -> str | None:
    text = unguard_cell(cells.get(column, "").strip())
    if not text:
        return default
    found = aliases.get(text.lower()) or aliases.get(text)
    if found is None:
        problems.append(RowProblem(line, f"bad_{column}", column, text))
    return found


def find_duplicates(entries: list[RosterEntry], existing: dict[str, list[int | None]]) -> list[RowProblem]:
    """Rows naming a learner twice in the file, or one already on the roster.

    Two rows are the same learner when their names match (ignoring case and extra spaces) and their
    birth years match or either is blank: two people called 王秀英 born in different years are two
    learners. ``existing`` maps each current learner's ``name_key`` to their birth years (None: blank).
    """
    problems = []
    seen: dict[str, list[RosterEntry]] = {}
    for entry in entries:
        key = entry.key()
        first = next((e for e in seen.get(key, []) if _same_year(e.birth_year, entry.birth_year)), None)
        if first is not None:
            problems.append(RowProblem(entry.line, "duplicate_in_file", "name", entry.name, first.line))
            continue
        seen.setdefault(key, []).append(entry)
        if any(_same_year(year, entry.birth_year) for year in existing.get(key, ())):
            problems.append(RowProblem(entry.line, "already_on_roster", "name", entry.name))
    return problems


def _same_year(a: int | None, b: int | None) -> bool:
    return a is None or b is None or a == b


def age_band(birth_year: int | None, today: datetime) -> str:
    """The age band for the anonymised summary: ``under-50``, ``50-59``, ``60-69``, ``70-79``,
    ``80+`` or ``not-recorded`` (the age reached this year)."""
    if birth_year is None:
        return "not-recorded"
    age = today.year - birth_year
    if age < 50:
        return "under-50"
    if age >= 80:
        return "80+"
    low = age // 10 * 10
    return f"{low}-{low + 9}"


AGE_BANDS = ("under-50", "50-59", "60-69", "70-79", "80+", "not-recorded")


@dataclass(frozen=True)
class NewLearner:
    """A learner to add (from the roster screen or an import), every value already checked."""

    name: str
    avatar: str
    colour: str
    language: str
    birth_year: int | None = None
    gender: str | None = None
    archived: bool = False


@dataclass(frozen=True)
class RosterLearner:
    """One learner as the roster screen and the CSV export see them."""

    id: str
    name: str
    avatar: str
    colour: str
    language: str
    has_pin: bool
    created_at: datetime | None
    archived_at: datetime | None
    last_active_at: datetime | None
    birth_year: int | None
    gender: str | None

    @property
    def archived(self) -> bool:
        return self.archived_at is not None
