"""Review schedules → dated occurrences, computed from a document's period (never stored).

A schedule item (``reviews.schedule[]``) is either recurring (``every: month|quarter|half|year``,
``month`` = the Nth month of each window, default its last month; ``day`` = the day of that month,
default its last day) or fixed (``time``: a time expression whose deadline is the occurrence).
``final`` with neither is the end of the document's period. ``start`` is the first year it applies.

``kind: plan`` means "a plan for each year": one occurrence per year of the period from ``start``,
due on (YEAR + ``year_offset``, ``month`` default 1, ``day`` default the last day of that month).

A date falling on a day off moves to the previous working day (``WorkCalendar.shift``) — to the
next one when the previous is outside the occurrence's own month, quarter… (``shifted``); the
occurrence keeps the scheduled date in ``shifted_from``. Why it moved (``shift_reason``, the whole
holiday named, and ``shift_note``, the sentence) is worked out when first read: a command reads it
only for the occurrences it prints, and a repository has thousands it does not.

Every command takes its dates from here: ``due`` and its calendar, ``who``, ``new plan`` (the
meetings of the year it drafts), ``render`` (a one-day ``time`` is printed as its working day:
``model.when``) and ``report`` (the meetings of the next period). ``validate``
warns when a document writes a day that is not a working day (KH430).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from datetime import date
from functools import cached_property

from ..calendar_vn import WorkCalendar, shift_note
from ..frozen import Frozen
from ..timeexpr import TimeError, TimeExpr, parse_date, parse_time
from . import navigate
from .document import Document

__all__ = [
    "Occurrence",
    "occurrences",
    "plan_years",
    "windows",
    "WINDOW_MONTHS",
    "work_calendar",
    "document_occurrences",
]

WINDOW_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}


class Occurrence(Frozen):
    """One dated occurrence of a schedule item: equal, and hashed, by all but its calendar;
    immutable.

    Written out, not a frozen ``dataclass``, which compiled its generated methods at import (and
    with ``dataclasses`` itself, ~2 ms of every ``validate``, whose checks import this module);
    the methods are those it generated (``tests/unit/test_schedule.py`` compares the two)."""

    __match_args__ = ("date", "key", "label", "shifted_from", "year", "calendar")

    date: dt.date  # the day it is due (after moving off a day off)
    key: str  # stable part of its id: '2023-Q2', '2024', '' for a one-off
    label: str  # Vietnamese window, e.g. 'quý II/2023' ('' for a one-off)
    shifted_from: dt.date | None  # the scheduled day, when it fell on a day off
    year: int | None  # for kind 'plan': the year the plan is for
    calendar: WorkCalendar | None  # not compared, not shown
    _key: tuple  # what it is compared and hashed by

    def __init__(
        self,
        date: dt.date,
        key: str,
        label: str,
        shifted_from: dt.date | None = None,
        year: int | None = None,
        calendar: WorkCalendar | None = None,
    ) -> None:
        put = object.__setattr__  # immutable: set once, here
        put(self, "date", date)
        put(self, "key", key)
        put(self, "label", label)
        put(self, "shifted_from", shifted_from)
        put(self, "year", year)
        put(self, "calendar", calendar)
        put(self, "_key", (date, key, label, shifted_from, year))

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(date={self.date!r}, key={self.key!r}, "
            f"label={self.label!r}, shifted_from={self.shifted_from!r}, year={self.year!r})"
        )

    @cached_property
    def shift_reason(self) -> str | None:
        """Why ``shifted_from`` is a day off, short: 'thứ Bảy', 'Tết Nguyên đán 25/01–02/02/2025'
        (None when the date did not move)."""
        if self.shifted_from is None or self.calendar is None:
            return None
        return self.calendar.reason(self.shifted_from)

    @cached_property
    def shift_note(self) -> str | None:
        """The sentence of the move: 'Lùi từ 02/9/2024 (Quốc khánh …) về ngày làm việc …'."""
        reason = self.shift_reason
        if reason is None or self.shifted_from is None:
            return None
        return shift_note(self.shifted_from, self.date, reason)


def _last_day(year: int, month: int) -> int:
    """The number of days of ``month`` (``calendar.monthrange``'s, without importing ``calendar``
    and ``locale``)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _on(year: int, month: int, day: int | None) -> date:
    last = _last_day(year, month)
    return date(year, month, min(day, last) if isinstance(day, int) and day > 0 else last)


def windows(period: TimeExpr, every: str) -> list[TimeExpr]:
    """Calendar windows (months, quarters, halves or years) that overlap ``period``."""
    assert period.start and period.end
    size = WINDOW_MONTHS[every]
    out = []
    year, index = period.start.year, (period.start.month - 1) // size
    while True:
        first_month = index * size + 1
        if date(year, first_month, 1) > period.end:
            break
        out.append(parse_time(_window_text(year, index, every)))
        index += 1
        if index * size >= 12:
            year, index = year + 1, 0
    return out


def _window_text(year: int, index: int, every: str) -> str:
    if every == "month":
        return f"{year:04d}-{index + 1:02d}"
    if every == "quarter":
        return f"{year:04d}-Q{index + 1}"
    if every == "half":
        return f"{year:04d}-H{index + 1}"
    return f"{year:04d}"


def shifted(d: date, cal: WorkCalendar | None, floor: date | None = None, **kw) -> Occurrence:
    """The occurrence scheduled on ``d``, moved off a day off (its explanation left for later):
    back to the working day before, or, when that falls before ``floor`` (the first day of the
    occurrence's own month, quarter… or of the period: a monthly meeting on the 1st of January
    is January's, never held in December), on to the working day after."""
    if cal is None:
        return Occurrence(d, **kw)
    moved = cal.previous_working_day(d)
    if floor is not None and moved < floor:
        moved = cal.next_working_day(d)
    if moved == d:
        return Occurrence(d, **kw)
    return Occurrence(moved, shifted_from=d, calendar=cal, **kw)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


# what ``occurrences`` reads of a schedule item; its answer is kept per calendar under these values
# when each is a plain string, integer or None (not a bool or float equal to an integer)
_READ = ("kind", "time", "every", "month", "day", "start", "until", "year_offset")
_PLAIN = (str, int, type(None))


def occurrences(
    item: dict, period: TimeExpr | None, cal: WorkCalendar | None = None
) -> list[Occurrence]:
    """Every occurrence of a schedule item inside ``period`` (sorted by date); worked out once per
    calendar for the same item values and period (occurrences are values: shared)."""
    if cal is None:
        return _occurrences(item, period, cal)
    values = (*map(item.get, _READ), "time" in item, period)
    if not all(v.__class__ in _PLAIN for v in values[:-2]):
        return _occurrences(item, period, cal)
    found = cal.occurrences.get(values)
    if found is None:
        found = cal.occurrences[values] = tuple(_occurrences(item, period, cal))
    return list(found)


def _occurrences(
    item: dict, period: TimeExpr | None, cal: WorkCalendar | None = None
) -> list[Occurrence]:
    if item.get("kind") == "plan":
        return plan_years(item, period, cal)
    if "time" in item:
        try:
            t = parse_time(item["time"])
        except (ValueError, TypeError):
            return []
        return [] if t.end is None else [shifted(t.end, cal, key="", label="")]
    every = item.get("every")
    if period is None or period.start is None or period.end is None:
        return []
    if every not in WINDOW_MONTHS:
        if item.get("kind") == "final":
            return [shifted(period.end, cal, period.start, key="", label="")]
        return []
    size = WINDOW_MONTHS[every]
    month = _int(item.get("month"))
    nth = min(month, size) if month and month > 0 else size
    start, until = _int(item.get("start")), _int(item.get("until"))
    out = []
    for win in windows(period, every):
        assert win.start is not None
        if (start is not None and win.start.year < start) or (
            until is not None and win.start.year > until
        ):
            continue
        due = _on(win.start.year, win.start.month + nth - 1, _int(item.get("day")))
        if period.start <= due <= period.end:
            out.append(shifted(due, cal, win.start, key=win.text, label=win.vi()))
    return out


def plan_years(
    item: dict, period: TimeExpr | None, cal: WorkCalendar | None = None
) -> list[Occurrence]:
    """One occurrence per year of ``period`` (from ``start``) for a ``kind: plan`` item."""
    if period is None or period.start is None or period.end is None:
        return []
    first = _int(item.get("start")) or period.start.year
    last = min(_int(item.get("until")) or period.end.year, period.end.year)
    offset = _int(item.get("year_offset")) or 0
    month = _int(item.get("month")) or 1
    month = month if 1 <= month <= 12 else 1
    out = []
    for year in range(max(first, period.start.year), last + 1):
        due = _on(year + offset, month, _int(item.get("day")))
        out.append(shifted(due, cal, key=str(year), label=f"năm {year}", year=year))
    return out


def work_calendar(settings: dict) -> WorkCalendar:
    """The working-day calendar of ``kehoach.yaml`` (impossible dates are skipped: validate reports
    them)."""
    cal = settings.get("calendar") if isinstance(settings, dict) else None
    cal = cal if isinstance(cal, dict) else {}
    return WorkCalendar(_dates(cal.get("days_off")), _dates(cal.get("working_days")))


def _dates(values: object) -> list[date]:
    out = []
    for v in values if isinstance(values, list) else []:
        try:
            out.append(parse_date(v))
        except TimeError:
            continue
    return out


def document_occurrences(
    doc: Document, cal: WorkCalendar | None
) -> Iterator[tuple[navigate.JsonPath, dict, Occurrence]]:
    """Every occurrence of every schedule item of ``doc``, with the item and its JSON path: the
    dates ``due``, ``who``, ``new plan`` and ``report`` all show."""
    period = navigate.window(doc)
    for path, entry in navigate.schedule(doc):
        for occ in occurrences(entry, period, cal):
            yield path, entry, occ
