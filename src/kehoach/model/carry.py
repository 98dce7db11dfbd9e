"""Activities carried over (chuyển tiếp) from one plan to a later one: the later plan's activity
says where it comes from (``carried_from: {plan: <id>, activity: <id, or title>}``; ``kehoach new
plan`` writes it), so that the work is one piece of work, not two — a report counts it once (the
later one when both are in its period), ``due`` stops reminding of the earlier one. A plan's
activity that carries out an activity its program lists (``areas[].activities``) says so the same
way, naming the program: ``carried_from: {program: <id>, activity: …}`` — one piece of work too.

An activity is named in ``carried_from`` by its ``id``, or by its title (spaces normalised) when it
has none (``key``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..vocab import clean
from .document import Document
from .navigate import activities

__all__ = ["key", "source", "carried_keys", "carried_to", "by_key", "continued"]

# (document id, activity key) -> the document and the activity
Known = Mapping[tuple[str, str], tuple[Document, dict]]


def key(act: dict) -> str:
    """How a later plan names ``act`` in its ``carried_from.activity``: its id, else its title."""
    own = act.get("id")
    if isinstance(own, str) and own:
        return own
    return clean(act.get("title"))


def source(act: dict) -> tuple[str, str] | None:
    """(plan or program id, activity key) that ``act`` was carried over from, or None."""
    where = act.get("carried_from")
    if not isinstance(where, dict):
        return None
    plan, activity = where.get("plan", where.get("program")), where.get("activity")
    if not isinstance(plan, str) or not isinstance(activity, str) or not plan or not activity:
        return None
    return plan, clean(activity)  # as ``key`` writes a title


def carried_keys(docs: Iterable[Document]) -> set[tuple[str, str]]:
    """(plan id, activity key) of every activity some activity of ``docs`` was carried over from."""
    return set(carried_to(docs))


def carried_to(docs: Iterable[Document]) -> dict[tuple[str, str], str]:
    """(plan id, activity key) of every activity some activity of ``docs`` was carried over from,
    with the display path of the document that carries it over (the first, in ``docs``' order)."""
    out: dict[tuple[str, str], str] = {}
    for doc in docs:
        for _, act in activities(doc):
            found = source(act)
            if found is not None:
                out.setdefault(found, doc.path)
    return out


def by_key(docs: Iterable[Document]) -> dict[tuple[str, str], tuple[Document, dict]]:
    """Every activity of ``docs`` by (document id, activity key), as ``carried_from`` names it."""
    out: dict[tuple[str, str], tuple[Document, dict]] = {}
    for doc in docs:
        for _, act in activities(doc):
            out.setdefault((doc.id, key(act)), (doc, act))
    return out


def continued(act: dict, known: Known) -> list[tuple[Document, dict]]:
    """The activities ``act`` continues, nearest first: the one its ``carried_from`` names, the one
    that one names, and so on, as far as ``known`` (``by_key``) holds them — one piece of work from
    the program's activity to this year's plan, whichever of its copies a period holds."""
    out: list[tuple[Document, dict]] = []
    seen: set[tuple[str, str]] = set()
    found = source(act)
    while found is not None and found not in seen and found in known:
        seen.add(found)
        out.append(known[found])
        found = source(out[-1][1])
    return out
