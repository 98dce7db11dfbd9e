"""What the per-document checks need to know of a document to tell, cheaply, that they will find
nothing in it: gathered in one pass over its data (``Facts``), kept with the repository being
checked (``facts(repo, doc)``, in ``Repository.derived``, on first use).

A dozen checks each walked every activity, org reference and time of every document and parsed
the same time expressions again; together they cost as much as parsing the file (issue 14). Now
one pass notes what each needs (the org ids named, whether any date is impossible or any time
invalid, the span of the times, the earliest deadline…), a check skips a document whose facts
show it cannot find anything, and runs its own walk, unchanged, only on the others. So each
fact is *conservative*: it may send a check to its walk for nothing, never skip a finding
(``tests/unit/test_check_facts.py`` runs every check with facts that skip nothing and compares).

The facts are taken from the data as it is when first asked for: a repository's documents are
checked as loaded (whoever changes a document's data builds a new ``Document`` and
``Repository``, as ``issue``, ``sheet`` and ``import`` do). ``validate`` checks each document in
a repository of its own (``Repository.alone``): its facts go with it."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..model import Document, Repository, navigate
from ..model.navigate import CACHED as _CACHED
from ..model.navigate import NONE as _NONE
from ..model.navigate import TIMES as _TIMES
from ..model.navigate import time_of as _time
from ..model.when import fixed_day
from ..timeexpr import TimeError, TimeExpr, parse_date

# a date written inside a value (a date, a range of dates)
DATE_IN_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")


@lru_cache(maxsize=4096)
def real(text: str) -> bool:
    """``text`` (``YYYY-MM-DD``) is a day of the calendar (the same few thousand dates recur
    across a repository's documents)."""
    try:
        parse_date(text)
    except TimeError:
        return False
    return True


@lru_cache(maxsize=8192)
def bad_date_in(text: str) -> bool:
    """A date inside ``text`` is not on the calendar."""
    return not all(real(t) for t in DATE_IN_TEXT.findall(text))


class Facts:
    """One document's facts (see the module)."""

    __slots__ = (
        "doc",
        "org_names",
        "dates_real",
        "times_valid",
        "issued",
        "window",
        "span",
        "first_deadline",
        "done_plain",
        "first_done",
        "ids_unique",
        "acts_budget",
        "has_table",
        "has_fixed_day",
        "has_rotation",
    )

    doc: Document  # kept: its ``id()`` is the key of its facts, not reused while they are
    org_names: set  # every org id (a string) the document names, wherever (``navigate.org_refs``)
    dates_real: bool  # no date-like value holds an impossible date (KH405)
    times_valid: bool  # every time, and the period, parse (KH414)
    issued: date | None  # ``navigate.issued``
    window: TimeExpr | None  # ``navigate.window``
    span: tuple[date, date] | None  # earliest start, latest end of the times with a start (KH406)
    first_deadline: date | None  # the earliest end of an activity's time (KH407)
    done_plain: bool  # every activity with a done_date has status done (KH415)
    first_done: date | None  # the earliest real done_date (KH415)
    ids_unique: bool  # no two activities, areas or schedule items share an id (KH413)
    acts_budget: int  # the activities' budgets, added up (KH411)
    has_table: bool  # a section holds a table (KH420)
    has_fixed_day: bool  # a schedule item names a day (KH430)
    has_rotation: bool  # a schedule item's parties take turns to chair it (KH432)

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        data = doc.data
        names: list = []
        # values that may hold an impossible date: those that do not parse as a time or date
        # (one that parses holds real dates only: ``timeexpr`` checks each, whole)
        dated: list = []
        self.times_valid = True
        names.extend(data.get(doc.issuers_key) or ())
        for signer in data.get("signers") or []:
            if isinstance(signer, dict) and "org" in signer:
                names.append(signer["org"])
        for base in data.get("bases") or []:
            if isinstance(base, dict):
                dated.append(base.get("date"))
        self.span = None
        self._activities(doc, names, dated)
        self._schedule(data, names, dated)
        self.has_table = False
        for key in ("purpose", "goals", "implementation"):
            self._section(data.get(key), names)
        contents = data.get("contents")
        if isinstance(contents, dict):
            for sub in contents.get("sections") or []:
                self._section(sub, names)
        for key in navigate.SECTION_LISTS:
            value = data.get(key)
            for sub in value if isinstance(value, list) else ():
                self._section(sub, names)
        for list_key in ("duties", "focal"):
            for item in data.get(list_key) or []:
                if isinstance(item, dict) and "org" in item:
                    names.append(item["org"])
        self.org_names = {n for n in names if isinstance(n, str)}
        self._dates(doc, dated)
        self.dates_real = not any(
            map(bad_date_in, [v for v in dated if isinstance(v, str) and len(v) >= 10])
        )

    def _activities(self, doc: Document, names: list, dated: list) -> None:
        # the loop of every activity of 100,000 documents: the time cache and ``_widen`` written
        # out here (no function call per activity for them), the same results
        ids: list = []
        done_plain, first_done, budget, first_deadline = True, None, 0, None
        span = None  # of the times with a start
        add, extend, get, times = names.append, names.extend, dict.get, _TIMES
        for act in navigate.activity_list(doc):
            if act.__class__ is not dict and not isinstance(act, dict):
                continue
            add(get(act, "lead"))  # None when absent: only strings are kept
            co_leads = get(act, "co_leads")
            if co_leads:
                extend(co_leads)
            support = get(act, "support")
            if support:
                extend(support)
            value = get(act, "time", _NONE)
            if value is not _NONE:
                found = times.get(value, _NONE) if value.__class__ in _CACHED else _NONE
                t: TimeExpr | None = _time(value) if found is _NONE else found  # type: ignore[assignment]
                if t is None:
                    self.times_valid = False
                    dated.append(value)
                else:
                    end, start = t.end, t.start
                    if end is not None and (first_deadline is None or end < first_deadline):
                        first_deadline = end
                    if start is not None:  # ``_widen``
                        if end is None:
                            span = date.min, date.max  # never skips KH406
                        elif span is None:
                            span = start, end
                        elif start < span[0] or end > span[1]:
                            span = min(span[0], start), max(span[1], end)
            done = get(act, "done_date")
            if done.__class__ is str or isinstance(done, str):
                if done_plain and get(act, "status") != "done":
                    done_plain = False
                when = _day(done)
                if when is None:
                    dated.append(done)
                elif first_done is None or when < first_done:
                    first_done = when
            value = get(act, "budget")
            if value.__class__ is int or isinstance(value, int):
                budget += value
            value = get(act, "id")
            if value is not None:
                ids.append(value)
        self.span = span
        self.done_plain, self.first_done = done_plain, first_done
        self.first_deadline, self.acts_budget = first_deadline, budget
        self.ids_unique = len(set(ids)) == len(ids)
        if "areas" in doc.data:
            areas = [a.get("id") for a in doc.data.get("areas") or [] if isinstance(a, dict)]
            areas = [a for a in areas if a is not None]
            self.ids_unique = self.ids_unique and len(set(areas)) == len(areas)

    def _schedule(self, data: dict, names: list, dated: list) -> None:
        ids: list = []
        self.has_fixed_day = self.has_rotation = False
        reviews = data.get("reviews")
        for item in (reviews.get("schedule") or []) if isinstance(reviews, dict) else []:
            if not isinstance(item, dict):
                continue
            if "lead" in item:
                names.append(item["lead"])
            if "rotation" in item:
                self.has_rotation = True
                if isinstance(item["rotation"], list):
                    names.extend(item["rotation"])
            if "time" in item:
                t = _time(item["time"])
                if t is None:
                    self.times_valid = False
                    dated.append(item["time"])
                else:
                    self.span = _widen(self.span, t)
                    if not self.has_fixed_day and fixed_day(item) is not None:
                        self.has_fixed_day = True
            if item.get("id") is not None:
                ids.append(item["id"])
        self.ids_unique = self.ids_unique and len(set(ids)) == len(ids)

    def _section(self, section: object, names: list) -> None:
        if not isinstance(section, dict):
            return
        if "org" in section:
            names.append(section["org"])
        if "table" in section:
            self.has_table = True
        for sub in section.get("sections") or []:
            self._section(sub, names)

    def _dates(self, doc: Document, dated: list) -> None:
        """The issue date, the window (and whether the period parses)."""
        data = doc.data
        value = data.get("date")
        self.issued = _day(value) if isinstance(value, str) else None
        if self.issued is None:
            dated.append(value)
        self.window = navigate.window(doc)
        if "period" in data and self.window is None:  # the period does not parse
            period = data["period"]
            self.times_valid = False
            if isinstance(period, dict):
                dated.extend(period.get(k) for k in ("from", "to"))
            else:
                dated.append(period)


def _widen(span: tuple[date, date] | None, t: TimeExpr) -> tuple[date, date] | None:
    """``span`` widened to hold ``t`` (when it has a start)."""
    if t.start is None:
        return span
    if t.end is None:
        return date.min, date.max  # never skips KH406
    if span is None:
        return t.start, t.end
    return min(span[0], t.start), max(span[1], t.end)


@lru_cache(maxsize=8192)
def _day(value: str) -> date | None:
    """``value`` parsed as a date, or None when it is not one."""
    try:
        return parse_date(value)
    except TimeError:
        return None


def facts(repo: Repository, doc: Document) -> Facts:
    """The facts of ``doc``, a document of ``repo``, gathered on first use and kept with
    ``repo``."""
    table = repo.derived.get("facts")
    if not isinstance(table, dict):
        table = repo.derived["facts"] = {}
    found = table.get(id(doc))
    if found is None or found.doc is not doc:  # an id reused by a later object
        found = table[id(doc)] = Facts(doc)
    return found
