"""Choosing and ordering agenda items: the date window, overdue, party, kind.

Default window: every overdue item (open, before today) plus what falls due from today to
today + ``within``. ``start``/``end`` replace that window (``start`` given: nothing before it,
overdue included); ``overdue_only`` keeps open items before today; ``include_closed`` also lists
done and cancelled items and fulfilled plans, and with no ``start``/``end`` removes the window.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ..errors import KehoachError
from ..timeexpr import TimeError
from ..today import parse_day, today_from
from ..vocab import date_text
from ..within import WITHIN_HINT, window_end
from .item import KINDS, TRACKED, Item

__all__ = [
    "Query",
    "Keep",
    "admits",
    "select",
    "sort_key",
    "parse_within",
    "parse_day",
    "today_from",
    "parse_kinds",
]

DEFAULT_WITHIN = "30d"


@dataclass(frozen=True)
class Query:
    """The window and filters of one ``due`` run, dates resolved."""

    today: date
    end: date  # last day of the window
    start: date | None = None  # None: from today, overdue included
    overdue_only: bool = False
    include_closed: bool = False
    party: str | None = None
    kinds: frozenset[str] | None = None
    unbounded: bool = False  # --all without --from/--to: no date window


def parse_within(text: str, today: date, source: str = "--within") -> date:
    """'30d' | '8w' | '3m' → the last day of the window starting ``today`` (the rule is
    ``timeexpr.window_end``, which ``validate`` applies to ``due.within`` too)."""
    try:
        return window_end(text, today)
    except TimeError as exc:
        raise KehoachError(
            f"Khoảng thời gian {exc} cho {source}: {text!r}", hint=WITHIN_HINT
        ) from None


def parse_kinds(values: Iterable[str] | None) -> frozenset[str] | None:
    """``--kind`` values (repeatable, or comma-separated) → a set; None when not given."""
    chosen = {v.strip() for value in values or () for v in value.split(",") if v.strip()}
    if not chosen:
        return None
    bad = sorted(chosen - set(KINDS))
    if bad:
        raise KehoachError(
            f"Loại không hợp lệ cho --kind: {', '.join(bad)}",
            hint=f"Chọn trong: {', '.join(KINDS)}.",
        )
    return frozenset(chosen)


def admits(
    q: Query,
    kind: str,
    day: date,
    closed: bool,
    lead: str | None,
    support: list[str],
    tracked: bool = True,
    deadline: date | None = None,
) -> bool:
    """Whether an item with these values is listed: what ``select`` keeps, asked before the item
    is built (``items.collect`` builds only those). ``tracked``: False for a past period of a
    recurring activity (``Item.untracked``), listed as an event is, by ``--all``. ``deadline``:
    the day it is late after when a day off moved ``day`` earlier (``Item.deadline``): from
    ``day`` to then it is still to do, not overdue."""
    if (closed or not tracked) and not q.include_closed:
        return False
    if q.kinds is not None and kind not in q.kinds:
        return False
    if q.party is not None and lead != q.party and q.party not in support:
        return False
    last = max(day, deadline) if deadline is not None else day
    overdue = tracked and kind in TRACKED and not closed and last < q.today  # ``Item.is_overdue``
    if q.overdue_only:
        return overdue and (q.start is None or day >= q.start)
    if q.unbounded:
        return True
    if q.start is None:
        return overdue or (q.today <= last and day <= q.end)
    return q.start <= day <= q.end


class Keep:
    """``admits`` of one query, asked before an item is built (``items.collect``);
    ``closed_listed``: whether a done or cancelled item can be listed at all, asked before the
    parties of an activity are worked out."""

    __slots__ = ("query", "closed_listed")

    def __init__(self, query: Query) -> None:
        self.query = query
        self.closed_listed = query.include_closed

    def __call__(
        self,
        kind: str,
        day: date,
        closed: bool,
        lead: str | None,
        support: list[str],
        tracked: bool = True,
        deadline: date | None = None,
    ) -> bool:
        return admits(self.query, kind, day, closed, lead, support, tracked, deadline)


def latest_listed(q: Query) -> date | None:
    """The last day of an item ``admits`` may list (None: any day): ``items.collect`` passes over
    a later item before working out the rest of what ``admits`` asks of it."""
    if q.unbounded:
        return None
    yesterday = q.today - timedelta(days=1)  # the latest an overdue item can be
    if q.overdue_only:
        return yesterday
    if q.start is None:
        return max(q.end, yesterday)
    return q.end


def select(items: Iterable[Item], q: Query) -> list[Item]:
    out = [
        i
        for i in items
        if admits(
            q,
            i.kind,
            i.date,
            i.closed,
            i.lead,
            [*i.co_leads, *i.support],
            not i.untracked,
            i.deadline,
        )
    ]
    return sorted(out, key=lambda i: sort_key(i, q.today))


def sort_key(item: Item, today: date) -> tuple:
    """Overdue first (oldest first), then by date; ties by document and title."""
    return (0 if item.is_overdue(today) else 1, item.date, item.doc_id, item.kind, item.title)


def window_text(
    start: date | None,
    end: date | None,
    today: date,
    unbounded: bool,
    overdue_only: bool = False,
) -> str:
    """The window in words, as the summary line prints it after "N việc"."""
    if overdue_only:
        since = f" từ {date_text(start)}" if start else ""
        return f"quá hạn{since} tính đến {date_text(today)}"
    if unbounded:
        return ""
    if start is None:
        return f"quá hạn hoặc đến hạn từ {date_text(today)} đến {date_text(end)}" if end else ""
    return f"từ {date_text(start)} đến {date_text(end)}" if end else ""
