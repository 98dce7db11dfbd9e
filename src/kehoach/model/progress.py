"""Where an activity stood on a given day, for every command that counts as of a day
(``report``'s figures, ``new plan``'s carry-over, ``due --today``, ``site``): one rule, so that a
report's "chuyển tiếp", the next year's draft and the agenda of that day name the same activities."""

from __future__ import annotations

from datetime import date

from ..timeexpr import TimeError, TimeExpr, parse_time

STATES = ("done", "in_progress", "planned", "cancelled")


def overlaps(a: TimeExpr, b: TimeExpr) -> bool:
    """True when the windows share a day; ``ongoing`` (no bounds) overlaps every window."""
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return True
    return a.start <= b.end and b.start <= a.end


def done_on(act: dict) -> date | None:
    """The ``done_date`` of an activity, None when absent or not a date."""
    try:
        return parse_time(act["done_date"]).start if "done_date" in act else None
    except (TimeError, TypeError):
        return None


def state_at(act: dict, end: date | None) -> str:
    """The state of ``act`` at the end of the day ``end``: done later counts as in progress
    then; no status (or an unknown one) is planned. ``end`` None: no end, as written."""
    status = act.get("status") or "planned"
    if status == "done":
        done = done_on(act)
        return "in_progress" if done and end and done > end else "done"
    return status if status in STATES else "planned"
