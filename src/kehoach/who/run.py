"""Responsibilities by party (``kehoach who``): the activities each org leads and supports, its
duties (sections with ``org`` — implementation by unit — and a program's ``duties``), the
meetings and reviews it leads (``lead`` of a schedule item, else the document's first issuer or
party) or joins (the other issuers or parties), with the days they are held — from the one
schedule, moved off days off as ``due`` shows them —, and the focal points (``focal``) a program
names for it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from ..calendar_vn import WorkCalendar
from ..io.lines import LineFinder
from ..load import loading
from ..model import Document, Repository, navigate
from ..model.schedule import document_occurrences, work_calendar
from ..vocab import EVERY, REVIEW_KIND, STATUS, clean_str, date_text, label
from .part import DUTIES

__all__ = ["Entry", "PartyDuties", "WhoResult", "responsibilities", "run_who", "GROUPS"]

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
    doc_id: str
    doc_path: str
    json_path: tuple
    title: str
    time: str = ""  # Vietnamese: 'quý II/2023', 'hằng quý'
    status: str = ""  # Vietnamese status of an activity
    kind: str = ""  # review kind in Vietnamese
    text: list[str] = field(default_factory=list)  # a duty's paragraphs and items
    others: list[str] = field(default_factory=list)  # lead (for supports) or supports (for leads)
    line: int = 0
    # codes, for JSON and scripts (the fields above are worded for people)
    time_code: object = None  # as written: '2023-Q2', 'ongoing'; 'quarter' for a recurrence
    status_code: str | None = None  # planned | in_progress | done | cancelled
    kind_code: str | None = None  # meeting | interim | final | plan
    role: str | None = None  # lead | support | member (reviews: leads or joins)
    dates: list[date] = field(default_factory=list)  # the days a meeting or review is held

    @property
    def source(self) -> str:
        return f"{self.doc_path}:{self.line}" if self.line else self.doc_path


@dataclass
class PartyDuties:
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


def _review_rule(item: dict) -> str:
    if "time" in item:
        return ""  # a one-off: its day says it all
    if item.get("every") in EVERY:
        return EVERY[item["every"]]
    if item.get("kind") == "plan":
        return "hằng năm"
    return "cuối thời hạn" if item.get("kind") == "final" else ""


def _review_time(item: dict, days: list[date]) -> str:
    """'hằng quý: 29/3/2024, 28/6/2024, …' — the rule, then every day it is held."""
    rule = _review_rule(item)
    when = ", ".join(date_text(d) for d in days)
    if not days and "time" in item:
        when = _time(item["time"])
    return f"{rule}: {when}" if rule and when else rule or when


def _review_days(doc: Document, cal: WorkCalendar) -> dict[tuple, list[date]]:
    out: dict[tuple, list[date]] = {}
    for path, _, occ in document_occurrences(doc, cal):
        out.setdefault(path, []).append(occ.date)
    return out


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
        time=_time(act.get("time")),
        status=STATUS[status],
        time_code=act.get("time"),
        status_code=status,
        others=others,
        role=role,
    )


def responsibilities(
    repo: Repository,
    docs: Iterable[Document],
    party: str | None = None,
    finder: LineFinder | None = None,
) -> list[PartyDuties]:
    """Duties of every party (orgs.yaml order, then unknown ids) or only of ``party``, with the
    source lines ``finder`` gives (``Loaded.line_finder``)."""
    table: dict[str, PartyDuties] = {}

    def of(org: object) -> PartyDuties | None:
        if not isinstance(org, str) or (party is not None and org != party):
            return None
        if org not in table:
            table[org] = PartyDuties(org, repo.org_name(org, short=False))
        return table[org]

    if party is not None:
        of(party)
    cal = work_calendar(repo.settings)
    for doc in docs:
        for path, act in navigate.activities(doc):
            support = [s for s in act.get("support") or [] if isinstance(s, str)]
            lead = v if isinstance(v := act.get("lead"), str) else None
            status = v if isinstance(v := act.get("status"), str) and v in STATUS else "planned"
            lead_p = of(lead)
            support_p = [p for org in support if (p := of(org)) is not None]
            if lead_p is not None:
                lead_p.leads.append(_activity(doc, path, act, status, support, "lead"))
            for p in support_p:
                p.supports.append(
                    _activity(doc, path, act, status, [lead] if lead else [], "support")
                )
        for path, sec in navigate.all_sections(doc):
            if (p := of(sec.get("org"))) is not None:
                p.duties.append(
                    Entry(doc.id, doc.path, path, clean_str(sec.get("title")), text=_texts(sec))
                )
        for i, duty in enumerate(doc.data.get("duties") or []):
            if isinstance(duty, dict) and (p := of(duty.get("org"))) is not None:
                title = (
                    clean_str(duty.get("title"))
                    or f"Trách nhiệm của {repo.org_name(duty['org'], short=False)}"
                )
                p.duties.append(Entry(doc.id, doc.path, ("duties", i), title, text=_texts(duty)))
        issuers = doc.issuers
        days = _review_days(doc, cal)
        for path, item in navigate.schedule(doc):
            lead = (
                v if isinstance(v := item.get("lead"), str) else (issuers[0] if issuers else None)
            )
            kind = label(REVIEW_KIND, item.get("kind"))
            held = days.get(path, [])
            members = [o for o in issuers if o != lead]
            for who, role in [(lead, "lead"), *((o, "member") for o in members)]:
                if (p := of(who)) is None:
                    continue
                p.reviews.append(
                    Entry(
                        doc.id,
                        doc.path,
                        path,
                        clean_str(item.get("title")) or kind,
                        time=_review_time(item, held),
                        kind=kind,
                        others=members if role == "lead" else [lead] if lead else [],
                        time_code=item.get("time", item.get("every")),
                        kind_code=item.get("kind"),
                        role=role,
                        dates=held,
                    )
                )
        for i, item in enumerate(doc.data.get("focal") or []):
            if isinstance(item, dict) and (p := of(item.get("org"))) is not None:
                p.focal.append(Entry(doc.id, doc.path, ("focal", i), _focal_title(item)))
    order = {org: i for i, org in enumerate(repo.orgs)}
    out = sorted(table.values(), key=lambda p: (order.get(p.org, len(order)), p.org))
    (finder or LineFinder()).fill(e for p in out for _, _, entries in p.groups() for e in entries)
    return out


@dataclass
class WhoResult:
    parties: list[PartyDuties]
    names: dict[str, str]  # org id -> short name, for the lines that name other orgs
    errors: int  # file-level errors (unreadable, schema) in the files asked for


def run_who(paths: list[str] | None, party: str | None = None) -> WhoResult:
    """Responsibilities of every party (or of ``party``) across the files asked for."""
    # each document cut to what ``who`` reads of it (``part.DUTIES``), with the lines of its items
    with loading(paths or None, part=DUTIES) as loaded:  # the cache is written meanwhile
        repo = loaded.repo
        chosen = repo.require_org(party)
        parties = responsibilities(repo, loaded.target_documents(), chosen, loaded.line_finder())
        names = {org: repo.org_name(org) for org in repo.orgs}
        errors = sum(p.level == "error" for p in loaded.target_problems())
    return WhoResult(parties, names, errors)
