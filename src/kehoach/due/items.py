"""Agenda items: activities with a deadline, review occurrences and expected annual plans, each
with its document, lead, supporting orgs and the JSON path of the entry that produced it.

Activities (status) and plans per year (a plan citing the program) record completion and become
overdue; meetings and reviews do not (nothing records that one was held): once past they are only
listed when a window asks for their dates.

An activity is counted as it stood on ``today`` (``model.progress.state_at``, the rule of
``report`` and ``site``): one completed after that day (``done_date`` later) is still in progress
then, and shows no ``done_date``.

Activity deadlines are the end of their window as written (``2023-Q2`` → 30/6/2023) and are not
moved off days off; review and plan occurrences are (see ``occurrences``). An activity that recurs
(``every``) is due at the end of each of its periods: from the period ``today`` falls in
(``_recurring``).

A plan per year is there once a plan citing the program covers that year and is issued by
``today`` (its ``date``; a plan dated later is not counted yet). A plan issued after its due day
is flagged: ``issued`` and ``late_days``.

An activity carried over to a later plan (``model.carry``) is that plan's activity from the day
that plan is issued: the earlier one is not listed. A plan dated after ``today`` does not take it
over yet — the earlier activity, overdue perhaps, is still the one due; an undated plan (a draft)
does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from ..calendar_vn import WorkCalendar
from ..model import Document, Repository, navigate
from ..model.carry import carried_in, carried_keys, with_chains
from ..model.carry import key as activity_key
from ..model.progress import done_on, state_at
from ..model.schedule import WINDOW_MONTHS, windows
from ..timecell import EVERY_WORDS, vi_short
from ..vocab import clean_str
from .filters import Keep
from .item import CLOSED, KIND_VI, KINDS, Item, unique_ids
from .reviews import org as _org
from .reviews import reviews

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from typing import Any

    from ..timeexpr import TimeExpr

__all__ = ["Item", "activity_items", "collect", "KINDS", "KIND_VI"]


def collect(
    repo: Repository,
    docs: Iterable[Document],
    cal: WorkCalendar | None,
    today: date | None = None,
    keep: Keep | None = None,
    latest: date | None = None,
    taken: Mapping[str, list[Item]] | None = None,
    carried: set[tuple[str, str]] | None = None,
) -> list[Item]:
    """Every agenda item of ``docs`` (open and closed), unsorted; plans per year are counted as
    they stand on ``today`` (None: every plan written counts). ``keep(kind, date, closed, lead,
    support)`` (``filters.admits`` of a query) is asked first: an item it refuses is not built;
    ``latest`` (``filters.latest_listed`` of the same query): an item after it is passed over
    before anything else of it is worked out. ``taken``: the activity items of each document by
    its path, built with the same ``keep`` and ``latest`` as it was loaded (``taken.Activities``),
    in place of those of its data. ``carried``: the (plan id, activity key) of the activities
    carried over to a later plan (default: as the repository's documents say)."""
    out: list[Item] = []
    for doc in docs:
        if taken is None:
            out.extend(_activities(doc, keep, latest, today))
        else:
            out.extend(taken.get(doc.path, ()))
        out.extend(reviews(repo, doc, cal, today, keep, latest))
    if carried is None:
        carried = with_chains(carried_keys(repo.documents, today))
    if carried:
        out = [
            i
            for i in out
            if i.kind != "activity"
            or not carried_in(carried, i.doc_id, i.key, i.date.year if i.recurs else None)
        ]
    unique_ids(out)
    return out


def activity_items(
    doc: Document, keep: Keep | None, latest: date | None, today: date | None = None
) -> list[Item]:
    """The items of the activities of ``doc`` that ``keep`` admits, none after ``latest``, each
    as it stood on ``today`` (None: as written)."""
    return list(_activities(doc, keep, latest, today))


def _activity_lists(doc: Document) -> list[tuple[tuple, Any]]:
    """The activity lists of a plan (``contents.activities``) or program (``areas[].activities``),
    each with the JSON path of the list: ``navigate.activities`` without a call per activity."""
    data = doc.data
    if doc.kind == "plan":
        contents = data.get("contents")
        if isinstance(contents, dict):
            return [(("contents", "activities"), contents.get("activities"))]
    elif doc.kind == "program":
        return [
            (("areas", j, "activities"), area.get("activities"))
            for j, area in enumerate(data.get("areas") or [])
            if isinstance(area, dict)
        ]
    return []


def _activities(
    doc: Document,
    keep: Keep | None = None,
    latest: date | None = None,
    today: date | None = None,
) -> Iterable[Item]:
    # the loop over every activity of every document asked for: the time cache of
    # ``navigate.time_of`` read inline, and nothing else worked out for an activity after
    # ``latest`` or one ``keep`` refuses
    times, cached, none, time_of = navigate.TIMES, navigate.CACHED, navigate.NONE, navigate.time_of
    get = dict.get
    for prefix, acts in _activity_lists(doc):
        for i, act in enumerate(acts or ()):
            if act.__class__ is not dict and not isinstance(act, dict):
                continue
            value = get(act, "time")
            t: Any = times.get(value, none) if value.__class__ in cached else none
            if t is none:
                t = time_of(value)
            every = get(act, "every")
            if every is not None and (t is None or t.end is None):
                t = navigate.window(doc)  # recurring over the document's year or period
            if t is None or t.end is None:  # 'ongoing' or unreadable (validate reports it)
                continue
            end = t.end
            if latest is not None and end > latest and every is None:
                continue
            status = get(act, "status")
            status = status if status in ("in_progress", *CLOSED) else "planned"
            written = status
            if status == "done":  # done after ``today``: still in progress then
                status = state_at(act, today)
            # the period of an open recurring activity, else None
            recurs = every if every in WINDOW_MONTHS and status not in CLOSED else None
            if recurs is None and latest is not None and end > latest:
                continue
            if recurs is None and keep is not None and not keep.closed_listed and status in CLOSED:
                continue  # refused whatever its parties: they are not worked out
            lead = _org(get(act, "lead"))
            co_leads = navigate.co_leads(act) if "co_leads" in act else []
            support = navigate.supporters(act, lead, co_leads)
            # a co-lead is a party of the activity as a supporter is (``--party``)
            others = [*co_leads, *support] if co_leads else support
            path, parties = (*prefix, i), (lead, co_leads, support)
            if recurs is not None:
                yield from _recurring(
                    doc, path, act, t, recurs, status, parties, keep, latest, today
                )
                continue
            if keep is not None and not keep("activity", end, status in CLOSED, lead, others):
                continue
            yield _item(
                doc,
                path,
                act,
                status,
                parties,
                date=end,
                title=clean_str(get(act, "title")),
                item_id=_item_id(act, path),
                time_text=t.vi(),
                # a completion after ``today`` had not happened then: not shown
                done_date=done_on(act) if status == written else None,
            )


def _item(doc: Document, path: tuple, act: dict, status: str, parties: tuple, **own: Any) -> Item:
    """The item of activity ``act`` at ``path``, with what is ``own`` to it (its date, title,
    id, time words…); ``parties``: (lead, co-leads, supporters) as ``_activities`` found them."""
    lead, co_leads, support = parties
    return Item(
        kind="activity",
        doc_id=doc.id,
        doc_path=doc.path,
        json_path=path,
        lead=lead,
        co_leads=co_leads,
        support=support,
        support_others=navigate.support_others(act),
        lead_unit=clean_str(act.get("lead_unit")),
        support_units=navigate.support_units(act),
        status=status,
        note=clean_str(act.get("note")) or None,
        key=activity_key(act),
        **own,
    )


def _recurring(
    doc: Document,
    path: tuple,
    act: dict,
    span: TimeExpr,
    every: str,
    status: str,
    parties: tuple,
    keep: Keep | None,
    latest: date | None,
    today: date | None,
) -> Iterable[Item]:
    """An open activity that recurs (``every``): an item at the end of each of its periods within
    ``span``, from the one ``today`` falls in (no record says which past period was done, so a
    past one is not listed again); once every period is past, the last one, overdue as any
    activity past its time. ``parties``: (lead, co-leads, supporters)."""
    assert span.start is not None and span.end is not None
    periods = [(w, min(w.end, span.end)) for w in windows(span, every) if w.end is not None]
    past: list = []
    if today is not None:
        ahead = [(w, d) for w, d in periods if d >= today]
        past = periods[: len(periods) - len(ahead)] if ahead else periods[:-1]
        periods = ahead or periods[-1:]
    lead, co_leads, support = parties
    others = [*co_leads, *support] if co_leads else support  # as ``_activities`` asks ``keep``
    base = _item_id(act, path)
    words = EVERY_WORDS[every].lower()
    title = clean_str(act.get("title"))
    for (w, end), gone in [*((x, True) for x in past), *((x, False) for x in periods)]:
        if latest is not None and end > latest:
            break
        if gone and (keep is None or not keep("activity", end, False, lead, others, False)):
            continue  # a past period: listed by ``--all`` only, never overdue
        if not gone and keep is not None and not keep("activity", end, False, lead, others):
            continue
        yield _item(
            doc,
            path,
            act,
            status,
            parties,
            date=end,
            title=f"{title} ({w.vi()})",  # as a review's: "Giao ban (quý II/2027)"
            item_id=f"{base}.{w.text}",
            time_text=f"{vi_short(w)} ({words})",
            recurs=True,
            untracked=gone,
        )


def _item_id(act: dict, path: tuple) -> str:
    if isinstance(act.get("id"), str) and act["id"]:
        return act["id"]
    return "activity-" + "-".join(str(p + 1) for p in path if isinstance(p, int))
