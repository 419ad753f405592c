"""How two copies of one synced record merge: the same rules on every PC, in the hub and in bundles.

A record is one row of a synced table as plain values (``values``: column -> value), with the clock
of the last change of each changeable column (``clocks``: column -> hybrid logical clock; a missing
column counts as ``hlc.ZERO``, "before sync began"). ``TableRule`` says how a table's columns merge:

- **append-only** tables (attempts, help requests, sign-offs, certificates): a record is written once
  and never changes, so copies merge as a union by id, and importing the same record twice changes
  nothing. Their few one-way facts (a help request resolved, a sign-off withdrawn, a certificate
  revoked) are ``once`` groups;
- **changeable** tables (learners, settings, tutors, the centre, the resume point): each column, or
  each declared ``group`` of columns that belong together, keeps the value with the later clock
  (last writer wins per field, by hybrid logical clock). Equal clocks with different values are
  settled by comparing the values, so every replica picks the same one;
- ``once`` groups: the earliest non-empty value wins and is never emptied again (a mastery, a
  revocation);
- ``local`` columns never leave the PC (a row's local id); ``derived`` ones are recomputed by the
  storage layer from the merged values (a lesson's status from its mastery).

Every rule is a join of a semilattice (commutative, associative, idempotent), so replicas that
received the same records in any order, any number of times, hold the same values
(``tests/sync/test_sync_domain.py`` checks this property by property).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from trainer.domain.sync import hlc

APPEND, FIELDS = "append", "fields"
# what happens to a learner's records when the learner is erased, or merged into another
DELETE, UNLINK = "delete", "unlink"
MOVE, KEEP_SURVIVOR, MERGE_BY_KEY = "move", "keep_survivor", "merge_by_key"


class Record(NamedTuple):
    table: str
    key: str
    values: dict[str, Any]
    clocks: dict[str, int] = {}  # noqa: RUF012 - never mutated (records are replaced, not changed)

    @property
    def newest(self) -> int:
        return max(self.clocks.values(), default=hlc.ZERO)


@dataclass(frozen=True)
class TableRule:
    """How one synced table merges (the registry in ``storage.sync.registry`` lists them)."""

    table: str
    key: tuple[str, ...]
    kind: str = FIELDS
    groups: tuple[tuple[str, ...], ...] = ()  # changeable columns that win or lose together
    once: tuple[tuple[str, ...], ...] = ()  # the earliest non-empty value wins (first column decides)
    local: tuple[str, ...] = ()  # never sent
    derived: tuple[str, ...] = ()  # recomputed after a merge, never sent
    owner: str | None = None  # the column naming the learner the record belongs to
    on_erase: str = DELETE
    on_merge: str = MOVE
    parents: Mapping[str, str] = field(default_factory=dict)  # column -> table that must hold the row

    def key_of(self, values: Mapping[str, Any]) -> str:
        if len(self.key) == 1:
            return str(values[self.key[0]])
        return "|".join(str(values[c]) for c in self.key)

    @property
    def skipped(self) -> frozenset[str]:
        return frozenset(self.local) | frozenset(self.derived)

    def fixed(self, column: str) -> bool:
        """Written once and never changed (append-only columns, and the key)."""
        return column in self.key or (self.kind == APPEND and column not in self._once_columns)

    @property
    def _once_columns(self) -> frozenset[str]:
        return frozenset(c for g in self.once for c in g)

    def lww_groups(self, columns: Iterable[str]) -> list[tuple[str, ...]]:
        """The last-writer-wins groups over ``columns``: the declared groups, then one group per
        remaining changeable column (so a column added by a later version merges on its own)."""
        if self.kind == APPEND:
            return []
        taken = set(self.key) | self.skipped | self._once_columns
        out = []
        for group in self.groups:
            out.append(group)
            taken.update(group)
        out += [(c,) for c in sorted(set(columns) - taken)]
        return out

    def changeable(self, columns: Iterable[str]) -> list[str]:
        """Columns whose changes carry a clock (the capture triggers stamp these)."""
        return [c for g in self.lww_groups(columns) for c in g]


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def strip(rule: TableRule, values: Mapping[str, Any]) -> dict[str, Any]:
    """The values that travel: everything but local and derived columns."""
    skipped = rule.skipped
    return {k: v for k, v in values.items() if k not in skipped}


def merge(rule: TableRule, local: Record | None, incoming: Record) -> Record | None:
    """The merged record, or None when ``incoming`` changes nothing in ``local``."""
    if local is None:
        return Record(incoming.table, incoming.key, strip(rule, incoming.values), dict(incoming.clocks))
    values, clocks = dict(local.values), dict(local.clocks)
    theirs = incoming.values
    for column, value in theirs.items():  # columns this copy lacks (e.g. a newer version's)
        if column not in values and rule.fixed(column) and column not in rule.skipped:
            values[column] = value
    for group in rule.lww_groups(set(values) | set(theirs)):
        if not any(c in theirs for c in group):
            continue
        if _lww_key(group, theirs, incoming.clocks) > _lww_key(group, values, clocks):
            for c in group:  # the winner's group exactly (a column it lacks is dropped, not mixed)
                if c in theirs:
                    values[c] = theirs[c]
                else:
                    values.pop(c, None)
                if incoming.clocks.get(c, hlc.ZERO):
                    clocks[c] = incoming.clocks[c]
                else:
                    clocks.pop(c, None)
    for group in rule.once:
        if not any(c in theirs for c in group):
            continue
        mine_once = tuple(values.get(c) for c in group)
        other_once = tuple(theirs.get(c) for c in group)
        if _once_wins(other_once, mine_once):
            for c, v in zip(group, other_once, strict=True):
                values[c] = v
    if values == local.values and clocks == local.clocks:
        return None
    return Record(local.table, local.key, values, clocks)


def _lww_key(group: tuple[str, ...], values: Mapping[str, Any], clocks: Mapping[str, int]) -> tuple:
    """What decides a group: its newest clock, then its values (a missing column counts as less than
    any value, so a copy from an older version never wins a tie)."""
    clock = max((clocks.get(c, hlc.ZERO) for c in group), default=hlc.ZERO)
    present = {c: values[c] for c in group if c in values}
    return (clock, len(present), canonical(present), [clocks.get(c, hlc.ZERO) for c in group])


def _once_wins(candidate: tuple, current: tuple) -> bool:
    if candidate[0] is None:
        return False
    if current[0] is None:
        return True
    return canonical(list(candidate)) < canonical(list(current))


def join(rule: TableRule, records: Iterable[Record]) -> Record | None:
    """All copies of one record merged (in any order: the result is the same)."""
    out: Record | None = None
    for record in records:
        out = merge(rule, out, record) or out
    return out
