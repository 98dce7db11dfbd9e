"""The data of a sơ kết / tổng kết report (``kehoach report``): every number computed from the
activities recorded in the plans, never typed.

Scope: a program (the activities of every plan citing it, and its own) or one plan. An activity
belongs to the period when its time window overlaps it (``ongoing`` always does; no time: the
document's window). Its state in the report:

- ``done``: ``status: done`` with ``done_date`` (if any) not after the end of the period;
- ``in_progress``: ``status: in_progress``, or done only after the period ended;
- ``planned``: ``status: planned`` or no status (not done);
- ``cancelled``: ``status: cancelled``;
- overdue (counted apart, among in progress and not done): its deadline is before the report date.

The report is a tổng kết when the period covers the whole window of what is reported on, else a
sơ kết. The next period has the same length and follows this one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..calendar_vn import WorkCalendar
from ..errors import KehoachError
from ..model import Document, Repository, navigate
from ..model.links import plans_citing
from ..model.schedule import document_occurrences, work_calendar
from ..timeexpr import TimeError, TimeExpr, parse_time
from ..viet import period_text
from ..vocab import REVIEW_TITLE, STATUS, capitalize, clean, clean_str
from .period import next_period, overlaps, parse_report_period

STATES = ("done", "in_progress", "planned", "cancelled")
STATE_VI = {s: capitalize(STATUS[s]) for s in STATES}
OTHER_AREA = "_khac"


@dataclass
class Item:
    """One activity as the report sees it."""

    doc: Document
    act: dict
    time: TimeExpr | None
    state: str
    overdue: bool
    area: str

    @property
    def title(self) -> str:
        return clean(self.act.get("title", ""))

    @property
    def lead(self) -> str:
        return str(self.act.get("lead", ""))

    @property
    def done_date(self) -> date | None:
        try:
            return parse_time(self.act["done_date"]).start if "done_date" in self.act else None
        except TimeError:
            return None


@dataclass
class Tally:
    done: int = 0
    in_progress: int = 0
    planned: int = 0
    cancelled: int = 0
    overdue: int = 0

    @property
    def total(self) -> int:
        return self.done + self.in_progress + self.planned + self.cancelled

    def add(self, item: Item) -> None:
        setattr(self, item.state, getattr(self, item.state) + 1)
        self.overdue += item.overdue

    def as_dict(self) -> dict:
        return {
            "total": self.total,
            **{s: getattr(self, s) for s in STATES},
            "overdue": self.overdue,
        }


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
    next_period: TimeExpr
    repo: Repository
    doc_name: str = ""  # "Chương trình phối hợp giữa … giai đoạn …", "Kế hoạch thực hiện …"
    next_items: list[Item] = field(default_factory=list)
    next_reviews: list[tuple[date, str]] = field(default_factory=list)

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
        leads: dict[str, list[Item]] = {}
        for item in self.items:
            leads.setdefault(item.lead, []).append(item)
        return sorted(leads.items(), key=lambda pair: (-len(pair[1]), pair[0]))

    def budget(self) -> dict:
        live = [i for i in self.items if i.state != "cancelled"]
        planned = sum(i.act["budget"] for i in live if isinstance(i.act.get("budget"), int))
        recorded = [i for i in self.items if isinstance(i.act.get("spent"), int)]
        return {
            "planned": planned,
            "spent": sum(i.act["spent"] for i in recorded),
            "planned_of_recorded": sum(i.act.get("budget") or 0 for i in recorded),
            "recorded": recorded,
            "rows": [
                i
                for i in self.items
                if (i in live and isinstance(i.act.get("budget"), int)) or i in recorded
            ],
        }

    @property
    def source_docs(self) -> list[Document]:
        """The documents that have activities in the period, in source order."""
        used = {id(i.doc) for i in self.items}
        return [d for d in self.sources if id(d) in used]


def _state(act: dict, period: TimeExpr) -> str:
    status = act.get("status") or "planned"
    if status == "done":
        try:
            done = parse_time(act["done_date"]).start if "done_date" in act else None
        except TimeError:
            done = None
        return "in_progress" if done and done > period.end else "done"
    return status if status in STATES else "planned"


def _containing_area(doc: Document, path: tuple) -> str | None:
    """The id of the program area an activity is written under (``areas[j].activities[i]``)."""
    if doc.kind == "program" and path[:1] == ("areas",):
        area = (doc.data.get("areas") or [])[path[1]]
        return area.get("id") if isinstance(area, dict) else None
    return None


def collect(
    docs: list[Document], period: TimeExpr, today: date, areas: dict[str, str]
) -> list[Item]:
    out = []
    for doc in docs:
        window = navigate.window(doc)
        if window is not None and not overlaps(window, period):
            continue
        for path, act in navigate.activities(doc):
            t = navigate.time_of(act["time"]) if "time" in act else window
            if t is not None and not overlaps(t, period):
                continue
            state = _state(act, period)
            overdue = state in ("in_progress", "planned") and bool(t and t.end and t.end < today)
            area = act.get("area") or _containing_area(doc, path)
            area = area if area in areas else OTHER_AREA
            out.append(Item(doc, act, t, state, overdue, area))
    return out


def build(repo: Repository, target_id: str, period_spec: str, today: date | None = None) -> Report:
    target = repo.by_id(target_id)
    if target is None:
        known = ", ".join(sorted(d.id for d in repo.documents)) or "(trống)"
        bad = target_id in repo.invalid_ids
        raise KehoachError(
            f'"{target_id}" '
            + ("có lỗi lược đồ; chạy `kehoach validate`." if bad else "không có trong kho."),
            hint=f"Các văn bản trong kho: {known}",
        )
    period = parse_report_period(period_spec)
    today = today or date.today()
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
    final = bool(
        window and window.start and period.start <= window.start and period.end >= window.end
    )
    nxt = next_period(period)
    report = Report(
        target,
        program,
        period,
        today,
        final,
        sources,
        collect(sources, period, today, areas),
        areas,
        nxt,
        repo,
        _doc_name(repo, target, window),
    )
    if not final or target.kind == "program":
        carried = [i for i in report.items if i.state in ("planned", "in_progress")]
        upcoming = [
            i
            for i in collect(sources, nxt, today, areas)
            if i.state in ("planned", "in_progress") and not any(i.act is c.act for c in carried)
        ]
        report.next_items = carried + upcoming
        report.next_reviews = _reviews(program or target, nxt, work_calendar(repo.settings))
    return report


def _doc_name(repo: Repository, doc: Document, window: TimeExpr | None) -> str:
    if doc.kind == "program":
        names = " và ".join(repo.org_name(p) for p in doc.issuers)
        span = (
            f" {period_text(window.start.year, window.end.year)}"
            if window and window.start and window.end
            else ""
        )
        return f"Chương trình phối hợp giữa {names}{span}"
    title = clean(doc.data.get("title", ""))
    kind = "Kế hoạch liên tịch" if doc.is_joint else "Kế hoạch"
    return f"{kind} {title[:1].lower()}{title[1:]}"


def _reviews(doc: Document, period: TimeExpr, cal: WorkCalendar) -> list[tuple[date, str]]:
    out = []
    for _, item, occ in document_occurrences(doc, cal):
        title = clean_str(item.get("title")) or REVIEW_TITLE.get(
            item.get("kind"), REVIEW_TITLE["meeting"]
        )
        if period.start <= occ.date <= period.end:
            out.append((occ.date, title))
    return sorted(out)
