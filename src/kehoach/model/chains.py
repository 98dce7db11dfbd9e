"""Chains of ``carried_from`` (``model.carry``) followed back over the repository: a plan's
activity carried over from an earlier plan's, carried over in turn from an earlier one… down to
the piece of work they all continue — a program's activity, or the first plan's activity
(``Chains.chain``). Two activities of one year whose chains meet are two copies of one piece of
work (``twins``) unless one carries the other on, or they part where one plan split the work in
two: the Tỉnh Đoàn's 2028 plan carrying out the program's model and the Liên hiệp Hội's 2028 plan
carrying over its 2027 copy of it are one model counted twice; two activities of one 2027 plan
carrying out its two halves, each carried over by one party's 2028 plan, are two halves.

The chain is followed through activities named by their ``id`` (what the cross-document checks
keep of every activity, ``checks.slim``): one named by its title ends it there."""

from __future__ import annotations

from .carry import source
from .document import Document
from .navigate import activities
from .repository import Repository
from .walk import Node, back

__all__ = ["Chains", "Node", "twins"]


class Chains:
    """The chains of ``repo``'s activities, the documents on them read when first needed (each
    whole: ``Repository.whole``)."""

    def __init__(self, repo: Repository) -> None:
        self._repo = repo
        # plan id -> its activities' ids -> what each is carried from (None: nothing)
        self._parents: dict[str, dict[str, Node | None]] = {}

    @classmethod
    def of(cls, repo: Repository) -> Chains:
        """The chains of ``repo``, one for every check that follows them (KH429, KH431, KH450):
        what each plan on a chain carries over read once (``Repository.derived``)."""
        found = repo.derived.get("chains")
        if not isinstance(found, Chains):
            found = repo.derived["chains"] = cls(repo)
        return found

    def learn(self, doc: Document) -> None:
        """What the activities of ``doc`` (a plan, whole) are carried from, from a document read
        already for something else — when it is the document its id names (``by_id``: of two
        documents with one id, KH403, the first; the chains are those of that one, whichever the
        checks looked at first)."""
        if doc.id not in self._parents:
            named = self._repo.by_id(doc.id)
            if named is not None and named.path == doc.path:
                self._parents[doc.id] = _parents(doc)

    def _parent(self, node: Node) -> Node | None:
        doc_id, k = node
        parents = self._parents.get(doc_id)
        if parents is None:
            doc = self._repo.by_id(doc_id)
            # a program's activity (or one of no plan of the repository), or of a plan none of
            # whose activities carries work over: the chain's end
            parents = {}
            if doc is not None and doc.kind == "plan" and self._repo.may_carry(doc):
                parents = _parents(self._repo.whole(doc))
            self._parents[doc_id] = parents
        return parents.get(k)

    def chain(self, start: Node, first: Node) -> list[Node]:
        """``start`` (an activity, carried from ``first``), ``first``, and what each is carried
        from in turn, to the piece of work it continues (the last); a cycle (KH450 warns of it,
        ``report`` counts it once) ends it (``walk.back``)."""
        return [start, *back(first, self._parent, (start,))]

    def round(self, start: Node, first: Node) -> list[Node] | None:
        """The chain of ``start`` (``chain``) when it leads back to ``start`` itself — a cycle
        through it (KH450), ``start`` carried from itself at one remove or more; None when it
        does not (a cycle further back is another activity's)."""
        out = self.chain(start, first)
        return out if self._parent(out[-1]) == start else None


def _parents(doc: Document) -> dict[str, Node | None]:
    """The ids of ``doc``'s activities, each with what it is carried from (None: nothing)."""
    out: dict[str, Node | None] = {}
    for _, act in activities(doc):
        own = act.get("id")
        if isinstance(own, str) and own and own not in out:
            out[own] = source(act)
    return out


def twins(a: list[Node], b: list[Node]) -> bool:
    """Chains ``a`` and ``b`` (``Chains.chain``, of two activities of different plans) are two
    copies of one piece of work: they meet, neither activity carries the other on, and the
    copies they continue where they meet are of different plans (not the two parts of work one
    plan split)."""
    where = {node: i for i, node in enumerate(b)}
    for i, node in enumerate(a):
        j = where.get(node)
        if j is None:
            continue
        if i == 0 or j == 0:
            return False  # one is on the other's chain: carried on, not copied
        return a[i - 1][0] != b[j - 1][0]
    return False
