"""``run_report``: load the repository and build the report of one program or plan.

A report whose numbers leave a file out says so: the files that may hold a plan of the program
but cannot be used (unreadable, failing their schema) are kept in ``Report.left_out``, for the
report's sources line and the command's warning. So does one that lists an activity whose time
it cannot read (an impossible date such as ``2026-02-31``, KH405): ``Report.unread_times``, each
at its line, for the command's warning and ``--strict``; and one that leaves out a plan citing an
id near the program's that no document has (a typo): ``Report.stray``."""

from __future__ import annotations

from datetime import date

from ..load import load
from ..model import Repository, navigate
from ..problem import Problem
from ..viet import close_matches
from .build import Item, Report, build


def run_report(target_id: str, period: str, today: date | None = None) -> Report:
    loaded = load(None)
    report = build(loaded.repo, target_id, period, today, unusable=loaded.left_out())
    if report.target.kind == "program":  # a plan's report reads that plan alone
        report.left_out = loaded.left_out(cited=report.target.id)
        report.stray = sorted(loaded.locate(_stray(loaded.repo, report.target.id)))
    report.unread_times = sorted(loaded.locate(_unread(report)))
    return report


def _stray(repo: Repository, program_id: str) -> list[Problem]:
    """A plan citing an id the repository has no document of, near ``program_id`` (a typo:
    ``…-btx`` for ``…-bt``): the report does not count it, and says so."""
    out = []
    for doc in repo.documents:
        if doc.kind != "plan":
            continue
        for path, ref in navigate.cited_refs(doc):
            if repo.by_id(ref) is None and close_matches(ref, [program_id], n=1, cutoff=0.8):
                message = (f'căn cứ "{ref}" — không có văn bản này trong kho; có phải '
                           f'"{program_id}"? Kế hoạch này không được tính vào báo cáo')  # fmt: skip
                out.append(Problem(doc.path, 0, 0, "KH402", "error", message, path))
    return out


def _unread(report: Report) -> list[Problem]:
    """An activity the report lists (in the period or the outlook) whose time is not a time, or
    whose completion day is not a day (counted as done, on no day)."""
    seen: set[tuple[int, str]] = set()
    out = []
    for item in report.items + [i for i, _ in report.next_items]:
        if item.time_unread and (id(item.act), "time") not in seen:
            seen.add((id(item.act), "time"))
            out.append(_problem(item))
        if item.done_unread and (id(item.act), "done_date") not in seen:
            seen.add((id(item.act), "done_date"))
            written = " ".join(str(item.act.get("done_date")).split())
            message = (f'không đọc được ngày hoàn thành "{written}" của hoạt động "{item.title}"; '
                       "báo cáo tính là hoàn thành, không rõ ngày")  # fmt: skip
            where = item.where + ("done_date",)
            out.append(Problem(item.doc.path, 0, 0, "KH405", "error", message, where))
    return out


def _problem(item: Item) -> Problem:
    message = (f'không đọc được thời gian "{item.written_time}" của hoạt động "{item.title}"; '
               "báo cáo ghi là thời gian không hợp lệ")  # fmt: skip
    return Problem(item.doc.path, 0, 0, "KH405", "error", message, item.where + ("time",))
