"""``run_report``: load the repository and build the report of one program or plan.

A report whose numbers leave a file out says so: the files that may hold a plan of the program
but cannot be used (unreadable, failing their schema) are kept in ``Report.left_out``, for the
report's sources line and the command's warning. So does one that lists an activity whose time
it cannot read (an impossible date such as ``2026-02-31``, KH405): ``Report.unread_times``, each
at its line, for the command's warning and ``--strict``."""

from __future__ import annotations

from datetime import date

from ..load import load
from ..problem import Problem
from .build import Item, Report, build


def run_report(target_id: str, period: str, today: date | None = None) -> Report:
    loaded = load(None)
    report = build(loaded.repo, target_id, period, today, unusable=loaded.left_out())
    if report.target.kind == "program":  # a plan's report reads that plan alone
        report.left_out = loaded.left_out(cited=report.target.id)
    report.unread_times = sorted(loaded.locate(_unread(report)))
    return report


def _unread(report: Report) -> list[Problem]:
    """An activity the report lists (in the period or the outlook) whose time is not a time."""
    seen: set[int] = set()
    out = []
    for item in report.items + [i for i, _ in report.next_items]:
        if item.time_unread and id(item.act) not in seen:
            seen.add(id(item.act))
            out.append(_problem(item))
    return out


def _problem(item: Item) -> Problem:
    message = f'không đọc được thời gian "{item.written_time}" của hoạt động "{item.title}"'
    return Problem(item.doc.path, 0, 0, "KH405", "error", message, item.where + ("time",))
