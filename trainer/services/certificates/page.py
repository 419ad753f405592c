"""The printed certificate: A4, Chinese and English, body text 16 pt or larger.

Page 1 holds the certificate itself: title, learner, what was achieved, level, hours and dates, the
assessment, the centre, and at the foot the date, id, key fingerprint and QR code. The competences
(and, on a progress record, the lessons) follow on page 1 and continue on page 2 when there are many.
Every text goes through ``pdf.Page.write``, which records it: tests compare that list with what
pdftotext extracts from the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt

from trainer.domain.certificates import KIND_TIER, LEVEL_NAMES, TIER_NAMES, Achievement, framework_of
from trainer.services import pdf
from trainer.services.certificates import texts as T
from trainer.services.certificates.claims import Claims, Recognition
from trainer.services.certificates.qr import QrSymbol

BODY_PT, NAME_PT, TITLE_PT, SUBTITLE_PT, HEADING_PT = 16, 26, 24, 19, 17
QR_MM, MARGIN_MM = 46.0, 15.0
CENTRED = ("brand", "title", "subtitle", "centred", "name")
BOLD = ("title", "subtitle", "name", "heading")

Block = tuple[str, tuple[str, ...]]  # (style, paragraphs)


@dataclass(frozen=True)
class PrintedCertificate:
    claims: Claims  # every fact printed (the QR code signs the same record)
    achievement: Achievement  # for the list of lessons on the details page
    recognition: Recognition
    fingerprint: str
    qr: QrSymbol
    issued_local: datetime  # for the lesson dates: the centre's local calendar

    @property
    def certificate_id(self) -> str:
        return self.claims.certificate_id

    @property
    def learner_name(self) -> str:
        return self.claims.learner_name


def _day(moment: datetime, c: PrintedCertificate) -> str:
    return moment.astimezone(c.issued_local.tzinfo).date().isoformat()


def _pairs(pair: tuple[str, str], **values: object) -> tuple[str, str]:
    return T.fill(pair[0], 0, **values), T.fill(pair[1], 1, **values)


def head(c: PrintedCertificate) -> list[Block]:
    f, a, r = c.claims, c.achievement, c.recognition
    tier = TIER_NAMES.get(a.tier or "", ("", ""))
    title = T.TITLE_TIER if a.kind == KIND_TIER else T.TITLE_PROGRESS
    did = T.DID_TIER if a.kind == KIND_TIER else T.DID_PROGRESS
    level = LEVEL_NAMES.get(f.level, (f.level, f.level))
    if f.assessment == "tutor-validated":
        assessed = _pairs(T.TUTOR_VALIDATED, tutor=f.tutor, date=f.validated)
    else:
        assessed = T.SELF_STUDY
    time = T.duration(f.minutes)
    blocks: list[Block] = [
        ("brand", (" · ".join(T.BRAND),)),
        ("title", (T.fill(title[0], 0, tier=tier),)),
        ("subtitle", (T.fill(title[1], 1, tier=tier),)),
        ("centred", (" · ".join(T.CERTIFIES),)),
        ("name", (c.learner_name,)),
        ("centred", _pairs(did, tier=tier, n=f.lessons)),
        ("rule", ()),
    ]
    level_line = T.LEVEL_LINE if a.kind == KIND_TIER else T.TOP_LEVEL_LINE
    codes = ", ".join(code for code, _ in f.competences)
    blocks += [
        ("body", _pairs(level_line, level=f.level, name=level)),
        ("body", _pairs(T.CODES, frameworks=T.FRAMEWORKS, codes=codes)),
        ("body", _pairs(T.HOURS_DATES, hours=time, start=f.start, end=f.end)),
    ]
    if f.time_on_task is not None:
        blocks.append(("body", _pairs(T.TIME_ON_TASK, time=T.duration(f.time_on_task))))
    if f.framework_level:
        blocks.append(("body", _pairs(T.FRAMEWORK_LEVEL, framework=r.framework_name, level=r.level_name)))
    if f.credits:
        blocks.append(("body", _pairs(T.CREDITS, credits=f.credits, unit=r.credit_unit)))
    blocks += [
        ("body", (f"{T.ASSESSMENT[0]}：{assessed[0]}", f"{T.ASSESSMENT[1]}: {assessed[1]}")),
    ]
    if f.methods:
        blocks.append(("body", _pairs(T.METHODS_LINE, methods=T.method_names(f.methods))))
    if f.remark:
        blocks.append(("body", _pairs(T.REMARK, remark=f.remark)))
    blocks += [
        ("body", _pairs(T.CENTRE, name=f.centre, place=f.place, code=f.code)),
        ("rule", ()),
    ]
    return blocks


def details(c: PrintedCertificate) -> list[Block]:
    """The annex (page 2 on): competences by name and level, and the lessons of a progress record."""
    a = c.achievement
    blocks: list[Block] = [
        ("subtitle", (" · ".join(T.ANNEX),)),
        ("centred", (f"{T.CERT_ID.format(id=c.certificate_id)} · {c.learner_name}",)),
    ]
    blocks.append(("heading", (f"{T.COMPETENCES[0]} · {T.COMPETENCES[1]} ({T.FRAMEWORKS})",)))
    from trainer.domain.lessons import COMPETENCES

    for code, level in c.claims.competences:
        name_en = COMPETENCES.get(code, code)
        zh = f"{code} {T.COMPETENCE_NAMES_ZH.get(code, name_en)}"
        en = f"{framework_of(code)}: {name_en}"
        if level:
            level_zh, level_en = LEVEL_NAMES.get(level, (level, level))
            zh += f" · {T.LEVEL[0]} {level}（{level_zh}）"
            en += f" · {T.LEVEL[1]} {level} ({level_en})"
        blocks.append(("item", (zh, en)))
    blocks.append(("heading", (" · ".join(T.LESSONS),)))
    blocks += [
        ("item", (f"{_day(x.mastered_at, c)} {x.title_zh} · {x.title_en} ({x.minutes} min)",))
        for x in a.lessons
    ]
    return blocks


def foot(c: PrintedCertificate) -> list[Block]:
    return [
        ("facts", (T.ISSUED.format(date=c.claims.issued),)),
        ("facts", (T.CERT_ID.format(id=c.certificate_id),)),
        ("facts", (T.KEY, c.fingerprint)),
        ("facts", T.SCAN),
    ]


def render(c: PrintedCertificate, path: Path) -> list[str]:
    """Write the PDF; returns the texts drawn, in order."""
    parts = (head(c), foot(c), details(c))
    every = "".join(t for part in parts for _, texts in part for t in texts)
    fam = pdf.pick_families(every).families
    sizes = {"title": TITLE_PT, "subtitle": SUBTITLE_PT, "name": NAME_PT, "heading": HEADING_PT}
    fonts = {s: pdf.make_font(fam, sizes.get(s, BODY_PT), s in BOLD) for part in parts for s, _ in part}
    title = f"{c.certificate_id} {c.learner_name}"
    with pdf.a4_pdf(path, title=title, creator="Digital Bridge 数字桥", margin_mm=MARGIN_MM) as page:
        facts_width = page.px(pdf.A4_MM[0] - 2 * MARGIN_MM - QR_MM - 4)
        facts = sum(
            page.measure(t, fonts[s], facts_width) + page.px(2.2) for s, texts in parts[1] for t in texts
        )
        top = page.bottom - max(page.px(QR_MM), facts)
        page.limit = top - page.px(3)
        for block in parts[0]:
            _draw(page, block, fonts)
        _foot(page, c, parts[1], fonts, top)
        page.new_page()
        for block in parts[2]:
            _draw(page, block, fonts)
        return list(page.written)


def _foot(page: pdf.Page, c: PrintedCertificate, blocks: list[Block], fonts: dict, top: float) -> None:
    """Date, id, fingerprint and the QR code at the foot of page 1."""
    page.modules(c.qr.modules, pdf.A4_MM[0] - MARGIN_MM - QR_MM, top / page.px(1), QR_MM)
    page.y, page.limit = top, None
    for block in blocks:
        _draw(page, block, fonts)


def _draw(page: pdf.Page, block: Block, fonts: dict) -> None:
    style, texts = block
    if style == "rule":
        page.rule()
        return
    for k, text in enumerate(texts):
        page.write(
            text,
            fonts[style],
            align=Qt.AlignHCenter if style in CENTRED else Qt.AlignLeft,
            gap_mm=2.2 if k == len(texts) - 1 else 0.3,
            indent_mm=7.0 if style == "item" and k > 0 else 0.0,
            width_mm=pdf.A4_MM[0] - 2 * MARGIN_MM - QR_MM - 4 if style == "facts" else None,
            colour="#333333" if style == "brand" else "#000000",
        )
