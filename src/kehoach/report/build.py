"""The data of a sơ kết / tổng kết report (``kehoach report``): every number computed from the
activities recorded in the plans, never typed.

Scope: a program (the activities of every plan citing it, and its own) or one plan. An activity
belongs to the period when its time window overlaps it (``ongoing`` always does; no time: the
document's window); a program's activity that the plans of the period's years carry out belongs
to the periods those plans give their copies (``items.collect``).

**One rule: everything as of the end of the period** (printed in the report, ``AS_OF_RULE``). The
report tells what the period achieved, whenever it is written:

- ``done``: ``status: done`` with ``done_date`` (if any) not after the end of the period;
- ``in_progress``: ``status: in_progress``, or done only after the period ended;
- ``planned``: ``status: planned`` or no status (not done);
- ``cancelled``: ``status: cancelled``;
- overdue (counted apart, among in progress and not done): its deadline is not after the end of
  the period — it was due and not done when the period closed (an activity finished later says so);
- money spent: ``spent`` of the activities done by the end of the period; what activities not
  done by then record is shown apart, not added in. A piece of work carried over from plan to plan
  is one activity whose budget and spending are those of all its plans' copies: what an earlier
  copy spent counts when the work is done, the period the earlier report said it would. A copy
  done in its own plan (``model.carry.finished``) is counted there, once: a later plan's copy of
  it (carried over while it was open) is an activity of its own, without its money — each year's
  run of a yearly activity is one activity, in its year.

The report is a tổng kết when the period covers the whole window of what is reported on, else a
sơ kết. The next period has the same length, follows this one and never runs past the end of
the window (a tổng kết has none). Its outlook (Phương hướng) lists the activities not done at the
end of the period (chuyển tiếp, once each) and every activity the next period's plans set, as
they state them, whatever became of them since.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath
from typing import NoReturn, TypedDict

from ..errors import KehoachError
from ..model import Document, Repository, navigate
from ..model.carry import later_copies
from ..model.links import plans_citing
from ..model.schedule import work_calendar
from ..problem import Problem
from ..timeexpr import TimeExpr
from ..vocab import clean, visible
from .items import OTHER_AREA, STATE_VI, STATES, Item, Tally, collect
from .naming import doc_name
from .outlook import next_items, next_reviews, outlook_period
from .period import overlaps, parse_report_period

__all__ = ["Report", "build", "Item", "Tally", "STATES", "STATE_VI", "OTHER_AREA", "AS_OF_RULE"]

AS_OF_RULE = (
    "Số liệu tính đến hết ngày {end} (ngày cuối kỳ báo cáo): hoạt động hoàn thành sau ngày này "
    "được tính là đang thực hiện; hoạt động quá hạn là hoạt động có hạn đến ngày này mà chưa hoàn "
    "thành; kinh phí đã chi chỉ tính ở các hoạt động đã hoàn thành đến ngày này và được tính một "
    "lần, ở kỳ hoạt động hoàn thành: hoạt động đã hoàn thành trong kế hoạch của nó không được tính "
    "lại ở bản chép sang kế hoạch sau, mỗi năm của một hoạt động hằng năm là một hoạt động."
)


class Budget(TypedDict):
    """Money as of the end of the period (``Report.budget``)."""

    planned: int  # budgets of the activities not cancelled
    beyond: list[Item]  # those of them with a budget whose time runs past the period's bounds
    spent: int  # spending of the activities done by the end of the period
    planned_of_recorded: int  # budgets of those same activities
    recorded: list[Item]  # activities done by then that record spending
    later: list[Item]  # spending recorded by activities not done at the end of the period
    rows: list[Item]  # activities with a budget or spending, in report order


@dataclass
class Report:
    target: Document
    program: Document | None
    period: TimeExpr
    today: date
    final: bool  # tổng kết
    sources: list[Document]
    items: list[Item]
    areas: dict[str, str]  # id -> title, in program order (+ OTHER_AREA)
    next_period: TimeExpr | None  # None: a tổng kết, or nothing of the window left
    repo: Repository
    doc_name: str = ""  # "Chương trình phối hợp giữa … giai đoạn …", "Kế hoạch thực hiện …"
    next_items: list[tuple[Item, bool]] = field(default_factory=list)  # (item, carried over)
    next_reviews: list[tuple[date, str]] = field(default_factory=list)
    # first error of each file that may hold a source but cannot be used (``run.run_report``)
    left_out: list[Problem] = field(default_factory=list)
    # each activity listed whose ``time`` cannot be read (KH405), at its line (``run.run_report``)
    unread_times: list[Problem] = field(default_factory=list)
    # each plan citing, for a basis, an id that is not in the repository but is near the
    # program's (a typo): not counted (``run.run_report``)
    stray: list[Problem] = field(default_factory=list)
    # each org id an activity listed names that is not in orgs.yaml (``run.run_report``)
    unknown_orgs: list[Problem] = field(default_factory=list)

    @property
    def end(self) -> date:
        """The last day of the period: every number is counted as of that day (``AS_OF_RULE``)."""
        assert self.period.end is not None, "parse_report_period refuses a period without end"
        return self.period.end

    @property
    def orgs(self) -> dict:
        return self.repo.orgs

    @property
    def settings(self) -> dict:
        return self.repo.settings

    @property
    def kind_vi(self) -> str:
        return "tổng kết" if self.final else "sơ kết"

    def tally(self, items: list[Item] | None = None) -> Tally:
        t = Tally()
        for item in self.items if items is None else items:
            t.add(item)
        return t

    def by_area(self) -> list[tuple[str, str, list[Item]]]:
        out = []
        for area_id, title in self.areas.items():
            items = [i for i in self.items if i.area == area_id]
            if items or area_id != OTHER_AREA:
                out.append((area_id, title, items))
        return out

    def by_lead(self) -> list[tuple[str, list[Item]]]:
        """Leads in a stable order: the issuers (or parties) first, then orgs.yaml order. A
        co-led activity (``co_leads``) is each of its leads': it is under every one of them."""
        leads: dict[str, list[Item]] = {}
        for item in self.items:
            for org in item.leads:
                leads.setdefault(org, []).append(item)
        first = {org: i for i, org in enumerate(self.target.issuers)}
        order = {org: len(first) + i for i, org in enumerate(self.repo.orgs)}
        rank = {**order, **first}
        return sorted(leads.items(), key=lambda pair: (rank.get(pair[0], len(rank)), pair[0]))

    def budget(self) -> Budget:
        """Money as of the end of the period: spending counts for activities done by then."""
        live = [i for i in self.items if i.state != "cancelled"]
        planned = sum(i.budget or 0 for i in live)
        spending = [i for i in self.items if i.spent is not None]
        recorded = [i for i in spending if i.state == "done"]
        later = [i for i in spending if i.state != "done"]
        start, end = self.period.start, self.period.end
        beyond = [
            i
            for i in live
            if i.budget is not None
            and i.time is not None
            and not i.time.is_ongoing
            and (
                (i.started is not None and start is not None and i.started < start)
                or (i.time.end is not None and end is not None and i.time.end > end)
            )
        ]
        return {
            "planned": planned,
            "beyond": beyond,
            "spent": sum(i.spent or 0 for i in recorded),
            "planned_of_recorded": sum(i.budget or 0 for i in recorded),
            "recorded": recorded,
            "later": later,
            "rows": [
                i for i in self.items if (i in live and i.budget is not None) or i in spending
            ],
        }

    @property
    def source_docs(self) -> list[Document]:
        """The documents that have activities in the period, in source order."""
        used = {id(i.doc) for i in self.items}
        return [d for d in self.sources if id(d) in used]


def build(
    repo: Repository,
    target_id: str,
    period_spec: str,
    today: date | None = None,
    unusable: Sequence[Problem] = (),
) -> Report:
    """The report of ``target_id`` over ``period_spec``; ``unusable``: the first error of each
    file that holds no usable document, to name the file of a target that cannot be read."""
    target = repo.by_id(target_id)
    if target is None:
        _not_found(repo, target_id, unusable)
    period = parse_report_period(period_spec)
    today = today or date.today()
    program: Document | None
    if target.kind == "program":
        program = target
        sources = ([target] if any(True for _ in navigate.activities(target)) else []) + sorted(
            plans_citing(repo, target.id), key=lambda d: d.path
        )
    else:
        cited = [repo.by_id(r) for _, r in navigate.cited_refs(target)]
        program = next((d for d in cited if d is not None and d.kind == "program"), None)
        sources = [target]
    window = navigate.window(target)
    if window and not overlaps(window, period):
        raise KehoachError(
            f'Kỳ báo cáo {period.vi()} nằm ngoài thời gian của "{target.id}" ({window.vi()}).'
        )
    areas = {
        a["id"]: clean(a.get("title", ""))
        for a in (program.data.get("areas") if program else None) or []
        if isinstance(a, dict) and "id" in a
    }
    areas[OTHER_AREA] = "Hoạt động khác"
    final = window is not None and period.contains(window)  # the whole window: a tổng kết
    nxt = outlook_period(period, window, final)
    later = later_copies(repo.documents)  # the chains of copies, whole whatever the period
    report = Report(
        target,
        program,
        period,
        today,
        final,
        sources,
        collect(sources, period, areas, later, repo),
        areas,
        nxt,
        repo,
        doc_name(repo, target),
    )
    if not final or target.kind == "program":
        report.next_items = next_items(report.items, sources, nxt, areas, later, repo)
        # the program's (or plan's) schedule, and for a program its next plans' own meetings
        scheduled = [program or target] + [d for d in sources if d.kind == "plan"]
        report.next_reviews = next_reviews(scheduled, nxt, work_calendar(repo.settings))
    return report


def _not_found(repo: Repository, target_id: str, unusable: Sequence[Problem]) -> NoReturn:
    """Stop with why ``target_id`` is not there: its file has an error (named, with its line),
    or no document has that id."""
    path = repo.invalid_paths.get(target_id)
    first = repo.failures.get(path) if path else None
    if first is None:  # unreadable: its id is its file's name, the file cannot tell another
        first = next((p for p in unusable if PurePath(p.path).stem == target_id), None)
    if first is not None:
        raise KehoachError(
            f'Không dùng được "{target_id}" vì tệp có lỗi: '
            f"{visible(first.path)}:{first.line}:{first.col}: {first.message}",
            hint="Chạy `kehoach validate` để xem mọi lỗi; sửa xong rồi chạy lại.",
        )
    known = ", ".join(sorted(d.id for d in repo.documents)) or "(trống)"
    raise KehoachError(f'"{target_id}" không có trong kho.', hint=f"Các văn bản trong kho: {known}")
