"""Navigate loaded documents: where their activities, org references and reviews are, with the
JSON path of each (so that any later stage can point at the line that holds it)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..timeexpr import TimeError, TimeExpr, parse_date, parse_period, parse_time
from ..vocab import clean_str
from .document import Document

JsonPath = tuple  # keys and indexes from the document's root


def activities(doc: Document) -> Iterator[tuple[JsonPath, dict]]:
    """Every activity of a plan (``contents.activities``) or program (``areas[].activities``)."""
    data = doc.data
    if doc.kind == "plan":
        contents = data.get("contents")
        if isinstance(contents, dict):
            for i, act in enumerate(contents.get("activities") or []):
                if isinstance(act, dict):
                    yield ("contents", "activities", i), act
    elif doc.kind == "program":
        for j, area in enumerate(data.get("areas") or []):
            if isinstance(area, dict):
                for i, act in enumerate(area.get("activities") or []):
                    if isinstance(act, dict):
                        yield ("areas", j, "activities", i), act


def activity_list(doc: Document) -> list:
    """The activities of ``activities(doc)`` without their paths, for the checks that walk every
    activity of 100,000 documents: a plan's own list (its items that are not dicts included:
    skip them), a program's made in one step."""
    data = doc.data
    if doc.kind == "plan":
        contents = data.get("contents")
        if isinstance(contents, dict):
            return contents.get("activities") or []
    elif doc.kind == "program":
        return [
            act
            for area in data.get("areas") or []
            if isinstance(area, dict)
            for act in area.get("activities") or []
        ]
    return []


def activities_with(doc: Document, key: str) -> list[tuple[JsonPath, dict]]:
    """The activities of ``activities(doc)`` whose ``key`` is given (not None), with their paths,
    in one list built without a generator step per activity of a plan."""
    if doc.kind == "plan":  # its list itself: the index of an item is its index there
        acts = activity_list(doc)
        if not isinstance(acts, list) or not any(acts):
            # no item that could hold a key (a slim document's activities are mostly empty
            # dicts: looked at in C, not one by one)
            return []
        return [
            (("contents", "activities", i), act)
            for i, act in enumerate(acts)
            if isinstance(act, dict) and act.get(key) is not None
        ]
    return [(path, act) for path, act in activities(doc) if act.get(key) is not None]


def co_leads(act: dict) -> list[str]:
    """The orgs that lead an activity with its ``lead`` (``co_leads``), ids only, the lead left
    out."""
    value = act.get("co_leads")
    if not isinstance(value, list):
        return []
    return [o for o in value if isinstance(o, str) and o and o != act.get("lead")]


def supporters(act: dict, lead: object, co_leads: list[str]) -> list[str]:
    """The org ids supporting an activity (``support``), those that lead it left out: a lead
    or co-lead listed in support too (KH425) leads it, never shown as supporting it."""
    return [
        s
        for s in act.get("support") or []
        if isinstance(s, str) and s != lead and s not in co_leads
    ]


def support_others(act: dict) -> list[str]:
    """The supporting units an activity names in words (``support_others``: not in orgs.yaml),
    as the Phối hợp column prints them after the orgs' names."""
    value = act.get("support_others")
    if not isinstance(value, list):
        return []
    return [text for text in (clean_str(v) for v in value if isinstance(v, str)) if text]


def support_units(act: dict) -> dict[str, str]:
    """The departments of an activity's supporting bodies (``support_units``: org id → unit),
    its well-formed entries only (``validate`` reports the others)."""
    value = act.get("support_units")
    if not isinstance(value, dict):
        return {}
    return {k: unit for k, v in value.items() if isinstance(k, str) and (unit := clean_str(v))}


def schedule(doc: Document) -> Iterator[tuple[JsonPath, dict]]:
    reviews = doc.data.get("reviews")
    if isinstance(reviews, dict):
        for i, item in enumerate(reviews.get("schedule") or []):
            if isinstance(item, dict):
                yield ("reviews", "schedule", i), item


def sections(section: object, path: JsonPath) -> Iterator[tuple[JsonPath, dict]]:
    """A section and all its subsections, depth first."""
    if isinstance(section, dict):
        yield path, section
        for i, sub in enumerate(section.get("sections") or []):
            yield from sections(sub, path + ("sections", i))


# the lists of sections at the top of a document: a report's or rules' own ``sections``, the
# sections added after the body, and the appendices (each a section: a table, subsections)
SECTION_LISTS = ("sections", "extra_sections", "appendices")


def all_sections(doc: Document) -> Iterator[tuple[JsonPath, dict]]:
    """Every section of a document and its subsections, wherever the schema puts them (the
    places ``checks.facts`` looks at too)."""
    data = doc.data
    for key in ("purpose", "goals", "implementation"):
        yield from sections(data.get(key), (key,))
    contents = data.get("contents")
    if isinstance(contents, dict):
        for i, sub in enumerate(contents.get("sections") or []):
            yield from sections(sub, ("contents", "sections", i))
    for key in SECTION_LISTS:
        value = data.get(key)
        for i, sub in enumerate(value if isinstance(value, list) else []):
            yield from sections(sub, (key, i))


def org_refs(doc: Document) -> Iterator[tuple[JsonPath, str]]:
    """Every place a document names an org id."""
    data = doc.data
    key = doc.issuers_key
    for i, org in enumerate(data.get(key) or []):
        yield (key, i), org
    for i, signer in enumerate(data.get("signers") or []):
        if isinstance(signer, dict) and "org" in signer:
            yield ("signers", i, "org"), signer["org"]
    for path, act in activities(doc):
        yield from activity_org_refs(path, act)
    for path, item in schedule(doc):
        if "lead" in item:
            yield path + ("lead",), item["lead"]
        turns = item.get("rotation")
        for i, org in enumerate(turns if isinstance(turns, list) else []):
            yield path + ("rotation", i), org
    for path, sec in all_sections(doc):
        if "org" in sec:
            yield path + ("org",), sec["org"]
    for list_key in ("duties", "focal"):
        for i, item in enumerate(data.get(list_key) or []):
            if isinstance(item, dict) and "org" in item:
                yield (list_key, i, "org"), item["org"]


def activity_org_refs(path: JsonPath, act: dict) -> Iterator[tuple[JsonPath, str]]:
    """Every place activity ``act`` (at ``path``) names an org id: its lead, co-leads and
    supporters."""
    if "lead" in act:
        yield path + ("lead",), act["lead"]
    for i, org in enumerate(act.get("co_leads") or []):
        yield path + ("co_leads", i), org
    for i, org in enumerate(act.get("support") or []):
        yield path + ("support", i), org


def issued(doc: Document) -> date | None:
    """The issue date, or None when absent or impossible (reported by its own check)."""
    value = doc.data.get("date")
    if isinstance(value, str):
        try:
            return parse_date(value)
        except TimeError:
            return None
    return None


def issue_month(doc: Document) -> tuple[int, int] | None:
    """``month: 2027-03`` of an undated draft (the day left for the signer): (2027, 3); None when
    absent or not of that form (the schema says why)."""
    value = doc.data.get("month")
    if isinstance(value, str) and len(value) == 7 and value[4] == "-":
        year, month = value[:4], value[5:]
        if year.isdigit() and month.isdigit() and 1 <= int(month) <= 12:
            return int(year), int(month)
    return None


def exists_on(doc: Document, day: date | None) -> bool:
    """``doc`` exists on ``day``: no day given, no date written (a draft: the office's working
    copy), or dated by then."""
    if day is None:
        return True
    on = issued(doc)
    return on is None or on <= day


def window(doc: Document) -> TimeExpr | None:
    """The time a document covers: a plan's ``year`` or ``period``, a program's ``period``."""
    data = doc.data
    try:
        if "period" in data:
            return parse_period(data["period"])
        if isinstance(data.get("year"), int):
            return parse_time(data["year"])
    except TimeError:
        return None
    return None


# time expressions parsed (a ``str`` or an ``int``: the same few hundred recur across a
# repository, and so do mistakes): expression -> ``TimeExpr``, or None when it is not one. The
# loops over every activity of a repository (``checks.facts``, ``due``) read it inline.
TIMES: dict[object, TimeExpr | None] = {}
TIMES_MAX = 8192  # then emptied and filled again
CACHED = (str, int)  # the classes kept in ``TIMES`` (not ``bool``: ``True == 1``)
NONE = object()  # not there


def time_of(value: object) -> TimeExpr | None:
    """``value`` parsed as a time expression, or None when it is not one."""
    cached = value.__class__ in CACHED
    if cached:
        found = TIMES.get(value, NONE)
        if found is not NONE:
            return found  # type: ignore[return-value]
    try:
        t: TimeExpr | None = parse_time(value)
    except (TimeError, TypeError):
        t = None
    if cached:
        if len(TIMES) >= TIMES_MAX:
            TIMES.clear()
        TIMES[value] = t
    return t


def cited_refs(doc: Document) -> Iterator[tuple[JsonPath, str]]:
    for i, base in enumerate(doc.data.get("bases") or []):
        if isinstance(base, dict) and isinstance(base.get("ref"), str):
            yield ("bases", i, "ref"), base["ref"]


def header_system(doc: Document, orgs: list[dict], settings: dict) -> str:
    """The header and numbering style of a document: its own ``system`` if given; else its
    issuers' common system; for a joint document of bodies of different systems, the state style
    when one of them is a state body or association (Quốc hiệu and Tiêu ngữ), else the first one's."""
    own = doc.data.get("system")
    if isinstance(own, str) and own:
        return own
    default = settings.get("system") or "state"
    systems = [o.get("system") or default for o in orgs] or [default]
    if len(set(systems)) > 1 and any(s in ("state", "association") for s in systems):
        return "state"
    return systems[0]
