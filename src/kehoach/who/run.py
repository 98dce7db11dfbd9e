"""Responsibilities by party (``kehoach who``): the activities each org leads and supports, its
duties (sections with ``org`` — implementation by unit — and a program's ``duties``) and the
reviews it leads (``lead`` of a schedule item, else the document's first issuer or party)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..io.lines import LineFinder
from ..load import load
from ..model import Document, Repository, navigate
from ..vocab import EVERY, REVIEW_KIND, STATUS, clean_str

__all__ = ["Entry", "PartyDuties", "WhoResult", "responsibilities", "run_who", "GROUPS"]

GROUPS = (
    ("leads", "Chủ trì"),
    ("supports", "Phối hợp"),
    ("duties", "Nhiệm vụ"),
    ("reviews", "Họp, sơ kết, tổng kết"),
)


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

    def groups(self) -> Iterable[tuple[str, str, list[Entry]]]:
        for key, label in GROUPS:
            yield key, label, getattr(self, key)

    @property
    def empty(self) -> bool:
        return not (self.leads or self.supports or self.duties or self.reviews)


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


def _review_time(item: dict) -> str:
    if "time" in item:
        return _time(item["time"])
    if item.get("every") in EVERY:
        return EVERY[item["every"]]
    if item.get("kind") == "plan":
        return "hằng năm"
    return "cuối thời hạn" if item.get("kind") == "final" else ""


def responsibilities(
    repo: Repository, docs: Iterable[Document], party: str | None = None
) -> list[PartyDuties]:
    """Duties of every party (orgs.yaml order, then unknown ids) or only of ``party``."""
    table: dict[str, PartyDuties] = {}

    def of(org: object) -> PartyDuties | None:
        if not isinstance(org, str) or (party is not None and org != party):
            return None
        if org not in table:
            table[org] = PartyDuties(org, repo.org_name(org, short=False))
        return table[org]

    if party is not None:
        of(party)
    for doc in docs:
        for path, act in navigate.activities(doc):
            support = [s for s in act.get("support") or [] if isinstance(s, str)]
            lead = act.get("lead") if isinstance(act.get("lead"), str) else None
            base = dict(
                doc_id=doc.id,
                doc_path=doc.path,
                json_path=path,
                title=clean_str(act.get("title")),
                time=_time(act.get("time")),
                status=STATUS.get(act.get("status"), STATUS["planned"]),
            )
            if (p := of(lead)) is not None:
                p.leads.append(Entry(**base, others=support))
            for org in support:
                if (p := of(org)) is not None:
                    p.supports.append(Entry(**base, others=[lead] if lead else []))
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
        for path, item in navigate.schedule(doc):
            lead = (
                item.get("lead")
                if isinstance(item.get("lead"), str)
                else (issuers[0] if issuers else None)
            )
            if (p := of(lead)) is not None:
                kind = REVIEW_KIND.get(item.get("kind"), "")
                title = clean_str(item.get("title")) or kind
                p.reviews.append(
                    Entry(
                        doc.id,
                        doc.path,
                        path,
                        title,
                        time=_review_time(item),
                        kind=kind,
                        others=[o for o in issuers if o != lead],
                    )
                )
    order = {org: i for i, org in enumerate(repo.orgs)}
    out = sorted(table.values(), key=lambda p: (order.get(p.org, len(order)), p.org))
    LineFinder().fill(e for p in out for _, _, entries in p.groups() for e in entries)
    return out


@dataclass
class WhoResult:
    parties: list[PartyDuties]
    names: dict[str, str]  # org id -> short name, for the lines that name other orgs
    errors: int  # file-level errors (unreadable, schema) in the files asked for


def run_who(paths: list[str] | None, party: str | None = None) -> WhoResult:
    """Responsibilities of every party (or of ``party``) across the files asked for."""
    loaded = load(paths or None)
    repo = loaded.repo
    chosen = repo.require_org(party)
    parties = responsibilities(repo, loaded.target_documents(), chosen)
    names = {org: repo.org_name(org) for org in repo.orgs}
    errors = sum(p.level == "error" for p in loaded.target_problems())
    return WhoResult(parties, names, errors)
