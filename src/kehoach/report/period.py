"""The period of a report: parsed from ``--period``, the one after it, overlapping windows."""

from __future__ import annotations

from datetime import timedelta

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
    """The period of the same kind right after ``t`` (a range: as many months after it)."""
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
    end = start + (t.end - t.start)
    return parse_time(f"{start.isoformat()}..{end.isoformat()}")
