"""Occurrences of a review schedule (meetings, sơ kết, tổng kết, next year's plan) within one year,
as the short Vietnamese lines a draft plan lists under ``reviews``. The dates come from
``agenda.occurrences`` (the same as ``kehoach due``); a fixed ``time`` is shown as written."""

from __future__ import annotations

from datetime import date

from ..agenda.occurrences import occurrences
from ..timeexpr import TimeError, TimeExpr, parse_time

KIND_TITLES = {
    "meeting": "Họp định kỳ",
    "interim": "Sơ kết",
    "final": "Tổng kết",
    "plan": "Thống nhất kế hoạch năm sau",
}


def dates_in_year(item: dict, period: TimeExpr | None, year: int) -> list[date]:
    """Dates of a recurring schedule item that fall in ``year`` (as scheduled, not moved off
    days off: a draft names the month)."""
    return [o.date for o in occurrences(item, period) if o.date.year == year]


def lines_for_year(items: list[dict], period: TimeExpr | None, year: int, org_name) -> list[str]:
    """One line per occurrence of each schedule item in ``year``, in date order."""
    found: list[tuple[date, str]] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        title = item.get("title") or KIND_TITLES.get(item.get("kind"), "Họp")
        lead = f" ({org_name(item['lead'])} chủ trì)" if isinstance(item.get("lead"), str) else ""
        if "time" in item:
            try:
                t = parse_time(item["time"])
            except TimeError:
                continue
            if t.start and t.end and t.start.year <= year <= t.end.year:
                when = t.vi()
                found.append((t.end, f"{when[:1].upper()}{when[1:]}: {title}{lead}"))
            continue
        for when in dates_in_year(item, period, year):
            label = (
                f"Tháng {when.month}/{when.year}"
                if item.get("day") is None
                else f"Ngày {when.day}/{when.month}/{when.year}"
            )
            found.append((when, f"{label}: {title}{lead}"))
    return [text for _, text in sorted(found, key=lambda pair: pair[0])]
