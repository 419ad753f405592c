"""Reports as CSV and JSON files: the class list (headers in the report's language, for people) and
the anonymised participation summary (fixed English keys, for the centre's reporting tools).

CSV files are UTF-8 with a byte-order mark (Excel and WPS show Chinese right) with every cell
guarded against formulas, and are written to a temporary name first.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from trainer.domain.participation import Summary
from trainer.domain.roster import guard_cell
from trainer.domain.tutoring import Centre
from trainer.storage import clock

SUMMARY_FORMAT = "digital-bridge-participation/1"


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[str]]) -> Path:
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            for row in (header, *rows):
                writer.writerow([guard_cell(str(c)) for c in row])
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def summary_data(summary: Summary, centre: Centre | None, made_at: datetime) -> dict[str, Any]:
    """The summary as JSON-ready data: counts and hours only, no names, no ids."""

    def groups(items) -> dict[str, dict[str, float]]:
        return {g.key: {"learners": g.learners, "hours": g.hours} for g in items}

    return {
        "format": SUMMARY_FORMAT,
        "generated_at": clock.to_text(made_at),
        "centre": {"name": centre.name, "place": centre.place, "code": centre.code} if centre else None,
        "learners": summary.learners,
        "active_learners": summary.active_learners,
        "hours": summary.hours,
        "by_tier_reached": groups(summary.by_tier),
        "by_age_band": groups(summary.by_age_band),
        "by_gender": groups(summary.by_gender),
    }


def write_summary_json(path: Path, data: dict[str, Any]) -> Path:
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def write_summary_csv(path: Path, data: dict[str, Any]) -> Path:
    """Columns ``breakdown,group,learners,hours``: one ``total`` row, then a row per group of
    ``tier_reached``, ``age_band`` and ``gender``."""
    rows = [["total", "all", data["learners"], data["hours"]]]
    for breakdown, key in (
        ("tier_reached", "by_tier_reached"),
        ("age_band", "by_age_band"),
        ("gender", "by_gender"),
    ):
        rows += [[breakdown, group, v["learners"], v["hours"]] for group, v in data[key].items()]
    return write_csv(path, ["breakdown", "group", "learners", "hours"], rows)
