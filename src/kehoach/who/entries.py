"""What ``kehoach who`` lists (``Entry``, ``PartyDuties``) and what one document gives each party
(``document_duties``): the activities it leads and supports, its duties (sections with ``org`` —
implementation by unit — and a program's ``duties``), the meetings and reviews it leads (``lead``
of a schedule item, else the document's first issuer or party; or its turns, when the parties
take turns: ``rotation``) or joins (the other issuers or parties), with the days they are held —
from the one schedule, moved off days off as ``due`` shows them: ``reviews`` —, and the focal
points (``focal``) a program names for it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..calendar_vn import WorkCalendar
from ..model import Document, carry, navigate
from ..model.turns import per_party, rotation
from ..model.units import with_unit
from ..vocab import COMMON_DUTIES, EVERY, REVIEW_KIND, STATUS, clean_str, label
from .reviews import held_days, roles, time_words

__all__ = ["GROUPS", "ROLE_VI", "Entry", "Found", "PartyDuties", "document_duties", "work_count"]

GROUPS = (
    ("leads", "Chủ trì"),
    ("supports", "Phối hợp"),
    ("duties", "Nhiệm vụ"),
    ("reviews", "Họp, sơ kết, tổng kết"),
    ("focal", "Đầu mối"),
)
ROLE_VI = {"lead": "chủ trì", "support": "phối hợp", "member": "tham dự"}


@dataclass
class Entry:
    """One thing a party leads or supports: an activity, a review, a duty."""

    doc_id: str
    doc_path: str
    json_path: tuple
    title: str
    time: str = ""  # Vietnamese: 'quý II/2023', 'hằng quý'
    status: str = ""  # Vietnamese status of an activity
    kind: str = ""  # review kind in Vietnamese
    text: list[str] = field(default_factory=list)  # a duty's paragraphs and items
    others: list[str] = field(default_factory=list)  # lead (for supports) or supports (for leads)
    # of ``others`` of a lead's entry, how many lead with it (first): the rest support
    co_leading: int = 0
    # supporting units named in words (``support_others``), shown after ``others`` (for leads)
    others_words: list[str] = field(default_factory=list)
    unit: str = ""  # the party's own department for it ("Ban Phong trào": ``lead_unit``…)
    # the departments of ``others`` ({org: "Văn phòng"}), shown before their names
    others_units: dict[str, str] = field(default_factory=dict)
    line: int = 0
    # codes, for JSON and scripts (the fields above are worded for people)
    time_code: object = None  # as written: '2023-Q2', 'ongoing'; 'quarter' for a recurrence
    status_code: str | None = None  # planned | in_progress | done | cancelled
    kind_code: str | None = None  # meeting | interim | final | plan
    role: str | None = None  # lead | support | member (reviews: leads or joins)
    dates: list[date] = field(default_factory=list)  # the days a meeting or review is held
    key: str = ""  # an activity's: its id, else its title (``model.carry.key``)
    # an activity carried over to a later plan, or carried out by plans (``carried_from``): the
    # display paths of every one of them, by year then path
    carried_to: list[str] = field(default_factory=list)
    # an activity's ``carried_from``: (plan or program id, activity key) of the copy it continues
    continues: tuple[str, str] | None = None

    def other_names(self, names: dict) -> list[str]:
        """``others`` by their names (``names``: org id -> name), each after its department
        ('Ban Phong trào Tỉnh Đoàn'), then ``others_words``."""
        return [*(with_unit(names.get(o, o), self.others_units.get(o)) for o in self.others),
                *self.others_words]  # fmt: skip

    @property
    def source(self) -> str:
        return f"{self.doc_path}:{self.line}" if self.line else self.doc_path


@dataclass
class PartyDuties:
    """Everything one party leads and supports."""

    org: str
    name: str
    leads: list[Entry] = field(default_factory=list)
    supports: list[Entry] = field(default_factory=list)
    duties: list[Entry] = field(default_factory=list)
    reviews: list[Entry] = field(default_factory=list)
    focal: list[Entry] = field(default_factory=list)

    def groups(self) -> Iterable[tuple[str, str, list[Entry]]]:
        for key, title in GROUPS:
            yield key, title, getattr(self, key)

    @property
    def empty(self) -> bool:
        return not any(entries for _, _, entries in self.groups())


def _texts(node: dict) -> list[str]:
    """A duty's paragraphs and items, then those of its subsections (prefixed with their titles):
    duties are often split by department under the party's heading."""
    out = [
        clean_str(t) for key in ("paragraphs", "items") for t in node.get(key) or [] if clean_str(t)
    ]
    for sub in node.get("sections") or []:
        if isinstance(sub, dict):
            title = clean_str(sub.get("title"))
            out.extend(f"{title} {t}" if title else t for t in _texts(sub))
    return out


def _time(value: object) -> str:
    t = navigate.time_of(value)
    return t.vi() if t is not None else ""


def _activity_time(act: dict) -> str:
    """'quý II/2027'; one that recurs: 'hằng quý', 'hằng tháng (từ tháng 3 đến tháng 12/2027)'."""
    when = _time(act.get("time"))
    every = act.get("every")
    if every.__class__ is str and every in EVERY:
        return f"{EVERY[every]} ({when})" if when else EVERY[every]
    return when


def _focal_title(item: dict) -> str:
    parts = [clean_str(item.get(k)) for k in ("unit", "person") if clean_str(item.get(k))]
    if clean_str(item.get("phone")):
        parts.append(f"điện thoại {clean_str(item['phone'])}")
    if clean_str(item.get("email")):
        parts.append(f"thư điện tử {clean_str(item['email'])}")
    return "; ".join(parts) or "(chưa ghi bộ phận, người liên hệ)"


def _activity(
    doc: Document, path: tuple, act: dict, status: str, others: list[str], role: str
) -> Entry:
    return Entry(
        doc.id,
        doc.path,
        path,
        clean_str(act.get("title")),
        time=_activity_time(act),
        status=STATUS[status],
        time_code=act.get("time"),
        status_code=status,
        others=others,
        role=role,
        key=carry.key(act),
        continues=carry.source(act),
    )


def work_count(entries: list[Entry]) -> int:
    """How many pieces of work ``entries`` are: an activity carried over to (or carried out by)
    another one listed with it (``model.carry``) is that one's work, counted once, as ``due``
    lists it once — the program's activity its plan carries out, each year's copy of a task; a
    schedule item whose parties take turns is one, in the row of the party's turns and the row
    of the others'."""
    continued = {e.continues for e in entries if e.continues is not None}
    items = {(e.doc_id, e.json_path) for e in entries if e.kind_code is not None}
    rows = sum(1 for e in entries if e.kind_code is not None)
    return sum(1 for e in entries if not e.key or (e.doc_id, e.key) not in continued) - (
        rows - len(items)
    )


def count_words(entries: list[Entry]) -> str:
    """The count a heading shows: '4'; '4 việc, 6 dòng' when some rows are one piece of work
    (``work_count``: a program's activity and the plan that carries it out, the turns of a
    meeting the parties chair in turn)."""
    n = work_count(entries)
    return str(n) if n == len(entries) else f"{n} việc, {len(entries)} dòng"


# (org, group of ``PartyDuties``, entry), in the order the document gives them
Found = list[tuple[str, str, Entry]]


def document_duties(
    doc: Document,
    full_name: Callable[[str], str],
    cal: WorkCalendar,
    wanted: Callable[[object], bool],
) -> Found:
    """What ``doc`` gives each org ``wanted`` accepts (an org id; every one, or the party asked
    for), in the order ``responsibilities`` lists it; ``full_name``: an org's full name (a duty
    without a title is named after its party)."""
    out: Found = []
    for path, act in navigate.activities(doc):
        lead = v if isinstance(v := act.get("lead"), str) else None
        co_leads = navigate.co_leads(act) if "co_leads" in act else []
        support = navigate.supporters(act, lead, co_leads)
        status = v if isinstance(v := act.get("status"), str) and v in STATUS else "planned"
        units = navigate.support_units(act)
        lead_unit = clean_str(act.get("lead_unit"))
        # the lead and the orgs that lead with it (``co_leads``): each leads it, with the others
        leads = [lead, *co_leads] if lead else []
        for org in leads:
            if wanted(org):
                with_ = [o for o in leads if o != org] + support
                entry = _activity(doc, path, act, status, with_, "lead")
                entry.co_leading = len(leads) - 1
                entry.others_words = navigate.support_others(act)
                entry.unit = lead_unit if org == lead else ""
                entry.others_units = dict(units)
                if org != lead and lead_unit:
                    entry.others_units[leads[0]] = lead_unit
                out.append((org, "leads", entry))
        others = leads
        for org in support:
            if wanted(org):
                entry = _activity(doc, path, act, status, others, "support")
                entry.unit = units.get(org, "")
                entry.others_units = {lead: lead_unit} if lead and lead_unit else {}
                out.append((org, "supports", entry))
    owner: Any  # an org id where ``wanted`` accepts it
    for path, sec in navigate.all_sections(doc):
        if wanted(owner := sec.get("org")):
            title = clean_str(sec.get("title"))
            out.append((owner, "duties", Entry(doc.id, doc.path, path, title, text=_texts(sec))))
    common = doc.data.get("duties_common")
    if isinstance(common, dict):  # a program's duties common to its parties: each party's too
        title = clean_str(common.get("title")) or COMMON_DUTIES
        for owner in doc.issuers:
            if wanted(owner):
                entry = Entry(doc.id, doc.path, ("duties_common",), title, text=_texts(common))
                out.append((owner, "duties", entry))
    for i, duty in enumerate(doc.data.get("duties") or []):
        if isinstance(duty, dict) and wanted(owner := duty.get("org")):
            title = clean_str(duty.get("title")) or f"Trách nhiệm của {full_name(owner)}"
            entry = Entry(doc.id, doc.path, ("duties", i), title, text=_texts(duty))
            out.append((owner, "duties", entry))
    issuers = doc.issuers
    days = held_days(doc, cal)
    own_plans = per_party(doc)
    for path, item in navigate.schedule(doc):
        kind = label(REVIEW_KIND, item.get("kind"))
        held = days.get(path, [])
        turns = [d for d, _ in held] if rotation(item) else None
        for owner, role, others, dates in roles(item, held, issuers, own_plans):
            if not wanted(owner):
                continue
            entry = Entry(
                doc.id,
                doc.path,
                path,
                clean_str(item.get("title")) or kind,
                time=time_words(item, dates, turns),
                kind=kind,
                others=others,
                time_code=item.get("time", item.get("every")),
                kind_code=item.get("kind"),
                role=role,
                dates=dates,
            )
            out.append((owner, "reviews", entry))
    for i, item in enumerate(doc.data.get("focal") or []):
        if isinstance(item, dict) and wanted(owner := item.get("org")):
            entry = Entry(doc.id, doc.path, ("focal", i), _focal_title(item))
            out.append((owner, "focal", entry))
    return out
