"""The agenda's activities taken from each document as it is loaded (``Activities``, a
``loadparts.Taker``): ``kehoach due`` never holds every activity of the repository at once.

Of a plan's part (``part.AGENDA``) most is its activities, and of them ``due`` lists only those
its window admits. The window is known once the root ``kehoach.yaml`` (``due.within``) and
``orgs.yaml`` (``--party``) are loaded, before any document: each document then gives its activity
items as soon as it is loaded (``items.activity_items``), and keeps its activities *hollow* — each
one the same shared empty dict, every list its length, so that JSON paths and the source lines of
items (``Loaded.line_finder``) are those of the document. Over 100,000 plans this is most of the
memory of a run; everything else of the agenda (reviews, plans per year) is worked out after the
load from what the documents keep.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ..checks.slim import ANY
from ..loadfiles import LoadedFile
from ..loadparts import hollowed
from ..model import Document, Repository
from ..model.carry import carried_keys
from .filters import Keep, Query, latest_listed
from .items import Item, activity_items

__all__ = ["ACTIVITY_LISTS", "Activities"]

# the lists of activities of a plan and of a program (``items._activity_lists``)
ACTIVITY_LISTS = (("contents", "activities"), ("areas", ANY, "activities"))


class Activities:
    """The activity items of each document asked for, by display path, built as it is loaded
    with the query ``query_of`` gives for the root repository (``query``, once started)."""

    def __init__(self, query_of: Callable[[Repository], Query]) -> None:
        self.query_of = query_of
        self.query: Query | None = None
        self.items: dict[str, list[Item]] = {}
        # what the activities taken were carried over from (``model.carry``): the activities are
        # let go of, this is kept
        self.carried: set[tuple[str, str]] = set()
        self._keep: Keep | None = None
        self._latest: date | None = None
        self._today: date | None = None

    def start(self, root: Repository) -> None:
        root.require_usable()  # no window is read from settings or orgs that fail their schema
        self.query = query = self.query_of(root)
        self._keep, self._latest = Keep(query), latest_listed(query)
        self._today = query.today

    def take(self, state: LoadedFile, doc: Document) -> None:
        self.items[doc.path] = activity_items(doc, self._keep, self._latest, self._today)
        self.carried |= carried_keys([doc], self._today)
        state.data = hollowed(doc.data, ACTIVITY_LISTS)
