"""Why a day is off, in words (``WorkCalendar.reason``): the whole holiday it belongs to with its
dates ("Tết Nguyên đán 25/01–02/02/2025"), a plain weekend ("thứ Bảy"), or a day the office declares
off itself in ``calendar.days_off`` ("ngày nghỉ theo lịch làm việc của cơ quan 31/12/2025").

The office's own days and the holidays are runs of their own: a day off the office adds before Tết
Dương lịch is never named "Tết Dương lịch", nor does it stretch the holiday's dates. When the days
off just before the day (those a deadline on it moves back over) have other causes, they follow:
"Tết Dương lịch 01/01–04/01/2026 và ngày nghỉ theo lịch làm việc của cơ quan 31/12/2025"."""

from __future__ import annotations

from datetime import date, timedelta

from .calendar_words import EXTRA_DAY_OFF, MAX_LOOKBACK, OFFICE_DAY_OFF, WEEKDAY_NAMES, span_text

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from typing import Protocol
else:
    from ._typing import Protocol


class WorkCalendar(Protocol):
    """What the words are read from (``calendar_vn.WorkCalendar``)."""

    def is_day_off(self, d: date) -> bool: ...

    def holiday_name(self, d: date) -> str | None: ...

    def office_day(self, d: date) -> bool: ...


__all__ = ["OFFICE_DAY_OFF", "reason"]

_DAY = timedelta(days=1)


def reason(cal: WorkCalendar, d: date) -> str:
    """The words of why ``d`` is off: its own run first, then the other causes of the days off
    before it, the office's own days said once with their dates in order."""
    holidays: list[str] = []
    office: list[tuple[date, date]] = []
    first_office = None  # where the office's days come among the causes
    cur = d
    for _ in range(MAX_LOOKBACK):
        first, last, words = _run(cal, cur, own=cur == d)
        if words is None:
            office.append((first, last))
            first_office = len(holidays) if first_office is None else first_office
        elif words and words not in holidays:
            holidays.append(words)
        cur = first - _DAY
        if not cal.is_day_off(cur):
            break
    if office:
        spans = ", ".join(span_text(a, b) for a, b in sorted(office))
        holidays.insert(first_office or 0, f"{OFFICE_DAY_OFF} {spans}")
    return " và ".join(holidays)


def _run(cal: WorkCalendar, d: date, own: bool) -> tuple[date, date, str | None]:
    """The run of days off ``d`` belongs to — the office's own days, or the others (holidays and
    weekends) — and its words: None for the office's own; a plain weekend is said only when it is
    ``d``'s ``own`` run, else ''."""
    office = cal.office_day(d)
    first = last = d
    while d - first < timedelta(days=MAX_LOOKBACK) and _same(cal, first - _DAY, office):
        first -= _DAY
    while last - d < timedelta(days=MAX_LOOKBACK) and _same(cal, last + _DAY, office):
        last += _DAY
    if office:
        return first, last, None
    names: list[str] = []
    cur = first
    while cur <= last:
        name = cal.holiday_name(cur)
        if name:
            names.extend(n for n in name.split("; ") if n not in names)
        cur += _DAY
    main = [n for n in names if not n.startswith(EXTRA_DAY_OFF)] or names
    if not main:
        return first, last, WEEKDAY_NAMES[d.weekday()] if own else ""
    return first, last, f"{' và '.join(main)} {span_text(first, last)}"


def _same(cal: WorkCalendar, d: date, office: bool) -> bool:
    """Whether ``d`` is off for the same kind of cause (the office's own, or not)."""
    return cal.is_day_off(d) and cal.office_day(d) == office
