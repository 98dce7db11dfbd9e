"""The agenda items of a document's review schedule (``reviews.schedule``): meetings, sơ kết,
tổng kết and the annual plans a program asks for, one item per occurrence (``model.turns``), each
with its chair and the parties attending; an expected plan closed once a plan of its year is there
(``plans.plan_status``). Meetings and reviews record no completion: once past they are only listed
when a window asks for their dates."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ..calendar_vn import WorkCalendar
from ..model import Document, Repository
from ..model.turns import chaired_occurrences, members, per_party
from ..vocab import REVIEW_TITLE, clean_str, review_kind_title
from .filters import Keep
from .item import KINDS, Item
from .plans import plan_status


def reviews(
    repo: Repository,
    doc: Document,
    cal: WorkCalendar | None,
    today: date | None,
    keep: Keep | None = None,
    latest: date | None = None,
) -> Iterable[Item]:
    issuers = doc.issuers
    own_plans: bool | None = None  # ``per_party``, asked once a plan item is met
    for path, entry, occ, lead in chaired_occurrences(doc, cal):
        kind = entry.get("kind")
        if kind not in KINDS or (latest is not None and occ.date > latest):
            continue
        if kind == "plan" and own_plans is None:
            own_plans = per_party(doc)
        # the chair of this occurrence (the parties may take turns: ``rotation``); the others
        # attend — not another party's own plan, when each party issues one (``per_party``)
        support = [o for o in members(entry, issuers, bool(own_plans)) if o != lead]
        # asked as open: a plan per year is closed once the plan is there (known only below),
        # and a window lists an open item wherever it lists the same item closed
        # late after the day scheduled when a day off moved it earlier (``Item.deadline``)
        if keep is not None and not keep(
            kind, occ.date, False, lead, support, True, occ.shifted_from
        ):
            continue
        own_id = entry.get("id")
        base_id = own_id if isinstance(own_id, str) else f"review-{path[-1] + 1}"
        item = Item(
            date=occ.date,
            kind=kind,
            title=title(entry, kind, occ.label, occ.year, repo),
            doc_id=doc.id,
            doc_path=doc.path,
            item_id=f"{base_id}.{occ.key}" if occ.key else base_id,
            json_path=path,
            lead=lead,
            support=support,
            status="due",
            time_text=occ.label,
            shifted_from=occ.shifted_from,
            occurrence=occ,
            note=clean_str(entry.get("note")) or None,
        )
        if kind == "plan" and occ.year is not None:
            # a plan asked of one party (``lead``) is there once that party issues one
            plan_status(item, repo, doc, occ.year, today, org(entry.get("lead")))
        yield item


def title(entry: dict, kind: str, label: str, year: int | None, repo: Repository) -> str:
    if kind == "plan":  # asked of one party (``lead``): whose it is
        party = org(entry.get("lead"))
        return f"Kế hoạch năm {year}" + (f" của {repo.org_name(party)}" if party else "")
    title = clean_str(entry.get("title")) or review_kind_title(entry, REVIEW_TITLE[kind])
    return f"{title} ({label})" if label else title


def org(value: object) -> str | None:
    """An org id as written (a non-empty string), else None."""
    return value if isinstance(value, str) and value else None
