"""The pure rules: adaptive targets, double-click judging, typing accuracy, candidate pages, and the
simulation engine's state machine."""

from __future__ import annotations

import random

import pytest

from trainer.domain.lessons import LessonText
from trainer.domain.practice import (
    DoubleClickJudge,
    PinyinWord,
    Press,
    Tally,
    TargetSizer,
    judge_double_click,
    min_target,
    place_target,
)
from trainer.domain.sim_engine import IGNORED, MISS, PROGRESS, RIGHT, TRAP, SimRun
from trainer.domain.simulation import (
    HIGHLIGHT_AFTER,
    Element,
    SimScreen,
    SimulationStep,
    Task,
    same_text,
    walk,
)
from trainer.domain.text_input import PinyinRound, judge_typing


def test_targets_shrink_with_hits_grow_with_misses_and_stay_in_bounds():
    s = TargetSizer.for_level("easy", 44)
    assert s.smallest == 80 and s.size == s.largest == 160
    sizes = [s.hit() for _ in range(10)]
    assert sizes == sorted(sizes, reverse=True) and sizes[-1] == 80
    assert s.miss() == 100 and s.miss() == 125
    for _ in range(10):
        s.miss()
    assert s.size == 160
    assert (
        min_target("standard", 44) == 44 and min_target("standard", 60) == 60 and min_target("easy", 60) == 80
    )


def test_targets_are_placed_inside_the_area_and_away_from_the_last():
    rng = random.Random(1)
    prev = None
    for _ in range(50):
        x, y = place_target(rng, 800, 400, 100, prev)
        assert 0 <= x <= 700 and 0 <= y <= 300
        prev = (x, y)


@pytest.mark.parametrize(
    ("second", "code"),
    [
        (Press(300, 103, 104), "ok"),  # 5 px: still
        (Press(700, 100, 100), "slow"),
        (Press(300, 130, 100), "moved"),
        (Press(300, 100, 100, inside=False), "moved"),
        (None, "once"),
    ],
)
def test_a_double_click_is_judged_with_the_learners_interval_and_a_movement_tolerance(second, code):
    assert judge_double_click(Press(0, 100, 100), second, 600, 8) == code


def test_the_judge_waits_for_the_second_press_and_gives_up_after_a_while():
    j = DoubleClickJudge(400, 8)
    assert j.press(Press(0, 0, 0, inside=False)) == "outside"
    assert j.press(Press(10, 0, 0)) is None
    assert j.timeout(1000) is None  # 990 ms: still waiting (give up after 1500)
    assert j.timeout(1510) == "once" and j.pending is None
    assert j.press(Press(2000, 0, 0)) is None and j.press(Press(2300, 2, 2)) == "ok"


@pytest.mark.parametrize(
    ("typed", "code", "first_wrong"),
    [
        ("Hello there", "ok", None),
        ("hello there", "case", 0),
        ("Hello  there", "spaces", None),
        ("Hellothere", "spaces", 5),
        ("Hello th", "short", 8),
        ("Helo there", "typo", 2),
        ("Hello therex", "typo", 10),
    ],
)
def test_typing_codes(typed, code, first_wrong):
    r = judge_typing("Hello there", typed)
    assert r.code == code
    if first_wrong is not None:
        assert r.first_wrong == first_wrong
    assert 0.0 <= r.accuracy <= 1.0 and (r.accuracy == 1.0) == (code == "ok")


def test_pinyin_letters_pages_and_picks():
    word = PinyinWord("yi", "医", ("一", "以", "已", "亿", "衣", "医", "移"))
    r = PinyinRound(word)
    assert r.letter("y") and not r.letter("x") and r.typed == "y"
    assert r.pick(1) is None  # no candidates until the pinyin is complete
    assert r.letter("I") and r.showing_candidates
    assert r.pager.visible() == ("一", "以", "已", "亿", "衣") and r.pager.pages == 2
    assert r.pick(1) is False and r.pager.page_of("医") == 1
    assert r.pager.next_page() and not r.pager.next_page() and r.pager.visible() == ("医", "移")
    assert r.pick(1) is True and r.pick(3) is None
    r.backspace()
    assert r.typed == "y" and r.pager.page == 0


def test_tally_accuracy_and_data():
    t = Tally(2)
    t.miss()
    t.hit()
    t.hit()
    assert t.finished and t.accuracy == pytest.approx(2 / 3)
    assert t.data() == {"accuracy": 0.6667, "tries": 3, "misses": 1, "done": 2, "rounds": 2}


def sim() -> SimulationStep:
    t = LessonText.of({"en": "x"})
    screens = (
        SimScreen("a", (Element("go", "button", t, goto="b"), Element("no", "button", t), Element("box", "field", t))),
        SimScreen("b", (Element("pad", "numpad", t), Element("sw", "toggle", t), Element("pay", "button", t),
                     Element("cancel", "button", t, goto="c"), Element("seen", "text", t, after="pin"))),
        SimScreen("c", ()),
    )  # fmt: skip
    tasks = (
        Task("name", "type", "box", t, t, answer=t),
        Task("go", "press", "go", t, t),
        Task("pin", "enter", "pad", t, t, digits="25"),
        Task("switch", "toggle", "sw", t, t, on=True),
        Task("cancel", "press", "cancel", t, t, traps=("pay",), trap=t),
    )
    return SimulationStep(
        "s", app="pay", device="phone", start="a", screens=screens, tasks=tasks, intro=t, finish=t
    )


def test_the_engine_runs_tasks_counts_misses_and_marks_after_two():
    run = SimRun(sim())
    assert run.type("box", "Wang", "Wang Fang").kind == IGNORED
    assert run.press("go").kind == MISS  # typing comes first
    out = run.press("no")
    assert out.kind == MISS and out.highlight and run.highlighted == "box" and out.misses == HIGHLIGHT_AFTER
    assert run.type("box", "wang  fang", "Wang Fang").kind == RIGHT and run.highlighted is None
    out = run.press("go")
    assert out.kind == RIGHT and out.moved and run.screen == "b"
    assert not run.shows(sim().element("seen"))
    assert run.key("pad", "2").kind == PROGRESS and run.next_digit("pad") == "5"
    assert run.key("pad", "9").kind == MISS and run.entered["pad"] == "2"
    assert run.key("pad", "5").kind == RIGHT and run.shows(sim().element("seen"))
    assert run.toggle("sw").kind == RIGHT and run.toggles["sw"] is True
    out = run.press("pay")
    assert out.kind == TRAP and run.traps == 1 and run.screen == "b"
    assert run.press("cancel").kind == RIGHT and run.finished and not run.passed
    assert run.accuracy == pytest.approx(5 / 9)
    assert run.press("cancel").kind == IGNORED


def test_the_walk_finds_where_each_task_happens():
    w = walk(sim())
    assert w.before == ("a", "a", "b", "b", "b") and w.unreachable == () and w.unseen == ()


@pytest.mark.parametrize(
    ("typed", "wanted", "ok"),
    [
        ("ok", "OK", True),
        (" Wang  Fang. ", "Wang Fang", True),
        ("yiyuan", "医院|yiyuan", True),
        ("yi yuan", "医院|yiyuan", True),
        ("医院", "医院|yiyuan", True),
        ("医", "医院|yiyuan", False),
        ("anything", "", True),
        ("", "", False),
    ],
)
def test_typed_answers(typed, wanted, ok):
    assert same_text(typed, wanted) is ok


def test_a_hold_task_is_done_by_holding_and_a_hold_also_counts_as_a_press():
    t = LessonText.of({"en": "x"})
    screens = (SimScreen("a", (Element("icon", "icon", t, goto="b"), Element("other", "button", t))),
               SimScreen("b", (Element("close", "button", t, goto="a"),)))  # fmt: skip
    tasks = (Task("hold", "hold", "icon", t, t), Task("close", "press", "close", t, t))
    step = SimulationStep("s", app="settings", device="phone", start="a", screens=screens, tasks=tasks,
                          intro=t, finish=t)  # fmt: skip
    run = SimRun(step)
    assert run.press("icon").kind == MISS  # a short press is not holding: the hint says to keep it down
    assert run.hold("other").kind == MISS
    out = run.hold("icon")
    assert out.kind == RIGHT and out.moved and run.screen == "b"
    assert run.hold("close").kind == RIGHT and run.finished  # held a little long: still pressed
