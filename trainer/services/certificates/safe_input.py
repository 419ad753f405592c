"""Reading what a stranger hands to ``trainer verify`` (a credential, a key file, a register, a QR
text) so that anything malformed is a plain ``ValueError`` with the reason, which verify prints as
INVALID: never a traceback, never "please report this".

- ``read_text``: a file's bytes as UTF-8 text (a BOM allowed), at most ``MAX_BYTES``;
- ``load_json``: strict JSON (no duplicate members, no NaN or Infinity) nested at most ``MAX_DEPTH``
  deep, checked before parsing (Python's parser recurses and a deep file exhausts its stack);
- ``parse_date``: an ISO 8601 date-time with a time zone, given as a string, or the reason it is not.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

MAX_BYTES = 2 * 1024 * 1024  # a credential is about 10 KB, a register of 10,000 certificates 2 MB
MAX_DEPTH = 64  # an Open Badges credential nests 6 levels


def read_text(path: Path, what: str = "the file") -> str:
    try:
        size = Path(path).stat().st_size
        if size > MAX_BYTES:
            raise ValueError(f"{what} is too big to be a certificate file ({size // 1024} KB)")
        data = Path(path).read_bytes()
    except OSError as error:
        raise ValueError(f"{what} cannot be read ({error.strerror or error})") from error
    return decode(data, what)


def decode(data: bytes, what: str = "the file") -> str:
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise ValueError(f"{what} is not UTF-8 text (byte {error.start} cannot be read)") from error


def load_json(data: bytes | str, what: str = "the file") -> Any:
    text = decode(data, what) if isinstance(data, bytes) else data
    if len(text) > MAX_BYTES:
        raise ValueError(f"{what} is too big to be a certificate file")
    depth = nesting_depth(text)
    if depth > MAX_DEPTH:
        raise ValueError(f"{what} nests lists or objects more than {MAX_DEPTH} deep")

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in pairs:
            if key in out:
                raise ValueError(f"{what}: member {key!r} appears twice")
            out[key] = value
        return out

    def no_constant(name: str) -> Any:
        raise ValueError(f"{what}: {name} is not JSON")

    try:
        return json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constant)
    except json.JSONDecodeError as error:
        raise ValueError(f"{what} is not valid JSON ({error.msg}, line {error.lineno})") from error
    except RecursionError as error:  # (the depth check above should make this unreachable)
        raise ValueError(f"{what} nests lists or objects too deeply") from error


_STRINGS = re.compile(r'"(?:\\.|[^"\\])*"')
_BRACKETS = re.compile(r"[\[\]{}]")


def nesting_depth(text: str, stop_after: int = MAX_DEPTH) -> int:
    """The deepest nesting of [ and { outside strings (a scan, no recursion); it stops counting once
    past ``stop_after``."""
    depth = deepest = 0
    for match in _BRACKETS.finditer(_STRINGS.sub("", text)):
        if match[0] in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > stop_after:
                break
        else:
            depth -= 1
    return deepest


def parse_date(value: Any, field: str) -> datetime:
    """``value`` as an aware datetime; ValueError naming ``field`` for anything else (a number, a list,
    a date without a time zone, text that is not a date)."""
    if not isinstance(value, str):
        raise ValueError(f"{field} is not a date (it is {type(value).__name__})")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as error:
        raise ValueError(f"{field} is not a date ({value[:40]!r})") from error
    if moment.tzinfo is None:
        raise ValueError(f"{field} has no time zone ({value[:40]!r})")
    return moment
