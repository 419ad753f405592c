"""The ``practice`` step kind: a drill for the mouse or the keyboard, its type and parameters in
lesson.toml and its words (instruction, labels, lines to type) in the strings files."""

from __future__ import annotations

from typing import Any

from trainer.content.schema import Fields, describe
from trainer.content.steps import StepKind, StepSource, TextOf
from trainer.content.texts import TextSpec
from trainer.domain.lessons import Step
from trainer.domain.practice import (
    DEFAULT_ROUNDS,
    DRILLS,
    KEYS,
    LEVELS,
    SCROLL_METHODS,
    PinyinWord,
    PracticeStep,
)
from trainer.domain.text_input import clean_pinyin

# the fields each drill reads besides drill and level
FIELDS = {
    "click": ("rounds",),
    "double-click": ("rounds",),
    "right-click": ("menu", "answer"),
    "drag": ("rounds",),
    "scroll": ("items", "answer", "method"),
    "keys": ("keys",),
    "typing": ("lines",),
    "pinyin": ("words",),
}
ALL_FIELDS = sorted({k for keys in FIELDS.values() for k in keys})
MAX_ROUNDS = {"click": 30, "double-click": 10, "drag": 10}
SCROLL_ITEMS = (8, 40)  # fewer do not need scrolling
FIRST_HIDDEN = 6  # the item to find must be at least this far down the list
MAX_WORDS = 10
MAX_CANDIDATES = 30


def _choice(f: Fields, ids: list[str], what: str) -> str | None:
    answer = f.text("answer", example=f'"{ids[0]}"' if ids else '"..."')
    if answer is not None and ids and answer not in ids:
        f.fail("answer", f'"{answer}" is not one of the {what}', f"use an id from the {what} list")
        return None
    return answer


def _keys(f: Fields) -> tuple[str, ...] | None:
    value = f.raw("keys", True, '["enter", "space"]')
    if value is None:
        return None
    if not isinstance(value, list) or not 1 <= len(value) <= 20:
        f.fail(
            "keys", f"must be a list of 1 to 20 key names, not {describe(value)}", 'write keys = ["enter"]'
        )
        return None
    bad = [k for k in value if k not in KEYS]
    if bad:
        f.fail("keys", f'"{bad[0]}" is not a key the drill knows', "use " + ", ".join(KEYS))
        return None
    return tuple(value)


def _words(f: Fields) -> tuple[PinyinWord, ...] | None:
    example = '[{ pinyin = "ni", answer = "你", candidates = ["尼", "你", "泥"] }]'
    value = f.raw("words", True, example)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        f.fail("words", f"must be a list of tables, not {describe(value)}", f"write words = {example}")
        return None
    if not 1 <= len(value) <= MAX_WORDS:
        f.fail("words", f"has {len(value)} entries", f"use from 1 to {MAX_WORDS}")
        return None
    out = []
    for n, table in enumerate(value, 1):
        wf = Fields(table, f.problems, f.path, f"{f.where} word {n}")
        pinyin = wf.text("pinyin", example='"nihao"')
        answer = wf.text("answer", example='"你好"')
        cands = wf.raw("candidates", True, '["拟好", "你好"]')
        if not wf.finish() or pinyin is None or answer is None or cands is None:
            continue
        if not clean_pinyin(pinyin) or clean_pinyin(pinyin) != pinyin.replace("'", "").replace(" ", ""):
            wf.fail("pinyin", f'"{pinyin}" must be lowercase letters a to z', 'write e.g. pinyin = "nihao"')
        elif not isinstance(cands, list) or not all(isinstance(c, str) and c.strip() for c in cands):
            wf.fail("candidates", "must be a list of texts", 'write candidates = ["拟好", "你好"]')
        elif not 2 <= len(cands) <= MAX_CANDIDATES or len(set(cands)) != len(cands):
            wf.fail(
                "candidates",
                f"has {len(cands)} entries or repeats one",
                f"list 2 to {MAX_CANDIDATES}, each once",
            )
        elif answer not in cands:
            wf.fail(
                "candidates", f'do not hold the answer "{answer}"', "add it where the input method shows it"
            )
        else:
            out.append(PinyinWord(pinyin, answer, tuple(cands)))
    return tuple(out) if len(out) == len(value) else None


def _parse(ctx: StepSource) -> Any:
    f = ctx.fields
    drill = f.text("drill", example='"click"', choices=DRILLS)
    level = f.text("level", example='"easy"', required=False, choices=LEVELS) or "easy"
    if drill is None:
        f.seen.update(ALL_FIELDS)
        return None
    for key in ALL_FIELDS:
        if key in f.table and key not in FIELDS[drill]:
            f.fail(key, f"is not used by {drill} drills", "remove it (see lessons/README.md)")
            f.seen.add(key)
    p: dict[str, Any] = {"drill": drill, "level": level, "rounds": 1}
    if "rounds" in FIELDS[drill]:
        p["rounds"] = f.integer(
            "rounds", lo=1, hi=MAX_ROUNDS[drill], required=False, default=DEFAULT_ROUNDS[drill]
        )
    if drill == "right-click":
        p["menu"] = tuple(f.ids("menu", lo=2, hi=6, example='["open", "copy", "delete"]'))
        p["answer"] = _choice(f, list(p["menu"]), "menu")
        if not p["menu"] or p["answer"] is None:
            return None
    elif drill == "scroll":
        lo, hi = SCROLL_ITEMS
        p["items"] = tuple(f.ids("items", lo=lo, hi=hi, example='["a", "b", "c", "d", "e", "f", "g", "h"]'))
        p["answer"] = _choice(f, list(p["items"]), "items")
        p["method"] = f.text("method", example='"wheel"', required=False, choices=SCROLL_METHODS) or "any"
        if not p["items"] or p["answer"] is None:
            return None
        if p["items"].index(p["answer"]) < FIRST_HIDDEN:
            f.fail(
                "answer",
                "is near the top of the list, so no scrolling is needed",
                f"pick an item from number {FIRST_HIDDEN + 1} on",
            )
            return None
    elif drill == "keys":
        p["keys"] = _keys(f)
        p["rounds"] = len(p["keys"] or ())
        if p["keys"] is None:
            return None
    elif drill == "typing":
        p["lines"] = tuple(f.ids("lines", lo=1, hi=10, example='["line1", "line2"]'))
        p["rounds"] = len(p["lines"])
        if not p["lines"]:
            return None
    elif drill == "pinyin":
        p["words"] = _words(f)
        if p["words"] is None:
            return None
        p["rounds"] = len(p["words"])
    return p if f.ok else None


def _texts(p: dict) -> list[TextSpec]:
    specs = [TextSpec(("instruction",))]
    if p["drill"] in ("double-click", "right-click", "drag"):
        specs.append(TextSpec(("target",), size="label"))
    if p["drill"] == "drag":
        specs.append(TextSpec(("place",), size="label"))
    specs += [TextSpec(("menu", m), size="label") for m in p.get("menu", ())]
    specs += [TextSpec(("items", i), size="label") for i in p.get("items", ())]
    specs += [TextSpec(("lines", line), size="label") for line in p.get("lines", ())]
    return specs


def _build(step_id: str, p: dict, t: TextOf) -> Step:
    drill = p["drill"]
    has_target = drill in ("double-click", "right-click", "drag")
    return PracticeStep(
        step_id,
        drill=drill,
        level=p["level"],
        instruction=t(("instruction",)),
        rounds=p["rounds"],
        target=t(("target",)) if has_target else None,
        place=t(("place",)) if drill == "drag" else None,
        menu=tuple((m, t(("menu", m))) for m in p.get("menu", ())),
        answer=p.get("answer") or "",
        items=tuple((i, t(("items", i))) for i in p.get("items", ())),
        method=p.get("method", "any"),
        keys=p.get("keys") or (),
        lines=tuple(t(("lines", line)) for line in p.get("lines", ())),
        words=p.get("words") or (),
    )


PRACTICE = StepKind(_parse, _texts, _build)
