"""Activities carried over (chuyển tiếp) from one plan to a later one: the later plan's activity
says where it comes from (``carried_from: {plan: <id>, activity: <id, or title>}``; ``kehoach new
plan`` writes it), so that the work is one piece of work, not two — a report counts it once (the
later one when both are in its period), ``due`` stops reminding of the earlier one. A plan's
activity that carries out an activity its program lists (``areas[].activities``) says so the same
way, naming the program: ``carried_from: {program: <id>, activity: …}`` — one piece of work too.

An activity is named in ``carried_from`` by its ``id``, or by its title (spaces normalised) when it
has none (``key``).

Counting (``report``, the site's figures, the progress sheet's rows): of the copies of one piece
of work among the activities counted, only the latest is counted (``once``). Which copy follows
which is decided over the whole repository (``later_copies``), not over the activities counted:
a program's activity carried into the 2026 plan and on into the 2027 plan is the 2027 copy's work
in a count of 2027, where the 2026 copy is not.

A plan's copy done in its own plan (``finished``: done by the end of the plan's year or period) is
work of its own, whatever copies of it a later plan holds: a later plan drafted while it was still
open carries it over, then it is done in the old plan — the later copy is the next year's run of a
yearly activity, or a copy left over. It is counted, with its money, in its own period; the later
copy is counted apart and carries none of its money (``model.earlier.carried_money``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from ..vocab import clean
from .document import Document
from .navigate import activities, exists_on
from .navigate import window as navigate_window
from .progress import state_at
from .walk import back, on

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from typing import Protocol, TypeVar
else:
    from .._typing import Protocol

__all__ = [
    "key",
    "source",
    "carries_out",
    "carried_keys",
    "issued_by",
    "carried_in",
    "Carrier",
    "carried_to",
    "carriers",
    "Later",
    "later_copies",
    "once",
    "finished",
]

# (document id, activity key) -> those of the activities carried over from it (``later_copies``)
Later = dict[tuple[str, str], list[tuple[str, str]]]


class Work(Protocol):
    """What ``once`` counts: an activity (``act``) of a document (``doc``)."""

    @property
    def doc(self) -> Document: ...

    @property
    def act(self) -> dict: ...


if TYPE_CHECKING:
    W = TypeVar("W", bound=Work)

# (document id, activity key) -> the document and the activity
Known = Mapping[tuple[str, str], tuple[Document, dict]]


def key(act: dict) -> str:
    """How a later plan names ``act`` in its ``carried_from.activity``: its id, else its title."""
    own = act.get("id")
    if isinstance(own, str) and own:
        return own
    return clean(act.get("title"))


def source(act: dict) -> tuple[str, str] | None:
    """(plan or program id, activity key) that ``act`` was carried over from, or None."""
    where = act.get("carried_from")
    if not isinstance(where, dict):
        return None
    plan, activity = where.get("plan", where.get("program")), where.get("activity")
    if not isinstance(plan, str) or not isinstance(activity, str) or not plan or not activity:
        return None
    return plan, clean(activity)  # as ``key`` writes a title


def carries_out(act: dict, program_id: str) -> bool:
    """``act`` says it carries out an activity of program ``program_id`` (``carried_from:
    {program: …}``)."""
    where = act.get("carried_from")
    return isinstance(where, dict) and where.get("program") == program_id


def carried_keys(docs: Iterable[Document], by: date | None = None) -> set[tuple[str, str]]:
    """(plan id, activity key) of every activity some activity of ``docs`` was carried over from;
    with ``by``, a document dated after that day does not count yet: the plan that takes the work
    over is not issued on ``by``, the earlier activity is still the one due (an undated plan, a
    draft ``new plan`` wrote, counts: it is the office's working copy)."""
    out: set[tuple[str, str]] = set()
    for doc in issued_by(docs, by):
        years: range | None = None
        for _, act in activities(doc):
            found = source(act)
            if found is None:
                continue
            out.add(found)
            if years is None:
                years = _years(doc)
            if "program" not in act["carried_from"]:
                # carried over from a plan: the link and the years it goes on in, for the chain
                # back to a program's activity (``with_chains``)
                own = f"{doc.id}{_SEP}{key(act)}"
                out.add((_LINK, f"{own}{_SEP}{found[0]}{_SEP}{found[1]}"))
                out.update((_GOES_ON, f"{own}{_SEP}{y}") for y in years)
                continue
            # a program's activity carried out by a plan is so for the plan's years only: for one
            # that recurs (``every``), the periods of its other years are still due (``carried_in``)
            prog, k = found
            out.add((prog, k + PROGRAM_MARK))
            out.add((_LINK, f"{doc.id}{_SEP}{key(act)}{_SEP}{prog}{_SEP}{k}"))
            out.update((prog, f"{k}@{y}") for y in years)
    return out


# entries of ``carried_keys`` that only ``with_chains`` reads: a link (plan id, key, the id and
# key it is carried from) and a year a plan's activity carried over from a plan goes on in
_LINK, _GOES_ON, _SEP = "\x00link", "\x00goes-on", "\x1f"


def with_chains(carried: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """``carried`` (``carried_keys`` of the repository) with the years of a program's activity that
    a chain of plans carries out: program → plan 2027 → plan 2028 (carried over from 2027) carries
    the program's activity out in 2028 too, so its periods of 2028 are not due twice."""
    parent: dict[tuple[str, str], tuple[str, str]] = {}
    going: list[tuple[tuple[str, str], str]] = []
    for mark, value in carried:
        if mark == _LINK:
            doc_id, k, src, src_key = value.split(_SEP)
            parent[(doc_id, k)] = (src, src_key)
        elif mark == _GOES_ON:
            doc_id, k, year = value.split(_SEP)
            going.append(((doc_id, k), year))
    if not going:
        return carried
    out = set(carried)
    for start, year in going:
        for node in back(parent.get(start), parent.get, (start,)):  # a cycle ends the walk
            if (node[0], node[1] + PROGRAM_MARK) in carried:
                out.add((node[0], f"{node[1]}@{year}"))
                break
    return out


def _years(doc: Document) -> range:
    """The years of ``doc``'s year or period (none when it has neither)."""
    window = navigate_window(doc)
    if window is None or window.start is None or window.end is None:
        return range(0)
    return range(window.start.year, window.end.year + 1)


def issued_by(docs: Iterable[Document], by: date | None) -> list[Document]:
    """``docs`` issued by ``by`` (all of them when None), an undated one (a draft) with them: the
    documents whose copies of a piece of work have taken it over on that day."""
    return [d for d in docs if exists_on(d, by)]


PROGRAM_MARK = "@program"  # in ``carried_keys``: the activity is a program's, carried by year


def carried_in(carried: set[tuple[str, str]], doc_id: str, k: str, year: int | None) -> bool:
    """The activity ``k`` of ``doc_id`` is carried over (``carried_keys``); for one period of a
    recurring program activity (``year``: the period's), only when a plan of that year carries it
    out."""
    if (doc_id, k) not in carried:
        return False
    if year is not None and (doc_id, k + PROGRAM_MARK) in carried:
        return (doc_id, f"{k}@{year}") in carried
    return True


# a document that carries an activity over (or out): its first year (``_NO_YEAR`` when it has
# none), then its display path — the order ``carriers`` names them in
Carrier = tuple[int, str]
_NO_YEAR = 10_000


def carried_to(docs: Iterable[Document]) -> dict[tuple[str, str], list[Carrier]]:
    """(plan or program id, activity key) of every activity some activity of ``docs`` was carried
    over from (or carries out), with every document of ``docs`` that does so (``Carrier``): the
    2027 and the 2028 plan that both carry out a program's activity, the plans of two parties that
    both carry over one activity. ``carriers`` lists them."""
    out: dict[tuple[str, str], list[Carrier]] = {}
    for doc in docs:
        here: Carrier | None = None
        for _, act in activities(doc):
            found = source(act)
            if found is not None:
                if here is None:
                    years = _years(doc)
                    here = (years.start if years else _NO_YEAR, doc.path)
                out.setdefault(found, []).append(here)
    return out


def carriers(found: Iterable[Carrier]) -> list[str]:
    """The display paths of the documents ``found`` (``carried_to``), each once, by year then
    path: a stable order, whatever order the documents were loaded in."""
    return [path for _, path in sorted(set(found))]


def later_copies(docs: Iterable[Document]) -> Later:
    """Each activity some activity of ``docs`` was carried over from, with the activities carried
    over from it; ``docs``: the whole repository, so that a chain is whole whatever is counted."""
    out: Later = {}
    for doc in docs:
        for _, act in activities(doc):
            found = source(act)
            if found is not None:
                out.setdefault(found, []).append((doc.id, key(act)))
    return out


def once(items: Sequence[W], later: Later) -> list[W]:
    """``items`` less those carried over (``later``: ``later_copies`` of the repository) to another
    of them, directly or through copies not among them: each piece of work once, as its latest
    copy among ``items`` — what a report counts, its budget, status and spending that copy's. A
    copy done in its own plan (``finished``) stays: its work was done there, the later copy is
    another run of it. Copies carried over from one another in a cycle (A from B, B from A: a
    mistake KH426 does not see) are one piece of work too, counted once: as the last of them
    among ``items``."""
    if not later:
        return list(items)
    keys = [(i.doc.id, key(i.act)) for i in items]
    place = {k: n for n, k in enumerate(keys)}  # the last item of each key
    out = []
    for n, (item, k) in enumerate(zip(items, keys, strict=True)):
        if finished(item.doc, item.act):
            out.append(item)
            continue
        reached = _among(k, place, later)
        if not reached or all(place[r] < n and k in _among(r, place, later) for r in reached):
            out.append(item)  # the latest copy, or the last of copies in a cycle
    return out


def _among(start: tuple[str, str], here: Mapping[tuple[str, str], int], later: Later) -> set:
    """The copies carried over from ``start``, at any remove (``walk.on``), that are in
    ``here``."""
    return {node for node in on(start, later) if node in here}


def finished(doc: Document, act: dict) -> bool:
    """``act`` is a plan's copy done in its own plan: ``status: done`` with a ``done_date`` (if any)
    not after the end of the plan's year or period. Counted in its own period with its money; a
    later copy of it (carried over before it was done) is a run of its own (``once``)."""
    if doc.kind != "plan" or act.get("status") != "done":
        return False
    window = navigate_window(doc)
    return state_at(act, window.end if window is not None else None) == "done"
