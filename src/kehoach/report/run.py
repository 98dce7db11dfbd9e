"""``run_report``: load the repository and build the report of one program or plan.

A report whose numbers leave a file out says so: the files that may hold a plan of the program
but cannot be used (unreadable, failing their schema) are kept in ``Report.left_out``, for the
report's sources line and the command's warning. So does one that lists an activity whose time
it cannot read (an impossible date such as ``2026-02-31``, KH405): ``Report.unread_times``, each
at its line, for the command's warning and ``--strict``; and one that leaves out a plan citing an
id near the program's that no document has (a typo), or carries out the program's activities
(``carried_from: {program: …}``) without citing it: ``Report.stray``. An org id the report would
print as it is, not being in ``orgs.yaml`` (a typo: ``lhh-th`` for ``lhh-ht``), is named too:
``Report.unknown_orgs``."""

from __future__ import annotations

from datetime import date

from ..load import load
from ..model import Repository, navigate
from ..model.carry import carries_out
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
    report.unknown_orgs = sorted(loaded.locate(_unknown_orgs(report)))
    return report


def _stray(repo: Repository, program_id: str) -> list[Problem]:
    """A plan citing an id the repository has no document of, near ``program_id`` (a typo:
    ``…-btx`` for ``…-bt``): the report does not count it, and says so."""
    out = []
    for doc in repo.documents:
        if doc.kind != "plan":
            continue
        refs = list(navigate.cited_refs(doc))
        if any(ref == program_id for _, ref in refs):
            continue
        unknown = [(path, ref) for path, ref in refs if repo.by_id(ref) is None]
        near = [(p, r) for p, r in unknown if close_matches(r, [program_id], n=1, cutoff=0.8)]
        carries = next(
            (path for path, act in navigate.activities(doc) if carries_out(act, program_id)), None
        )
        if near or (unknown and carries is not None):
            path, ref = (near or unknown)[0]
            why = (
                f'có phải "{program_id}"? Kế hoạch này'
                if near
                else f'các hoạt động của kế hoạch ghi thực hiện chương trình "{program_id}", nhưng '
                "kế hoạch"
            )
            message = (f'căn cứ "{ref}" — không có văn bản này trong kho; {why} không được tính '
                       "vào báo cáo")  # fmt: skip
            out.append(Problem(doc.path, 0, 0, "KH402", "error", message, path))
        elif carries is not None:
            message = (f'kế hoạch ghi thực hiện hoạt động của chương trình "{program_id}" '
                       "(carried_from) nhưng căn cứ không dẫn chương trình này (`- ref: "
                       f"{program_id}`): không được tính vào báo cáo")  # fmt: skip
            out.append(
                Problem(doc.path, 0, 0, "KH402", "error", message, (*carries, "carried_from"))
            )
    return out


def _unknown_orgs(report: Report) -> list[Problem]:
    """Each org id an activity the report lists names as lead, co-lead or supporter that is not in
    ``orgs.yaml`` (the places KH401 looks at, ``navigate.activity_org_refs``): printed as it is
    written, in a document meant to be signed."""
    orgs, seen, out = report.repo.orgs, set(), []
    for item in report.items + [i for i, _ in report.next_items]:
        for where, org in navigate.activity_org_refs(item.where, item.act):
            if not isinstance(org, str) or not org or org in orgs or (id(item.act), org) in seen:
                continue
            seen.add((id(item.act), org))
            near = close_matches(org, list(orgs), n=1)
            hint = f' (có phải "{near[0]}"?)' if near else ""
            message = (f'mã tổ chức "{org}" của hoạt động "{item.title}" không có trong '
                       f"orgs.yaml{hint}; báo cáo in nguyên mã này")  # fmt: skip
            out.append(Problem(item.doc.path, 0, 0, "KH401", "error", message, where))
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
