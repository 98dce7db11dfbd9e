"""How the body words what is not prose: section numbers below ``1.``, when a review happens, the
time of an activity in a table cell."""

from __future__ import annotations

from ..calendar_vn import WorkCalendar
from ..model.schedule import printed_day
from ..timeexpr import TimeError, parse_time, vi_short
from ..vocab import clean, date_text

LETTERS = "abcdđeghiklmnopqrstuvxy"


def sub_number(level: int, parent: str, i: int) -> str:
    """'1.', '1.1.', then 'a)' for the fourth level and '-' below it."""
    if level == 2:
        return f"{i}."
    if level == 3:
        return f"{parent}{i}."
    if level == 4:
        return f"{LETTERS[(i - 1) % len(LETTERS)]})"
    return "-"


def item_marker(style: str | None, i: int, number: str = "") -> str:
    """The marker of the ``i``-th item (from 0) of a section numbered ``number``: ``-`` (dash),
    ``+`` (plus), ``a)`` (letter), ``1.`` (number), ``2.1.`` under section ``2.`` (outline: the
    paragraphs continue the section's numbering without being headings), '' (none)."""
    if style == "letter":
        return f"{LETTERS[i % len(LETTERS)]})"
    if style == "plus":
        return "+"
    if style == "number":
        return f"{i + 1}."
    if style == "outline":
        base = number if number[:1].isdigit() and number.endswith(".") else ""
        return f"{base}{i + 1}."
    if style == "none":
        return ""
    return "-"


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
    every = item.get("every")
    month, day = item.get("month"), item.get("day")
    on_day = f"ngày {day} " if day else ""
    if every == "month":
        text = f"ngày {day} hằng tháng" if day else "hằng tháng"
    elif every == "quarter":
        which = {1: "đầu", 2: "giữa"}.get(month or 3, "cuối")
        text = f"{on_day}tháng {which} mỗi quý"
    elif every == "half":
        m = month or 6
        text = f"{on_day}tháng {m} và tháng {m + 6} hằng năm"
    else:
        text = f"{on_day}tháng {month or 12} hằng năm"
    offset = item.get("year_offset") or 0
    if item.get("kind") == "plan" and offset:
        text += " (cho kế hoạch năm sau)"
    if item.get("start"):
        text += f", từ năm {item['start'] + offset}"
    return text


def time_cell(value: object) -> str:
    if value is None:
        return ""
    try:
        return vi_short(parse_time(value))
    except TimeError:
        return clean(value)
