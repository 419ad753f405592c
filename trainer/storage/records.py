"""Plain records the storage layer hands out besides the domain's ``Learner`` and ``LearnerSettings``:
rows as read (an ``Attempt``, a ``HelpRequest``) and facts about backup files. The rules that use them
live in the domain and take any object of the same shape (``domain.progress.AttemptLike``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Attempt:
    """One answer a learner gave at one step. Attempts are never changed once written."""

    id: str
    learner_id: str
    lesson_id: str
    lesson_version: int
    step_id: str
    answer: Any  # anything JSON can hold
    correct: bool | None  # None: the step is not marked (for example "try it yourself")
    duration_ms: int
    created_at: datetime
    shown: tuple[str, ...] | None = None  # the order a quiz's choices were shown in (v4)


@dataclass(frozen=True)
class HelpRequest:
    id: str
    learner_id: str
    lesson_id: str
    step_id: str
    created_at: datetime
    resolved_at: datetime | None = None
    resolved_by: str | None = None

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in the backups folder (see ``backup.list_backups``)."""

    path: Path
    kind: str  # "auto", "pre-upgrade", "before-restore", or "other" for files copied in by hand
    created_at: datetime  # UTC, from the file name (or its modification time)
    ok: bool  # passed PRAGMA quick_check and the schema check (True when the check was not asked for)
    learners: int | None = None  # how many learners it holds (when checked)


@dataclass(frozen=True)
class BackupSummary:
    """What a restore preview shows: when, which schema, how many learners and attempts."""

    path: Path
    created_at: datetime
    schema_version: int
    learners: int
    attempts: int
