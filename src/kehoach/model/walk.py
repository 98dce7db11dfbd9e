"""The one walk over ``carried_from`` links (``model.carry``), which every reader of the chains
uses: back from an activity to the earlier copies it continues (``back``), or on from an activity
to the later copies carried over from it (``on``).

A link is a node, (plan or program id, activity key), as ``carried_from`` names one. What each
node is carried from (``back``), or what is carried over from it (``on``), is the caller's: a
parent function over the documents it reads, a map of later copies. The walk only follows them,
each node once: a link naming no known activity (a missing link) ends the chain there, and a
cycle (A carried from B, B from A: KH426 says nothing of it, validate's readers must not loop)
ends it at the first node met again — so that no copy, and no copy's money, is counted twice."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping

__all__ = ["Node", "back", "on"]

Node = tuple[str, str]  # (plan or program id, activity key), as ``carried_from`` names one


def back(
    first: Node | None, parent: Callable[[Node], Node | None], start: Collection[Node] = ()
) -> Iterator[Node]:
    """``first`` (what an activity is carried from), what it is carried from in turn
    (``parent``: None at the chain's end, or for a node it does not know), and so on, nearest
    first; ``start``: the nodes the walk began at (the activity itself), never yielded. A node
    met again (a cycle) ends it. Lazy: ``parent`` of a node is asked only once the caller has
    taken the node."""
    met = set(start)
    node = first
    while node is not None and node not in met:
        met.add(node)
        yield node
        node = parent(node)


def on(start: Node, later: Mapping[Node, Iterable[Node]]) -> Iterator[Node]:
    """Every copy carried over from ``start`` at any remove (``later``: node -> the nodes carried
    over from it, ``model.carry.later_copies``), each once, never ``start`` itself: a cycle back
    to it, or to a copy met already, ends there."""
    met = {start}
    todo = list(later.get(start, ()))
    while todo:
        node = todo.pop()
        if node not in met:
            met.add(node)
            yield node
            todo.extend(later.get(node, ()))
