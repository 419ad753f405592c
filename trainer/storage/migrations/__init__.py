"""The schema's history: one frozen module of raw SQL per version, listed in order.

To change the schema: add ``vNNN_<what>.py`` with ``VERSION``, ``DESCRIPTION`` and ``STATEMENTS``,
append it to ``_MODULES``, change the SQLModel classes in ``tables.py`` to match (a test compares the
two), and save a fixture of the old version first (``tests/fixtures/db/make_fixture.py``).
Never edit a released migration: databases in the field already ran it.
"""

from __future__ import annotations

from typing import NamedTuple

from trainer.storage.migrations import (
    v001_initial,
    v002_tutoring,
    v003_learner_pin_guard,
    v004_assessment,
    v005_certificate_status,
    v006_sync,
    v007_learner_voice,
    v008_centre_setting,
)


class Migration(NamedTuple):  # (not a dataclass: see trainer.domain.learner)
    version: int
    description: str
    statements: tuple[str, ...]


_MODULES = (
    v001_initial,
    v002_tutoring,
    v003_learner_pin_guard,
    v004_assessment,
    v005_certificate_status,
    v006_sync,
    v007_learner_voice,
    v008_centre_setting,
)

MIGRATIONS: tuple[Migration, ...] = tuple(
    Migration(m.VERSION, m.DESCRIPTION, tuple(m.STATEMENTS)) for m in _MODULES
)
CURRENT_VERSION: int = MIGRATIONS[-1].version


def frozen_trigger(version: int, name: str) -> str:
    """The ``CREATE TRIGGER <name>`` statement of migration ``version``, as it ran: the table modules
    take their triggers from here instead of keeping a copy (a trigger that a later migration
    recreates is taken from that one)."""
    head = f"CREATE TRIGGER {name} "
    (sql,) = [s for s in MIGRATIONS[version - 1].statements if s.startswith(head)]
    return sql
