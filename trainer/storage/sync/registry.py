"""Which tables the centre's PCs share, and how each one merges: one ``TableRule`` per table.

To share a new table across the centre, add one entry to ``SYNCED`` (in the order rows must arrive:
a table after the tables its rows refer to). A new column of a table listed here needs nothing: in a
changeable (FIELDS) table it merges on its own by its clock, in an append-only one it is fixed when
the row is written. Tables not listed here stay on their PC (the attempt totals, for example, are
recomputed from the attempts by triggers, never copied).

Besides the tables, three kinds of fact travel (``sync_*`` tables, written by the sync code itself):
erasures of learners, merges of duplicate learners, and pairs a tutor marked "not the same person".
"""

from __future__ import annotations

from trainer.domain.sync.merge import (
    APPEND,
    FIELDS,
    KEEP_SURVIVOR,
    MERGE_BY_KEY,
    UNLINK,
    TableRule,
)

ERASED, MERGED, NOT_SAME = "sync_erased", "sync_merged", "sync_not_same"

FACTS = (
    TableRule(ERASED, key=("learner_id",), kind=APPEND),
    TableRule(MERGED, key=("learner_id", "into_id"), kind=APPEND),
    TableRule(NOT_SAME, key=("learner_a", "learner_b"), kind=APPEND),
)

SYNCED = (
    TableRule("centre", key=("id",), kind=FIELDS),
    # choices a tutor made for every PC of the centre (v8): the latest value wins as a whole
    TableRule("centre_setting", key=("key",), kind=FIELDS, groups=(("value", "updated_at"),)),
    # the public keys of the PCs that can issue certificates (never a private key)
    TableRule("centre_key", key=("fingerprint",), kind=APPEND),
    TableRule("tutor", key=("id",), kind=FIELDS),
    # the tutor lockout: the row is one state (count, lock, time), newest wins as a whole
    TableRule(
        "sign_in_guard",
        key=("scope",),
        kind=FIELDS,
        groups=(("failed_count", "lockouts", "locked_until", "updated_at"),),
    ),
    TableRule("learner", key=("id",), kind=FIELDS, groups=(("avatar", "colour"),), owner="id"),
    TableRule(
        "learner_settings", key=("learner_id",), kind=FIELDS, owner="learner_id", on_merge=KEEP_SURVIVOR
    ),
    # where the learner is in a lesson (the latest run wins as a whole) and when they mastered it, with
    # the rule it was judged by (the earliest mastery, never lost); the status follows from the mastery.
    # (Before a mastery, each PC keeps the rule of its own last run: it only describes that run.)
    TableRule(
        "lesson_progress",
        key=("learner_id", "lesson_id"),
        kind=FIELDS,
        groups=(("lesson_version", "current_step_id", "started_at", "updated_at", "score"),),
        once=(("mastered_at", "mastery_rule"),),
        local=("id",),
        derived=("status",),
        owner="learner_id",
        on_merge=MERGE_BY_KEY,
    ),
    TableRule("attempt", key=("id",), kind=APPEND, owner="learner_id"),
    TableRule(
        "help_request", key=("id",), kind=APPEND, once=(("resolved_at", "resolved_by"),), owner="learner_id"
    ),
    TableRule(
        "sign_off",
        key=("id",),
        kind=APPEND,
        once=(("withdrawn_at",),),
        owner="learner_id",
        parents={"tutor_id": "tutor"},
    ),
    # checklist items a tutor watched a learner do on their own phone (schema v4); withdrawn, never deleted
    TableRule(
        "observation",
        key=("id",),
        kind=APPEND,
        once=(("withdrawn_at",),),
        owner="learner_id",
        parents={"tutor_id": "tutor"},
    ),
    # the register outlives an erasure: the printed name stays, the link to the learner goes
    TableRule("certificate", key=("id",), kind=APPEND, owner="learner_id", on_erase=UNLINK),
    # a revocation is a row of its own (schema v5): union by id, the earliest counts
    TableRule("certificate_revocation", key=("id",), kind=APPEND, parents={"certificate_id": "certificate"}),
)

ALL = FACTS + SYNCED
BY_TABLE = {rule.table: rule for rule in ALL}
ORDER = {rule.table: n for n, rule in enumerate(ALL)}
# tables other records wait for (their learner, tutor or certificate)
PARENTS = frozenset({"learner"} | {t for rule in ALL for t in rule.parents.values()})


def rule_for(table: str) -> TableRule | None:
    return BY_TABLE.get(table)
