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
from functools import partial

from ..loadfiles import LoadedFile
from ..model import DOCUMENT_KINDS, Document, Repository
from .filters import Query, admits, latest_listed
from .items import Item, Keep, activity_items

__all__ = ["Activities", "hollow"]

# every activity once its items are taken: one object, never changed (nothing writes to the data)
_HOLLOW: dict = {}


class Activities:
    """The activity items of each document asked for, by display path, built as it is loaded
    with the query ``query_of`` gives for the root repository (``query``, once started)."""

    def __init__(self, query_of: Callable[[Repository], Query]) -> None:
        self.query_of = query_of
        self.query: Query | None = None
        self.items: dict[str, list[Item]] = {}
        self._targets: set[str] = set()
        self._keep: Keep | None = None
        self._latest: date | None = None

    def start(self, root: Repository, targets: set[str]) -> None:
        root.require_usable()  # no window is read from settings or orgs that fail their schema
        self.query = query = self.query_of(root)
        self._keep, self._latest = partial(admits, query), latest_listed(query)
        self._targets = targets

    def take(self, state: LoadedFile) -> None:
        data = state.data
        if (
            state.shown not in self._targets
            or state.kind not in DOCUMENT_KINDS
            or not isinstance(data, dict)
            or not state.schema_ok  # not in the repository's documents: nothing of it is listed
        ):
            return
        doc = Document(state.shown, state.kind, data)
        self.items[state.shown] = activity_items(doc, self._keep, self._latest)
        state.data = hollow(doc)


def hollow(doc: Document) -> dict:
    """The data of ``doc`` with every activity the same empty dict (a new dict where it differs;
    the data is not changed)."""
    data = doc.data
    if doc.kind == "plan":
        contents = data.get("contents")
        if isinstance(contents, dict) and isinstance(contents.get("activities"), list):
            acts = contents["activities"]
            return {**data, "contents": {**contents, "activities": [_HOLLOW] * len(acts)}}
    elif doc.kind == "program" and isinstance(data.get("areas"), list):
        return {**data, "areas": [_hollow_area(area) for area in data["areas"]]}
    return data


def _hollow_area(area: object) -> object:
    if isinstance(area, dict) and isinstance(area.get("activities"), list):
        return {**area, "activities": [_HOLLOW] * len(area["activities"])}
    return area
