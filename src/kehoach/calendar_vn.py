"""Working days for civil servants in Viet Nam (Mon–Fri, minus public holidays).

Public holidays come from the ``holidays`` package through ``holiday_table`` (lunar Tết, Giỗ Tổ
Hùng Vương, observed days and the day swaps it knows, incl. the Saturdays that are worked in
exchange), named with the usual Vietnamese names.

Which days those are, how they were checked against the official announcements, and why 24/11
is opt-in: ``holiday_table``. The government may announce further swaps each year; users add them
through ``days_off`` / ``working_days`` (kehoach.yaml), which override everything else.

A day off is explained by the whole run of days off around it: "Tết Nguyên đán 25/01–02/02/2025",
not just "Chủ nhật" for a Sunday inside Tết. A day the office declares off (``days_off`` that is no
holiday) is said as its own ("ngày nghỉ theo lịch làm việc của cơ quan 31/12/2025"), never merged
into the name and dates of the holiday next to it (``WorkCalendar.reason``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from .calendar_words import MAX_LOOKBACK, OFFICE_DAY_OFF, span_text
from .holiday_table import OFFICIAL_SWAPS, OPT_IN, year_data
from .vocab import date_text

__all__ = ["WorkCalendar", "OFFICIAL_SWAPS", "OPT_IN", "shift_note", "span_text"]


class WorkCalendar:
    """Working-day calendar; ``days_off``/``working_days`` come from kehoach.yaml.

    ``days_off``: extra days off (e.g. compensatory leave decided locally).
    ``working_days``: weekend days (or holidays) that are worked (make-up days).
    ``working_days`` wins over everything, then ``days_off``.
    """

    def __init__(self, days_off: Iterable[date] = (), working_days: Iterable[date] = ()):
        self.days_off = frozenset(days_off)
        self.working_days = frozenset(working_days)
        # the occurrences of schedule items worked out on this calendar (``model.schedule``):
        # the same schedule over the same period recurs in document after document
        self.occurrences: dict = {}

    def __repr__(self) -> str:
        return f"WorkCalendar(days_off={len(self.days_off)}, working_days={len(self.working_days)})"

    def holiday_name(self, d: date) -> str | None:
        """Vietnamese name of the holiday on ``d`` (None on working days and plain weekends)."""
        if d in self.working_days:
            return None
        names, _ = year_data(d.year)
        if d in names:
            return names[d]
        if d in self.days_off:
            return OPT_IN.get((d.month, d.day), OFFICE_DAY_OFF)
        return None

    def is_day_off(self, d: date) -> bool:
        """Weekend, public holiday or extra day off, unless listed as a working day."""
        if d in self.working_days:
            return False
        if d in self.days_off:
            return True
        names, worked = year_data(d.year)
        if d in names:
            return True
        return d.weekday() >= 5 and d not in worked

    def is_working_day(self, d: date) -> bool:
        return not self.is_day_off(d)

    def previous_working_day(self, d: date) -> date:
        """``d`` itself if it is a working day, else the nearest working day before it."""
        cur = d
        for _ in range(MAX_LOOKBACK):
            if not self.is_day_off(cur):
                return cur
            cur -= timedelta(days=1)
        raise ValueError(
            f"Không tìm thấy ngày làm việc nào trong {MAX_LOOKBACK} ngày trước {date_text(d)}"
        )

    def next_working_day(self, d: date) -> date:
        """``d`` itself if it is a working day, else the nearest working day after it."""
        cur = d
        for _ in range(MAX_LOOKBACK):
            if not self.is_day_off(cur):
                return cur
            cur += timedelta(days=1)
        raise ValueError(
            f"Không tìm thấy ngày làm việc nào trong {MAX_LOOKBACK} ngày sau {date_text(d)}"
        )

    def span(self, d: date) -> tuple[date, date]:
        """The whole run of consecutive days off around ``d`` (``(d, d)`` on a working day)."""
        if not self.is_day_off(d):
            return d, d
        first = last = d
        for _ in range(MAX_LOOKBACK):
            if not self.is_day_off(first - timedelta(days=1)):
                break
            first -= timedelta(days=1)
        for _ in range(MAX_LOOKBACK):
            if not self.is_day_off(last + timedelta(days=1)):
                break
            last += timedelta(days=1)
        return first, last

    def office_day(self, d: date) -> bool:
        """A day off the office declares itself (``calendar.days_off``) that is no holiday: not a
        public holiday, not an opt-in one (24/11, named when listed)."""
        if d not in self.days_off or d in self.working_days:
            return False
        return d not in year_data(d.year)[0] and (d.month, d.day) not in OPT_IN

    def reason(self, d: date) -> str:
        """Why ``d`` is a day off, naming the whole holiday it belongs to: 'Tết Nguyên đán
        25/01–02/02/2025'; a plain weekend: 'thứ Bảy'; a day off of the office's own: 'ngày nghỉ
        theo lịch làm việc của cơ quan 31/12/2025', never merged into a holiday next to it
        (``calendar_reason``)."""
        from .calendar_reason import reason

        return reason(self, d)

    def shift(self, d: date, floor: date | None = None) -> tuple[date, str | None]:
        """Move a deadline on a day off back to the previous working day — on to the next one
        when the previous is before ``floor`` (the first day of the date's own month, quarter…).

        Returns ``(d, None)`` for a working day, otherwise the new date and a
        Vietnamese explanation naming the whole holiday (``shift_note``). A caller that needs
        the date only takes ``previous_working_day``: the explanation costs more than the move.
        """
        if not self.is_day_off(d):
            return d, None
        moved = self.previous_working_day(d)
        if floor is not None and moved < floor:
            moved = self.next_working_day(d)
        return moved, shift_note(d, moved, self.reason(d))


def shift_note(d: date, moved: date, reason: str) -> str:
    """The words of a date moved off a day off: 'Lùi từ 01/5/2026 (…) về ngày làm việc
    29/4/2026'; moved later (a meeting that would leave its month): 'Dời từ 01/01/2027 (…) sang
    ngày làm việc 04/01/2027'; ``reason`` is ``WorkCalendar.reason(d)``."""
    if moved > d:
        return f"Dời từ {date_text(d)} ({reason}) sang ngày làm việc {date_text(moved)}"
    return f"Lùi từ {date_text(d)} ({reason}) về ngày làm việc {date_text(moved)}"
