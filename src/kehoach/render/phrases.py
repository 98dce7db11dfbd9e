"""How the body words what is not prose: when a review happens and who chairs it, the time of an
activity in a table cell (section numbers and item markers: ``model.layout``)."""

from __future__ import annotations

from collections.abc import Callable

from ..calendar_vn import WorkCalendar
from ..model.layout import LETTERS, item_marker, sub_number
from ..model.turns import rotation
from ..model.when import printed_day
from ..timecell import EVERY_WORDS, recurring_short, vi_short
from ..timeexpr import TimeError, TimeExpr, parse_time
from ..vocab import clean, date_text


def when(item: dict, cal: WorkCalendar | None = None) -> str:
    """When a review happens, in words: 'tháng 12 hằng năm', 'tháng cuối mỗi quý', 'quý IV/2025'.
    A one-day ``time`` is printed on the day every command uses (moved off a day off: ``cal``)."""
    day = printed_day(item, cal)
    if day is not None:
        return f"ngày {date_text(day)}"
    if item.get("time") is not None:
        try:
            return parse_time(item["time"]).vi()
        except TimeError:
            return clean(item["time"])
    offset = item.get("year_offset") or 0
    start, until = item.get("start"), item.get("until")
    start = start + offset if isinstance(start, int) else None
    until = until + offset if isinstance(until, int) else None
    once = start is not None and start == until  # held in one year: no "hằng năm"
    yearly = f"năm {start}" if once else "hằng năm"
    every = item.get("every")
    month, day = item.get("month"), item.get("day")
    on_day = f"ngày {day} " if day else ""
    if every == "month":
        text = f"{on_day}hằng tháng"
    elif every == "quarter":
        which = {1: "đầu", 2: "giữa"}.get(month or 3, "cuối")
        text = f"{on_day}tháng {which} mỗi quý"
    elif every == "half":
        m = month or 6
        text = f"{on_day}tháng {m} và tháng {m + 6} {yearly}"
    else:
        text = f"{on_day}tháng {month or 12} {yearly}"
    if once and every in ("month", "quarter"):
        text += f" năm {start}"
    if item.get("kind") == "plan" and offset:
        text += " (cho kế hoạch năm sau)"
    if once:
        return text
    if start is not None and until is not None:
        text += f", từ năm {start} đến năm {until}"
    elif start is not None:
        text += f", từ năm {start}"
    elif until is not None:
        text += f", đến năm {until}"
    return text


def chaired(item: dict, issuers: list[str], name: Callable[[str], str]) -> str:
    """Who chairs a review, in words: 'Tỉnh Đoàn chủ trì'; parties taking turns (``rotation``),
    as documents say it: 'các bên luân phiên chủ trì theo thứ tự: Tỉnh Đoàn, Sở KH&CN, Liên
    hiệp Hội' ('hai bên' for the two of a document; some of its parties: 'luân phiên chủ trì
    theo thứ tự: …'). '' when the item names no chair (its document's first issuer chairs it)."""
    turns = rotation(item)
    if turns:
        everyone = len(turns) == len(issuers) and set(turns) == set(issuers)
        who = ("hai bên " if len(turns) == 2 else "các bên ") if everyone else ""
        return f"{who}luân phiên chủ trì theo thứ tự: {', '.join(name(o) for o in turns)}"
    lead = item.get("lead")
    return f"{name(lead)} chủ trì" if isinstance(lead, str) and lead else ""


def time_cell(value: object, every: object = None, window: TimeExpr | None = None) -> str:
    """An activity's time in a cell or a 'Thời gian:' line; one that recurs (``every``) says so,
    its time left out when it is the document's ``window`` (a 2027 plan: 'Hằng quý')."""
    recurs = every if isinstance(every, str) and every in EVERY_WORDS else None
    if value is None:
        return EVERY_WORDS[recurs] if recurs else ""
    try:
        t = parse_time(value)
    except TimeError:
        return clean(value)
    if recurs:
        return recurring_short(recurs, t, window)
    return vi_short(t)


__all__ = ["LETTERS", "chaired", "item_marker", "sub_number", "time_cell", "when"]
