"""Content areas (``areas`` of a program): which area an activity belongs to.

An activity of a program belongs to the area it is written under (``areas[j].activities[i]``); an
activity of a plan names one with ``area``, looked up in the programs the plan cites (``bases: -
ref``); a plan's activity that names none but carries out a program's activity (``carried_from``,
directly or through earlier plans) belongs to that activity's area. The spreadsheet, the site and
the reports group activities by these areas.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..vocab import clean_str
from . import navigate
from .carry import key, source
from .document import Document
from .repository import Repository

__all__ = ["Area", "area_of", "carried_area", "programs_of", "program_areas"]


@dataclass(frozen=True)
class Area:
    """A content area (nội dung phối hợp) of a program."""

    program: str  # the program's id
    id: str
    title: str


def program_areas(program: Document) -> dict[str, Area]:
    """The areas of a program by id, in the program's order."""
    out: dict[str, Area] = {}
    for area in program.data.get("areas") or []:
        if isinstance(area, dict) and isinstance(area.get("id"), str):
            title = clean_str(area.get("title")) or area["id"]
            out.setdefault(area["id"], Area(program.id, area["id"], title))
    return out


def programs_of(repo: Repository, doc: Document) -> list[Document]:
    """The program itself, or the programs a plan cites (in citation order)."""
    if doc.kind == "program":
        return [doc]
    out = []
    for _, ref in navigate.cited_refs(doc):
        cited = repo.by_id(ref)
        if cited is not None and cited.kind == "program" and cited not in out:
            out.append(cited)
    return out


def area_of(repo: Repository, doc: Document, path: tuple, act: dict) -> Area | None:
    """The area of the activity at ``path`` of ``doc`` (None when it names none or an unknown one)."""
    if doc.kind == "program" and path[:1] == ("areas",) and len(path) > 1:
        area = (doc.data.get("areas") or [])[path[1]]
        if isinstance(area, dict) and isinstance(area.get("id"), str):
            return program_areas(doc).get(area["id"])
        return None
    name = act.get("area")
    if name is None:  # none written: the area of the work it carries out, if any
        return carried_area(repo, act)
    if not isinstance(name, str):
        return None
    for program in programs_of(repo, doc):
        found = program_areas(program).get(name)
        if found is not None:
            return found
    return None


def carried_area(repo: Repository, act: dict) -> Area | None:
    """The area of the activity ``act`` carries out (``carried_from``), followed back through the
    plans that carried it on to the first copy that has one: a plan's activity written by hand
    with ``carried_from: {program: …, activity: …}`` and no ``area`` serves that area all the same.
    None when the chain ends (an unknown document or activity, a cycle) before one."""
    seen: set[tuple[str, str]] = set()
    node = source(act)
    while node is not None and node not in seen:
        seen.add(node)
        doc = repo.by_id(node[0])
        if doc is None:
            return None
        found = next(((p, a) for p, a in navigate.activities(doc) if key(a) == node[1]), None)
        if found is None:
            return None
        path, earlier = found
        if "area" in earlier or (doc.kind == "program" and path[:1] == ("areas",)):
            return area_of(repo, doc, path, earlier)  # named, or written under one: no further
        if doc.kind == "program":
            return None  # a program's activity is where the work starts
        node = source(earlier)
    return None
