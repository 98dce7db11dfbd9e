"""A window from a day, as ``due --within`` and ``due.within`` in kehoach.yaml write it: "30d",
"8w", "3m" (``window_end``)."""

from __future__ import annotations

from datetime import date, timedelta

from .once import LazyPattern
from .timeexpr import TimeError, month_end

_WITHIN = LazyPattern(r"\s*([0-9]{1,4})\s*([dwmDWM])\s*")
WITHIN_HINT = "viết số kèm đơn vị: 30d (ngày), 8w (tuần), 3m (tháng)"
LAST_YEAR = 2200


def window_end(text: object, start: date) -> date:
    """'30d' | '8w' | '3m' → the last day of the window beginning ``start``; ``TimeError`` (its
    message says what is wrong, in Vietnamese) when it is not one, or ends after ``LAST_YEAR``."""
    m = _WITHIN.fullmatch(text) if isinstance(text, str) else None
    if not m:
        raise TimeError("không hợp lệ")
    n, unit = int(m[1]), m[2].lower()
    if unit == "d":
        return start + timedelta(days=n)
    if unit == "w":
        return start + timedelta(weeks=n)
    months = start.month - 1 + n
    year, month = start.year + months // 12, months % 12 + 1
    if year > LAST_YEAR:
        raise TimeError("quá dài")
    return date(year, month, min(start.day, month_end(year, month).day))
