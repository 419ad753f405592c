"""The ``simulation`` step kind: mock app screens and a task sequence, all from lesson data.

lesson.toml holds the structure (screens of elements, tasks pointing at elements); the strings
files hold every word (element labels under ``elements``, item details under ``details``, and each
task's instruction, hint and optional explanation). The cross checks live in ``sim_checks``.
"""

from __future__ import annotations

from typing import Any

from trainer.content.schema import Fields, describe
from trainer.content.sim_checks import cross_check
from trainer.content.steps import StepKind, StepSource, TextOf, check_picture
from trainer.content.texts import TextSpec
from trainer.domain.lessons import ID_PATTERN, Step
from trainer.domain.simulation import (
    ACTIONS,
    APPS,
    DEVICES,
    ELEMENT_TYPES,
    ICONS,
    SHAPES,
    STYLES,
    Element,
    SimScreen,
    SimulationStep,
    Task,
)

MAX_SCREENS = 16
MAX_ELEMENTS = 24
MAX_TASKS = 24
# element fields and the types that use them (id, type and inline are for every type)
ELEMENT_FIELDS = {
    "style": tuple(STYLES),
    "icon": ("icon", "item", "button"),
    "shape": ("picture",),
    "picture": ("picture",),
    "goto": ("button", "icon", "item", "toggle", "qr", "picture", "numpad", "field"),
    "on": ("toggle",),
    "mask": ("numpad",),
    "detail": ("item",),
}
PARAGRAPH_TYPES = ("text", "bubble")


def opt_flag(f: Fields, key: str) -> bool:
    value = f.raw(key, False, "true")
    if value is None:
        return False
    if not isinstance(value, bool):
        f.fail(key, f"must be true or false, not {describe(value)}", f"write {key} = true")
        return False
    return value


def opt_id(f: Fields, key: str, example: str) -> str:
    value = f.text(key, example=example, required=False)
    if value is not None and not ID_PATTERN.match(value):
        f.fail(key, f'"{value}" is not a valid id', "use lowercase letters, digits, - and _ only")
        return ""
    return value or ""


def _tables(f: Fields, key: str, hi: int, example: str) -> list[dict] | None:
    value = f.raw(key, True, example)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        f.fail(key, f"must be a list of tables, not {describe(value)}", f"write it like {example}")
        return None
    if not 1 <= len(value) <= hi:
        f.fail(key, f"has {len(value)} entries", f"use from 1 to {hi}")
        return None
    return value


def _element(ctx: StepSource, table: dict, where: str) -> dict | None:
    ef = Fields(table, ctx.fields.problems, ctx.fields.path, where)
    eid = opt_id(ef, "id", '"send"') or None
    if "id" not in table:
        ef.fail("id", "is missing", 'add it, for example: id = "send"')
    if eid:
        ef.where = f'{where.rsplit(" element", 1)[0]} element "{eid}"'
    etype = ef.text("type", example='"button"', choices=ELEMENT_TYPES)
    e: dict[str, Any] = {"id": eid, "type": etype, "inline": opt_flag(ef, "inline")}
    e["after"] = opt_id(ef, "after", '"send-text"')
    if etype is None:
        ef.seen.update(ELEMENT_FIELDS)
        ef.finish()
        return None
    for key, types in ELEMENT_FIELDS.items():
        if key in table and etype not in types:
            ef.fail(key, f"is not used by {etype} elements", "remove it (see lessons/README.md)")
            ef.seen.add(key)
    if etype in STYLES:
        e["style"] = ef.text("style", example=f'"{STYLES[etype][-1]}"', required=False, choices=STYLES[etype])
        e["style"] = e["style"] or STYLES[etype][0]
    if etype in ELEMENT_FIELDS["icon"]:
        e["icon"] = ef.text("icon", example='"send"', required=etype == "icon", choices=ICONS) or ""
    if etype == "picture":
        e["shape"] = ef.text("shape", example='"photo"', required=False, choices=SHAPES) or ""
        e["picture"] = ef.text("picture", example='"assets/photo.svg"', required=False)
        if bool(e["shape"]) == bool(e["picture"]):
            ef.fail(
                "shape",
                "a picture needs either a shape or a picture file",
                'write shape = "photo" or picture = "assets/..."',
            )
        elif e["picture"] and not check_picture(
            StepSource(ef, ctx.folder, ctx.deep), "picture", e["picture"]
        ):
            return None
    if etype in ELEMENT_FIELDS["goto"]:
        e["goto"] = opt_id(ef, "goto", '"next-screen"')
    e["on"] = opt_flag(ef, "on") if etype == "toggle" else False
    e["mask"] = opt_flag(ef, "mask") if etype == "numpad" else False
    e["detail"] = opt_flag(ef, "detail") if etype == "item" else False
    return e if ef.finish() and eid else None


def _screen(ctx: StepSource, table: dict, n: int) -> dict | None:
    base = ctx.fields.where
    sf = Fields(table, ctx.fields.problems, ctx.fields.path, f"{base} screen {n}")
    sid = opt_id(sf, "id", f'"screen{n}"')
    if not sid:
        sf.fail("id", "is missing", f'add it, for example: id = "screen{n}"')
    else:
        sf.where = f'{base} screen "{sid}"'
    dialog = opt_flag(sf, "dialog")
    tables = _tables(sf, "elements", MAX_ELEMENTS, '[{ id = "title", type = "header" }]')
    if not sf.finish() or tables is None:
        return None
    elements = [_element(ctx, t, f"{sf.where} element {i}") for i, t in enumerate(tables, 1)]
    if any(e is None for e in elements):
        return None
    return {"id": sid, "dialog": dialog, "elements": elements}


def _task(ctx: StepSource, table: dict, n: int) -> dict | None:
    base = ctx.fields.where
    tf = Fields(table, ctx.fields.problems, ctx.fields.path, f"{base} task {n}")
    tid = opt_id(tf, "id", f'"task{n}"')
    if not tid:
        tf.fail("id", "is missing", f'add it, for example: id = "task{n}"')
    else:
        tf.where = f'{base} task "{tid}"'
    given = [a for a in ACTIONS if a in table]
    if len(given) != 1:
        what = "says what to do twice" if given else "does not say what to do"
        tf.fail(
            given[-1] if given else "press",
            what,
            "give exactly one of: " + ", ".join(ACTIONS) + ' (e.g. press = "send")',
        )
        tf.seen.update(ACTIONS)
        tf.finish()
        return None
    action = given[0]
    t: dict[str, Any] = {"id": tid, "action": action, "target": opt_id(tf, action, '"send"')}
    t["on"] = True
    if action == "toggle":
        value = tf.raw("on", False, "true")
        t["on"] = value if isinstance(value, bool) else True
        if value is not None and not isinstance(value, bool):
            tf.fail("on", f"must be true or false, not {describe(value)}", "write on = true or on = false")
    elif "on" in table:
        tf.fail("on", f"is not used by {action} tasks", "remove it")
        tf.seen.add("on")
    t["digits"] = ""
    if action == "enter":
        digits = tf.text("digits", example='"2580"')
        plain = (digits or "").replace(".", "", 1)
        if digits is not None and not (plain.isdigit() and plain.isascii() and 1 <= len(digits) <= 12):
            tf.fail(
                "digits",
                f'"{digits}" must be 1 to 12 digits 0-9 (an amount may have one ".")',
                'write e.g. digits = "2580"',
            )
        t["digits"] = digits or ""
    elif "digits" in table:
        tf.fail("digits", f"is not used by {action} tasks", "remove it")
        tf.seen.add("digits")
    t["goto"] = opt_id(tf, "goto", '"next-screen"')
    t["explain"] = opt_flag(tf, "explain")
    t["traps"] = tuple(tf.ids("traps", lo=1, hi=6, required=False, example='["pay"]'))
    return t if tf.finish() and tid and t["target"] else None


def _parse(ctx: StepSource) -> Any:
    f = ctx.fields
    app = f.text("app", example='"chat"', choices=APPS)
    device = f.text("device", example='"phone"', required=False, choices=DEVICES) or "phone"
    start = opt_id(f, "start", '"home"')
    if "start" not in f.table:
        f.fail("start", "is missing", 'add the first screen\'s id, for example: start = "home"')
    screen_tables = _tables(f, "screens", MAX_SCREENS, "[[steps.screens]] tables")
    task_tables = _tables(f, "tasks", MAX_TASKS, "[[steps.tasks]] tables")
    if screen_tables is None or task_tables is None:
        return None
    screens = [_screen(ctx, t, n) for n, t in enumerate(screen_tables, 1)]
    tasks = [_task(ctx, t, n) for n, t in enumerate(task_tables, 1)]
    if not f.ok or app is None or any(s is None for s in screens) or any(t is None for t in tasks):
        return None
    params = {"app": app, "device": device, "start": start, "screens": screens, "tasks": tasks}
    return params if cross_check(f, params) else None


def _texts(p: dict) -> list[TextSpec]:
    specs = [TextSpec(("intro",)), TextSpec(("finish",))]
    for screen in p["screens"]:
        for e in screen["elements"]:
            if e["type"] == "space":
                continue
            size = "paragraph" if e["type"] in PARAGRAPH_TYPES else "label"
            specs.append(TextSpec(("elements", e["id"]), size=size))
            if e["detail"]:
                specs.append(TextSpec(("details", e["id"]), size="label"))
    for t in p["tasks"]:
        tid = t["id"]
        specs += [TextSpec(("tasks", tid, "instruction")), TextSpec(("tasks", tid, "hint"))]
        if t["action"] == "type":
            specs.append(TextSpec(("tasks", tid, "answer"), size="label"))
        if t["explain"]:
            specs.append(TextSpec(("tasks", tid, "explain")))
        if t["traps"]:
            specs.append(TextSpec(("tasks", tid, "trap")))
    return specs


def _build(step_id: str, p: dict, t: TextOf) -> Step:
    def element(e: dict) -> Element:
        label = None if e["type"] == "space" else t(("elements", e["id"]))
        return Element(
            e["id"], e["type"], label, t(("details", e["id"])) if e["detail"] else None,
            style=e.get("style", ""), icon=e.get("icon", ""), shape=e.get("shape", ""),
            picture=e.get("picture"), goto=e.get("goto", ""), on=e["on"], mask=e["mask"], inline=e["inline"],
            after=e["after"],
        )  # fmt: skip

    def task(d: dict) -> Task:
        tid = ("tasks", d["id"])
        return Task(
            d["id"], d["action"], d["target"], t((*tid, "instruction")), t((*tid, "hint")),
            answer=t((*tid, "answer")) if d["action"] == "type" else None, digits=d["digits"], on=d["on"],
            goto=d["goto"], explain=t((*tid, "explain")) if d["explain"] else None, traps=d["traps"],
            trap=t((*tid, "trap")) if d["traps"] else None,
        )  # fmt: skip

    screens = tuple(
        SimScreen(s["id"], tuple(element(e) for e in s["elements"]), s["dialog"]) for s in p["screens"]
    )
    return SimulationStep(
        step_id, app=p["app"], device=p["device"], start=p["start"], screens=screens,
        tasks=tuple(task(d) for d in p["tasks"]), intro=t(("intro",)), finish=t(("finish",)),
    )  # fmt: skip


SIMULATION = StepKind(_parse, _texts, _build)
