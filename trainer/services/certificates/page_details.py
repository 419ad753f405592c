"""The details page of the printed certificate (page 2): what the framed page sums up, in full.

Blocks, in order: learning and assessment (time, dates, how it was assessed, the tutor, the remark when
chosen, framework level and credits, the centre's code), the competences (code, then the Chinese and
English name on one line when it fits; the level once, or per competence when they differ), the tasks a
tutor observed, and the lessons of a progress record. How to verify is on page 1 (the QR code, the
key's fingerprint). Each label and value is one paragraph, Chinese · English, so nothing is said twice
on two half-empty lines.

The details of a certificate fit on ONE page: the type is the largest size (``SIZES``, 16 pt down to
``MIN_PT``) at which they do. A learner whose tutor ticked many tasks on their own phone (48 in the
intermediate tier) gets those counted per lesson (the credential lists each one) rather than type too
small to read. A progress record listing many lessons may take more pages, at ``PAGED_PT`` (observed
tasks counted per lesson too), with the line pitch chosen so that the last page is never nearly empty;
a heading is never left alone at a page's foot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from trainer.domain.certificates import KIND_TIER, LEVEL_NAMES, framework_of
from trainer.domain.lessons import COMPETENCES
from trainer.services.certificates import sheet as S
from trainer.services.certificates import texts as T

if TYPE_CHECKING:
    from trainer.services.certificates.page import PrintedCertificate

Block = tuple[str, tuple[str, ...]]  # (kind, texts): h(eading), comp(etence), kv, row, note
W, H = 210.0, 297.0
LEFT, RIGHT = 20.0, 190.0
TOP, BOTTOM = 43.0, H - 24.0  # under the ornament of the header; 2 mm above the page number
SIZES = (16.0, 15.0, 14.0, 13.0, 12.0, 11.0, 10.0, 9.0)  # body type of the details, roomiest first
MIN_PT = 9.0  # never smaller on paper (headings are 2 pt larger)
LIST_MIN_PT = 11.0  # observed tasks are listed one by one only at this size or larger, else counted
PAGED_PT = 12.0  # a progress record too long for one page: over more pages at this size
# line pitch / type size: a little tighter than the fonts' own (about 1.26 with Chinese); tighter still
# when that saves a last page that would be nearly empty
LEADINGS = (1.2, 1.12, 1.05)


@dataclass(frozen=True)
class Style:
    """The details' type size and line pitch, and the columns that go with them (mm)."""

    pt: float = SIZES[0]
    leading: float = LEADINGS[0]
    label_w: float = 68.5  # "学习时长 · Learning time" and the like, beside the value's first line
    date_w: float = 32.0  # "2026-11-02" before a lesson or an observed task

    @property
    def code_w(self) -> float:  # "1.1" before a competence
        return round(max(8.0, 13.0 * self.pt / 16), 1)

    @property
    def gap(self) -> float:  # between two entries, in mm
        return round(1.2 * self.pt / 16, 2)


def style(sheet: S.Sheet, items: list[Block], font: Callable, pt: float, leading: float) -> Style:
    """The style at ``pt``: the label and date columns as wide as their widest text."""
    labels = [b[1][0] for b in items if b[0] == "kv"]
    dates = [b[1][0] for b in items if b[0] == "row"]
    label_w = max((sheet.width(t, font(pt)) for t in labels), default=0.0) + pt / 8
    date_w = max((sheet.width(t, font(pt)) for t in dates), default=0.0) + pt / 4
    return Style(pt, leading, min(round(label_w, 1), 80.0), min(round(date_w, 1), 50.0))


def _label(pair: tuple[str, str]) -> str:
    return " · ".join(pair)


def _both(text: tuple[str, str], **values: object) -> str:
    return f"{T.fill(text[0], 0, **values)} · {T.fill(text[1], 1, **values)}"


def blocks(c: PrintedCertificate, count_observed: bool = False) -> list[Block]:
    """Everything on the details page; ``count_observed``: the observed tasks counted per lesson."""
    f, a, r = c.claims, c.achievement, c.recognition
    out: list[Block] = []
    out.append(("h", (_label(T.LEARNING_ASSESSMENT),)))
    out.append(("kv", (_label(T.LEARNING_TIME), " · ".join(T.duration(f.minutes)))))
    if f.time_on_task is not None:
        out.append(("kv", (_label(T.TIME_ON_TASK), " · ".join(T.duration(f.time_on_task)))))
    out.append(("kv", (_label(T.DATES), f"{f.start} – {f.end}")))
    if f.assessment == "tutor-validated":
        out.append(("kv", (_label(T.ASSESSMENT), _both(T.IN_PERSON, tutor=f.tutor, date=f.validated))))
    else:
        out.append(("kv", (_label(T.ASSESSMENT), " · ".join(T.SELF_STUDY))))
    if f.methods:
        out.append(("kv", (_label(T.ASSESSED_BY), " · ".join(T.method_names(f.methods)))))
    if f.remark:
        out.append(("kv", (_label(T.REMARK), f.remark)))
    if f.framework_level:
        level = _both(T.FRAMEWORK_LEVEL, framework=r.framework_name, level=r.level_name)
        out.append(("kv", (_label(T.FRAMEWORK), level)))
    if f.credits:
        out.append(("kv", (_label(T.CREDITS_LABEL), _both(T.CREDITS, credits=f.credits, unit=r.credit_unit))))
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
        under.append(_both(T.LEVEL_HEADING, level=common, name=LEVEL_NAMES.get(common, (common, common))))
    dlgf = [code for code, _ in f.competences if framework_of(code) != "DigComp 2.2"]
    if dlgf:
        under.append(T.fill(T.DLGF_NOTE[0], 0, codes="、".join(dlgf)))
    out.append(("h", (_label(T.COMPETENCES), " · ".join(under))))
    for code, level in f.competences:
        name_en = COMPETENCES.get(code, code)
        zh_tail, en_tail = (f"（{level} 级）", f" (level {level})") if level and not common else ("", "")
        name = f"{T.COMPETENCE_NAMES_ZH.get(code, name_en)}{zh_tail} · {name_en}{en_tail}"
        out.append(("comp", (code, name)))
    if c.observed:
        out.append(("h", (_label(T.OBSERVED),)))
        out += _observed_counted(c) if count_observed else _observed_listed(c)
    return out


def _observed_listed(c: PrintedCertificate) -> list[Block]:
    tz = c.issued_local.tzinfo
    return [
        (
            "row",
            (o.observed_at.astimezone(tz).date().isoformat(), f"{o.text_zh} · {o.text_en}（{o.tutor_name}）"),
        )
        for o in c.observed
    ]


def _observed_counted(c: PrintedCertificate) -> list[Block]:
    """One row per lesson: its name, how many tasks, who watched; dated by the last one."""
    tz = c.issued_local.tzinfo
    titles = {x.id: (x.title_zh, x.title_en) for x in c.achievement.lessons}
    by_lesson: dict[str, list] = {}
    for o in c.observed:
        by_lesson.setdefault(o.lesson_id, []).append(o)
    out: list[Block] = []
    for lesson_id, seen in by_lesson.items():
        zh, en = titles.get(lesson_id, (lesson_id, lesson_id))
        n = len(seen)
        count = (
            T.OBSERVED_TASK_1
            if n == 1
            else (T.fill(T.OBSERVED_TASKS[0], 0, n=n), T.fill(T.OBSERVED_TASKS[1], 1, n=n))
        )
        tutors = "、".join(dict.fromkeys(o.tutor_name for o in seen))
        day = max(o.observed_at for o in seen).astimezone(tz).date().isoformat()
        out.append(("row", (day, f"{zh}：{count[0]} · {en}: {count[1]}（{tutors}）")))
    out.append(("note", (" ".join(T.OBSERVED_LISTED),)))
    return out


def height(
    sheet: S.Sheet, block: Block, font: Callable, at: float | None = None, style: Style = Style()
) -> float:
    """The block's height in mm; drawn with its top at ``at`` when given."""
    kind, texts = block
    width, pt, leading = RIGHT - LEFT, style.pt, style.leading
    y0 = at if at is not None else 0.0

    def put(text: str, fnt, dx: float, y: float, w: float, colour: str = S.INK) -> float:
        if at is None:
            return sheet.height(text, fnt, w, leading)
        return sheet.text(text, fnt, LEFT + dx, y, w, Qt.AlignLeft, colour, leading)

    if kind == "h":
        y = y0 + 0.25 * pt
        y += put(texts[0], font(pt + 2, True), 0, y, width, S.NAVY) + 0.3
        for text in texts[1:]:
            y += put(text, font(pt), 0, y, width, S.NAVY) + 0.3
        if at is not None:
            sheet.line(LEFT, y + 0.5, RIGHT, y + 0.5, S.GOLD, 0.3)
        return y - y0 + 0.19 * pt
    if kind == "comp":
        code, name = texts
        put(code, font(pt, True), 0, y0, style.code_w, S.NAVY)
        return put(name, font(pt), style.code_w, y0, width - style.code_w) + style.gap * 0.6
    if kind == "kv":
        label_h = put(texts[0], font(pt), 0, y0, style.label_w, S.GREY)
        gap = 0.0
        h = put(texts[1], font(pt), style.label_w + gap, y0, width - style.label_w - gap)
        return max(h, label_h) + style.gap
    if kind == "row":
        put(texts[0], font(pt), 0, y0, style.date_w, S.GREY)
        return put(texts[1], font(pt), style.date_w, y0, width - style.date_w) + style.gap * 0.6
    if kind == "note":
        return put(texts[0], font(pt), 0, y0, width, S.GREY) + style.gap
    raise ValueError(f"unknown block kind {kind!r}")


def layout(sheet: S.Sheet, c: PrintedCertificate, font: Callable) -> tuple[list[list[Block]], Style]:
    """The blocks of each details page and the style to draw them with: one page at the largest type
    that fits (listing each observed task down to ``LIST_MIN_PT``, then counting them per lesson down to
    ``MIN_PT``); else (a long progress record) several pages at ``PAGED_PT``, observed tasks counted."""
    listed = blocks(c)
    tries = [
        (listed, pt, lead) for pt in SIZES if pt >= LIST_MIN_PT or not c.observed for lead in LEADINGS[:2]
    ]
    counted = blocks(c, count_observed=True) if c.observed else listed
    if c.observed:
        tries += [(counted, pt, lead) for pt in SIZES for lead in LEADINGS[:2]]
    tries.append((counted, MIN_PT, LEADINGS[-1]))  # last: the tightest pitch, for a PC with wider fonts

    def fits(k: int) -> Style | None:
        items, pt, leading = tries[k]
        st = style(sheet, items, font, pt, leading)
        return st if sum(height(sheet, b, font, style=st) for b in items) <= BOTTOM - TOP else None

    # the tries go from roomiest to tightest: the first that fits, by halving (each try lays out the page)
    lo, hi = 0, len(tries) - 1
    found = fits(hi)
    if found is None:
        return paginate(sheet, counted, font)  # (the credential lists every observed task)
    while lo < hi:
        mid = (lo + hi) // 2
        got = fits(mid)
        if got is not None:
            hi, found = mid, got
        else:
            lo = mid + 1
    return [tries[hi][0]], found


def paginate(sheet: S.Sheet, items: list[Block], font: Callable) -> tuple[list[list[Block]], Style]:
    """The blocks of each details page (a heading moves on with the block after it), and the style to
    draw them with: the roomiest that does not leave a last page less than a third full."""
    best: tuple[list[list[Block]], Style] | None = None
    for pt in (PAGED_PT, PAGED_PT - 1):
        for leading in LEADINGS:
            st = style(sheet, items, font, pt, leading)
            pages, last = _paginate(sheet, items, font, st)
            if best is None or len(pages) < len(best[0]):
                best = (pages, st)
            if len(pages) == 1 or last >= (BOTTOM - TOP) / 3:
                return pages, st
    assert best is not None
    return best


def _paginate(
    sheet: S.Sheet, items: list[Block], font: Callable, style: Style
) -> tuple[list[list[Block]], float]:
    pages: list[list[Block]] = []
    current: list[Block] = []
    y = TOP
    for k, block in enumerate(items):
        h = height(sheet, block, font, style=style)
        need = h
        if block[0] == "h" and k + 1 < len(items):
            need += height(sheet, items[k + 1], font, style=style)
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
    style: Style = Style(),
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
        y += height(sheet, block, font, at=y, style=style)
    page_number(sheet, font, n, total)
