"""Time expressions in the compact words of a table cell ('Quý II/2021', 'Tháng 3 – 9/2021'):
``vi_short``. Running text: ``TimeExpr.vi``."""

from __future__ import annotations

from .timeexpr import TimeExpr, dmy, quarter_roman
from .vocab import EVERY

_DASH = " \u2013 "  # an en dash between the two ends of a range in a table cell

# how a document words an activity that recurs (``every``), in a cell or a line: 'Hằng quý'
EVERY_WORDS = {key: words[:1].upper() + words[1:] for key, words in EVERY.items()}


def recurring_short(every: str, t: TimeExpr | None, window: TimeExpr | None = None) -> str:
    """A recurring activity's time in a table cell: 'Hằng quý' (over the document's time: no
    ``t``, or ``t`` its ``window``), 'Hằng quý (năm 2027)', 'Hằng tháng (Tháng 3 – 12/2027)', 'Hằng
    năm (2026 – 2030)'."""
    words = EVERY_WORDS[every]
    if t is None or t.kind == "ongoing" or (window is not None and t == window):
        return words
    if t.kind == "year":
        return f"{words} (năm {t.text})"
    return f"{words} ({vi_short(t)})"


def vi_short(t: TimeExpr) -> str:
    """Compact Vietnamese form for table cells, e.g. 'Quý II/2021', 'Tháng 3 – 9/2021',
    'Tháng 6 – Quý IV/2027', '15/5 – 31/7/2027': a range's ends joined by an en dash, the year
    written once when both ends are in the same year (running text: ``TimeExpr.vi``)."""
    k = t.kind
    if k == "ongoing":
        return "Thường xuyên"
    if k == "range":
        a, b = t.parts
        if a.kind == b.kind == "year":
            return f"{a.text}{_DASH}{b.text}"
        if a.start and b.start and a.start.year == b.start.year:
            if a.kind == b.kind == "month":
                return f"Tháng {a.start.month}{_DASH}{b.start.month}/{a.start.year}"
            if a.kind == b.kind == "quarter":
                return f"Quý {quarter_roman(a.start)}{_DASH}{quarter_roman(b.start)}/{a.start.year}"
            head = _without_year(a)
            if head:
                return f"{head}{_DASH}{vi_short(b)}"
        return f"{vi_short(a)}{_DASH}{vi_short(b)}"
    if k == "date":
        return dmy(t.start)
    text = t.vi()
    return text[:1].upper() + text[1:]


def _without_year(t: TimeExpr) -> str:
    """The first end of a range in a table cell when the last one gives the year: 'Tháng 6',
    'Quý II', '15/5' ("" for a half or a year, which cannot drop it)."""
    assert t.start is not None
    if t.kind == "month":
        return f"Tháng {t.start.month}"
    if t.kind == "quarter":
        return f"Quý {quarter_roman(t.start)}"
    if t.kind == "date":
        return dmy(t.start).rsplit("/", 1)[0]
    return ""
