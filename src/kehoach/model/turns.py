"""Who chairs each occurrence of a schedule item (``reviews.schedule[]``): its ``lead``, else the
document's first issuer or party; or, when the parties take turns (``rotation``: the parties in
their order, as a document says "Các bên luân phiên chủ trì theo thứ tự: Tỉnh Đoàn, Sở KH&CN,
Liên hiệp Hội"), the party whose turn it is: the first chairs the item's first occurrence in the
document's period, the next the second…, the first again after the last.

The turn passes at each occurrence — each meeting of a quarterly one, each year of a yearly
review —, counted over the whole period whatever a command lists of it, so that every command
gives an occurrence the same chair. A ``kind: plan`` item names whose plan it asks for
(``lead``): it takes no turns; when the document asks each party for its own plan (``per_party``:
such items with two or more leads), each of them concerns its lead alone — the others draft plans
of their own, not that one. ``due``, ``who``, ``render`` and ``new plan`` take the chair from
here; ``validate`` checks a rotation (KH401, KH432).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..calendar_vn import WorkCalendar
from . import navigate
from .document import Document
from .schedule import Occurrence, document_occurrences

__all__ = ["rotation", "chair", "members", "plan_leads", "per_party", "chaired_occurrences"]


def rotation(item: dict) -> list[str]:
    """The parties that take turns to chair ``item``, in their order (org ids, each once); []
    when it names none, or asks for a plan (``kind: plan``)."""
    value = item.get("rotation")
    if not isinstance(value, list) or item.get("kind") == "plan":
        return []
    out: list[str] = []
    for org in value:
        if isinstance(org, str) and org and org not in out:
            out.append(org)
    return out


def chair(item: dict, turn: int, issuers: list[str]) -> str | None:
    """Who chairs occurrence number ``turn`` (from 0, in date order) of ``item``."""
    turns = rotation(item)
    return turns[turn % len(turns)] if turns else _fixed(item, issuers)


def _fixed(item: dict, issuers: list[str]) -> str | None:
    lead = item.get("lead")
    if isinstance(lead, str) and lead:
        return lead
    return issuers[0] if issuers else None


def plan_leads(doc: Document) -> list[str]:
    """The parties ``doc`` asks a plan of by name: the ``lead`` of each ``reviews.schedule`` item
    ``kind: plan``, each once, in their order."""
    out: list[str] = []
    for _, item in navigate.schedule(doc):
        lead = item.get("lead")
        if item.get("kind") == "plan" and isinstance(lead, str) and lead and lead not in out:
            out.append(lead)
    return out


def per_party(doc: Document) -> bool:
    """``doc`` asks each party for its own plan: ``reviews.schedule`` items ``kind: plan`` with
    two or more different ``lead``s (the Tỉnh Đoàn's, the Sở's, the Liên hiệp Hội's plan of each
    year)."""
    return len(plan_leads(doc)) >= 2


def members(item: dict, issuers: list[str], own_plans: bool = False) -> list[str]:
    """Everyone an item concerns: the document's issuers (or parties), then the parties of its
    rotation that are not among them. ``own_plans`` (``per_party`` of the document): a ``kind:
    plan`` item naming its ``lead`` asks for that party's own plan, and concerns it alone."""
    lead = item.get("lead")
    if own_plans and item.get("kind") == "plan" and isinstance(lead, str) and lead:
        return [lead]
    if "rotation" not in item:
        return issuers
    return [*issuers, *(o for o in rotation(item) if o not in issuers)]


def chaired_occurrences(
    doc: Document, cal: WorkCalendar | None
) -> Iterator[tuple[navigate.JsonPath, dict, Occurrence, str | None]]:
    """Every occurrence of every schedule item of ``doc`` (``document_occurrences``, an item's
    in date order), with the org that chairs it."""
    issuers = doc.issuers
    last: navigate.JsonPath | None = None
    turns: list[str] = []
    turn, fixed = 0, None
    for path, entry, occ in document_occurrences(doc, cal):
        if path != last:  # an item's first occurrence
            last, turns, turn, fixed = path, rotation(entry), 0, _fixed(entry, issuers)
        else:
            turn += 1
        yield path, entry, occ, turns[turn % len(turns)] if turns else fixed
