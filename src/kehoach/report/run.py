"""``run_report``: load the repository and build the report of one program or plan."""

from __future__ import annotations

from datetime import date

from ..load import load
from .build import Report, build


def run_report(target_id: str, period: str, today: date | None = None) -> Report:
    return build(load(None).repo, target_id, period, today)
