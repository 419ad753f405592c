"""The details pages of the printed certificate (page 2 on): what the framed page sums up, in full.

Blocks, in order: learning and assessment (time, dates, how it was assessed, the tutor, the remark when
chosen, framework level and credits, the centre's code), the competences (code, Chinese and English
name; the level once, or per competence when they differ), the tasks a tutor observed, and the lessons of a progress record
(a tier certificate says "all N lessons of the tier"). How to verify is on page 1 (the QR code, the
key's fingerprint). A heading is never left alone at a page's foot.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from trainer.domain.certificates import KIND_TIER, LEVEL_NAMES, framework_of
from trainer.domain.lessons import COMPETENCES
from trainer.services.certificates import sheet as S
from trainer.services.certificates import texts as T

if TYPE_CHECKING:
    from trainer.services.certificates.page import PrintedCertificate

Block = tuple[str, tuple[str, ...]]  # (kind, texts): h(eading), comp(etence), kv, row, para, note
W, H = 210.0, 297.0
LEFT, RIGHT = 20.0, 190.0
TOP, BOTTOM = 44.0, H - 25.5
LABEL_W, VALUE_GAP, CODE_W, DATE_W = 68.5, 1.5, 14.0, 34.0
# line pitch / type size: a little tighter than the fonts' own (about 1.26 with Chinese); tighter still
# when that saves a last page that would be nearly empty
LEADINGS = (1.2, 1.12, 1.05)


def _label(pair: tuple[str, str]) -> str:
    return " · ".join(pair)


def _both(text: tuple[str, str], **values: object) -> tuple[str, str]:
    return T.fill(text[0], 0, **values), T.fill(text[1], 1, **values)


def blocks(c: PrintedCertificate) -> list[Block]:
    f, a, r = c.claims, c.achievement, c.recognition
    out: list[Block] = []
    out.append(("h", (_label(T.LEARNING_ASSESSMENT),)))
    out.append(("kv", (_label(T.LEARNING_TIME), " · ".join(T.duration(f.minutes)))))
    if f.time_on_task is not None:
        out.append(("kv", (_label(T.TIME_ON_TASK), " · ".join(T.duration(f.time_on_task)))))
    out.append(("kv", (_label(T.DATES), f"{f.start} – {f.end}")))
    if f.assessment == "tutor-validated":
        out.append(("kv", (_label(T.ASSESSMENT), *_both(T.IN_PERSON, tutor=f.tutor, date=f.validated))))
    else:
        out.append(("kv", (_label(T.ASSESSMENT), *T.SELF_STUDY)))
    if f.methods:
        out.append(("kv", (_label(T.ASSESSED_BY), *T.method_names(f.methods))))
    if f.remark:
        out.append(("kv", (_label(T.REMARK), f.remark)))
    if f.framework_level:
        out.append(
            (
                "kv",
                (
                    _label(T.FRAMEWORK),
                    *_both(T.FRAMEWORK_LEVEL, framework=r.framework_name, level=r.level_name),
                ),
            )
        )
    if f.credits:
        credits = _both(T.CREDITS, credits=f.credits, unit=r.credit_unit)
        out.append(("kv", (_label(T.CREDITS_LABEL), " · ".join(credits))))
    out.append(("kv", (_label(T.CENTRE_CODE), f.code)))
    tz = c.issued_local.tzinfo
    if a.kind != KIND_TIER:
        out.append(("h", (_label(T.LESSONS),)))
        for x in a.lessons:
            out.append(
                ("row", (x.mastered_at.astimezone(tz).date().isoformat(), f"{x.title_zh} · {x.title_en}"))
            )
    levels = {level for _, level in f.competences if level}
    common = levels.pop() if len(levels) == 1 else None
    under = ["DigComp 2.2"]
    if common:
        zh, en = _both(T.LEVEL_HEADING, level=common, name=LEVEL_NAMES.get(common, (common, common)))
        under += [zh, en]
    dlgf = [code for code, _ in f.competences if framework_of(code) != "DigComp 2.2"]
    if dlgf:
        under.append(T.fill(T.DLGF_NOTE[0], 0, codes="、".join(dlgf)))
    out.append(("h", (_label(T.COMPETENCES), " · ".join(under))))
    for code, level in f.competences:
        name_en = COMPETENCES.get(code, code)
        zh_tail, en_tail = (f" · {level} 级", f" · level {level}") if level and not common else ("", "")
        out.append(("comp", (code, T.COMPETENCE_NAMES_ZH.get(code, name_en) + zh_tail, name_en + en_tail)))
    if c.observed:
        out.append(("h", (_label(T.OBSERVED),)))
        for o in c.observed:
            day = o.observed_at.astimezone(tz).date().isoformat()
            out.append(("row", (day, f"{o.text_zh} · {o.text_en}（{o.tutor_name}）")))
    return out


def height(
    sheet: S.Sheet, block: Block, font: Callable, at: float | None = None, leading: float = 1.2
) -> float:
    """The block's height in mm; drawn with its top at ``at`` when given."""
    kind, texts = block
    width = RIGHT - LEFT
    y0 = at if at is not None else 0.0

    def put(text: str, fnt, dx: float, y: float, w: float, colour: str = S.INK) -> float:
        if at is None:
            return sheet.height(text, fnt, w, leading)
        return sheet.text(text, fnt, LEFT + dx, y, w, Qt.AlignLeft, colour, leading)

    if kind == "h":
        y = y0 + 4
        y += put(texts[0], font(18, True), 0, y, width, S.NAVY) + 0.3
        for text in texts[1:]:
            y += put(text, font(16), 0, y, width, S.NAVY) + 0.3
        if at is not None:
            sheet.line(LEFT, y + 0.5, RIGHT, y + 0.5, S.GOLD, 0.3)
        return y - y0 + 3
    if kind == "comp":
        code, zh, en = texts
        put(code, font(16, True), 0, y0, CODE_W, S.NAVY)
        h = put(zh, font(16), CODE_W, y0, width - CODE_W) + 0.2
        h += put(en, font(16), CODE_W, y0 + h, width - CODE_W, S.GREY)
        return h + 0.6
    if kind == "kv":
        label_h = put(texts[0], font(16), 0, y0, LABEL_W, S.GREY)
        h = 0.0
        for text in texts[1:]:
            h += put(text, font(16), LABEL_W + VALUE_GAP, y0 + h, width - LABEL_W - VALUE_GAP) + 0.2
        return max(h, label_h) + 1.4
    if kind == "row":
        put(texts[0], font(16), 0, y0, DATE_W, S.GREY)
        return put(texts[1], font(16), DATE_W, y0, width - DATE_W) + 1.2
    if kind in ("para", "note"):
        h = 0.0
        for text in texts:
            h += put(text, font(16), 0, y0 + h, width, S.GREY if kind == "note" else S.INK) + 0.4
        return h + 1.6
    raise ValueError(f"unknown block kind {kind!r}")


def paginate(sheet: S.Sheet, items: list[Block], font: Callable) -> tuple[list[list[Block]], float]:
    """The blocks of each details page (a heading moves on with the block after it), and the line
    pitch to draw them with: the roomiest that does not leave a last page less than a third full."""
    best: tuple[list[list[Block]], float] | None = None
    for leading in LEADINGS:
        pages, last = _paginate(sheet, items, font, leading)
        if best is None or len(pages) < len(best[0]):
            best = (pages, leading)
        if len(pages) == 1 or last >= (BOTTOM - TOP) / 3:
            break
    assert best is not None
    return best


def _paginate(
    sheet: S.Sheet, items: list[Block], font: Callable, leading: float
) -> tuple[list[list[Block]], float]:
    pages: list[list[Block]] = []
    current: list[Block] = []
    y = TOP
    for k, block in enumerate(items):
        h = height(sheet, block, font, leading=leading)
        need = h
        if block[0] == "h" and k + 1 < len(items):
            need += height(sheet, items[k + 1], font, leading=leading)
        if current and y + need > BOTTOM:
            pages.append(current)
            current, y = [], TOP
        current.append(block)
        y += h
    pages.append(current)
    return pages, y - TOP


def draw(
    sheet: S.Sheet,
    c: PrintedCertificate,
    items: list[Block],
    font: Callable,
    n: int,
    total: int,
    leading: float = LEADINGS[0],
) -> None:
    from trainer.services.certificates.page import page_number

    sheet.frame(W, H)
    width = RIGHT - LEFT
    y = 20.0
    y += sheet.text(_label(T.DETAILS), font(22, True), LEFT, y, width, Qt.AlignHCenter, S.NAVY) + 1
    line = f"{_label(T.NUMBER)} {c.certificate_id} · {c.learner_name}"
    y += sheet.text(line, font(16), LEFT, y, width, Qt.AlignHCenter, S.GREY) + 2
    sheet.ornament_rule(W / 2, y + 1, 60)
    y = TOP
    for block in items:
        y += height(sheet, block, font, at=y, leading=leading)
    page_number(sheet, font, n, total)
