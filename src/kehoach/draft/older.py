"""Work of the program left open further back (``left_open``): an activity of the program that a
plan of two or more years before the draft's carried out (or carried over), not done by the end of
last year, that no later plan carried on — the 2022 plan's model carried over to 2023, still open
at the end of 2023, which the 2024 plan dropped (or a 2024 plan never issued). Last year's plans
hold none of it (``carry.unfinished`` carries over what they left open): the draft offers it again,
``carried_from`` naming its latest copy, so that the program's work is neither lost nor done
twice (``Already`` leaves it out when a plan of the year took it up already)."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Document, navigate
from ..model.progress import state_at
from ..timeexpr import parse_time
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
    # program activity key -> (plan year, the copies of that year)
    latest: dict[str, tuple[int, list[tuple[Document, dict]]]] = {}
    for y, doc, act, k in program_copies(plans, program, root, year):
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
