"""When a schedule item is held, as documents print it: the day a one-off item names
(``fixed_day``), that day moved off a day off (``printed_day``), and the words for an occurrence
in a list of meetings (``occurrence_when``). The occurrences themselves: ``model.schedule``."""

from __future__ import annotations

from datetime import date

from ..calendar_vn import WorkCalendar
from ..timeexpr import TimeError, TimeExpr, parse_time
from ..vocab import capitalize, date_text
from .schedule import Occurrence, shifted

__all__ = ["fixed_day", "printed_day", "occurrence_when"]


def fixed_day(item: dict) -> TimeExpr | None:
    """The time of a one-off schedule item that names a day (``time: 2024-09-02``, or a range
    ending on a day): the dates a document prints as such. None for recurring items, months,
    quarters… (their wording names no day)."""
    if item.get("kind") == "plan" or "time" not in item:
        return None
    try:
        t = parse_time(item["time"])
    except (TimeError, TypeError):
        return None
    last = t.parts[-1] if t.kind == "range" and t.parts else t
    return t if last.kind == "date" and t.end is not None else None


def printed_day(item: dict, cal: WorkCalendar | None) -> date | None:
    """The day a one-day schedule item is held (its ``time`` moved off a day off), as every
    command prints it; None when the item does not name a single day."""
    t = fixed_day(item)
    if t is None or t.kind != "date":
        return None
    assert t.end is not None
    return shifted(t.end, cal, key="", label="").date


def occurrence_when(item: dict, occ: Occurrence) -> str:
    """When an occurrence is held, as documents and reports list it: 'Ngày 24/01/2025' for a day
    (a ``time`` naming a day, a ``day`` of the month, or a month left when moving off a day off),
    else the month ('Tháng 12/2025') or the fixed time ('Quý IV/2026')."""
    if "time" in item:
        t = fixed_day(item)
        if t is not None and t.kind == "date":
            return f"Ngày {date_text(occ.date)}"
        try:
            return capitalize(parse_time(item["time"]).vi())
        except (TimeError, TypeError):
            return f"Ngày {date_text(occ.date)}"
    moved_out = occ.shifted_from is not None and occ.shifted_from.month != occ.date.month
    if item.get("day") is not None or moved_out:
        return f"Ngày {date_text(occ.date)}"
    return f"Tháng {occ.date.month}/{occ.date.year}"
