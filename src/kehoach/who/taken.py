"""What each document gives each party, taken as it is loaded (``Duties``, a
``loadparts.Taker``): ``kehoach who`` never holds every document of the repository at once.

The party asked for (``--party``) is checked against ``orgs.yaml`` and the review days are worked
out with the calendar of ``kehoach.yaml`` as soon as those two root files are loaded, before any
document; each document then gives its entries (``entries.document_duties``) as it arrives and
keeps only its id and the skeleton of the lists whose items are shown with their lines
(``loadparts.skeleton``: every list its length, so that the lines are found as in the file).
Over a national repository, ``who --party`` holds that party's entries, not every document.
"""

from __future__ import annotations

from collections.abc import Callable

from ..calendar_vn import WorkCalendar
from ..loadfiles import LoadedFile
from ..loadparts import skeleton
from ..model import Document, Repository
from ..model.carry import Carrier, carried_to
from ..model.schedule import work_calendar
from .entries import Found, document_duties
from .part import DUTIES

__all__ = ["Duties", "wanted_by"]


def wanted_by(party: str | None) -> Callable[[object], bool]:
    """Whether an org id written in a document is listed: every one, or only ``party``."""
    if party is None:
        return lambda org: isinstance(org, str)
    return lambda org: org == party


class Duties:
    """What each document asked for gives each party (or only ``party``), by display path."""

    def __init__(self, party: str | None) -> None:
        self.party = party
        self.found: dict[str, Found] = {}
        # (plan or program id, activity key) -> the documents taken that carry it over (or out)
        self.carried: dict[tuple[str, str], list[Carrier]] = {}
        self._root: Repository | None = None
        self._cal: WorkCalendar | None = None
        self._wanted = wanted_by(party)

    def start(self, root: Repository) -> None:
        root.require_usable()  # no name or calendar is read from root files failing their schema
        self._wanted = wanted_by(root.require_org(self.party))
        self._root, self._cal = root, work_calendar(root.settings)

    def _full_name(self, org: str) -> str:
        assert self._root is not None
        return self._root.org_name(org, short=False)

    def take(self, state: LoadedFile, doc: Document) -> None:
        assert self._cal is not None  # started
        self.found[doc.path] = document_duties(doc, self._full_name, self._cal, self._wanted)
        for where, later in carried_to([doc]).items():
            self.carried.setdefault(where, []).extend(later)
        state.data = skeleton(doc.data, DUTIES.lines)
