"""Collecting problems with lesson files, each written as ``file: where: what, fix``."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from trainer.domain.lessons import LoadProblem


def display_root(root: Path) -> str:
    """How a pack folder is named in problem lines: relative to the current folder when inside it."""
    try:
        rel = os.path.relpath(root)
    except ValueError:  # another drive on Windows
        return str(root)
    return str(root) if rel.startswith("..") else Path(rel).as_posix()


@dataclass
class Problems:
    """Problems found under one pack folder (``root``), shown as ``label/relative/path``."""

    root: Path
    label: str
    lesson_id: str | None = None
    items: list[LoadProblem] = field(default_factory=list)

    def name(self, path: Path) -> str:
        try:
            rel = path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)
        return self.label if rel == "." else f"{self.label}/{rel}"

    def add(self, path: Path, where: str, what: str, fix: str) -> None:
        self.items.append(LoadProblem(self.name(path), where, what, fix, self.lesson_id))

    def for_lesson(self, lesson_id: str) -> Problems:
        """A fresh list for one lesson, so its problems can be told apart from the others."""
        return Problems(self.root, self.label, lesson_id)

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)
