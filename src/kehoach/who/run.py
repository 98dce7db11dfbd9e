"""Responsibilities by party (``kehoach who``): what every document gives each party
(``entries.document_duties``), gathered party by party in the order of ``orgs.yaml``, with the
source lines of every entry. ``run_who`` builds each document's entries as it is loaded and keeps
of the document only what its lines are found from (``taken``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..io.lines import LineFinder
from ..load import loading
from ..model import Document, Repository
from ..model.carry import Carrier, carried_to, carriers
from ..model.schedule import work_calendar
from ..problem import Problem
from .entries import GROUPS, ROLE_VI, Entry, Found, PartyDuties, document_duties
from .part import DUTIES
from .taken import Duties, wanted_by

__all__ = [
    "GROUPS",
    "ROLE_VI",
    "Entry",
    "PartyDuties",
    "WhoResult",
    "responsibilities",
    "run_who",
]


def responsibilities(
    repo: Repository,
    docs: Iterable[Document],
    party: str | None = None,
    finder: LineFinder | None = None,
    taken: Mapping[str, Found] | None = None,
    carried: Mapping[tuple[str, str], list[Carrier]] | None = None,
) -> list[PartyDuties]:
    """Duties of every party (orgs.yaml order, then unknown ids) or only of ``party``, with the
    source lines ``finder`` gives (``Loaded.line_finder``); ``taken``: what each document gives,
    by its path, found as it was loaded (``taken.Duties``) in place of its data; ``carried``:
    (plan or program id, activity key) of the activities carried over to a later plan (or carried
    out by a plan), with every plan that does so (default: as ``docs`` say,
    ``model.carry.carried_to``) — all of them named in place of their status, by year then path."""
    docs = list(docs)
    if carried is None:
        carried = carried_to(docs)
    table: dict[str, PartyDuties] = {}
    if party is not None:
        table[party] = PartyDuties(party, repo.org_name(party, short=False))
    wanted = wanted_by(party)
    cal = work_calendar(repo.settings)

    def full_name(org: str) -> str:
        return repo.org_name(org, short=False)

    for doc in docs:
        if taken is not None:
            found = taken.get(doc.path, ())
        else:
            found = document_duties(doc, full_name, cal, wanted)
        for org, group, entry in found:
            duties = table.get(org)
            if duties is None:
                duties = table[org] = PartyDuties(org, full_name(org))
            if entry.key and (later := carried.get((entry.doc_id, entry.key))):
                entry.carried_to = carriers(later)
                entry.status = f"{_moved(repo, entry.doc_id)} {_paths(entry.carried_to)}"
            getattr(duties, group).append(entry)
    order = {org: i for i, org in enumerate(repo.orgs)}
    out = sorted(table.values(), key=lambda p: (order.get(p.org, len(order)), p.org))
    (finder or LineFinder()).fill(e for p in out for _, _, entries in p.groups() for e in entries)
    return out


@dataclass
class WhoResult:
    """The responsibilities of one ``who`` run, party by party."""

    parties: list[PartyDuties]
    names: dict[str, str]  # org id -> short name, for the lines that name other orgs
    # file-level errors (unreadable, schema) in the files asked for; the commands count every
    # error validate reports instead (``cli.checked``)
    errors: int
    validated: int | None = None  # the errors of validate's last run, when it still holds
    # the first error of each file asked for that holds no usable document, for the warning
    left_out: list[Problem] = field(default_factory=list)


def run_who(paths: list[str] | None, party: str | None = None) -> WhoResult:
    """Responsibilities of every party (or of ``party``) across the files asked for."""
    # each document cut to what ``who`` reads of it (``part.DUTIES``), with the lines of its items,
    # and its entries built as it is loaded (``taken``): only what its lines are found from is kept
    taken = Duties(party)
    with loading(
        paths or None, part=DUTIES, taker=taken
    ) as loaded:  # the cache is written meanwhile
        repo = loaded.repo
        chosen = repo.require_org(party)
        docs = loaded.target_documents()
        # the activities carried over: to the plans asked for (taken) and to any other
        carried = carried_to(repo.documents)
        for where, later in taken.carried.items():
            carried.setdefault(where, []).extend(later)
        parties = responsibilities(repo, docs, chosen, loaded.line_finder(), taken.found, carried)
        names = {org: repo.org_name(org) for org in repo.orgs}
        errors = sum(p.level == "error" for p in loaded.target_problems())
        validated = loaded.validated_errors()
        left_out = loaded.left_out()
    return WhoResult(parties, names, errors, validated, left_out)


def _moved(repo: Repository, doc_id: str) -> str:
    """How an activity of ``doc_id`` taken up by a later plan is said: a plan's carries over to
    it, a program's is carried out in it (``carried_from: {program: …}``)."""
    doc = repo.by_id(doc_id)
    return "thực hiện trong" if doc is not None and doc.kind == "program" else "chuyển tiếp sang"


def _paths(paths: list[str]) -> str:
    """'a.yaml', 'a.yaml và b.yaml', 'a.yaml, b.yaml và c.yaml'."""
    return " và ".join([", ".join(paths[:-1]), paths[-1]]) if len(paths) > 1 else paths[0]
