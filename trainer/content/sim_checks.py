"""Checks across a simulation's screens and tasks: ids used once, every reference pointing at
something that exists and fits, and every task reachable when the tasks before it are done right."""

from __future__ import annotations

from typing import Any

from trainer.content.schema import Fields
from trainer.domain.simulation import ACTION_TYPES, PRESSABLE


class _Report:
    def __init__(self, f: Fields) -> None:
        self.f = f
        self.ok = True

    def add(self, where: str, what: str, fix: str) -> None:
        self.ok = False
        self.f.ok = False
        self.f.problems.add(self.f.path, f"{self.f.where} {where}".strip(), what, fix)


def _once(report: _Report, ids: list[str], what: str) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            report.add(f'{what} "{i}"', "is used twice", f"give every {what} its own id")
        seen.add(i)


def cross_check(f: Fields, p: dict[str, Any]) -> bool:
    report = _Report(f)
    screens = {s["id"]: s for s in p["screens"]}
    elements = {e["id"]: (e, s["id"]) for s in p["screens"] for e in s["elements"]}
    _once(report, [s["id"] for s in p["screens"]], "screen")
    _once(report, [e["id"] for s in p["screens"] for e in s["elements"]], "element")
    _once(report, [t["id"] for t in p["tasks"]], "task")
    if p["start"] and p["start"] not in screens:
        report.add("start", f'"{p["start"]}" is not a screen of this simulation', "use the id of a screen")
    task_ids = [t["id"] for t in p["tasks"]]
    for s in p["screens"]:
        for e in s["elements"]:
            if e["after"] and e["after"] not in task_ids:
                report.add(
                    f'element "{e["id"]}" after', f'"{e["after"]}" is not a task', "use the id of a task"
                )
            if e.get("goto") and e["goto"] not in screens:
                report.add(
                    f'element "{e["id"]}" goto', f'"{e["goto"]}" is not a screen', "use the id of a screen"
                )
    for t in p["tasks"]:
        where = f'task "{t["id"]}"'
        found = elements.get(t["target"])
        if found is None:
            report.add(
                f"{where} {t['action']}",
                f'"{t["target"]}" is not an element of this simulation',
                "use the id of an element on one of its screens",
            )
        elif found[0]["type"] not in ACTION_TYPES[t["action"]]:
            kinds = " or ".join(ACTION_TYPES[t["action"]])
            report.add(
                f"{where} {t['action']}",
                f'"{t["target"]}" is a {found[0]["type"]}, which cannot be used with {t["action"]}',
                f"point it at a {kinds} element",
            )
        if found is not None and t["action"] == "enter" and "." in t["digits"] and found[0]["mask"]:
            report.add(f"{where} digits", "has a “.”, but a PIN pad has no “.” key", "use digits only")
        if t["goto"] and t["goto"] not in screens:
            report.add(f"{where} goto", f'"{t["goto"]}" is not a screen', "use the id of a screen")
        for trap in t["traps"]:
            if trap not in elements:
                report.add(f"{where} traps", f'"{trap}" is not an element', "use the id of an element")
            elif elements[trap][0]["type"] not in PRESSABLE:
                report.add(f"{where} traps", f'"{trap}" cannot be pressed', "name a button, icon or item")
            elif found is not None and elements[trap][1] != found[1]:
                report.add(
                    f"{where} traps", f'"{trap}" is on another screen', "name an element beside the target"
                )
            elif trap == t["target"]:
                report.add(
                    f"{where} traps", f'"{trap}" is the element to press', "name the wrong choice instead"
                )
    if report.ok:
        _walk(report, p, screens, elements)
    return report.ok


def _walk(report: _Report, p: dict, screens: dict, elements: dict) -> None:
    """Follow the tasks from the start screen, as a learner who does every task right."""
    screen, seen = p["start"], {p["start"]}
    toggles = {eid: e["on"] for eid, (e, _) in elements.items() if e["type"] == "toggle"}
    order = {t["id"]: n for n, t in enumerate(p["tasks"])}
    for n, t in enumerate(p["tasks"]):
        element, home = elements[t["target"]]
        if element["after"] and order[element["after"]] >= n:
            report.add(
                f'task "{t["id"]}"',
                f'its element "{t["target"]}" only appears after task "{element["after"]}", which comes later',
                "put the tasks in the right order, or remove after = ... from the element",
            )
            return
        if home != screen:
            report.add(
                f'task "{t["id"]}"',
                f'its element "{t["target"]}" is on screen "{home}", but the learner is on screen '
                f'"{screen}" by then, so this task can never be done',
                f'add goto = "{home}" to the task before it, or put the tasks in the right order',
            )
            return
        if t["action"] == "toggle":
            if toggles[t["target"]] == t["on"]:
                state = "on" if t["on"] else "off"
                report.add(
                    f'task "{t["id"]}"',
                    f'the switch "{t["target"]}" is already {state} at this point',
                    "change on = ... in the task or in the element",
                )
            toggles[t["target"]] = t["on"]
        nxt = t["goto"] or element.get("goto", "")
        if nxt:
            screen = nxt
            seen.add(nxt)
    for sid in screens:
        if sid not in seen:
            report.add(
                f'screen "{sid}"',
                "is never shown: no task leads to it",
                "lead to it with goto on an element or a task, or remove it",
            )
