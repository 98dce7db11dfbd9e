"""Timelines (Gantt): activities as bars over their time window, meetings and reviews as
milestones, for a program (with every plan citing it) or for a year (every document touching it).

Bars come from the activities' time expressions (a quarter is its three months, ``ongoing`` spans
the whole chart); milestones from the one schedule (``model.schedule``: dates moved off days off).
The chart's range is the program's period, or the calendar year. Bars are coloured as the activity
stood on the chart's day (``today``: ``model.progress.state_at``, as the site's tables and
``report`` count): one done after that day is in progress then.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..calendar_vn import WorkCalendar
from ..errors import KehoachError
from ..load import load
from ..model import Document, Repository, navigate
from ..model.carry import issued_by, key, later_copies
from ..model.earlier import by_key
from ..model.links import plans_citing
from ..model.progress import state_at
from ..model.schedule import document_occurrences, work_calendar
from ..model.walk import on
from ..problem import Problem
from ..vocab import REVIEW_TITLE, clean_str, review_kind_title

__all__ = [
    "Bar",
    "Milestone",
    "Group",
    "Timeline",
    "program_timeline",
    "year_timeline",
    "run_timeline",
]


@dataclass
class Bar:
    title: str
    doc_id: str
    act_id: str
    start: date
    end: date
    time_text: str
    status: str  # planned | in_progress | done | cancelled
    ongoing: bool = False
    lead: str | None = None
    # the work goes on in a later copy (a plan carrying out the program's activity, next year's
    # plan carrying it over: ``model.carry``): that copy's, never overdue here
    carried: bool = False

    def overdue(self, today: date) -> bool:
        return (
            not self.ongoing
            and not self.carried
            and self.status in ("planned", "in_progress")
            and self.end < today
        )


@dataclass
class Milestone:
    date: date
    title: str
    kind: str  # meeting | interim | final | plan
    doc_id: str
    note: str = ""  # why the date moved, when it did


@dataclass
class Group:
    """The rows of one document: its activities, then its schedule's milestones."""

    doc: Document
    title: str
    bars: list[Bar] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)


@dataclass
class Timeline:
    title: str
    start: date
    end: date
    groups: list[Group]
    today: date
    key: str = ""  # program id or year, for file names

    @property
    def bars(self) -> list[Bar]:
        return [b for g in self.groups for b in g.bars]

    @property
    def milestones(self) -> list[Milestone]:
        return [m for g in self.groups for m in g.milestones]


def _group(
    doc: Document,
    start: date,
    end: date,
    cal: WorkCalendar,
    today: date,
    chain: Chain | None = None,
) -> Group:
    group = Group(doc, clean_str(doc.data.get("title")) or doc.id)
    window = navigate.window(doc)
    for path, act in navigate.activities(doc):
        t = navigate.time_of(act.get("time")) if "time" in act else window
        if t is None:
            continue
        ongoing = t.is_ongoing
        lo = start if ongoing or t.start is None else t.start
        hi = end if ongoing or t.end is None else t.end
        if ongoing and window is not None and window.start and window.end:
            lo, hi = max(start, window.start), min(end, window.end)
        if hi < start or lo > end:
            continue
        status, carried = state_at(act, today), False
        if chain is not None and status in ("planned", "in_progress"):
            status, carried = chain.status(doc, act, status, today)
        group.bars.append(
            Bar(
                clean_str(act.get("title")),
                doc.id,
                own if isinstance(own := act.get("id"), str) else f"hd-{path[-1] + 1}",
                lo,
                hi,
                t.vi(),
                status,
                ongoing,
                lead if isinstance(lead := act.get("lead"), str) else None,
                carried,
            )
        )
    for _, entry, occ in document_occurrences(doc, cal):
        if start <= occ.date <= end and entry.get("kind") in REVIEW_TITLE:
            title = clean_str(entry.get("title")) or review_kind_title(entry)
            label = f" ({occ.label})" if occ.label else ""
            group.milestones.append(
                Milestone(occ.date, title + label, entry["kind"], doc.id, occ.shift_note or "")
            )
    group.milestones.sort(key=lambda m: m.date)
    return group


class Chain:
    """Where each piece of work went on (``model.carry``): an open activity carried over to a
    later copy, by a document issued by ``today``, is that copy's — done when it is done."""

    def __init__(self, docs: list[Document], today: date):
        self.later = later_copies(issued_by(docs, today))
        self.known = by_key(docs)

    def status(self, doc: Document, act: dict, status: str, today: date) -> tuple[str, bool]:
        """``act``'s status as its latest copies stand on ``today``, and whether it was carried."""
        here = (doc.id, key(act))
        if here not in self.later:
            return status, False
        for found in on(here, self.later):  # each later copy once, a cycle ending it
            copy = self.known.get(found)
            if copy is not None and state_at(copy[1], today) == "done":
                return "done", True
        return status, True


def program_timeline(repo: Repository, program: Document, today: date) -> Timeline | None:
    """The program's period, its own activities and those of every plan citing it."""
    window = navigate.window(program)
    if window is None or window.start is None or window.end is None:
        return None
    cal = work_calendar(repo.settings)
    docs = [program, *plans_citing(repo, program.id)]
    chain = Chain(repo.documents, today)
    groups = [_group(d, window.start, window.end, cal, today, chain) for d in docs]
    groups = [g for g in groups if g.bars or g.milestones]
    title = clean_str(program.data.get("title")) or program.id
    return Timeline(title, window.start, window.end, groups, today, program.id)


def year_timeline(repo: Repository, docs: list[Document], year: int, today: date) -> Timeline:
    """Every activity and milestone of ``docs`` falling in ``year``."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    cal = work_calendar(repo.settings)
    chain = Chain(repo.documents, today)
    groups = [_group(d, start, end, cal, today, chain) for d in docs]
    groups = [g for g in groups if g.bars or g.milestones]
    return Timeline(f"Năm {year}", start, end, groups, today, str(year))


def years_of(docs: list[Document]) -> list[int]:
    """The years that the documents' activities touch (for one timeline page each)."""
    years: set[int] = set()
    for doc in docs:
        window = navigate.window(doc)
        for _, act in navigate.activities(doc):
            t = navigate.time_of(act.get("time")) if "time" in act else window
            if t is not None and t.is_ongoing:
                t = window
            if t is not None and t.start and t.end:
                years.update(range(t.start.year, t.end.year + 1))
    return sorted(years)


@dataclass
class TimelineResult:
    timelines: list[Timeline]
    repo: Repository
    # first error of each file asked for that may hold a document of the chart but cannot be used
    left_out: list[Problem] = field(default_factory=list)


def run_timeline(
    paths: list[str] | None, *, program: str | None, year: int | None, today: date
) -> TimelineResult:
    """The timeline of one program, or of one year (of the files asked for)."""
    loaded = load(paths or None)
    repo = loaded.repo
    if program is not None:
        doc = repo.by_id(program)
        if doc is None or doc.kind != "program":
            known = ", ".join(d.id for d in repo.documents if d.kind == "program") or "(không có)"
            raise KehoachError(
                f"Không có chương trình mã {program!r}", hint=f"Các chương trình: {known}."
            )
        found = program_timeline(repo, doc, today)
        if found is None:
            raise KehoachError(f"Chương trình {program} không có thời hạn (`period`) đọc được")
        return TimelineResult([found], repo, loaded.left_out(cited=doc.id))
    if year is None:
        raise KehoachError(
            "Cần --program MÃ hoặc --year NĂM", hint="Ví dụ: kehoach timeline --year 2022"
        )
    found = year_timeline(repo, loaded.target_documents(), year, today)
    return TimelineResult([found], repo, loaded.left_out())
