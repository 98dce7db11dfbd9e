"""The activities a report counts, as they stood at the end of its period (``collect``): each
one's state, whether it was overdue then, and the content area it serves."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model import Document, Repository, navigate
from ..model.areas import carried_area
from ..model.carry import Later, once
from ..model.carry import key as activity_key
from ..model.earlier import by_key, carried_money, continued, with_earlier
from ..model.progress import STATES, done_on, overlaps, state_at
from ..model.walk import on
from ..timeexpr import TimeExpr
from ..vocab import STATUS, capitalize, clean

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
    where: tuple = ()  # the activity's path in its document (``navigate.activities``)
    # the copies of the same work it continues, nearest first (``model.earlier.continued``)
    earlier: list[tuple[Document, dict]] = field(default_factory=list)

    @property
    def time_unread(self) -> bool:
        """Its ``time`` is written but is not a time (an impossible date: KH405): neither "no
        time" nor its document's window."""
        return self.time is None and self.act.get("time") is not None

    @property
    def written_time(self) -> str:
        """Its ``time`` as written, on one line."""
        return " ".join(str(self.act.get("time", "")).split())

    @property
    def title(self) -> str:
        return clean(self.act.get("title", ""))

    @property
    def lead(self) -> str:
        return str(self.act.get("lead", ""))

    @property
    def leads(self) -> list[str]:
        """Every org that leads it: the lead, then its co-leads (``co_leads``), each once."""
        return list(dict.fromkeys([self.lead, *navigate.co_leads(self.act)]))

    @property
    def done_date(self) -> date | None:
        return done_on(self.act)

    @property
    def done_unread(self) -> bool:
        """Done, its ``done_date`` written but not a day (``2028-02-31``: KH405)."""
        return self.state == "done" and "done_date" in self.act and self.done_date is None

    @property
    def carried_money(self) -> list[tuple[Document, dict]]:
        """The earlier plans' copies of its work that record spending (``model.carry``)."""
        return carried_money(self.earlier)

    def _with_earlier(self, own: str) -> int | None:
        return with_earlier(self.act, own, self.earlier)

    @property
    def budget(self) -> int | None:
        """Its budget, and what the earlier plans' copies of its work spent of theirs (what they
        did not spend is not the work's any more: this copy sets what is left to spend)."""
        return self._with_earlier("budget")

    @property
    def spent(self) -> int | None:
        """Its spending and that of the earlier plans' copies of its work: spent on the work,
        counted when the work is done, as the report of the earlier copy's period said."""
        return self._with_earlier("spent")

    @property
    def started(self) -> date | None:
        """The first day of its work: of its earliest copy whose money it carries."""
        starts = [t.start for t in [self.time, *map(_time_of, self.carried_money)] if t and t.start]
        return min(starts) if starts else None


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


def _amount(act: dict, what: str) -> int | None:
    value = act.get(what)
    return value if isinstance(value, int) else None


def _time_of(copy: tuple[Document, dict]) -> TimeExpr | None:
    doc, act = copy
    return navigate.time_of(act["time"]) if "time" in act else navigate.window(doc)


def _carried(repo: Repository | None, act: dict) -> str | None:
    """The id of the area of the work ``act`` carries out, when it names none itself."""
    if repo is None or "area" in act:
        return None
    found = carried_area(repo, act)
    return found.id if found is not None else None


def _containing_area(doc: Document, path: tuple) -> str | None:
    """The id of the program area an activity is written under (``areas[j].activities[i]``)."""
    if doc.kind == "program" and path[:1] == ("areas",):
        area = (doc.data.get("areas") or [])[path[1]]
        return area.get("id") if isinstance(area, dict) else None
    return None


def collect(
    docs: list[Document],
    period: TimeExpr,
    areas: dict[str, str],
    later: Later,
    repo: Repository | None = None,
) -> list[Item]:
    """The activities of ``docs`` whose time overlaps ``period``, as of its last day; a piece of
    work carried over from copy to copy (``later``: ``model.carry.later_copies`` of the
    repository: the program's activity, the plan that carries it out, the next year's plan…) is
    counted once, as its latest copy in the period (``model.carry.once``), which carries the money
    of the earlier plans' copies (``Item.carried_money``); a copy done in its own plan is counted
    apart (``model.carry.finished``).

    A program's activity that a plan carries out is that plan's to schedule, for the plan's year:
    when every year of the period the activity falls in has a plan issued by the period's end
    that carries it out (directly or through the plans that carry it on), the period counts the
    plans' copies in the periods they name, not the program's activity — the program's quý II
    moved to the plan's quý III, or a yearly activity (``every``) the year's plan holds in quý III,
    is no activity of the first half. A plan of another year, or a draft not issued yet (no
    ``date``), does not take the activity away from the period it falls in.

    An activity that names no ``area`` but carries out a program's activity (``carried_from``)
    counts in that activity's area, found in ``repo`` (``model.areas.carried_area``)."""
    known = by_key(docs)
    plans = {d.id: d for d in docs if d.kind == "plan"}

    def scheduled_by_plans(doc: Document, act: dict, span: TimeExpr | None) -> bool:
        if doc.kind != "program":
            return False
        issued = [
            window
            for copy in _copies((doc.id, activity_key(act)), later)
            if (plan := plans.get(copy)) is not None
            and (on := navigate.issued(plan)) is not None
            and period.end is not None
            and on <= period.end
            and (window := navigate.window(plan)) is not None
        ]
        years = _years_in(span, period)
        return bool(issued) and all(any(_holds(w, y) for w in issued) for y in years)

    def moved_past(doc: Document, act: dict) -> bool:
        """A plan's copy carried over into a plan issued by the period's end whose copy is due
        after it (or has no end): the deadline was moved past the period, not missed — as ``due``
        on the period's last day no longer lists the old copy. A copy of a later plan that is
        itself in the period is counted instead (``once``), with its own deadline."""
        if doc.kind != "plan" or not later or period.end is None:
            return False
        for node in on((doc.id, activity_key(act)), later):
            plan = plans.get(node[0])
            found = known.get(node)
            if plan is None or found is None or found[0] is not plan:
                continue
            when = navigate.issued(plan)
            if when is None or when > period.end:
                continue  # a draft, or issued after the period: the old deadline stood
            moved = _time_of(found)
            if moved is not None and (moved.end is None or moved.end > period.end):
                return True
        return False

    out = []
    for doc in docs:
        window = navigate.window(doc)
        if window is not None and not overlaps(window, period):
            continue
        for path, act in navigate.activities(doc):
            t = navigate.time_of(act["time"]) if "time" in act else window
            # a time that cannot be read: the activity belongs where its document does
            span = t if t is not None else window
            if span is not None and not overlaps(span, period):
                continue
            if later and scheduled_by_plans(doc, act, span):
                continue  # counted as the plans' copies, in the periods they name
            state = state_at(act, period.end)
            # as of the end of the period: due by then and not done by then
            overdue = (
                state in ("in_progress", "planned")
                and bool(t and t.end and period.end and t.end <= period.end)
                and not moved_past(doc, act)
            )
            area = act.get("area") or _containing_area(doc, path) or _carried(repo, act)
            area = area if area in areas else OTHER_AREA
            out.append(Item(doc, act, t, state, overdue, area, path, continued(act, known, doc.id)))
    return once(out, later)


def _copies(start: tuple[str, str], later: Later) -> set[str]:
    """The ids of the documents holding a copy carried over from ``start``, at any remove."""
    return {node[0] for node in on(start, later)}


def _years_in(span: TimeExpr | None, period: TimeExpr) -> range:
    """The years of ``period`` that ``span`` (an activity's time) falls in: all of them when it
    has no bounds (``ongoing``, none)."""
    assert period.start is not None and period.end is not None
    start, end = period.start, period.end
    if span is not None and span.start is not None and span.end is not None:
        start, end = max(start, span.start), min(end, span.end)
    return range(start.year, end.year + 1)


def _holds(window: TimeExpr, year: int) -> bool:
    """A plan's year or period covers ``year``."""
    if window.start is None or window.end is None:
        return False
    return window.start.year <= year <= window.end.year
