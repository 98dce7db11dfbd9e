"""How plans carry out programs: which plans cite a program, and which cover a given year.

A plan covers YEAR for a program when it cites the program (``bases: - ref: <program id>``) and
its ``year`` is YEAR, or its ``period`` overlaps YEAR (a plan for 2023-07..2024-06 counts for both
years: users write such plans to cover a school or crop year).

As of a day (``as_of``), a plan exists only once issued: a plan whose ``date`` is after that day is
not counted yet (a plan without ``date`` is a draft being written and counts from now).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from . import carry, navigate
from .document import Document
from .repository import Repository

__all__ = [
    "cites",
    "covers",
    "plans_citing",
    "covering_plans",
    "plan_year",
    "dependents",
]


def cites(doc: Document, target_id: str) -> bool:
    return any(ref == target_id for _, ref in navigate.cited_refs(doc))


def covers(doc: Document, year: int) -> bool:
    value = doc.data.get("year")
    if isinstance(value, int) and not isinstance(value, bool) and "period" not in doc.data:
        return value == year
    win = navigate.window(doc)
    if win is None or win.start is None or win.end is None:
        return False
    return win.start.year <= year <= win.end.year


def plans_citing(repo: Repository, program_id: str) -> list[Document]:
    """Plans of the repository that cite ``program_id`` (in repository order)."""
    return [d for d in _citing(repo).get(program_id, ()) if d.id != program_id]


def _citing(repo: Repository) -> dict[str, list[Document]]:
    """The plans citing each id, each plan once per id, in repository order: built once per
    repository, so that asking for every program and year (KH419, ``due``'s missing annual
    plans, the site) reads each plan once instead of once per program and year."""
    index = repo.derived.get("citing")
    if isinstance(index, dict):
        return index
    built: dict[str, list[Document]] = {}
    for d in repo.documents:
        if d.kind == "plan":
            for ref in dict.fromkeys(ref for _, ref in navigate.cited_refs(d)):
                built.setdefault(ref, []).append(d)
    repo.derived["citing"] = built
    return built


def covering_plans(
    repo: Repository,
    program_id: str,
    year: int,
    as_of: date | None = None,
    issuer: str | None = None,
) -> list[Document]:
    """Plans of the repository that cite ``program_id`` and cover ``year`` (in repository order),
    issued by ``as_of`` when it is given, by ``issuer`` among others when it is given (a program
    asks each party for its own plan: ``reviews.schedule`` entries ``kind: plan`` with ``lead``)."""
    return [
        d
        for d in plans_citing(repo, program_id)
        if covers(d, year)
        and navigate.exists_on(d, as_of)
        and (issuer is None or issuer in d.issuers)
    ]


def plan_year(doc: Document) -> int | None:
    """The one year a plan is for: its ``year``, or a ``period`` within one year."""
    value = doc.data.get("year")
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    w = navigate.window(doc)
    if w and w.start and w.end and w.start.year == w.end.year:
        return w.start.year
    return None


def dependents(repo: Repository, paths: set[str]) -> set[str]:
    """Display paths of the documents whose checks depend on the files ``paths`` (display paths):

    - ``kehoach.yaml`` or ``orgs.yaml``: every document (settings change the checks, and every
      document names orgs: renaming an org id breaks the documents that use it);
    - a program or plan: the documents that cite it (``ref``), and those whose ``ref`` no longer
      resolves (the cited id may just have been renamed in the same change);
    - a plan: the plans and programs with an activity carried over from it
      (``carried_from.plan``: KH426 looks the activity up there).
    """
    if not paths:
        return set()
    if (repo.settings_path and repo.settings_path in paths) or (
        repo.orgs_path and repo.orgs_path in paths
    ):
        extra = {d.path for d in repo.documents}
        if repo.orgs_path:
            extra.add(repo.orgs_path)
        return extra - paths
    changed = {d.id for d in repo.documents if d.path in paths} | {
        i for i in repo.invalid_ids if any(Path(p).stem == i for p in paths)
    }
    if not changed:
        return set()
    known = {d.id for d in repo.documents} | repo.invalid_ids
    out = set()
    for doc in repo.documents:
        refs = [ref for _, ref in navigate.cited_refs(doc)]
        if any(ref in changed or ref not in known for ref in refs):
            out.add(doc.path)
        elif doc.kind in ("plan", "program") and _carries_from(doc, changed, known):
            out.add(doc.path)
    return out - paths


def _carries_from(doc: Document, changed: set[str], known: set[str]) -> bool:
    """An activity of ``doc`` (a plan, or a program's areas) is carried over from a plan of
    ``changed``, or from one no longer known (renamed in the same change)."""
    acts = navigate.activity_list(doc)
    if not isinstance(acts, list):
        return False
    for act in acts:  # every activity of every plan (``validate FILE``): no step more than this
        if act.__class__ is dict and "carried_from" in act:
            found = carry.source(act)
            if found is not None and (found[0] in changed or found[0] not in known):
                return True
    return False
