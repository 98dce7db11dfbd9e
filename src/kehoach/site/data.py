"""What the site shows, gathered once: the repository, the agenda (through ``run_due``), each
party's responsibilities (through ``run_who``), programs with their plans, areas, timelines."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..due import DueOptions, DueResult, run_due
from ..model import Document, Repository, navigate
from ..model.areas import Area, area_of, program_areas
from ..model.carry import Later, carried_keys, key, later_copies, once
from ..model.earlier import by_key, continued
from ..model.links import plans_citing
from ..model.progress import state_at
from ..problem import Problem
from ..who import run_who
from ..who.run import PartyDuties
from .timeline import Timeline, program_timeline, year_timeline, years_of

__all__ = ["SiteData", "Activity", "gather", "UPCOMING_DAYS", "WHAT"]

UPCOMING_DAYS = 30
WHAT = "trang tổng quan"  # what the files that cannot be read are not counted in (``leftout``)


@dataclass
class Activity:
    doc: Document
    path: tuple
    act: dict
    area: Area | None
    carried: bool = False  # carried over to a later plan (``model.carry``): that one is tracked
    today: date | None = None  # the site's "as of" day: done later is in progress then
    # the copies of the same work it continues, nearest first (``model.earlier.continued``): what the
    # earlier plans' copies spent is the work's money, as ``report`` counts it
    earlier: list = field(default_factory=list)

    @property
    def status(self) -> str:
        """The state as of ``today``, as ``report`` counts it (``model.progress.state_at``)."""
        return state_at(self.act, self.today)

    @property
    def anchor(self) -> str:
        act_id = self.act.get("id")
        return "hd-" + (act_id if isinstance(act_id, str) else "-".join(map(str, self.path)))

    def overdue(self, today: date) -> bool:
        if self.carried:
            return False
        t = navigate.time_of(self.act.get("time"))
        return self.status in ("planned", "in_progress") and bool(t and t.end and t.end < today)


@dataclass
class SiteData:
    repo: Repository
    docs: list[Document]
    today: date
    agenda: DueResult
    parties: list[PartyDuties]
    activities: list[Activity] = field(default_factory=list)
    programs: list[tuple[Document, list[Document]]] = field(default_factory=list)
    orphans: list[Document] = field(default_factory=list)  # plans citing no program shown
    areas: list[tuple[Area, list[Activity]]] = field(default_factory=list)
    timelines: list[Timeline] = field(default_factory=list)  # per program, then per year
    errors: int = 0
    # the first error of each file asked for that holds no usable document
    left_out: list[Problem] = field(default_factory=list)
    # the repository's chains of copies (``model.carry.later_copies``)
    later: Later = field(default_factory=dict)
    _by_doc: dict | None = field(default=None, repr=False)

    def once(self, acts: list[Activity]) -> list[Activity]:
        """``acts`` with each piece of work once, as its latest copy among them: the activities a
        figure over several documents counts, as ``report`` counts them (``model.carry.once``)."""
        return once(acts, self.later)

    def overdue(self) -> list:
        return [i for i in self.agenda.items if i.is_overdue(self.today)]

    def upcoming(self) -> list:
        end = self.today + timedelta(days=UPCOMING_DAYS)
        return [
            i
            for i in self.agenda.items
            if not i.closed
            and self.today <= i.deadline
            and i.date <= end
            and not i.is_overdue(self.today)
        ]

    def party_items(self, org: str) -> list:
        return [
            i for i in self.agenda.items if i.lead == org or org in i.co_leads or org in i.support
        ]

    def of_docs(self, docs: list[Document]) -> list[Activity]:
        if self._by_doc is None:
            self._by_doc = {}
            for a in self.activities:
                self._by_doc.setdefault(id(a.doc), []).append(a)
        return [a for d in docs for a in self._by_doc.get(id(d), [])]


def gather(paths: list[str] | None, today: date) -> SiteData:
    agenda = run_due(paths, DueOptions(today=today, include_closed=True))
    who = run_who(paths)
    repo = agenda.repo
    targets = {i.doc_path for i in agenda.items}
    docs = [d for d in repo.documents if d.path in targets or _is_target(d, paths, repo)]
    data = SiteData(repo, docs, today, agenda, [p for p in who.parties if not p.empty])
    data.errors, data.left_out = agenda.errors, who.left_out  # the same files, loaded alike
    carried = carried_keys(repo.documents)
    data.later = later_copies(repo.documents)
    known = by_key(repo.documents)
    for doc in docs:
        for path, act in navigate.activities(doc):
            area = area_of(repo, doc, path, act)
            linked = (doc.id, key(act)) in carried
            earlier = continued(act, known, doc.id)
            data.activities.append(Activity(doc, path, act, area, linked, today, earlier))
    shown = {id(d) for d in docs}
    cited: set[int] = set()
    for prog in (d for d in docs if d.kind == "program"):
        plans = [p for p in plans_citing(repo, prog.id) if id(p) in shown]
        cited.update(id(p) for p in plans)
        data.programs.append((prog, plans))
        for area in program_areas(prog).values():
            acts = data.once([a for a in data.activities if a.area == area])
            data.areas.append((area, acts))
        found = program_timeline(repo, prog, today)
        if found is not None:
            data.timelines.append(found)
    data.orphans = [d for d in docs if d.kind == "plan" and id(d) not in cited]
    for year in years_of(docs):
        data.timelines.append(year_timeline(repo, docs, year, today))
    return data


def _is_target(doc: Document, paths: list[str] | None, repo: Repository) -> bool:
    """Documents without any agenda item still get their page when they were asked for."""
    from pathlib import Path

    if not paths:
        return True
    full = Path(doc.path).resolve()
    return any(full == Path(p).resolve() or Path(p).resolve() in full.parents for p in paths)
