"""The pure sync rules: the hybrid logical clock, the merge of record copies, learners' groups."""

from __future__ import annotations

import itertools
import os
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.domain.sync import hlc
from trainer.domain.sync.merge import APPEND, Record, TableRule, join, merge
from trainer.domain.sync.people import Candidate, MergeLink, People, likely_duplicates

EXAMPLES = int(os.environ.get("SYNC_EXAMPLES", "40"))

# --- the clock --------------------------------------------------------------------------------------


def test_tick_is_after_the_last_value_and_not_before_the_wall_clock():
    last = hlc.pack(1_000, 5)
    assert hlc.tick(last, 900) == hlc.pack(1_000, 6)  # wall clock behind: the counter moves on
    assert hlc.tick(last, 2_000) == hlc.pack(2_000, 0)  # wall clock ahead: it is taken
    assert hlc.physical_ms(hlc.pack(2_000, 7)) == 2_000 and hlc.counter(hlc.pack(2_000, 7)) == 7


def test_a_pc_six_hours_behind_still_orders_its_edit_after_one_it_has_seen():
    now = 1_800_000_000_000
    six_hours = 6 * 3600 * 1000
    edit_on_a = hlc.tick(0, now)  # the right clock
    b = hlc.receive(hlc.tick(0, now - six_hours), edit_on_a)  # B syncs, sees A's edit
    edit_on_b = hlc.tick(b, now + 60_000 - six_hours)  # a minute later, by B's wrong clock
    assert edit_on_b > edit_on_a


def test_the_offset_measured_against_the_hub_corrects_the_wall_clock():
    offset = hlc.offset_from(sent_ms=10_000, server_ms=10_000 + 21_600_000 + 50, received_ms=10_100)
    assert offset == 21_600_000
    assert hlc.corrected_ms(10_100, offset) == 21_610_100


def test_the_counter_carries_into_the_physical_part_without_going_back():
    last = hlc.pack(5, hlc.LOGICAL_MASK)
    assert hlc.tick(last, 5) == hlc.pack(6, 0) and hlc.tick(last, 5) > last


def test_clock_values_read_as_times():
    moment = datetime(2025, 3, 1, 8, 30, tzinfo=UTC)
    assert hlc.to_datetime(hlc.from_datetime(moment)) == moment


@given(st.lists(st.integers(0, 2**40), min_size=1, max_size=30), st.integers(0, 2**40))
@settings(max_examples=EXAMPLES, deadline=None)
def test_ticks_only_grow(walls, start):
    value = hlc.pack(start)
    for wall in walls:
        nxt = hlc.tick(value, wall)
        assert nxt > value and hlc.physical_ms(nxt) >= wall
        value = nxt


# --- merging copies of a record ----------------------------------------------------------------------

LEARNER = TableRule("learner", key=("id",), groups=(("avatar", "colour"),))
PROGRESS = TableRule(
    "lesson_progress",
    key=("learner_id", "lesson_id"),
    groups=(("current_step_id", "started_at"),),
    once=(("mastered_at",),),
    local=("id",),
    derived=("status",),
)
HELP = TableRule("help_request", key=("id",), kind=APPEND, once=(("resolved_at", "resolved_by"),))


def rec(values, clocks=None, rule=LEARNER):
    return Record(rule.table, rule.key_of(values), values, clocks or {})


def test_each_field_keeps_its_latest_edit():
    base = {"id": "L", "name": "Wang", "language": "zh_CN", "avatar": "sun", "colour": "c1"}
    on_a = rec(base | {"name": "Wang Xiuying"}, {"name": 20})
    on_b = rec(base | {"language": "en"}, {"name": 10, "language": 30})
    merged = merge(LEARNER, on_a, on_b)
    assert merged.values["name"] == "Wang Xiuying" and merged.values["language"] == "en"
    assert merged.clocks == {"name": 20, "language": 30}
    assert merge(LEARNER, merged, on_a) is None and merge(LEARNER, merged, on_b) is None


def test_a_group_wins_or_loses_as_a_whole():
    base = {"id": "L", "avatar": "sun", "colour": "c1"}
    newer = rec(base | {"avatar": "tree", "colour": "c2"}, {"avatar": 9})
    older = rec(base | {"avatar": "moon", "colour": "c3"}, {"colour": 5})
    merged = merge(LEARNER, older, newer)
    assert (merged.values["avatar"], merged.values["colour"]) == ("tree", "c2")


def test_equal_clocks_are_settled_by_the_value_the_same_way_everywhere():
    a = rec({"id": "L", "name": "A"}, {"name": 7})
    b = rec({"id": "L", "name": "B"}, {"name": 7})
    assert join(LEARNER, [a, b]).values["name"] == join(LEARNER, [b, a]).values["name"] == "B"


def test_local_and_derived_columns_never_travel():
    incoming = rec(
        {"learner_id": "L", "lesson_id": "x", "id": "row-1", "status": "mastered", "current_step_id": "s1"},
        rule=PROGRESS,
    )
    merged = merge(PROGRESS, None, incoming)
    assert "id" not in merged.values and "status" not in merged.values and merged.key == "L|x"


def test_the_earliest_mastery_is_kept_and_never_lost():
    key = {"learner_id": "L", "lesson_id": "x"}
    late = rec(key | {"mastered_at": "2025-02-01"}, rule=PROGRESS)
    early = rec(key | {"mastered_at": "2025-01-01"}, rule=PROGRESS)
    never = rec(key | {"mastered_at": None, "current_step_id": "s3"}, {"current_step_id": 50}, rule=PROGRESS)
    merged = join(PROGRESS, [late, never, early])
    assert merged.values["mastered_at"] == "2025-01-01" and merged.values["current_step_id"] == "s3"


def test_append_only_records_are_a_union_and_their_one_way_facts_stay():
    asked = rec({"id": "h1", "learner_id": "L", "resolved_at": None, "resolved_by": None}, rule=HELP)
    resolved = rec({"id": "h1", "learner_id": "L", "resolved_at": "t2", "resolved_by": "Li"}, rule=HELP)
    assert merge(HELP, asked, asked) is None
    assert merge(HELP, asked, resolved).values["resolved_by"] == "Li"
    assert merge(HELP, resolved, asked) is None  # an old copy never re-opens it


def test_a_column_from_a_newer_version_is_kept():
    old = rec({"id": "L", "name": "A"}, {"name": 3})
    new = rec({"id": "L", "name": "A", "nickname": "Ah"}, {"name": 3, "nickname": 4})
    assert merge(LEARNER, old, new).values["nickname"] == "Ah"
    assert merge(LEARNER, merge(LEARNER, old, new), old) is None


values_st = st.sampled_from(["a", "b", "c", None])
clock_st = st.integers(0, 6)


@st.composite
def learner_copies(draw):
    out = []
    for _ in range(draw(st.integers(1, 4))):
        values = {"id": "L"}
        clocks = {}
        for column in ("name", "language", "avatar", "colour"):
            if draw(st.booleans()):
                values[column] = draw(values_st)
                clock = draw(clock_st)
                if clock:
                    clocks[column] = clock
        out.append(rec(values, clocks))
    return out


@st.composite
def progress_copies(draw):
    out = []
    for _ in range(draw(st.integers(1, 4))):
        values = {
            "learner_id": "L",
            "lesson_id": "x",
            "mastered_at": draw(st.sampled_from([None, "t1", "t2"])),
        }
        values["current_step_id"] = draw(values_st)
        values["started_at"] = draw(values_st)
        clocks = {
            c: draw(st.integers(1, 4)) for c in ("current_step_id", "started_at") if draw(st.booleans())
        }
        out.append(rec(values, clocks, rule=PROGRESS))
    return out


def _state(record):
    return (sorted(record.values.items(), key=repr), sorted(record.clocks.items())) if record else None


@given(
    st.one_of(learner_copies().map(lambda c: (LEARNER, c)), progress_copies().map(lambda c: (PROGRESS, c)))
)
@settings(max_examples=EXAMPLES * 2, deadline=None)
def test_merging_in_any_order_any_number_of_times_gives_the_same_record(case):
    rule, copies = case
    results = {repr(_state(join(rule, order))) for order in itertools.permutations(copies)}
    assert len(results) == 1
    merged = join(rule, copies)
    assert all(merge(rule, merged, c) is None for c in copies)  # idempotent: nothing new twice


# --- learners: merges and erasures -------------------------------------------------------------------


def test_a_merged_learners_records_belong_to_the_survivor():
    people = People([MergeLink("b", "a")])
    assert people.survivor("b") == people.survivor("a") == "a"
    assert people.group("a") == {"a", "b"}


def test_merges_made_in_opposite_directions_agree_on_one_survivor():
    one, other = People([MergeLink("a", "b"), MergeLink("b", "a")]), People([MergeLink("b", "a")])
    other.add_link(MergeLink("a", "b"))
    assert one.survivor("a") == other.survivor("b") == "a"
    split = People([MergeLink("a", "c"), MergeLink("a", "b")])
    assert split.survivor("a") == split.survivor("c") == "b"


def test_erasing_one_member_erases_the_whole_group():
    people = People([MergeLink("b", "a"), MergeLink("c", "b")], erased=["c"])
    assert people.is_erased("a") and people.is_erased("b")
    assert not People([MergeLink("b", "a")], erased=["z"]).is_erased("a")


def test_likely_duplicates_are_the_same_name_and_year():
    learners = [
        Candidate("1", "王秀英", 1952, "2025-01-01"),
        Candidate("2", "王 秀英", 1952, "2025-02-01"),
        Candidate("3", "王秀英", 1960, "2025-03-01"),
        Candidate("4", "王秀英", None, "2025-04-01"),
        Candidate("5", "Li Na", None, "2025-01-01"),
    ]
    pairs = {(a.id, b.id) for a, b in likely_duplicates(learners)}
    assert pairs == {("1", "2"), ("1", "4"), ("2", "4"), ("3", "4")}
    assert ("1", "2") not in {(a.id, b.id) for a, b in likely_duplicates(learners, [("2", "1")])}
