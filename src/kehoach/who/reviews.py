"""The meetings and reviews of ``kehoach who``: each schedule item's days, moved off days off as
``due`` shows them, with who chairs each (``model.turns``: a ``lead``, or parties taking turns),
the part each party takes (``roles``) and the words for when it is held (``time_words``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..calendar_vn import WorkCalendar
from ..model import Document, navigate
from ..model.turns import chair as chair_of
from ..model.turns import chaired_occurrences, members, rotation
from ..vocab import EVERY, date_text

__all__ = ["held_days", "roles", "time_words"]

Held = list[tuple[date, str | None]]  # each day an item is held, with the org that chairs it


def _rule(item: dict, days: list[date]) -> str:
    if "time" in item:
        return ""  # a one-off: its day says it all
    if item.get("kind") == "final" and item.get("every") not in EVERY:
        return "cuối thời hạn"
    if len(days) == 1:
        return ""  # a recurrence held once ('until' its start): no "hằng năm" for one day
    if item.get("every") in EVERY:
        return EVERY[item["every"]]
    return "hằng năm" if item.get("kind") == "plan" else ""


def time_words(item: dict, days: list[date], turns: list[date] | None = None) -> str:
    """'hằng quý: 29/3/2024, 28/6/2024, …' — the rule, then every day it is held. ``turns``: all
    the days of an item whose parties take turns, ``days`` being one party's part of them (its
    turns, or the others'): 'hằng năm, luân phiên: 31/12/2026, 29/12/2028'."""
    rule = _rule(item, days if turns is None else turns)
    if turns is not None:
        rule = f"{rule}, luân phiên" if rule else "luân phiên"
    when = ", ".join(date_text(d) for d in days)
    if not days and "time" in item:
        t = navigate.time_of(item["time"])
        when = t.vi() if t is not None else ""
    return f"{rule}: {when}" if rule and when else rule or when


def held_days(doc: Document, cal: WorkCalendar) -> dict[tuple, Held]:
    """Each schedule item's days (by its JSON path), with the org that chairs each."""
    out: dict[tuple, Held] = {}
    for path, _, occ, chair in chaired_occurrences(doc, cal):
        out.setdefault(path, []).append((occ.date, chair))
    return out


def roles(
    item: dict, held: Held, issuers: list[str], own_plans: bool = False
) -> Iterator[tuple[str | None, str, list[str], list[date]]]:
    """(party, role, the others, its days) for each party of a schedule item: the chair leads it
    with the others, who join it (``member``) — or draft the annual plan with it (``support``;
    not when each party issues its own plan, ``own_plans``: ``model.turns.per_party``). When the
    parties take turns (``rotation``), each leads the days of its turns and joins the others'
    (their chairs are its others)."""
    everyone = members(item, issuers, own_plans)
    joins = "support" if item.get("kind") == "plan" else "member"
    if not rotation(item):
        chair = chair_of(item, 0, issuers)
        days = [d for d, _ in held]
        yield chair, "lead", [o for o in everyone if o != chair], days
        for org in everyone:
            if org != chair:
                yield org, joins, [chair] if chair else [], days
        return
    for org in everyone:
        own = [d for d, c in held if c == org]
        if own:
            yield org, "lead", [o for o in everyone if o != org], own
        theirs = [(d, c) for d, c in held if c != org]
        if theirs:
            chairs = [c for c in dict.fromkeys(c for _, c in theirs) if c]
            yield org, joins, chairs, [d for d, _ in theirs]
