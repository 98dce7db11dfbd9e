"""How the lines under the activities of a list were typed — their order ('Thời gian thực hiện'
before 'Cơ quan chủ trì'), their labels, their closing stops — as ``field_lines``: on the list
when its activities were typed alike (each with the lines it has, in one order, the same labels
and stops), on an activity otherwise; nothing where kehoach prints them so anyway ('Thời gian:
…', 'Đơn vị chủ trì: …; phối hợp: …', each ending with '.')."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ...field_labels import FIELDS, LABEL, label_key


@dataclass
class Typing:
    """The lines typed under one activity: its fields in order, the label of each, the stop."""

    order: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    end: str = "."


def read(typed: list[tuple[str, str, str]]) -> Typing:
    """The ``Typing`` of an activity's labelled lines ``typed`` (field, label, stop)."""
    out = Typing()
    for name, label, _ in typed:
        if name in LABEL and name not in out.order:
            out.order.append(name)
            out.labels[name] = label or LABEL[name]
    out.end = _end([stop for _, _, stop in typed])
    return out


def setting(t: Typing) -> dict:
    """The ``field_lines`` of ``t``, only what kehoach would print otherwise: ``order`` (a line
    of the support's own, or another order), ``labels`` (each typed otherwise than kehoach's),
    ``end``."""
    out: dict = {}
    own = [f for f in FIELDS if f in t.order]
    if t.order != own or {"lead", "support"} <= set(t.order):
        out["order"] = list(t.order)
    labels = {f: w for f, w in t.labels.items() if label_key(w) != label_key(LABEL[f])}
    if labels:
        out["labels"] = labels
    if t.end != ".":
        out["end"] = t.end
    return out


def _end(stops: list[str]) -> str:
    """How the lines end: all alike ('.', ';', ''), each with ';' but the last with '.' (';.'),
    else '.' (kehoach's own)."""
    if not stops or len(set(stops)) == 1:
        return stops[0] if stops else "."
    if len(stops) > 1 and set(stops[:-1]) == {";"} and stops[-1] == ".":
        return ";."
    return "."


def _within(short: list[str], long: list[str]) -> bool:
    """``short`` is ``long`` with some of its fields left out, in its order."""
    at = iter(long)
    return all(f in at for f in short)


def alike(typings: list[Typing]) -> Typing | None:
    """One ``Typing`` for all of ``typings`` when they were typed alike — each order within the
    longest, each field under one label, one stop — else None."""
    if not typings:
        return None
    longest = max(typings, key=lambda t: len(t.order))
    labels: dict[str, str] = {}
    for t in typings:
        if t.end != longest.end or not _within(t.order, longest.order):
            return None
        for f, w in t.labels.items():
            if labels.setdefault(f, w) != w:
                return None
    return Typing(list(longest.order), labels, longest.end)


def hoist(out: dict, activities: list[dict], typing: Callable[[dict], Typing | None]) -> None:
    """The ``field_lines`` of a list ``out`` whose activities (those with lines typed, ``typing``
    of each) were typed alike, on the list instead of on each."""
    shared = alike([t for t in map(typing, activities) if t is not None])
    if shared is None:
        return
    for act in activities:
        act.pop("field_lines", None)
    if lines := setting(shared):
        out["field_lines"] = lines
