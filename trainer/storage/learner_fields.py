"""The one check of a learner's fields before they are written, for both ways storage writes learners
(``storage.repositories`` through SQLModel, ``storage.roster`` with plain sqlite3)."""

from __future__ import annotations

from typing import Any

from trainer.domain.learner import AVATARS, COLOURS, LANGUAGES, clean_name, name_problem
from trainer.storage.errors import InvalidValue

CHOICES = {"avatar": AVATARS, "colour": COLOURS, "language": LANGUAGES}


def checked_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` with the name cleaned; ``InvalidValue`` for an empty or too long name, or an avatar,
    colour or language the app does not offer. Fields not named here pass as they are."""
    out = dict(fields)
    if "name" in out:
        out["name"] = clean_name(out["name"])
        problem = name_problem(out["name"])
        if problem:
            raise InvalidValue("name", problem)
    for field, allowed in CHOICES.items():
        if field in out and out[field] not in allowed:
            raise InvalidValue(field, "unknown")
    return out
