"""The day a command counts from: ``--today``, else ``$KEHOACH_TODAY``, else the system date — one
reader for every command (``due``, ``who``, ``report``, ``export``, ``update``, ``site``,
``timeline``, ``issue``), one message for a day that is not one."""

from __future__ import annotations

import os
import re
from datetime import date

from .errors import KehoachError
from .timeexpr import TimeError, parse_date

__all__ = ["asked_day", "parse_day", "today_from"]


# a day as Vietnamese documents and clerks write it: day first, then month, then the year in full
# ('15/01/2024', '5/1/2024', '15-01-2024', '15.01.2024')
_DMY = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})")


def parse_day(text: str, source: str) -> date:
    """A day option value, YYYY-MM-DD or as written in Vietnamese (``DD/MM/YYYY``: day first);
    a clear message naming the option otherwise."""
    vn = _DMY.fullmatch(text.strip())
    try:
        if vn:  # read as the same day written YYYY-MM-DD: the same checks, the same messages
            return parse_date(f"{vn[4]}-{int(vn[3]):02d}-{int(vn[1]):02d}")
        return parse_date(text.strip())
    except TimeError as exc:
        detail = f" ({exc})" if "YYYY-MM-DD" not in str(exc) and text[:1].isdigit() else ""
        raise KehoachError(
            f"Ngày không hợp lệ cho {source}: {text!r}{detail}",
            hint="Viết ngày dạng YYYY-MM-DD (năm-tháng-ngày) hoặc DD/MM/YYYY (ngày/tháng/năm), "
            "ví dụ 2026-05-04 hay 04/05/2026.",
        ) from None


def today_from(option: str | None) -> date:
    """``--today``, else ``$KEHOACH_TODAY``, else the system date."""
    return asked_day(option) or date.today()


def asked_day(option: str | None) -> date | None:
    """``--today``, else ``$KEHOACH_TODAY``; None when neither says a day."""
    if option:
        return parse_day(option, "--today")
    env = os.environ.get("KEHOACH_TODAY", "").strip()
    return parse_day(env, "biến môi trường KEHOACH_TODAY") if env else None
