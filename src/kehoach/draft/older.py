"""Work of the program left open further back (``left_open``): an activity of the program that a
plan of two or more years before the draft's carried out (or carried over), not done by the end of
last year, that no later plan carried on — the 2022 plan's model carried over to 2023, still open
at the end of 2023, which the 2024 plan dropped (or a 2024 plan never issued). A plan's own
activity (no program activity at the root of its chain) left open so is offered again too: the
2027 plan's model still going on at the end of 2027, with no 2028 plan — before, the 2029 draft
lost it without a word. Last year's plans
hold none of it (``carry.unfinished`` carries over what they left open): the draft offers it again,
``carried_from`` naming its latest copy, so that the program's work is neither lost nor done
twice (``Already`` leaves it out when a plan of the year took it up already)."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Document, navigate
from ..model.carry import key as activity_key
from ..model.carry import source
from ..model.links import plan_year
from ..model.progress import state_at
from ..model.walk import Node, back
from ..timeexpr import parse_time
from ..vocab import EVERY
from .carry import Carried, Root, program_copies, recurring_keys

__all__ = ["left_open", "note"]


def left_open(
    plans: Iterable[Document], program: Document, root: Root, year: int, areas: list[str],
    issuers: list[str],
) -> list[Carried]:  # fmt: skip
    """The latest copies of ``program``'s activities (``root``: ``carry.program_roots``) in plans
    of ``plans`` (those citing it) of two or more years before ``year``, open at the end of the
    year before it, that a plan sharing an issuer with ``issuers`` holds — each copy of the latest
    year (the halves of work one plan split, each its own), in plan and activity order. A
    recurring activity (``every``) is not one: the program lists it again each year."""
    recurring = recurring_keys(program)
    # program activity key (or the first node of a plan's own chain) -> (plan year, the copies
    # of that year)
    latest: dict[object, tuple[int, list[tuple[Document, dict]]]] = {}
    for y, doc, act, k in (*program_copies(plans, program, root, year), *_own_copies(plans, year)):
        if k in recurring:
            continue
        best = latest.get(k)
        if best is None or y > best[0]:
            latest[k] = (y, [(doc, act)])
        elif y == best[0]:
            best[1].append((doc, act))
    end = parse_time(year - 1).end
    out = []
    for y, copies in latest.values():
        if y >= year - 1:
            continue  # last year's copy: carried over with last year's work (``unfinished``)
        for doc, act in copies:
            if not set(doc.issuers) & set(issuers):
                continue
            if state_at(act, end) not in ("planned", "in_progress"):
                continue
            area = act.get("area")
            t = navigate.time_of(act["time"]) if "time" in act else navigate.window(doc)
            out.append(Carried(doc, act, area if area in areas else None, t, since=y))
    return out


def _own_copies(plans: Iterable[Document], year: int):
    """(plan year, plan, activity, first node of its chain) of each activity of a plan of a year
    before ``year`` whose ``carried_from`` chain, followed back through the plans, starts at a
    plan's own activity — not at a program's (``program_copies``), nor going round in a cycle
    (KH450). A recurring activity (``every``) is routine: last year's is repeated, not this."""
    plans = list(plans)
    index = {(d.id, activity_key(a)): a for d in plans for _, a in navigate.activities(d)}

    def parent(node: Node) -> Node | None:
        found = index.get(node)
        return source(found) if found is not None else None

    for doc in plans:
        y = plan_year(doc)
        if y is None or y >= year:
            continue
        for _, act in navigate.activities(doc):
            if act.get("every") in EVERY:
                continue
            here = (doc.id, activity_key(act))
            first, holder = here, act
            for node in back(source(act), parent, [here]):
                first = node
                if node not in index:
                    break  # a link to no activity: the chain starts at what it names
                holder = index[node]
            link = holder.get("carried_from")
            if isinstance(link, dict) and "program" in link:
                continue  # the program's work: ``program_copies``
            if first in index and source(holder) is not None:
                continue  # a cycle: no copy is the first
            yield y, doc, act, ("plan", first)


def note(items: list[Carried], year: int) -> str | None:
    """What the draft took up again of the program's work left open further back; None when
    nothing."""
    if not items:
        return None
    listed = "; ".join(
        f'"{" ".join(str(i.act.get("title") or "").split())}" ({i.doc.path}, năm {i.since})'
        for i in items
    )
    return (
        f"Chuyển tiếp lại {len(items)} hoạt động của chương trình chưa hoàn thành đến hết năm "
        f"{year - 1} mà chưa kế hoạch nào sau đó chuyển tiếp: {listed}."
    )
