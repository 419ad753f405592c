"""The validator on practice and simulation steps: what a lesson author can get wrong, said plainly."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.content.validate import validate_roots
from trainer.domain.practice import PracticeStep
from trainer.domain.simulation import SimulationStep

SIM = """
[[steps]]
id = "call"
kind = "simulation"
app = "call"
start = "ringing"

[[steps.screens]]
id = "ringing"
elements = [
    { id = "caller", type = "text", style = "big" },
    { id = "decline", type = "icon", icon = "hang-up", style = "stop" },
    { id = "answer", type = "icon", icon = "video", style = "go", goto = "talking" },
]

[[steps.screens]]
id = "talking"
elements = [
    { id = "note", type = "text", after = "mute" },
    { id = "mute", type = "icon", icon = "mic-off" },
    { id = "hang-up", type = "icon", icon = "hang-up", style = "stop", goto = "ended" },
]

[[steps.screens]]
id = "ended"
elements = [{ id = "ended-title", type = "header" }]

[[steps.tasks]]
id = "answer"
press = "answer"

[[steps.tasks]]
id = "mute"
press = "mute"

[[steps.tasks]]
id = "hang-up"
press = "hang-up"
traps = ["mute"]
"""
ELEMENTS = ["caller", "decline", "answer", "note", "mute", "hang-up", "ended-title"]
TASKS = ["answer", "mute", "hang-up"]


def sim_strings(lang: str, elements=ELEMENTS, tasks=TASKS, extra: str = "") -> str:
    word = "字" if lang == "zh_CN" else "Word"
    lines = [f'title = "{word}"', f'objectives = ["{word}"]', "", "[steps.call]"]
    lines += [f'intro = "{word}"', f'finish = "{word}"', "", "[steps.call.elements]"]
    lines += [f'{e} = "{word} {e}"' for e in elements]
    for t in tasks:
        lines += ["", f"[steps.call.tasks.{t}]", f'instruction = "{word}"', f'hint = "{word}"']
        if t == "hang-up":
            lines.append(f'trap = "{word}"')
    return "\n".join(lines) + "\n" + extra


def write_pack(root: Path, steps: str, strings: dict[str, str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "pack.toml").write_text(
        'schema_version = 1\nid = "p"\nversion = "1"\nlanguages = ["zh_CN", "en"]\n\n[name]\nzh_CN = "包"\nen = "Pack"\n',
        encoding="utf-8",
    )
    lesson = root / "hands-on"
    (lesson / "strings").mkdir(parents=True, exist_ok=True)
    (lesson / "lesson.toml").write_text(
        'id = "hands-on"\nversion = 1\ntier = "basic"\norder = 1\nestimated_minutes = 5\ncompetences = ["0.1"]\n'
        + steps,
        encoding="utf-8",
    )
    for lang, body in strings.items():
        (lesson / "strings" / f"{lang}.toml").write_text(body, encoding="utf-8")
    return root


def problems(root: Path) -> list[str]:
    return [str(p).split("hands-on/", 1)[-1] for p in validate_roots([root]).problems]


@pytest.fixture
def sim(tmp_path):
    def make(steps: str = SIM, **strings_args) -> Path:
        return write_pack(
            tmp_path / "pack", steps, {lang: sim_strings(lang, **strings_args) for lang in ("zh_CN", "en")}
        )

    return make


def test_a_simulation_loads_into_screens_elements_and_tasks(sim):
    report = validate_roots([sim()])
    assert report.problems == ()
    step = report.result.catalogue.get("hands-on").step("call")
    assert isinstance(step, SimulationStep)
    assert [s.id for s in step.screens] == ["ringing", "talking", "ended"]
    assert step.element("answer").goto == "talking" and step.element("note").after == "mute"
    assert step.tasks[2].traps == ("mute",) and step.tasks[2].trap.get("en") == "Word"
    assert step.element("answer").label.get("zh_CN") == "字 answer"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'type = "text", style = "big"',
            'type = "slider"',
            'step "call" screen "ringing" element "caller" type: "slider" is not allowed',
        ),
        (
            'press = "mute"',
            'press = "mutes"',
            'step "call" task "mute" press: "mutes" is not an element of this simulation',
        ),
        ('press = "answer"', 'press = "caller"', '"caller" is a text, which cannot be used with press'),
        ('goto = "ended"', 'goto = "the-end"', 'element "hang-up" goto: "the-end" is not a screen'),
        (
            'start = "ringing"',
            'start = "talking"',
            'task "answer": its element "answer" is on screen "ringing", but the learner is on screen "talking" by then, so this task can never be done',
        ),
        (
            ', goto = "talking"',
            "",
            'task "mute": its element "mute" is on screen "talking", but the learner is on screen "ringing" by then',
        ),
        (', goto = "ended"', "", 'screen "ended": is never shown: no task leads to it'),
        ('traps = ["mute"]', 'traps = ["decline"]', 'traps: "decline" is on another screen'),
        ('traps = ["mute"]', 'traps = ["note"]', 'traps: "note" cannot be pressed'),
        ('icon = "video"', 'icon = "rocket"', 'icon: "rocket" is not allowed'),
        ('press = "hang-up"', 'press = "hang-up"\ntoggle = "mute"', "says what to do twice"),
        ('press = "answer"', 'hold = "caller"', '"caller" is a text, which cannot be used with hold'),
    ],
)
def test_mistakes_in_a_simulation_are_reported(sim, old, new, expected):
    steps = SIM.replace(old, new, 1)
    found = problems(sim(steps))
    assert any(expected in p for p in found), found


def test_a_task_can_ask_to_press_and_hold(sim):
    report = validate_roots([sim(SIM.replace('press = "mute"', 'hold = "mute"', 1))])
    assert report.problems == ()
    step = report.result.catalogue.get("hands-on").step("call")
    assert (step.tasks[1].action, step.tasks[1].target) == ("hold", "mute")


def test_an_element_that_appears_after_a_later_task_cannot_be_used_before(sim):
    steps = SIM.replace('{ id = "note", type = "text", after = "mute" }', '{ id = "note", type = "text" }')
    steps = steps.replace('icon = "mic-off" }', 'icon = "mic-off", after = "hang-up" }')
    found = problems(sim(steps))
    assert any('its element "mute" only appears after task "hang-up", which comes later' in p for p in found)


def test_a_missing_instruction_and_trap_text_are_named(sim):
    root = sim(tasks=["answer", "mute"])
    found = problems(root)
    assert (
        'strings/en.toml: step "call" task "hang-up": instruction is missing, add it so every language has the same keys'
        in found
    )
    assert (
        'strings/zh_CN.toml: step "call" task "hang-up": trap is missing, add it so every language has the same keys'
        in found
    )


def test_a_typing_task_needs_its_answer_and_a_pin_pad_has_no_point(tmp_path):
    steps = """
[[steps]]
id = "call"
kind = "simulation"
app = "pay"
start = "pin"

[[steps.screens]]
id = "pin"
elements = [{ id = "pad", type = "numpad", mask = true }, { id = "box", type = "field" }]

[[steps.tasks]]
id = "pin"
enter = "pad"
digits = "12.5"

[[steps.tasks]]
id = "name"
type = "box"
"""
    strings = {lang: sim_strings(lang, ["pad", "box"], ["pin", "name"]) for lang in ("zh_CN", "en")}
    found = problems(write_pack(tmp_path / "p", steps, strings))
    assert any("has a “.”, but a PIN pad has no “.” key" in p for p in found), found


def test_a_switch_already_in_the_wanted_state_is_reported(tmp_path):
    steps = """
[[steps]]
id = "call"
kind = "simulation"
app = "settings"
start = "s"

[[steps.screens]]
id = "s"
elements = [{ id = "wifi", type = "toggle", on = true }]

[[steps.tasks]]
id = "on"
toggle = "wifi"
on = true
"""
    strings = {lang: sim_strings(lang, ["wifi"], ["on"]) for lang in ("zh_CN", "en")}
    found = problems(write_pack(tmp_path / "p", steps, strings))
    assert any('the switch "wifi" is already on at this point' in p for p in found), found


DRILL = """
[[steps]]
id = "drill"
kind = "practice"
{body}
"""


def drill_pack(tmp_path, body: str, texts: str = "") -> Path:
    strings = {}
    for lang in ("zh_CN", "en"):
        word = "字" if lang == "zh_CN" else "Word"
        strings[lang] = (
            f'title = "{word}"\nobjectives = ["{word}"]\n\n[steps.drill]\ninstruction = "{word}"\n{texts}'
        )
    return write_pack(tmp_path / "p", DRILL.format(body=body), strings)


def test_a_pinyin_drill_loads_its_words(tmp_path):
    body = 'drill = "pinyin"\nwords = [{ pinyin = "yi", answer = "医", candidates = ["一", "以", "已", "亿", "衣", "医"] }]'
    report = validate_roots([drill_pack(tmp_path, body)])
    assert report.problems == ()
    step = report.result.catalogue.get("hands-on").step("drill")
    assert isinstance(step, PracticeStep) and step.level == "easy" and step.rounds == 1
    assert step.words[0].candidates[5] == "医"


@pytest.mark.parametrize(
    ("body", "texts", "expected"),
    [
        ('drill = "juggling"', "", 'drill: "juggling" is not allowed, use one of: click, double-click'),
        ('drill = "click"\nrounds = 99', "", "rounds: must be a whole number from 1 to 30"),
        ('drill = "click"\nmenu = ["a", "b"]', "", "menu: is not used by click drills"),
        ('drill = "click"\nlevel = "hard"', "", 'level: "hard" is not allowed, use one of: easy, standard'),
        ('drill = "keys"\nkeys = ["enter", "f13"]', "", 'keys: "f13" is not a key the drill knows'),
        (
            'drill = "pinyin"\nwords = [{ pinyin = "ni", answer = "你", candidates = ["尼", "泥"] }]',
            "",
            'candidates: do not hold the answer "你"',
        ),
        (
            'drill = "pinyin"\nwords = [{ pinyin = "Ni", answer = "你", candidates = ["你", "泥"] }]',
            "",
            'pinyin: "Ni" must be lowercase letters a to z',
        ),
        (
            'drill = "scroll"\nitems = ["a", "b", "c", "d", "e", "f", "g", "h"]\nanswer = "b"',
            "[steps.drill.items]\n" + "\n".join(f'{x} = "{x}"' for x in "abcdefgh"),
            "answer: is near the top of the list, so no scrolling is needed",
        ),
        (
            'drill = "right-click"\nmenu = ["open", "copy"]\nanswer = "paste"',
            "",
            'answer: "paste" is not one of the menu',
        ),
        ('drill = "double-click"', "", 'step "drill": target is missing'),
    ],
)
def test_mistakes_in_a_drill_are_reported(tmp_path, body, texts, expected):
    found = problems(drill_pack(tmp_path, body, texts))
    assert any(expected in p for p in found), found


def test_the_shipped_practice_lessons_validate():
    from practice_helpers import LESSONS, PRACTICE_LESSONS

    assert len(PRACTICE_LESSONS) >= 6
    report = validate_roots([LESSONS])
    mine = [p for p in report.problems if any(name in p.file for name in PRACTICE_LESSONS)]
    assert mine == []
