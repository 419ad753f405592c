"""The lesson pack format: file names, limits, and typed reading of TOML tables with clear problems."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from trainer.content.problems import Problems
from trainer.domain.learner import LANGUAGES
from trainer.domain.lessons import ID_PATTERN

SCHEMA_VERSION = 1
MANIFEST = "pack.toml"
LESSON_FILE = "lesson.toml"
STRINGS_DIR = "strings"
ASSETS_DIR = "assets"
SUPPORTED_LANGUAGES = LANGUAGES  # the app's languages; a pack uses some or all of them

# Spoken paragraph limits: Han characters for Chinese, words for other languages.
PARAGRAPH_LIMIT = {"zh_CN": 60, "*": 40}
LABEL_LIMIT = {"zh_CN": 30, "*": 20}  # a choice, a recap point, an objective, picture alt text
TITLE_LIMIT = {"zh_CN": 16, "*": 10}

MAX_STEPS = 40
MAX_CHOICES = 6
MAX_POINTS = 6
MAX_OBJECTIVES = 5
MAX_MINUTES = 120

MAX_TEXT_FILE = 256 * 1024  # a .toml, .md or .txt file
MAX_ASSET = 2 * 1024 * 1024  # one picture
MAX_PACK = 50 * 1024 * 1024  # everything in a pack, unpacked
MAX_FILES = 2000
IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".webp")
TEXT_SUFFIXES = (".toml", ".md", ".txt")
PACK_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def read_toml(path: Path, problems: Problems) -> dict[str, Any] | None:
    """The file as a table, or None after reporting why it cannot be read."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        problems.add(path, "", "the file is missing", "add it (see lessons/README.md)")
        return None
    except OSError as exc:
        problems.add(path, "", f"the file cannot be opened ({exc.strerror or exc})", "check its permissions")
        return None
    if len(raw) > MAX_TEXT_FILE:
        problems.add(
            path,
            "",
            f"the file is too big ({len(raw) // 1024} KB)",
            f"keep it under {MAX_TEXT_FILE // 1024} KB",
        )
        return None
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")  # Windows editors may add a BOM
    except UnicodeDecodeError as exc:
        problems.add(path, f"byte {exc.start}", "the file is not UTF-8 text", "save it with UTF-8 encoding")
        return None
    try:
        return tomllib.loads(text)
    except RecursionError:  # tomllib reads nested lists and tables by recursion
        problems.add(
            path,
            "",
            "lists or tables are nested too deeply to read",
            "a lesson file needs only a few levels: remove the extra [ or {",
        )
        return None
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"\(at line (\d+), column (\d+)\)", msg)
        where = f"line {m.group(1)}" if m else ""
        detail = re.sub(r"\s*\(at line \d+, column \d+\)", "", msg)
        problems.add(
            path, where, f"this is not valid TOML ({detail})", "correct the syntax (see lessons/README.md)"
        )
        return None


def size_text(n: int) -> str:
    """A file size for people: 256 KB, 2.0 MB."""
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / (1024 * 1024):.1f} MB"


def describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return repr(value)


class Fields:
    """Typed access to one TOML table; every wrong or unknown key becomes one problem."""

    def __init__(self, table: dict[str, Any], problems: Problems, path: Path, where: str = "") -> None:
        self.table, self.problems, self.path, self.where = table, problems, path, where
        self.seen: set[str] = set()
        self.ok = True

    def _where(self, key: str) -> str:
        return f"{self.where} {key}".strip() if self.where else key

    def fail(self, key: str, what: str, fix: str) -> None:
        self.ok = False
        self.problems.add(self.path, self._where(key), what, fix)

    def raw(self, key: str, required: bool, example: str) -> Any:
        """The value as written, or None when it is missing (TOML has no null)."""
        self.seen.add(key)
        value = self.table.get(key)
        if value is None and required:
            self.fail(key, "is missing", f"add it, for example: {key} = {example}")
        return value

    def text(
        self, key: str, *, example: str, required: bool = True, choices: Iterable[str] = ()
    ) -> str | None:
        value = self.raw(key, required, example)
        if value is None:
            return None
        options = tuple(choices)
        if not isinstance(value, str):
            self.fail(
                key, f"must be text in quotes, not {describe(value)}", f"write it like {key} = {example}"
            )
        elif options and value not in options:
            self.fail(key, f'"{value}" is not allowed', "use one of: " + ", ".join(options))
        else:
            return value
        return None

    def integer(self, key: str, *, lo: int, hi: int, required: bool = True, default: int = 0) -> int:
        value = self.raw(key, required, str(lo))
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            self.fail(
                key,
                f"must be a whole number from {lo} to {hi}, not {describe(value)}",
                f"write e.g. {key} = {lo}",
            )
            return default
        return value

    def number(self, key: str, *, lo: float, hi: float, default: float) -> float:
        value = self.raw(key, False, str(default))
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int | float) or not lo < value <= hi:
            self.fail(
                key,
                f"must be a number above {lo} and at most {hi}, not {describe(value)}",
                f"write e.g. {key} = {default}",
            )
            return default
        return float(value)

    def flag(self, key: str) -> bool | None:
        value = self.raw(key, True, "true")
        if value is None:
            return None
        if not isinstance(value, bool):
            self.fail(
                key, f"must be true or false, not {describe(value)}", f"write {key} = true or {key} = false"
            )
            return None
        return value

    def ids(
        self, key: str, *, lo: int, hi: int, required: bool = True, example: str = '["a", "b"]'
    ) -> list[str]:
        """A list of ids (lowercase letters, digits, - and _), without repeats."""
        value = self.raw(key, required, example)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(
                key,
                f"must be a list of ids in quotes, not {describe(value)}",
                f"write it like {key} = {example}",
            )
            return []
        bad = [v for v in value if not ID_PATTERN.match(v)]
        if bad:
            self.fail(key, f'"{bad[0]}" is not a valid id', "use lowercase letters, digits, - and _ only")
            return []
        dup = sorted({v for v in value if value.count(v) > 1})
        if dup:
            self.fail(key, f'"{dup[0]}" is listed twice', "list every id once")
            return []
        if not lo <= len(value) <= hi:
            self.fail(key, f"has {len(value)} entries", f"use from {lo} to {hi}")
            return []
        return list(value)

    def finish(self) -> bool:
        """Report keys nobody asked for (usually a typo); True when the table had no problem."""
        for key in self.table:
            if key not in self.seen:
                self.fail(
                    key, "is not a known field", "remove it or check its spelling (see lessons/README.md)"
                )
        return self.ok
