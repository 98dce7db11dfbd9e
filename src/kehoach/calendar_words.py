"""The words of the working-day calendar shared by ``calendar_vn`` (which days are off) and
``calendar_reason`` (why, in words): the weekday names, the name of a swapped day off, the office's
own days off, how far a run of days off is followed, and a run of days as documents write it."""

from __future__ import annotations

from datetime import date

from .vocab import date_text

WEEKDAY_NAMES = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
EXTRA_DAY_OFF = "Nghỉ bù"
# a day of ``calendar.days_off`` that is no holiday: the office's own (``calendar_reason``)
OFFICE_DAY_OFF = "ngày nghỉ theo lịch làm việc của cơ quan"
MAX_LOOKBACK = 366


def span_text(first: date, last: date) -> str:
    """'25/01–02/02/2025', '30/8–02/9/2025', '31/12/2025–01/01/2026', '01/01/2025': a run of days,
    each end padded by the Decree 30 rule, joined by an en dash."""
    if first == last:
        return date_text(first)
    if first.year == last.year:
        return f"{date_text(first).rsplit('/', 1)[0]}–{date_text(last)}"
    return f"{date_text(first)}–{date_text(last)}"
