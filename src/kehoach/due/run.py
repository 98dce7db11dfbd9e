"""``run_due``: the whole ``kehoach due`` pipeline — load, collect, filter, locate sources.

A repository with validation errors still gives an agenda: documents that fail the schema (or
cannot be read) are left out, everything else is listed, and the caller is told how many errors
there are so that it can warn (``errors``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial

from ..errors import KehoachError
from ..leftout import left_out_warning
from ..load import loading
from ..model import Repository
from ..model.carry import carried_keys, with_chains
from ..model.schedule import work_calendar
from ..problem import Problem
from .filters import (
    DEFAULT_WITHIN,
    Keep,
    Query,
    latest_listed,
    parse_day,
    parse_kinds,
    parse_within,
    select,
    window_text,
)
from .items import Item, collect
from .part import AGENDA
from .taken import Activities

__all__ = ["DueOptions", "DueResult", "run_due"]


@dataclass
class DueOptions:
    """The options of ``due`` as given on the command line (dates and spans still text)."""

    today: date
    within: str | None = None
    start: str | None = None
    end: str | None = None
    overdue_only: bool = False
    include_closed: bool = False
    party: str | None = None
    kinds: list[str] = field(default_factory=list)


@dataclass
class DueResult:
    """The items of one ``due`` run, with what the formats need to show them."""

    items: list[Item]
    repo: Repository
    query: Query
    # file-level errors (unreadable, schema) in the files asked for, or (``checked``) every error
    # validate reports for them (``cli.checked``)
    errors: int
    # the first error of each file asked for that was left out (unreadable or failing the schema)
    skipped: list[Problem]
    meta: dict
    alarm_days: int = 3
    all_checks: bool = False  # ``errors`` counts the repository checks too
    validated: int | None = None  # the errors of validate's last run, when it still holds

    def checked(self, errors: int | None) -> None:
        """Count ``errors`` (validate's, the repository checks included) when known."""
        if errors is not None:
            self.errors, self.all_checks = errors, True

    @property
    def today(self) -> date:
        return self.query.today

    @property
    def overdue(self) -> int:
        return sum(i.is_overdue(self.today) for i in self.items)

    def warning(self) -> str | None:
        """What standard error says when files asked for have errors (None when none have)."""
        if not self.errors:
            return None
        # ``all_checks``: validate's count; else what the command's own loading saw
        return left_out_warning(self.skipped, errors=self.errors, checked=self.all_checks)

    def exit_code(self, *, strict: bool, fail_on_overdue: bool) -> int:
        """1 with ``--strict`` and errors, or ``--fail-on-overdue`` and overdue items; else 0."""
        return 1 if (strict and self.errors) or (fail_on_overdue and self.overdue) else 0


def _settings_due(repo: Repository) -> dict:
    due = repo.settings.get("due") if isinstance(repo.settings, dict) else None
    return due if isinstance(due, dict) else {}


def alarm_days(repo: Repository) -> int:
    value = _settings_due(repo).get("alarm_days")
    return (
        value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 60 else 3
    )


def build_query(opts: DueOptions, repo: Repository) -> Query:
    today = opts.today
    within, source = opts.within, "--within"
    if within is None:
        within, source = (
            _settings_due(repo).get("within") or DEFAULT_WITHIN,
            "due.within trong kehoach.yaml",
        )
    start = parse_day(opts.start, "--from") if opts.start else None
    end = parse_day(opts.end, "--to") if opts.end else None
    if end is None:
        end = parse_within(str(within), start or today, source)
    else:
        parse_within(str(within), today, source)  # still report a malformed --within
    if start is not None and end < start:
        raise KehoachError(f"--from ({start.isoformat()}) sau --to ({end.isoformat()})")
    return Query(
        today=today,
        end=end,
        start=start,
        overdue_only=opts.overdue_only,
        include_closed=opts.include_closed,
        party=repo.require_org(opts.party),
        kinds=parse_kinds(opts.kinds),
        unbounded=opts.include_closed and opts.start is None and opts.end is None,
    )


def run_due(paths: list[str] | None, opts: DueOptions, *, agenda_only: bool = False) -> DueResult:
    """The agenda of ``paths``; with ``agenda_only`` (the ``due`` command), the repository of
    the result holds only what the agenda reads of each document (``part.AGENDA``): for a caller
    that reads nothing else of it."""
    parse_kinds(opts.kinds)  # a bad --kind fails before any file is read
    # the agenda alone: each document's activity items built as it is loaded, its activities
    # then let go of (``taken``); the window is worked out from the root files, loaded first
    taken = Activities(partial(build_query, opts)) if agenda_only else None
    part = AGENDA if agenda_only else None
    with loading(paths or None, part=part, taker=taken) as loaded:  # the cache is written meanwhile
        repo = loaded.repo
        query = build_query(opts, repo) if taken is None or taken.query is None else taken.query
        cal = work_calendar(repo.settings)
        keep = Keep(query)  # only the items the window lists are built
        latest = latest_listed(query)
        docs = loaded.target_documents()
        found = taken.items if taken is not None else None
        # carried over: from the documents taken (hollowed since) and from the others
        carried = (
            with_chains(
                taken.carried
                | carried_keys(
                    (d for d in repo.documents if d.path not in taken.items), query.today
                )
            )
            if taken is not None
            else None
        )
        items = select(collect(repo, docs, cal, query.today, keep, latest, found, carried), query)
        loaded.line_finder().fill(items)
        meta = window_meta(query)
        errors = [p for p in loaded.target_problems() if p.level == "error"]
        skipped = loaded.left_out()
        validated = loaded.validated_errors()
    return DueResult(items, repo, query, len(errors), skipped, meta, alarm_days(repo),
                     validated=validated)  # fmt: skip


def window_meta(q: Query) -> dict:
    """The window as data, matching its words: ``from``/``to`` are the days ``window_text`` names
    (null only where the words name none), ``overdue`` says whether earlier overdue items are
    listed too."""
    if q.overdue_only:
        start, end = q.start, q.today - timedelta(days=1)
    elif q.unbounded:
        start, end = None, None
    else:
        start, end = q.start or q.today, q.end
    return {
        "today": q.today.isoformat(),
        "from": start.isoformat() if start else None,
        "to": end.isoformat() if end else None,
        "overdue": q.overdue_only or (q.start is None and not q.unbounded),
        "window_text": window_text(q.start, q.end, q.today, q.unbounded, q.overdue_only),
    }
