"""A timeline drawn as SVG by hand (no plotting library): a column of labels, a calendar scale of
years and quarters (or months for one year), one row per activity (a bar from its start to its
deadline, coloured by status; ``ongoing`` hatched across the document's period), one row per
document for its meetings and reviews (diamonds), and today's line.

Every bar and milestone carries ``data-start``/``data-end``/``data-status`` and a ``<title>``
tooltip, so the chart can be checked against the data and read by a screen reader.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from html import escape

from ..vocab import STATUS, date_text, shorten_middle
from .timeline import Bar, Milestone, Timeline

__all__ = ["svg", "COLORS", "STATUS_ORDER"]

LABEL_W = 300
CHART_W = 880
ROW_H = 22
HEAD_H = 44
COLORS = {
    "done": "#2e7d32",
    "in_progress": "#1565c0",
    "planned": "#9e9e9e",
    "cancelled": "#d7ccc8",
    "overdue": "#c62828",
}
MILESTONE_COLORS = {
    "meeting": "#6a1b9a",
    "interim": "#ef6c00",
    "final": "#ad1457",
    "plan": "#00838f",
}
STATUS_ORDER = ("done", "in_progress", "planned", "cancelled")
ROMAN = ("I", "II", "III", "IV")


def _a(text: object) -> str:
    return escape(str(text), quote=True)


class _Scale:
    def __init__(self, start: date, end: date):
        self.start, self.days = start, max((end - start).days + 1, 1)

    def x(self, d: date) -> float:
        return LABEL_W + CHART_W * (d - self.start).days / self.days


def _add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    return date(d.year + m // 12, m % 12 + 1, 1)


def _grid(tl: Timeline, s: _Scale) -> list[str]:
    """Year labels and lines; quarter (or, for one year, month) ticks."""
    out = []
    step = 1 if tl.start.year == tl.end.year else 3
    after_end = tl.end + timedelta(days=1)
    for y in range(tl.start.year, tl.end.year + 1):
        lo, hi = max(tl.start, date(y, 1, 1)), min(after_end, date(y + 1, 1, 1))
        x0, x1 = s.x(lo), s.x(hi)
        out.append(f'<text class="year" x="{(x0 + x1) / 2:.1f}" y="16">{y}</text>')
        out.append(f'<line class="grid year-line" x1="{x0:.1f}" x2="{x0:.1f}" y1="0" y2="100%"/>')
        for m in range(1, 13, step):
            first = date(y, m, 1)
            nxt = _add_months(first, step)
            if nxt <= tl.start or first > tl.end:
                continue
            xm, xn = s.x(max(first, tl.start)), s.x(min(nxt, after_end))
            label = f"T{m}" if step == 1 else f"Quý {ROMAN[(m - 1) // 3]}"
            out.append(f'<line class="grid" x1="{xm:.1f}" x2="{xm:.1f}" y1="22" y2="100%"/>')
            if xn - xm > 24:
                out.append(f'<text class="tick" x="{(xm + xn) / 2:.1f}" y="36">{label}</text>')
    return out


def _bar(b: Bar, y: float, s: _Scale, today: date, href: str | None) -> str:
    state = "overdue" if b.overdue(today) else b.status
    x0, x1 = s.x(b.start), s.x(b.end + timedelta(days=1))
    fill = "url(#ongoing)" if b.ongoing else COLORS[state]
    words = STATUS.get(b.status, "")
    if state == "overdue":
        words += ", quá hạn"
    tip = f"{b.title} — {b.time_text}; {words}"
    dashed = ' class="cancelled"' if b.status == "cancelled" else ""
    ongoing = ' data-ongoing="1"' if b.ongoing else ""
    shape = (
        f'<rect x="{x0:.1f}" y="{y + 4:.1f}" width="{max(x1 - x0, 3):.1f}" height="{ROW_H - 8}"'
        f' rx="3" fill="{fill}"{dashed}/>'
    )
    label = f'<text class="label" x="8" y="{y + 15:.1f}">{_a(shorten_middle(b.title, 44))}</text>'
    body = (
        f'<g class="bar" data-doc="{_a(b.doc_id)}" data-id="{_a(b.act_id)}" data-start="{b.start}"'
        f' data-end="{b.end}" data-status="{state}"{ongoing}>'
        f"<title>{_a(tip)}</title>{label}{shape}</g>"
    )
    return f'<a href="{_a(href)}">{body}</a>' if href else body


def _milestones(ms: list[Milestone], y: float, s: _Scale, href: str | None) -> str:
    out = [f'<text class="label ms-label" x="8" y="{y + 15:.1f}">Họp, sơ kết, tổng kết</text>']
    for m in ms:
        x, cy = s.x(m.date) + 0.5, y + ROW_H / 2
        tip = f"{m.title}: {date_text(m.date)}" + (f" ({m.note})" if m.note else "")
        out.append(
            f'<g class="milestone" data-kind="{m.kind}" data-date="{m.date}"><title>{_a(tip)}</title>'
            f'<path d="M{x:.1f} {cy - 7:.1f} l7 7 l-7 7 l-7 -7 z" fill="{MILESTONE_COLORS[m.kind]}"/></g>'
        )
    body = "".join(out)
    return f'<a href="{_a(href)}">{body}</a>' if href else body


def svg(
    tl: Timeline,
    *,
    bar_href: Callable[[Bar], str | None] = lambda b: None,
    doc_href: Callable[[str], str | None] = lambda d: None,
) -> str:
    """The timeline as an ``<svg>`` element (UTF-8 text, to inline in HTML or save as .svg)."""
    s = _Scale(tl.start, tl.end)
    rows: list[str] = []
    y = HEAD_H
    for g in tl.groups:
        head = (
            f'<text class="group" x="4" y="{y + 16:.1f}">{_a(shorten_middle(g.title, 110))}</text>'
        )
        link = doc_href(g.doc.id)
        rows.append(f'<a href="{_a(link)}">{head}</a>' if link else head)
        y += ROW_H
        for b in g.bars:
            if (y - HEAD_H) // ROW_H % 2:
                rows.append(
                    f'<rect class="stripe" x="0" y="{y:.1f}" width="100%" height="{ROW_H}"/>'
                )
            rows.append(_bar(b, y, s, tl.today, bar_href(b)))
            y += ROW_H
        if g.milestones:
            rows.append(_milestones(g.milestones, y, s, link))
            y += ROW_H
    height = y + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="gantt" viewBox="0 0 {LABEL_W + CHART_W + 10} {height:.0f}"'
        f' width="{LABEL_W + CHART_W + 10}" height="{height:.0f}" role="img"'
        f' aria-label="Dòng thời gian: {_a(tl.title)}" font-family="sans-serif" font-size="12">',
        f"<title>Dòng thời gian: {_a(tl.title)}</title>",
        '<defs><pattern id="ongoing" width="8" height="8" patternUnits="userSpaceOnUse"'
        ' patternTransform="rotate(45)"><rect width="8" height="8" fill="#90caf9"/>'
        '<rect width="4" height="8" fill="#1565c0"/></pattern></defs>',
        "<style>.grid{stroke:#e0e0e0}.year-line{stroke:#9e9e9e}.year{font-weight:bold;text-anchor:middle}"
        ".tick{fill:#616161;text-anchor:middle;font-size:11px}.group{font-weight:bold;fill:#263238}"
        ".label{fill:#212121}.ms-label{fill:#6a1b9a;font-style:italic}.stripe{fill:#fafafa}"
        ".cancelled{stroke:#8d6e63;stroke-dasharray:3 2}.today{stroke:#d50000;stroke-width:2;stroke-dasharray:5 3}"
        ".today-label{fill:#d50000;font-size:11px}a:hover .label{text-decoration:underline}</style>",
        f'<rect x="{LABEL_W}" y="0" width="{CHART_W}" height="{height:.0f}" fill="white"/>',
        *_grid(tl, s),
        *rows,
    ]
    if tl.start <= tl.today <= tl.end:
        x = s.x(tl.today)
        parts.append(
            f'<line class="today" data-date="{tl.today}" x1="{x:.1f}" x2="{x:.1f}" y1="22" y2="{height:.0f}"/>'
            f'<text class="today-label" x="{x + 3:.1f}" y="{height - 2:.0f}">Hôm nay {date_text(tl.today)}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)
