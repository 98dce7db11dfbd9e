"""The earlier copies of a piece of work and their money: the activities an activity continues
down its ``carried_from`` chain (``continued``), and what the earlier plans' copies spent, counted
with the work as ``report`` and ``site`` count it (``with_earlier``; ``model.carry`` says which
copy is the work)."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import takewhile

from .carry import Known, finished, key, source
from .document import Document
from .navigate import activities
from .walk import Node, back

__all__ = ["by_key", "continued", "carried_money", "with_earlier"]


def by_key(docs: Iterable[Document]) -> dict[tuple[str, str], tuple[Document, dict]]:
    """Every activity of ``docs`` by (document id, activity key), as ``carried_from`` names it."""
    out: dict[tuple[str, str], tuple[Document, dict]] = {}
    for doc in docs:
        for _, act in activities(doc):
            out.setdefault((doc.id, key(act)), (doc, act))
    return out


def continued(act: dict, known: Known, doc_id: str) -> list[tuple[Document, dict]]:
    """The activities ``act`` (of the document ``doc_id``) continues, nearest first: the one its
    ``carried_from`` names, the one that one names, and so on, as far as ``known`` (``by_key``)
    holds them — one piece of work from the program's activity to this year's plan, whichever of
    its copies a period holds. A cycle ends it (``walk.back``) before ``act`` itself: a plan
    carried from a plan carried from it does not make ``act`` an earlier copy of itself, its
    money counted twice."""
    here = [(doc_id, key(act))]
    nodes = takewhile(known.__contains__, back(source(act), _parent(known), here))
    return [known[node] for node in nodes]


def _parent(known: Known):
    def parent(node: Node) -> Node | None:
        return source(known[node][1])  # ``node`` is known: ``continued`` takes no other

    return parent


def _amount(act: dict, what: str) -> int | None:
    value = act.get(what)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def carried_money(earlier: Iterable[tuple[Document, dict]]) -> list[tuple[Document, dict]]:
    """Of the copies a piece of work continues (``continued``, nearest first), the earlier plans'
    copies that record spending (``spent``): each was carried over because the work was not done,
    so what it spent counts with the work (a program's activity states the whole work, which the
    plans carry out: not a copy). A copy done in its own plan (``finished``) ends them: its money
    is counted there, with its own run — and so is that of the copies before it."""
    out = []
    for doc, act in earlier:
        if finished(doc, act):
            break
        if doc.kind == "plan" and _amount(act, "spent") is not None:
            out.append((doc, act))
    return out


def with_earlier(act: dict, what: str, earlier: Iterable[tuple[Document, dict]]) -> int | None:
    """``act``'s ``budget`` or ``spent`` with what the earlier plans' copies of its work spent
    (``carried_money``) — the money of the work, as ``report`` and ``site`` count it; None when
    none of them says."""
    amounts = [_amount(act, what), *(_amount(a, "spent") for _, a in carried_money(earlier))]
    found = [n for n in amounts if n is not None]
    return sum(found) if found else None
