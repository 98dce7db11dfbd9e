"""The period of a report: parsed from ``--period``, the one after it, overlapping windows."""

from __future__ import annotations

from datetime import date, timedelta

from ..errors import KehoachError
from ..model.progress import overlaps
from ..timeexpr import TimeError, TimeExpr, parse_time

__all__ = ["next_period", "overlaps", "parse_report_period"]


def parse_report_period(text: str) -> TimeExpr:
    try:
        t = parse_time(text)
    except TimeError as exc:
        raise KehoachError(
            f"Kỳ báo cáo không hợp lệ: {exc}", hint="Ví dụ: --period 2022 hoặc --period 2022-H1"
        ) from None
    if t.is_ongoing:
        raise KehoachError("Kỳ báo cáo phải có mốc cụ thể (ví dụ 2022, 2022-H1, 2022-Q3).")
    return t


def next_period(t: TimeExpr) -> TimeExpr:
    """The period of the same kind right after ``t``; a range: of as many years or months when it
    is made of whole ones (2026-01..2028-06 → 2028-07..2030-12, never a count of days that ends
    on 29/12/2030), else of as many days."""
    assert t.start and t.end
    if t.kind == "year":
        return parse_time(t.start.year + 1)
    if t.kind == "half":
        return parse_time(f"{t.start.year}-H2" if t.start.month == 1 else f"{t.start.year + 1}-H1")
    if t.kind == "quarter":
        q = (t.start.month - 1) // 3 + 1
        return parse_time(f"{t.start.year}-Q{q + 1}" if q < 4 else f"{t.start.year + 1}-Q1")
    if t.kind == "month":
        nxt = t.end + timedelta(days=1)
        return parse_time(f"{nxt.year}-{nxt.month:02d}")
    start = t.end + timedelta(days=1)
    if t.start.day == 1 and start.day == 1:  # whole months: as many months, not as many days
        months = (start.year - t.start.year) * 12 + start.month - t.start.month
        last = _month_after(start, months - 1)  # the first day of the last month
        if start.month == 1 and months % 12 == 0:  # whole years: 2026..2027 → 2028..2029
            return parse_time(f"{start.year}..{last.year}")
        return parse_time(f"{start.year}-{start.month:02d}..{last.year}-{last.month:02d}")
    end = start + (t.end - t.start)
    return parse_time(f"{start.isoformat()}..{end.isoformat()}")


def _month_after(day: date, months: int) -> date:
    """The first day of the month ``months`` months after the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
