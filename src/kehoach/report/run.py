"""``run_report``: load the repository and build the report of one program or plan.

A report whose numbers leave a file out says so: the files that may hold a plan of the program
but cannot be used (unreadable, failing their schema) are kept in ``Report.left_out``, for the
report's sources line and the command's warning."""

from __future__ import annotations

from datetime import date

from ..load import load
from .build import Report, build


def run_report(target_id: str, period: str, today: date | None = None) -> Report:
    loaded = load(None)
    report = build(loaded.repo, target_id, period, today, unusable=loaded.left_out())
    if report.target.kind == "program":  # a plan's report reads that plan alone
        report.left_out = loaded.left_out(cited=report.target.id)
    return report
