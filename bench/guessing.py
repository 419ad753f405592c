"""Can a learner who never reads master the lessons? Bots play every lesson; prints JSON.

    /work/main/.venv/bin/python bench/guessing.py [--runs 100] [--seed 15]

Five bots that never read a word: always the first choice, always the last, uniformly random,
"random until right" (random, never the same wrong choice twice), and two that read lengths, not
words: "longest" (in a quiz, the longest answer) and "middle" (the answer of middle length, the second
longest of four); both choose the longer half of a multiple choice and elsewhere play as random until
right. Each run is one go through a lesson
with the app's own rules (``trainer.domain``): quiz choices shuffled for the run (``choice_order``),
scored on first tries, simulated apps run by their task engine (``sim_engine``), and mastery judged
as the app judges it (``progress.run_mastery``: quiz threshold AND every practical step passed). The
placement check is played the same way and its advice taken (``placement.advise``).

What a bot does where there is nothing to choose from a list:
- in a simulated app it presses the controls on screen in their order (the first one, the last one,
  a random one, or a random one not yet tried for this task); it types "abc" into a text box (Enter)
  and presses the keys of a number pad like any other control;
- in a drill it cannot aim at what the instruction names: a click lands on the area's top-left corner
  (first), its bottom-right corner (last) or anywhere at random, and hits when it falls on the target
  (targets sized and placed by the drill's own rules); it picks menu items, list items and keys like
  choices; it cannot copy a line or a pinyin word it has not read. A bot gives up on a step after 200
  tries and goes on, as the Next button allows.

Goal (issue 15): no bot masters more than 1% of the lessons on average over 100 runs, and the placement
check suggests nothing above basic to any of them. ``quiz_alone`` shows what the quiz alone (the rule
before practical steps counted) would have let through, and ``quiz_alone_file_order`` the same with
the choices in the lesson files' (balanced) order, not shuffled.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from trainer.content.loader import load_packs  # noqa: E402
from trainer.domain.choice_order import run_seed, shown_order  # noqa: E402
from trainer.domain.curriculum import in_language  # noqa: E402
from trainer.domain.lessons import Lesson, QuizStep  # noqa: E402
from trainer.domain.placement import PLACEMENT_ID, advise  # noqa: E402
from trainer.domain.practice import KEYS, PracticeStep, Tally, TargetSizer, place_target  # noqa: E402
from trainer.domain.progress import first_try_scores, run_mastery  # noqa: E402
from trainer.domain.sim_engine import IGNORED, PROGRESS, SimRun  # noqa: E402
from trainer.domain.simulation import PRESSABLE, SimulationStep  # noqa: E402
from trainer.domain.tiers import TIERS  # noqa: E402

BOTS = ("always-first", "always-last", "random", "random-until-right", "longest", "middle")
BY_LENGTH = ("longest", "middle")  # bots that read the answers' lengths, not their words
GOAL_SHARE = 0.01
GIVE_UP = 200  # tries on one step
PAD_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "del")
AREA = (760, 420)  # a drill's practice area at 1366x768 (px)
LANG = "zh_CN"


@dataclass(frozen=True)
class Try:
    step_id: str
    answer: Any
    correct: bool | None
    created_at: datetime
    duration_ms: int = 3000
    lesson_id: str = ""


class Bot:
    """One kind of guessing; ``pick`` chooses among options the bot cannot read."""

    def __init__(self, kind: str, rng: random.Random) -> None:
        self.kind, self.rng = kind, rng
        self.tried: set[Any] = set()

    def fresh(self) -> None:
        self.tried = set()

    def pick(self, options: list[Any]) -> Any:
        if self.kind in BY_LENGTH:  # outside a quiz (no answer text to measure): as random-until-right
            left = [o for o in options if o not in self.tried] or options
            choice = self.rng.choice(left)
            self.tried.add(choice)
            return choice
        if self.kind == "always-first":
            return options[0]
        if self.kind == "always-last":
            return options[-1]
        if self.kind == "random-until-right":
            left = [o for o in options if o not in self.tried] or options
            choice = self.rng.choice(left)
            self.tried.add(choice)
            return choice
        return self.rng.choice(options)

    def point(self) -> tuple[float, float]:
        """Where a click lands in a drill's area."""
        w, h = AREA
        if self.kind == "always-first":
            return (2.0, 2.0)
        if self.kind == "always-last":
            return (w - 2.0, h - 2.0)
        return (self.rng.uniform(0, w), self.rng.uniform(0, h))


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, tzinfo=UTC)

    def tick(self) -> datetime:
        self.now += timedelta(seconds=3)
        return self.now


# quizzes -----------------------------------------------------------------------------------------
def play_quiz(step: QuizStep, seed: str | None, bot: Bot, clock: Clock) -> list[Try]:
    """``seed`` None: the choices in the file's order, as before they were shuffled."""
    shown = list(shown_order(step, seed)) if seed is not None else [c.id for c in step.choices]
    bot.fresh()
    if step.question == "order":
        answer: Any = shown[:] if bot.kind != "random" else bot.rng.sample(shown, len(shown))
        if bot.kind == "random-until-right":
            answer = bot.rng.sample(shown, len(shown))
    elif step.question == "multiple" and bot.kind in BY_LENGTH:  # the longer half of the answers
        lengths = {cid: len(step.choice(cid).label.get(LANG)) for cid in shown}
        middle = statistics.median(lengths.values())
        answer = [cid for cid in shown if lengths[cid] > middle] or [max(shown, key=lengths.get)]
    elif step.question == "multiple":
        if bot.kind in ("always-first", "always-last"):
            answer = [bot.pick(shown)]
        else:
            answer = [cid for cid in shown if bot.rng.random() < 0.5] or [bot.rng.choice(shown)]
    elif bot.kind in BY_LENGTH:  # the longest answer, or the middle one by length (the second longest
        # of four): a test-wise guess that the right answer is neither the shortest nor the longest
        by_length = sorted(shown, key=lambda cid: len(step.choice(cid).label.get(LANG)))
        answer = by_length[-1] if bot.kind == "longest" else by_length[len(by_length) // 2]
    else:
        answer = bot.pick(shown)
    result = step.score(answer)
    return [Try(step.id, {"answer": answer, "score": result.score}, result.correct, clock.tick())]


# simulated apps ----------------------------------------------------------------------------------
def controls(step: SimulationStep, run: SimRun) -> list[tuple[str, str]]:
    """(action, element or key) of everything a bot could press on the screen now, top to bottom."""
    used = {t.target for t in step.tasks} | {trap for t in step.tasks for trap in t.traps}
    out: list[tuple[str, str]] = []
    for e in step.screen(run.screen).elements:
        if not run.shows(e):
            continue
        if e.type == "picture" and e.id not in used:
            continue
        if e.type == "toggle":
            out.append(("toggle", e.id))
        elif e.type in PRESSABLE:
            out.append(("press", e.id))
        elif e.type == "field":
            out.append(("type", e.id))
        elif e.type == "numpad":
            out += [("key", f"{e.id}:{k}") for k in PAD_KEYS]
    return out


def play_simulation(step: SimulationStep, bot: Bot, clock: Clock) -> list[Try]:
    run = SimRun(step)
    tries: list[Try] = []
    bot.fresh()
    task = run.index
    for _ in range(GIVE_UP):
        if run.finished:
            break
        options = controls(step, run)
        if not options:
            break
        action, target = bot.pick(options)
        if action == "press":
            outcome = run.press(target)
        elif action == "toggle":
            outcome = run.toggle(target)
        elif action == "type":
            wanted = ""
            if run.task is not None and run.task.target == target and run.task.answer is not None:
                wanted = run.task.answer.render(LANG, name="")
            outcome = run.type(target, "abc", wanted)
            if outcome.kind == IGNORED:
                outcome = run.submit(target, "abc", wanted)
        else:
            pad, key = target.split(":")
            outcome = run.key(pad, key)
        if outcome.kind in (IGNORED, PROGRESS):
            continue
        tries.append(
            Try(step.id, {"result": outcome.kind, "data": run.data()}, outcome.kind == "right", clock.tick())
        )
        if run.index != task:  # a task done: the "until right" bot starts afresh on the next one
            task = run.index
            bot.fresh()
    return tries


# drills ------------------------------------------------------------------------------------------
def _drill_try(step: PracticeStep, tally: Tally, hit: bool, clock: Clock) -> Try:
    tally.hit() if hit else tally.miss()
    return Try(step.id, {"drill": step.drill, "data": tally.data()}, hit, clock.tick())


def play_drill(step: PracticeStep, bot: Bot, clock: Clock) -> list[Try]:
    tally = Tally(step.rounds)
    tries: list[Try] = []
    w, h = AREA
    sizer = TargetSizer.for_level(step.level, 44)
    placer = random.Random(bot.rng.random())  # where the drill puts its targets
    previous = None
    wanted = list(step.keys) or [step.answer]
    bot.fresh()
    for _ in range(GIVE_UP):
        if tally.finished:
            break
        if step.drill in ("click", "double-click", "drag", "right-click"):
            size = sizer.size if step.drill == "click" else max(sizer.smallest, 120)
            corner = place_target(placer, w, h, size, previous)
            x, y = bot.point()
            hit = math.dist((x, y), (corner[0] + size / 2, corner[1] + size / 2)) <= size / 2
            if hit and step.drill == "drag":  # then the drop has to land on the album too
                x, y = bot.point()
                ax, ay = w - 200, h / 2 - 80  # the album: 160 px, at the right
                hit = ax <= x <= ax + 160 and ay <= y <= ay + 160
            if hit and step.drill == "right-click":  # then the right menu item, unread
                bot.fresh()
                hit = bot.pick([m for m, _ in step.menu]) == step.answer
            if step.drill == "click":
                sizer.hit() if hit else sizer.miss()
                previous = corner if hit else previous
        elif step.drill == "scroll":
            hit = bot.pick([i for i, _ in step.items]) == step.answer
        elif step.drill == "keys":
            hit = bot.pick(list(KEYS)) == wanted[tally.done]
            if hit:
                bot.fresh()
        else:  # typing, pinyin: the line or the word has to be read first
            hit = False
        tries.append(_drill_try(step, tally, hit, clock))
    return tries


# a run -------------------------------------------------------------------------------------------
def play(lesson: Lesson, bot: Bot, run_no: int, shuffled: bool = True) -> list[Try]:
    clock = Clock()
    seed = run_seed(f"bot-{bot.kind}", lesson.id, lesson.version, f"run-{run_no}") if shuffled else None
    tries: list[Try] = []
    for step in lesson.steps:
        if isinstance(step, QuizStep):
            tries += play_quiz(step, seed, bot, clock)
        elif not shuffled:
            continue
        elif isinstance(step, SimulationStep):
            tries += play_simulation(step, bot, clock)
        elif isinstance(step, PracticeStep):
            tries += play_drill(step, bot, clock)
    return tries


def main(argv: list[str] | None = None) -> int:
    global LANG
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--lang", default=LANG, help="the learner's language (zh_CN or en)")
    args = parser.parse_args(argv)
    LANG = args.lang  # (the bots read the answers' lengths in this language)
    started = time.perf_counter()
    catalogue = in_language(load_packs([ROOT / "lessons"]).catalogue, args.lang)  # the steps it shows
    lessons = [x for x in catalogue.lessons if x.id != PLACEMENT_ID]
    placement = catalogue.get(PLACEMENT_ID)
    out: dict[str, Any] = {"runs": args.runs, "lessons": len(lessons), "language": args.lang, "bots": {}}
    for kind in BOTS:
        rng = random.Random(f"{args.seed}/{kind}")
        shares, quiz_shares, file_order, ever = [], [], [], set()
        tiers = dict.fromkeys(TIERS, 0)
        for run_no in range(args.runs):
            mastered = quiz_alone = unshuffled = 0
            for lesson in lessons:
                result = run_mastery(lesson, play(lesson, Bot(kind, rng), run_no))
                mastered += result.passed
                quiz_alone += result.quiz_passed
                unshuffled += run_mastery(
                    lesson, play(lesson, Bot(kind, rng), run_no, shuffled=False)
                ).quiz_passed
                if result.passed:
                    ever.add(lesson.id)
            shares.append(mastered / len(lessons))
            quiz_shares.append(quiz_alone / len(lessons))
            file_order.append(unshuffled / len(lessons))
            if placement is not None:
                tries = play(placement, Bot(kind, rng), run_no)
                tasks = {p.step_id: p.passed for p in run_mastery(placement, tries).practical}
                scores = first_try_scores(placement, tries)
                tiers[advise(scores, [q.id for q in placement.quizzes], tasks).tier] += 1
        highest = max((t for t in TIERS if tiers[t]), key=TIERS.index, default=None)
        out["bots"][kind] = {
            "mastered_share": round(statistics.fmean(shares), 4),
            "mastered_share_worst_run": round(max(shares), 4),
            "lessons_ever_mastered": sorted(ever),
            "quiz_alone_share": round(statistics.fmean(quiz_shares), 4),
            "quiz_alone_file_order_share": round(statistics.fmean(file_order), 4),
            "placement": tiers,
            "placement_highest": highest,
        }
    bots = out["bots"].values()
    out["goal"] = {"mastered_share_at_most": GOAL_SHARE, "placement_at_most": "basic"}
    out["met"] = all(
        b["mastered_share"] <= GOAL_SHARE and b["placement_highest"] in (None, "basic") for b in bots
    )
    out["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
