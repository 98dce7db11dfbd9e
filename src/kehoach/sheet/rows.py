"""The activities of a repository as spreadsheet rows: what each column shows, typed (dates as
dates, money as integers), and the key that matches the row back to its activity."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import cast

from ..model import Document, Repository, carry, navigate
from ..model.areas import area_of
from ..timecell import EVERY_WORDS, recurring_short
from ..timeexpr import TimeError, TimeExpr, parse_date
from ..vocab import capitalize, clean, clean_str
from .columns import CO_LEAD_MARK, STATUS_LABELS, Key

__all__ = [
    "Row",
    "activity_rows",
    "one_per_work",
    "file_hash",
    "party_labels",
    "row_values",
    "sheet_values",
    "note_cell",
]


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def party_labels(repo: Repository) -> dict[str, str]:
    """Org id → the name shown in the sheet (its short name; the id added when two share it)."""
    names = {org: repo.org_name(org) for org in repo.orgs}
    counts: dict[str, int] = {}
    for name in names.values():  # Excel compares text ignoring case: so does this
        counts[name.casefold()] = counts.get(name.casefold(), 0) + 1
    return {
        org: name if counts[name.casefold()] == 1 else f"{name} ({org})"
        for org, name in names.items()
    }


def _support_label(repo: Repository, labels: dict[str, str], org: str, act: dict) -> str:
    """A supporting org as the sheet shows it: after its unit (``support_units``) when the
    activity gives one, as the document prints it."""
    unit = navigate.support_units(act).get(org)
    return repo.unit_name(org, unit) if unit else labels.get(org, org)


def _date(value: object) -> date | None:
    try:
        return parse_date(value) if isinstance(value, str) else None
    except TimeError:
        return None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def sheet_values(act: dict, labels: dict[str, str]) -> dict[str, object]:
    """The editable fields of an activity as the sheet shows them."""
    lead = act.get("lead")
    status = act.get("status")
    return {
        "lead": labels.get(lead, lead) if isinstance(lead, str) else None,
        "status": STATUS_LABELS.get(status) if isinstance(status, str) else None,
        "done_date": _date(act.get("done_date")),
        "spent": _int(act.get("spent")),
        "note": note_cell(act.get("note")),
    }


def note_cell(value: object) -> str | None:
    """A note as its cell shows it: each line as printed (``clean``), the line breaks kept (the
    cell wraps), no blank line at either end; None when empty."""
    if value is None:
        return None
    lines = [clean(line) for line in str(value).splitlines()]
    return "\n".join(lines).strip("\n") or None


@dataclass
class Row:
    doc: Document
    json_path: tuple
    act: dict
    key: Key
    values: dict[str, object] = field(default_factory=dict)
    lead: str | None = None
    support: list[str] = field(default_factory=list)
    co_leads: list[str] = field(default_factory=list)  # the orgs that lead it with ``lead``


def row_values(
    repo: Repository, labels: dict[str, str], doc: Document, path: tuple, act: dict
) -> dict[str, object]:
    """What every column but the key shows for the activity ``act`` at ``path`` of ``doc``."""
    support = [s for s in act.get("support") or [] if isinstance(s, str)]
    t = navigate.time_of(act["time"]) if "time" in act else None
    area = area_of(repo, doc, path, act)
    recurs = isinstance(every := act.get("every"), str) and every in EVERY_WORDS
    window = navigate.window(doc) if recurs else None  # what a recurring one runs over
    deadline = t.end if t is not None else None
    if window is not None and "time" not in act:  # recurring over the document's year or period
        deadline = window.end
    return {
        "document": doc.id,
        "id": v if isinstance(v := act.get("id"), str) else "",
        "title": clean_str(act.get("title")),
        "area": area.title if area else clean_str(act.get("area")),
        # the orgs that lead with the lead first, said so (the Chủ trì column holds one org, the
        # one ``update`` reads back): a co-led activity is theirs too
        "support": ", ".join(
            [
                *(f"{labels.get(c, c)}{CO_LEAD_MARK}" for c in navigate.co_leads(act)),
                *(_support_label(repo, labels, s, act) for s in support),
                *(clean_str(s) for s in act.get("support_others") or []),
            ]
        ),
        "time": _time_text(act, t, window),
        "deadline": deadline,
        "budget": _int(act.get("budget")),
        **sheet_values(act, labels),
    }


def one_per_work(rows: list[Row], later: carry.Later) -> tuple[list[Row], int]:
    """``rows`` less those of activities carried over to the activity of another row, as a report
    counts the work once (``model.carry.once``; ``later``: the chains of the whole repository, so
    that a program's activity carried into the 2026 plan and on into the 2027 plan is not a row of
    the 2027 sheet beside its 2027 copy); and how many of a plan were left out — those a sheet of
    their own year still has. A program's activity carried into a plan has no year of its own to
    export: it is the plan's work, left out without a word."""
    kept = carry.once(rows, later)
    shown = {id(row) for row in kept}
    return kept, sum(1 for row in rows if id(row) not in shown and row.doc.kind == "plan")


def _overlaps(t: TimeExpr | None, year: int) -> bool:
    if t is None or t.start is None or t.end is None:
        return True
    return t.start.year <= year <= t.end.year


def activity_rows(
    repo: Repository,
    docs: Iterable[Document],
    *,
    party: str | None = None,
    year: int | None = None,
) -> list[Row]:
    """Rows of every activity of ``docs`` (in file order), kept when ``party`` leads (or co-leads)
    or supports it and its time (else its document's period) touches ``year``."""
    labels = party_labels(repo)
    hashes: dict[str, str] = {}
    out = []
    for doc in docs:
        full = Path(doc.path).resolve()
        try:
            rel = full.relative_to(repo.root.resolve()).as_posix()
        except ValueError:
            rel = full.as_posix()
        if doc.path not in hashes:
            hashes[doc.path] = file_hash(full)
        window = navigate.window(doc)
        for path, act in navigate.activities(doc):
            lead = v if isinstance(v := act.get("lead"), str) else None
            support = [s for s in act.get("support") or [] if isinstance(s, str)]
            co_leads = list(dict.fromkeys(navigate.co_leads(act)))  # lead it with the lead
            if party is not None and party != lead and party not in support + co_leads:
                continue
            t = navigate.time_of(act["time"]) if "time" in act else None
            if year is not None and not _overlaps(t if t and not t.is_ongoing else window, year):
                continue
            values = row_values(repo, labels, doc, path, act)
            act_id = cast(str, values["id"])
            key = Key(rel, path, act_id, hashes[doc.path])
            out.append(Row(doc, path, act, key, values, lead, support, co_leads))
    return out


def _time_text(act: dict, t: TimeExpr | None, window: TimeExpr | None) -> str:
    """The Thời gian column: the time in words; an activity that recurs says so ('Hằng quý (năm
    2027)'), its Hạn column the end of its time."""
    every = act.get("every")
    if isinstance(every, str) and every in EVERY_WORDS and (t is not None or "time" not in act):
        return recurring_short(every, t, window)  # a 2027 plan: 'Hằng quý'
    if "time" not in act:
        return ""
    return capitalize(t.vi() if t is not None else clean(act.get("time")))
