"""The printed certificate: A4, Chinese and English; page 1 all in 16 pt or larger, the details page in
the largest type that fits it on one page (``page_details``: never under 9 pt).

Page 1 is the certificate to frame: a double border, the emblem, the title, the learner's name, what was
achieved and at which DigComp level (and the centre's framework level and credits, when it set them),
the centre, and at the foot the date of issue and certificate number, a signature line, a box for the
centre's seal, and the QR code. The details follow on page 2 (a long progress record: more), each repeating the
certificate number and the learner's name: competences, learning time ("4 小时 40 分钟"), dates,
assessment, the tutor's remark when chosen, tasks a tutor observed, the lessons of a progress record,
and how to verify. Every page is numbered "第 1 页，共 2 页 · Page 1 of 2".

Everything printed is in ``Claims`` (which the QR code signs) but for the lists of lessons and observed
tasks, which the credential covers. Every text is recorded as drawn: the tests find each one in what
pdftotext extracts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt

from trainer.domain.certificates import KIND_TIER, LEVEL_NAMES, TIER_NAMES, Achievement, ObservedTask
from trainer.services import pdf
from trainer.services.certificates import page_details
from trainer.services.certificates import sheet as S
from trainer.services.certificates import texts as T
from trainer.services.certificates.claims import Claims, Recognition
from trainer.services.certificates.qr import QrSymbol

W, H = pdf.A4_MM
LEFT, RIGHT = 20.0, W - 20.0  # the text column inside the frame
QR_MM = 50.0


@dataclass(frozen=True)
class PrintedCertificate:
    claims: Claims  # every fact printed (the QR code signs the same record)
    achievement: Achievement  # the lessons, listed on a progress record's details page
    recognition: Recognition
    fingerprint: str
    qr: QrSymbol
    issued_local: datetime  # for the lesson dates: the centre's local calendar
    observed: tuple[ObservedTask, ...] = ()  # tasks a tutor watched on the learner's own phone

    @property
    def certificate_id(self) -> str:
        return self.claims.certificate_id

    @property
    def learner_name(self) -> str:
        return self.claims.learner_name


def pair(text: tuple[str, str], **values: object) -> tuple[str, str]:
    return T.fill(text[0], 0, **values), T.fill(text[1], 1, **values)


def face_texts(c: PrintedCertificate) -> dict[str, tuple[str, ...]]:
    """The texts of page 1, by place."""
    f, a, r = c.claims, c.achievement, c.recognition
    tier = TIER_NAMES.get(a.tier or "", ("", ""))
    title = T.TITLE_TIER if a.kind == KIND_TIER else T.TITLE_PROGRESS
    did = T.DID_TIER if a.kind == KIND_TIER else T.DID_PROGRESS
    level = T.LEVEL_FACE if a.kind == KIND_TIER else T.TOP_LEVEL_FACE
    out = {
        "brand": (" · ".join(T.BRAND),),
        "title": pair(title, tier=tier),
        "certify": (" · ".join(T.CERTIFIES),),
        "name": (f.learner_name,),
        "did": pair(did, tier=tier, n=f.lessons),
        "level": pair(level, level=f.level, name=LEVEL_NAMES.get(f.level, (f.level, f.level))),
        "awarded": pair(T.AWARDED, name=f.centre, place=f.place),
    }
    if f.framework_level:
        out["framework"] = pair(T.FRAMEWORK_LEVEL, framework=r.framework_name, level=r.level_name)
    if f.credits:
        out["credits"] = pair(T.CREDITS, credits=f.credits, unit=r.credit_unit)
    return out


def render(c: PrintedCertificate, path: Path) -> list[str]:
    """Write the PDF; returns every text drawn."""
    face = face_texts(c)
    details = page_details.blocks(c) + (page_details.blocks(c, count_observed=True) if c.observed else [])
    fixed = (T.DATE_OF_ISSUE, T.NUMBER, T.KEY, T.SIGNATURE, T.SEAL, T.SCAN_TO_VERIFY, T.PAGE_OF, T.DETAILS)
    texts = [t for ts in face.values() for t in ts] + [t for _, ts in details for t in ts]
    texts += [t for pair_ in fixed for t in pair_] + [c.certificate_id, "0123456789"]
    families = pdf.pick_families(" ".join(dict.fromkeys(texts))).families  # each text once

    def font(points: float, bold: bool = False):
        return pdf.make_font(families, points, bold)

    title = f"{c.certificate_id} {c.learner_name}"
    with pdf.a4_pdf(path, title=title, creator="Digital Bridge 数字桥") as page:
        page.families.extend(f for f in families if f not in page.families)  # (the text-layer repair)
        sheet = S.Sheet(page.painter, page.resolution)
        pages, style = page_details.layout(sheet, c, font)
        total = 1 + len(pages)
        draw_face(sheet, c, face, font, total)
        for n, blocks in enumerate(pages, start=2):
            page.writer.newPage()
            page_details.draw(sheet, c, blocks, font, n, total, style)
        return list(sheet.written)


def page_number(sheet: S.Sheet, font, n: int, total: int) -> None:
    zh, en = pair(T.PAGE_OF, n=n, total=total)
    sheet.text(f"{zh} · {en}", font(16), LEFT, H - 22, RIGHT - LEFT, Qt.AlignHCenter, S.GREY)


FOOT_TOP = H - 26 - QR_MM - 14  # where the date, the seal box and the QR code begin


def face_lines(face: dict[str, tuple[str, ...]], scale: float) -> list[tuple[str, float, bool, str, float]]:
    """(text, points, bold, colour, gap after in mm) of page 1 from the brand to the centre; ``scale``
    below 1 makes the large type and the gaps smaller (never below 16 pt) when there is more to say."""
    big = lambda points: max(16.0, round(points * scale, 1))  # noqa: E731
    lines = [
        (face["brand"][0], 16, False, S.NAVY, 3 * scale),
        (face["title"][0], big(32), True, S.NAVY, 1),
        (face["title"][1], big(20), True, S.NAVY, 10 * scale),  # the ornament goes in this gap
        (face["certify"][0], 16, False, S.GREY, 3 * scale),
        (face["name"][0], big(34), True, S.INK, 6 * scale),  # the gold line under the name
        (face["did"][0], 17, False, S.INK, 1),
        (face["did"][1], 16, False, S.INK, 5 * scale),
        (face["level"][0], 16, True, S.NAVY, 1),
        (face["level"][1], 16, False, S.NAVY, 4 * scale),
    ]
    for key in ("framework", "credits"):
        for k, text in enumerate(face.get(key, ())):
            lines.append((text, 16, k == 0, S.NAVY, 1 if k == 0 else 3 * scale))
    lines += [(text, 16, False, S.INK, 1) for text in face["awarded"]]
    return lines


def draw_face(
    sheet: S.Sheet, c: PrintedCertificate, face: dict[str, tuple[str, ...]], font, total: int
) -> None:
    width, cx = RIGHT - LEFT, W / 2
    sheet.frame(W, H)
    scale, radius, top = 1.0, 15.0, 55.0
    while True:  # the words must end above the foot, with room to breathe
        lines = face_lines(face, scale)
        needed = sum(sheet.height(t, font(pt, b), width) + gap for t, pt, b, _, gap in lines)
        if top + needed <= FOOT_TOP - 8 or scale <= 0.6:
            break
        scale -= 0.1
        radius, top = max(10.0, radius - 1.5), max(42.0, top - 4)
    sheet.emblem(cx, top - 19 + (15 - radius), radius)
    y = top
    for k, (text, points, bold, colour, gap) in enumerate(lines):
        y += sheet.text(text, font(points, bold), LEFT, y, width, Qt.AlignHCenter, colour)
        if k == 2:
            sheet.ornament_rule(cx, y + gap / 2, 45)
        if k == 4:
            sheet.line(cx - 55, y + gap / 3, cx + 55, y + gap / 3, S.GOLD, 0.4)
        y += gap
    draw_foot(sheet, c, font, top=FOOT_TOP)
    page_number(sheet, font, 1, total)


def draw_foot(sheet: S.Sheet, c: PrintedCertificate, font, top: float) -> None:
    """Date of issue and certificate number, the signature line | the seal box | the QR code."""
    f = c.claims
    y = top - 6
    for label, value, points in (
        (T.DATE_OF_ISSUE, f.issued, 18),
        (T.NUMBER, f.certificate_id, 18),
        (T.KEY, c.fingerprint, 16),
    ):
        y += sheet.text(" · ".join(label), font(16), LEFT, y, 82, Qt.AlignLeft, S.GREY) + 0.3
        y += sheet.text(value, font(points, points > 16), LEFT, y, 82) + 2
    signed = top + QR_MM + 2
    sheet.line(LEFT, signed, LEFT + 72, signed, S.INK, 0.35)
    sheet.text(" · ".join(T.SIGNATURE), font(16), LEFT, signed + 1.5, 82, Qt.AlignLeft, S.GREY)
    seal, sx = 34.0, 101.0
    sheet.rect(sx, top + 4, seal, seal, S.GOLD, 0.35, Qt.DashLine)
    sheet.text(T.SEAL[0], font(16), sx, top + 4 + seal / 2 - 7, seal, Qt.AlignHCenter, S.GOLD)
    sheet.text(T.SEAL[1], font(16), sx, top + 4 + seal / 2 + 0.5, seal, Qt.AlignHCenter, S.GOLD)
    qx = RIGHT - QR_MM + 4
    sheet.qr(c.qr.modules, qx, top - 4, QR_MM)
    y = top - 4 + QR_MM
    for text in T.SCAN_TO_VERIFY:
        y += sheet.text(text, font(16), qx, y, QR_MM, Qt.AlignHCenter, S.GREY)
