"""Whose plan carries out an activity of the program when the program asks each party for its own
plan (``model.turns.per_party``): the plan of the party that leads it (``owner``) — one piece of
work in one plan, never in the plan of a party that only supports it. A co-led activity
(``co_leads``) goes to its ``lead``'s plan as well: the co-leads find it there (``who``, ``due
--party`` and the reports give it to each of them), and a copy in each co-lead's plan would be
two pieces of work (KH431). A lead that issues no plan of its own leaves the activity to its first
co-lead that does, else to its first supporter that does; an activity none of whose parties
issues one (or that names no lead) may go to any plan.

``Share`` keeps a draft's share of the program's activities of the year and says which were left
to the other parties' plans."""

from __future__ import annotations

from ..model import Document, Repository, navigate
from ..model.turns import plan_leads
from .carry import Carried

__all__ = ["Share", "owner"]


def owner(act: dict, planners: list[str]) -> str | None:
    """The party whose own plan carries out ``act``, among ``planners`` (the parties the program
    asks a plan of); None when any plan may."""
    lead = act.get("lead")
    if not isinstance(lead, str) or not lead:
        return None
    co_leads = navigate.co_leads(act)
    for org in (lead, *co_leads, *navigate.supporters(act, lead, co_leads)):
        if org in planners:
            return org
    return None


class Share:
    """The share of ``program``'s activities that a plan of ``issuers`` carries out: all of them
    when the program does not ask each party for its own plan."""

    def __init__(self, repo: Repository, program: Document, issuers: list[str]) -> None:
        self._repo = repo
        self._planners = plan_leads(program)
        self._issuers = issuers
        self.own = len(self._planners) >= 2  # ``per_party``
        self.left: list[tuple[Carried, str]] = []  # (activity, the party whose plan it goes to)

    def keep(self, items: list[Carried]) -> list[Carried]:
        """``items`` (the program's activities of the year) less those another party's own plan
        carries out, each noted (``left``)."""
        if not self.own:
            return items
        out = []
        for item in items:
            party = owner(item.act, self._planners)
            if party is None or party in self._issuers:
                out.append(item)
            else:
                self.left.append((item, party))
        return out

    def note(self, year: int) -> str | None:
        """The activities left to the other parties' plans, by party; None when none."""
        if not self.left:
            return None
        by_party: dict[str, list[str]] = {}
        for item, party in self.left:
            title = " ".join(str(item.act.get("title") or "").split())
            by_party.setdefault(party, []).append(f'"{title}"')
        parts = "; ".join(
            f"kế hoạch của {self._repo.org_name(party)}: {', '.join(titles)}"
            for party, titles in by_party.items()
        )
        return (
            f"Chương trình mong mỗi bên một kế hoạch: {len(self.left)} hoạt động chương trình ghi "
            f"cho năm {year} do bên khác chủ trì thuộc kế hoạch của bên ấy, không chép vào đây "
            f"({parts})."
        )
