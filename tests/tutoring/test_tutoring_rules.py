"""Pure rules of tutor mode: tutor PINs, the lockout, "may need help", sorting, roster rows, summary."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from trainer.domain import dashboard as dash
from trainer.domain import roster
from trainer.domain.participation import Participant, summarise, tier_reached
from trainer.domain.tiers import TierProgress
from trainer.domain.tutoring import (
    MAX_TRIES,
    GuardState,
    after_failure,
    lock_length,
    locked_until,
    tries_left,
    tutor_pin_problem,
)

T0 = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("pin", "problem"),
    [
        ("482913", None),
        ("48291375", None),
        ("4829", "too_short"),
        ("4829137512345", "too_long"),
        ("48291a", "not_digits"),
        ("４８２９１３", "not_digits"),  # full-width digits are not what the PIN pad sends
        ("111111", "too_simple"),
        ("123456", "too_simple"),
        ("890123", "too_simple"),
        ("654321", "too_simple"),
    ],
)
def test_tutor_pin_rules(pin, problem):
    assert tutor_pin_problem(pin) == problem


def test_five_wrong_pins_lock_for_a_growing_time():
    state, now = GuardState(), T0
    lengths = []
    for _round in range(5):
        for n in range(MAX_TRIES):
            assert locked_until(state, now) is None
            assert tries_left(state, now) == MAX_TRIES - n
            state = after_failure(state, now)
            now += timedelta(seconds=1)
        until = locked_until(state, now)
        assert until is not None
        lengths.append(state.locked_until - (now - timedelta(seconds=1)))
        now = until  # the lock ends: a fresh set of tries
    minutes = [int(x.total_seconds() // 60) for x in lengths]
    assert minutes == [1, 5, 15, 60, 60]
    assert lock_length(0) == timedelta(minutes=1)


def test_a_clock_put_back_never_makes_a_lock_longer_than_the_longest_step():
    state = GuardState(MAX_TRIES, 1, T0 + timedelta(minutes=1))
    back = T0 - timedelta(days=3)
    assert locked_until(state, back) == back + timedelta(minutes=60)


def test_help_reasons_follow_the_documented_thresholds():
    assert dash.help_reasons(4, 10 * 60 * 1000, 0) == ()
    assert dash.help_reasons(5, 0, 0) == (dash.WRONG_TRIES,)
    assert dash.help_reasons(0, 10 * 60 * 1000 + 1, 0) == (dash.STUCK,)
    assert dash.help_reasons(0, 0, 2) == (dash.ASKED,)
    assert dash.help_reasons(9, 11 * 60 * 1000, 1) == (dash.WRONG_TRIES, dash.STUCK, dash.ASKED)


def _row(name, mastered=0, time_ms=0, help_=0, archived=False, last=None, basic=0):
    tiers = (TierProgress("basic", basic, 10), TierProgress("intermediate", mastered - basic, 10))
    return dash.LearnerOverview(
        learner_id=name,
        name=name,
        language="en",
        tiers=tiers,
        mastered=mastered,
        tries=0,
        time_ms=time_ms,
        last_active_at=last,
        open_help=help_,
        worst_step_wrong=0,
        worst_step_time_ms=0,
        archived=archived,
        reasons=dash.help_reasons(0, 0, help_),
    )


def test_sort_and_filter():
    rows = [
        _row("bob", 3, 500, last=T0, basic=1),
        _row("Ann", 1, 900, help_=1, basic=1),
        _row("陈阿姨", 5, 100, last=T0 + timedelta(days=1)),
        _row("Zed", archived=True),
    ]
    names = lambda out: [o.name for o in out]  # noqa: E731
    assert names(dash.sort_and_filter(rows)) == ["Ann", "bob", "陈阿姨"]
    assert names(dash.sort_and_filter(rows, "progress", descending=True)) == ["陈阿姨", "bob", "Ann"]
    assert names(dash.sort_and_filter(rows, "time")) == ["陈阿姨", "bob", "Ann"]
    assert names(dash.sort_and_filter(rows, "last_active", descending=True)) == ["陈阿姨", "bob", "Ann"]
    assert names(dash.sort_and_filter(rows, where=dash.DashboardFilter(needs_help=True))) == ["Ann"]
    assert names(dash.sort_and_filter(rows, where=dash.DashboardFilter(text="B"))) == ["bob"]
    assert names(dash.sort_and_filter(rows, where=dash.DashboardFilter(tier="basic"))) == ["Ann", "bob"]
    everyone = dash.sort_and_filter(rows, where=dash.DashboardFilter(include_archived=True))
    assert names(everyone) == ["Ann", "bob", "Zed", "陈阿姨"]
    shares = dash.class_by_tier(rows[:3])
    assert [(s.tier, s.none, s.some, s.all) for s in shares][:2] == [
        ("basic", 1, 2, 0),
        ("intermediate", 1, 2, 0),
    ]


@pytest.mark.parametrize(
    ("cell", "guarded"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+86 138", "'+86 138"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("\rCR", "'\rCR"),
        ("王秀英", "王秀英"),
        ("O'Brien", "O'Brien"),
        ("", ""),
    ],
)
def test_formula_guard_round_trips(cell, guarded):
    assert roster.guard_cell(cell) == guarded
    assert roster.unguard_cell(guarded) == cell


def test_read_entry_reports_every_problem_of_a_row():
    bad = roster.read_entry(7, {"name": "", "language": "fr", "birth_year": "19x", "gender": "?"}, 2024)
    assert sorted(p.reason for p in bad) == ["bad_birth_year", "bad_gender", "bad_language", "missing_name"]
    assert all(p.line == 7 for p in bad)
    assert roster.read_entry(2, {"name": "=cmd|' /C calc'!A0"}, 2024)[0].reason == "formula"
    assert roster.read_entry(2, {"name": "'=1+1"}, 2024).name == "=1+1"  # our own export's guard
    assert roster.read_entry(2, {"name": "Ann\u200bLee\x07"}, 2024)[0].reason == "bad_characters"
    ok = roster.read_entry(
        3, {"name": " 王  秀英 ", "language": "中文", "birth_year": "1950", "gender": "女"}, 2024
    )
    assert ok == roster.RosterEntry(3, "王 秀英", "zh_CN", 1950, "female")
    assert roster.read_entry(4, {"name": "Ann", "status": "archived"}, 2024).archived


def test_duplicates_by_name_and_birth_year():
    e = lambda line, name, year=None: roster.RosterEntry(line, name, birth_year=year)  # noqa: E731
    entries = [e(2, "王秀英", 1950), e(3, "王秀英", 1960), e(4, "王 秀英", 1950), e(5, "ann"), e(6, "Bob")]
    problems = roster.find_duplicates(entries, {"bob": [None], "ann": [1940]})
    got = [(p.line, p.reason, p.other_line) for p in problems]
    # spaces inside a name do not make another person (王 秀英 is 王秀英); another birth year does
    assert got == [
        (4, "duplicate_in_file", 2),
        (5, "already_on_roster", None),
        (6, "already_on_roster", None),
    ]


def test_age_bands_and_summary():
    today = datetime(2024, 6, 1, tzinfo=UTC)
    assert [roster.age_band(y, today) for y in (1990, 1974, 1965, 1955, 1945, 1944, None)] == [
        "under-50",
        "50-59",
        "50-59",
        "60-69",
        "70-79",
        "80+",
        "not-recorded",
    ]

    def tiers(b, i, a):
        return [
            TierProgress("basic", b, 5),
            TierProgress("intermediate", i, 5),
            TierProgress("advanced", a, 5),
        ]

    assert tier_reached(tiers(0, 0, 0)) == "none"
    assert tier_reached(tiers(2, 0, 0)) == "basic"
    assert tier_reached(tiers(0, 0, 1)) == "advanced"
    s = summarise(
        [
            Participant("basic", 1.25, "70-79", "female"),
            Participant("basic", 0.0, "not-recorded", "not-recorded"),
            Participant("advanced", 3.0, "70-79", "male"),
        ]
    )
    assert (s.learners, s.hours, s.active_learners) == (3, 4.2, 2)
    assert {g.key: g.learners for g in s.by_tier} == {"none": 0, "basic": 2, "intermediate": 0, "advanced": 1}
    assert {g.key: g.hours for g in s.by_age_band}["70-79"] == 4.2
    assert sum(g.learners for g in s.by_gender) == 3
