"""The outlook of a report (Phương hướng, nhiệm vụ): the next period, what carries over into it and
what the next period's plans set, and the meetings and reviews the schedule holds in it.

- The next period follows the reported one with the same length and is cut at the end of the
  reported document's window; a tổng kết (the whole window) has none: its outlook never points
  past the end of the program.
- An activity not done at the end of the period carries over (chuyển tiếp) and is listed once,
  even when it also belongs to the next period (``ongoing``, a range across both).
- Every activity the next period's documents set is listed as they state it, done or cancelled
  since or not: at the end of the reported period it was all still to do. A recurring activity
  (``every``) that goes on into the next period is listed again, reported on in this one or not.
- An activity carried over that the next period's plan takes up again (its ``carried_from``, or
  the same title and lead, as ``kehoach new plan`` copies it) is listed once, as the next plan
  states it, marked carried over; a copy of the same work an activity of the period continues
  (the program's activity its plan carries out) is not listed as a task of its own.
- The meetings and reviews: the reported document's schedule and, for a program, the schedules of
  the plans of the next period (their own meetings).
"""

from __future__ import annotations

from datetime import date

from ..calendar_vn import WorkCalendar
from ..model import Document, Repository
from ..model.carry import Later, key, source
from ..model.schedule import document_occurrences
from ..model.when import occurrence_when
from ..timeexpr import TimeExpr, parse_time
from ..vocab import EVERY, REVIEW_TITLE, clean_str, review_kind_title
from .items import Item, collect
from .period import next_period


def outlook_period(period: TimeExpr, window: TimeExpr | None, final: bool) -> TimeExpr | None:
    if final:
        return None
    nxt = next_period(period)
    if window is None or window.end is None or nxt.start is None or nxt.end is None:
        return nxt
    if nxt.start > window.end:
        return None
    if nxt.end > window.end:  # cut at the end of the program (or plan)
        return parse_time(f"{nxt.start.isoformat()}..{window.end.isoformat()}")
    return nxt


def next_items(
    items: list[Item],
    sources: list[Document],
    nxt: TimeExpr | None,
    areas: dict[str, str],
    later: Later,
    repo: Repository | None = None,
) -> list[tuple[Item, bool]]:
    """(item, carried over) for the outlook: carried over first, then the next period's own."""
    carried = [i for i in items if i.state in ("planned", "in_progress")]
    if nxt is None:
        return [(i, True) for i in carried]
    # reported on already: carried over, done or cancelled — and the copies of the same work
    # they continue (the program's activity the reported plan carries out is not a second task)
    seen = {id(i.act) for i in items} | {id(a) for i in items for _, a in i.earlier}
    # a recurring activity (``every``) that goes on into the next period is a task of it again,
    # reported on or not — unless it is carried over (listed so, below)
    going = {id(i.act) for i in carried} | {id(a) for i in carried for _, a in i.earlier}
    own = []
    for i in collect(sources, nxt, areas, later, repo):
        again = i.act.get("every") in EVERY and id(i.act) not in going
        if id(i.act) not in seen or again:
            own.append(i)
            seen.add(id(i.act))
            going.add(id(i.act))
    taken_up = {_same(i) for i in own} | {k for i in own for k in _continues(i)}
    carried_keys = {_same(i) for i in carried} | {(i.doc.id, key(i.act)) for i in carried}

    def taken(i: Item) -> bool:
        return _same(i) in taken_up or (i.doc.id, key(i.act)) in taken_up

    def carries(i: Item) -> bool:
        return _same(i) in carried_keys or not carried_keys.isdisjoint(_continues(i))

    return [(i, True) for i in carried if not taken(i)] + [(i, carries(i)) for i in own]


def _continues(item: Item) -> set[tuple[str, str]]:
    """(document id, activity key) of the copies of its work ``item`` continues: the one its
    ``carried_from`` names, and the ones before it (``Item.earlier``)."""
    out = {(d.id, key(a)) for d, a in item.earlier}
    if (named := source(item.act)) is not None:
        out.add(named)
    return out


def _same(item: Item) -> tuple[str, str]:
    """What makes a next plan's activity the one carried over: its title and lead."""
    return " ".join(item.title.split()), item.lead


def next_reviews(
    docs: list[Document], nxt: TimeExpr | None, cal: WorkCalendar
) -> list[tuple[date, str]]:
    """(day, 'Tháng 12/2025: Sơ kết hằng năm') for each occurrence in the next period of the
    schedules of ``docs`` (the same line once)."""
    if nxt is None or nxt.start is None or nxt.end is None:
        return []
    out: set[tuple[date, str]] = set()
    for doc in docs:
        for _, item, occ in document_occurrences(doc, cal):
            title = clean_str(item.get("title")) or review_kind_title(item, REVIEW_TITLE["meeting"])
            if nxt.start <= occ.date <= nxt.end:
                out.add((occ.date, f"{occurrence_when(item, occ)}: {title}"))
    return sorted(out)
