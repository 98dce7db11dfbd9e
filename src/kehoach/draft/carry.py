"""The activities a new annual plan carries over (chuyển tiếp): those of the year before that
were not done or cancelled by its last day, as ``kehoach report PROG --period <year>`` lists
them in its Phương hướng (the same rule, ``model.progress``), written into the draft under
their area with their title, lead and support, and ``carried_from`` naming the activity they
continue (``model.carry``); and those the program itself lists for the year, which the plan
carries out (``program_activities``: ``carried_from: {program: …}``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from ..model import Document, navigate
from ..model.carry import key as activity_key
from ..model.carry import source
from ..model.links import plan_year
from ..model.progress import done_on, overlaps, state_at
from ..model.walk import Node, back
from ..timeexpr import TimeExpr, parse_time
from ..vocab import EVERY, clean_str
from .common import TODO
from .yamltext import comment_block, dump, flow


@dataclass
class Carried:
    doc: Document
    act: dict
    area: str | None  # an area id of the program, None when the activity names no known one
    time: TimeExpr | None  # its time as written, else its plan's window
    repeat: bool = False  # a recurring activity done last year, repeated this year (``repeated``)
    # the year of its plan when older than last year: the program's work left open further back,
    # no later plan carrying it on (``older.left_open``)
    since: int | None = None


def _in_year(plans: list[Document], year: int, areas: list[str], issuers: list[str]):
    """(activity as ``Carried``, the end of ``year``) for every activity of ``plans`` (sharing an
    issuer with ``issuers``) whose time — else its plan's window — falls in ``year``, in plan and
    activity order."""
    period = parse_time(year)
    for doc in plans:
        if not set(doc.issuers) & set(issuers):
            continue
        window = navigate.window(doc)
        if window is not None and not overlaps(window, period):
            continue
        for _, act in navigate.activities(doc):
            t = navigate.time_of(act["time"]) if "time" in act else None
            seen = t if t is not None else window
            if seen is not None and not overlaps(seen, period):
                continue
            area = act.get("area")
            yield Carried(doc, act, area if area in areas else None, seen), period.end


def unfinished(plans: list[Document], year: int, areas: list[str], issuers: list[str]):
    """The activities of ``plans`` (sharing an issuer with ``issuers``) that fall in ``year`` and
    were not done or cancelled at its end, in plan and activity order. A recurring one (``every``)
    done after the year's end is that year's edition finished late, not the next year's: the next
    year's plan repeats it as a new activity (``repeated``, or the program's: ``program_activities``),
    it does not continue it — before, the draft copied its ``done`` and ``done_date`` into the new
    year, and the new year's edition was counted done and never reminded of."""
    return [
        item
        for item, end in _in_year(plans, year, areas, issuers)
        if state_at(item.act, end) in ("planned", "in_progress")
        and not (item.act.get("every") in EVERY and item.act.get("status") == "done")
    ]


def program_roots(plans: Iterable[Document]):
    """``root(act)``: the (program id, activity key) an activity carries out, directly
    (``carried_from: {program: …}``) or through the plans' activities it continues (``carried_from:
    {plan: …}`` back to one that does: ``walk.back``); None when it carries out none — its chain
    ends at an activity of no plan of ``plans``, or goes round in a cycle."""
    index = {
        (doc.id, activity_key(act)): act for doc in plans for _, act in navigate.activities(doc)
    }

    def parent(node: Node) -> Node | None:
        earlier = index.get(node)
        return source(earlier) if earlier is not None else None

    def root(act: dict) -> tuple[str, str] | None:
        holder = act  # the last activity reached: its link names the end of the chain
        for node in back(source(act), parent):
            if node not in index:
                break
            holder = index[node]
        end = source(holder)
        return end if end is not None and "program" in holder["carried_from"] else None

    return root


# ``program_roots``' function: the (program id, activity key) an activity carries out, or None
Root = Callable[[dict], "tuple[str, str] | None"]


def recurring_keys(program: Document) -> set[str]:
    """The keys of ``program``'s recurring activities (``every``): the program lists them again
    each year."""
    return {activity_key(a) for _, a in navigate.activities(program) if a.get("every") in EVERY}


def program_copies(
    plans: Iterable[Document], program: Document, root: Root, year: int
) -> Iterator[tuple[int, Document, dict, str]]:
    """(plan year, plan, activity, program activity key) of each activity of a plan of ``plans``
    of a year before ``year`` that carries out an activity of ``program`` (``root``:
    ``program_roots``), in plan and activity order."""
    for doc in plans:
        y = plan_year(doc)
        if y is None or y >= year:
            continue
        for _, act in navigate.activities(doc):
            top = root(act)
            if top is not None and top[0] == program.id:
                yield y, doc, act, top[1]


def repeated(plans: list[Document], year: int, areas: list[str], issuers: list[str],
             carry: list[Carried], listed: list[Carried] | None = None) -> list[Carried]:  # fmt: skip
    """The recurring activities (``every``) of ``plans`` in ``year`` that ``unfinished`` does
    not carry over (done or cancelled by its end): routine work (giao ban hằng quý, báo cáo hằng
    tháng) that the next year's plan repeats — a new activity, not a continuation. One that
    carried out a program's activity the program lists for the next year too (``listed``:
    ``program_activities``), directly or through the earlier plans it continues, is left out:
    the program's is that year's, carried out by the plan whose it is (this one, another party's
    own, one of the year written already), not a second copy beside it."""
    kept = {id(c.act) for c in carry}
    again = {(c.doc.id, activity_key(c.act)) for c in listed or []}
    root = program_roots(plans)
    return [
        replace(item, repeat=True)
        for item, _ in _in_year(plans, year, areas, issuers)
        if item.act.get("every") in EVERY
        and id(item.act) not in kept
        and root(item.act) not in again
    ]


def _time_line(item: Carried, year: int) -> str:
    """``time:`` kept when it lies in ``year`` (or is ``ongoing``), else the whole year with a
    ``# TODO`` saying why and what its time was."""
    t = item.time
    if (
        "time" in item.act
        and t is not None
        and (t.is_ongoing or (t.start and t.end and t.start.year == t.end.year == year))
    ):
        return dump("time", item.act["time"], 6)
    if item.act.get("every") in EVERY:
        return f"      time: {year}\n"  # recurring: every period of this plan's year
    if item.doc.kind == "program":
        old = t.vi() if t is not None else "chưa ghi"
        return (
            f"      time: {year}  # {TODO}: thời gian trong năm {year} (chương trình ghi: {old})\n"
        )
    old = t.vi() if t is not None else f"năm {item.since or year - 1}"
    when = f"từ năm {item.since} đến hết năm {year - 1}" if item.since else f"trong năm {year - 1}"
    return (
        f"      time: {year}  # {TODO}: chưa hoàn thành {when} "
        f"(thời gian cũ: {old}); điền thời gian năm {year}\n"
    )


def _status_lines(act: dict, end: date | None) -> str:
    if act.get("status") == "done":  # done only after the year ended: keep it as it is
        done = done_on(act)
        return "      status: done\n" + (f"      done_date: {done.isoformat()}\n" if done else "")
    return f"      status: {state_at(act, end)}\n"


def carried_text(item: Carried, year: int, act_id: str | None) -> str:
    """One carried activity as draft YAML (list item at 4 spaces), with a comment naming the
    document it comes from: an earlier plan (carried over), or the program (carried out this
    year: ``program_activities``)."""
    act, program = item.act, item.doc.kind == "program"
    why = (
        f"Hoạt động của chương trình ({item.doc.path}) thực hiện trong năm {year}."
        if program
        else f"Hoạt động định kỳ của {item.doc.path} (năm {year - 1}), lặp lại trong năm {year}."
        if item.repeat
        else f"Chuyển tiếp từ {item.doc.path}: chưa hoàn thành đến hết năm {year - 1}."
        if item.since is None
        else f"Chuyển tiếp từ {item.doc.path} (năm {item.since}): chưa hoàn thành đến hết năm "
        f"{year - 1}, chưa kế hoạch nào sau đó chuyển tiếp."
    )
    out = [comment_block(why, 4)]
    first = f"id: {act_id}\n" if act_id else dump("title", act.get("title", ""), 6).lstrip()
    out.append("    - " + first)
    if act_id:
        out.append(dump("title", act.get("title", ""), 6))
    if group := group_of(act):
        out.append(dump("group", group, 6))
    if item.area:
        out.append(f"      area: {item.area}\n")
    if isinstance(act.get("lead"), str):
        out.append(f"      lead: {act['lead']}\n")
        if unit := clean_str(act.get("lead_unit")):
            out.append(dump("lead_unit", unit, 6))
            if act.get("lead_unit_alone") is True:  # printed as the plan carried from did
                out.append("      lead_unit_alone: true\n")
        if co_leads := navigate.co_leads(act):
            out.append(flow("co_leads", co_leads, 6))
    for key in ("support", "support_others"):
        if isinstance(act.get(key), list) and act[key]:
            out.append(flow(key, act[key], 6))
    if units := navigate.support_units(act):
        out.append(dump("support_units", units, 6))
    out.append(_time_line(item, year))
    if act.get("every") in EVERY:  # recurring: each period of the new year
        out.append(f"      every: {act['every']}\n")
    budget, t = act.get("budget"), item.time
    start, end = (t.start, t.end) if t is not None else (None, None)
    in_year = start is not None and end is not None and start.year == end.year == year
    if program and type(budget) is int and in_year:
        out.append(f"      budget: {budget}\n")  # the program's budget for it: all this year's
    else:
        out.append(f"      # budget: 0  # {TODO}: kinh phí (đồng)\n")
    if program or item.repeat:
        out.append("      status: planned\n")
    else:
        out.append(_status_lines(act, parse_time(year - 1).end))
    if item.repeat:  # a new activity of its own: last year's was done
        return "".join(out)
    # the activity it continues: counted once by report, no longer reminded of by due
    link = "program" if program else "plan"
    out.append(dump("carried_from", {link: item.doc.id, "activity": activity_key(act)}, 6))
    return "".join(out)


def program_activities(
    program: Document,
    year: int,
    carry: list[Carried],
    root: Callable[[dict], tuple[str, str] | None] | None = None,
) -> list[Carried]:
    """The activities ``program`` lists in its areas (``areas[].activities``) that fall in
    ``year`` and are neither done nor cancelled, less those an earlier plan's activity carried
    over in ``carry`` already carries out. ``root``: the program activity an activity carries out
    through the plans it continues (``program_roots`` of the plans citing the program; default: of
    ``carry``'s plans). Whose plan each goes to (``share.Share``), and what other plans took up
    already (``already``), is decided by the caller."""
    period = parse_time(year)
    root = root or program_roots(c.doc for c in carry)
    going_on = {
        found[1] for c in carry if (found := root(c.act)) is not None and found[0] == program.id
    }
    out: list[Carried] = []
    for path, act in navigate.activities(program):
        if path[0] != "areas" or act.get("status") in ("done", "cancelled"):
            continue
        t = navigate.time_of(act["time"]) if "time" in act else None
        if t is None and act.get("every") in EVERY:  # recurring over the program's period
            t = navigate.window(program)
        if t is None or not (t.is_ongoing or overlaps(t, period)):
            continue
        if activity_key(act) in going_on:
            continue
        area = program.data["areas"][path[1]].get("id")
        out.append(Carried(program, act, area if isinstance(area, str) else None, t))
    return out


def group_of(act: dict) -> str:
    """The group an activity is in (``group``, spaces made single), "" when none."""
    return clean_str(act.get("group"))


def free_id(wanted: object, taken: set[str]) -> str | None:
    """``wanted`` when not taken yet, else ``<wanted>-chuyen-tiep`` (then numbered); None when
    the activity has no id."""
    if not isinstance(wanted, str) or not wanted:
        return None
    candidate, n = wanted, 1
    while candidate in taken:
        n += 1
        candidate = f"{wanted}-chuyen-tiep" + (f"-{n - 1}" if n > 2 else "")
    taken.add(candidate)
    return candidate
