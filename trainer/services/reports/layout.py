"""The reports as HTML for QTextDocument: what each page says, in the report's language, and the
large print it is laid out in (``services.pdf.write_html`` writes it). Every value from the database
is escaped (a learner's name is text, never markup)."""

from __future__ import annotations

from datetime import tzinfo
from html import escape

from trainer.services.reports import texts as T
from trainer.services.reports.content import ClassReport, LearnerReport
from trainer.services.reports.texts import Words

# Large print: body text 18 pt, nothing under 16 pt, headings 22 and 28 pt, black on white
BODY_PT, SMALLEST_PT = 18, 16
CSS = f"""
body {{ font-size: {BODY_PT}pt; color: #000000; }}
h1 {{ font-size: 28pt; font-weight: bold; margin-bottom: 12px; }}
h2 {{ font-size: 22pt; font-weight: bold; margin-top: 24px; margin-bottom: 8px; }}
p {{ font-size: {BODY_PT}pt; margin-top: 6px; margin-bottom: 6px; }}
td, th {{ font-size: {BODY_PT}pt; padding: 6px; }}
th {{ font-weight: bold; text-align: left; background-color: #e8e8e8; }}
.small {{ font-size: {SMALLEST_PT}pt; }}
"""


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table border="1" cellspacing="0" cellpadding="8" width="100%"><tr>{head}</tr>{body}</table>'


def _centre_line(w: Words, report) -> str:
    if report.centre is None:
        return ""
    place = f", {report.centre.place}" if report.centre.place else ""
    return f"<p>{escape(w.label(T.CENTRE, report.centre.name + place))}</p>"


def learner_html(report: LearnerReport, w: Words, tz: tzinfo) -> str:
    parts = [
        f"<h1>{escape(w(T.PROGRESS_REPORT))}</h1>",
        f"<p><b>{escape(w.label(T.LEARNER, report.learner.name))}</b></p>",
        _centre_line(w, report),
        f"<p>{escape(w.label(T.DATE, w.date(report.made_at, tz)))}</p>",
        f"<h2>{escape(w(T.BY_LEVEL))}</h2>",
        _table(
            [w(T.LEVEL), w(T.MASTERED)],
            [[w.tier(t.tier), w(T.N_OF_M, t.mastered, t.total)] for t in report.tiers],
        ),
        f"<h2>{escape(w(T.TIME_SPENT))}</h2>",
        f"<p>{escape(w.duration(report.time_ms))}</p>",
        f"<h2>{escape(w(T.MASTERED))}</h2>",
    ]
    if report.mastered:
        rows = [[title, w.date(when, tz)] for title, when in report.mastered]
        parts.append(_table([w(T.LESSON), w(T.MASTERED_ON)], rows))
    else:
        parts.append(f"<p>{escape(w(T.NOTHING_YET))}</p>")
    if report.in_progress:
        parts.append(f"<h2>{escape(w(T.IN_PROGRESS))}</h2>")
        parts.append("<ul>" + "".join(f"<li>{escape(t)}</li>" for t in report.in_progress) + "</ul>")
    if report.sign_offs:
        parts.append(f"<h2>{escape(w(T.SIGNED_OFF))}</h2>")
        rows = [
            [
                w(T.WHOLE_LEVEL, w.tier(s.tier)) if s.tier else (s.lesson_title or ""),
                s.tutor_name,
                w.date(s.at, tz),
                s.note or "",
            ]
            for s in report.sign_offs
        ]
        parts.append(_table([w(T.SIGNED_OFF_WHAT), w(T.TUTOR), w(T.DATE), w(T.NOTE)], rows))
    parts.append(f'<p class="small">{escape(w(T.MADE_WITH, w.date(report.made_at, tz)))}</p>')
    return "\n".join(p for p in parts if p)


def class_header(w: Words) -> list[str]:
    tiers = [w.tier(t) for t in ("basic", "intermediate", "advanced")]
    return [
        w(T.NAME),
        *tiers,
        w(T.MASTERED),
        w(T.HOURS),
        w(T.LAST_ACTIVE),
        w(T.OPEN_HELP),
        w(T.MAY_NEED_HELP),
    ]


def class_rows(report: ClassReport, w: Words, tz: tzinfo) -> list[list[str]]:
    return [
        [
            o.name,
            *(w(T.N_OF_M, t.mastered, t.total) for t in o.tiers),
            str(o.mastered),
            f"{o.time_ms / 3_600_000:.1f}",
            w.date(o.last_active_at, tz),
            str(o.open_help),
            ", ".join(w(T.REASONS[r]) for r in o.reasons) if o.reasons else w(T.NO),
        ]
        for o in report.rows
    ]


def class_html(report: ClassReport, w: Words, tz: tzinfo) -> str:
    return "\n".join(
        p
        for p in (
            f"<h1>{escape(w(T.CLASS_REPORT))}</h1>",
            _centre_line(w, report),
            f"<p>{escape(w.label(T.DATE, w.date(report.made_at, tz)))}</p>",
            f"<p>{escape(w(T.LEARNERS_N, len(report.rows)))}</p>",
            _table(class_header(w), class_rows(report, w, tz)),
            f'<p class="small">{escape(w(T.MADE_WITH, w.date(report.made_at, tz)))}</p>',
        )
        if p
    )
