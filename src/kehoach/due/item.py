"""One thing due on one day (``Item``), as every part of ``due`` holds it: the kinds, and which of
them record completion (``TRACKED``: they can be overdue)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..model.schedule import Occurrence
from ..vocab import REVIEW_KIND

__all__ = ["CLOSED", "Item", "KINDS", "KIND_VI", "TRACKED"]

KINDS = ("activity", "meeting", "interim", "final", "plan")
KIND_VI = {"activity": "Hoạt động", **REVIEW_KIND}
CLOSED = ("done", "cancelled")
TRACKED = ("activity", "plan")  # kinds whose completion is recorded, so they can be overdue


@dataclass
class Item:
    """One thing due on one day."""

    date: dt.date
    kind: str  # one of KINDS
    title: str
    doc_id: str
    doc_path: str
    item_id: str  # unique inside the document; with doc_id it makes the calendar UID
    json_path: tuple
    lead: str | None = None
    co_leads: list[str] = field(default_factory=list)  # orgs that lead with ``lead`` (``co_leads``)
    support: list[str] = field(default_factory=list)
    # supporting units named in words (``support_others``: not in orgs.yaml), shown after the orgs
    support_others: list[str] = field(default_factory=list)
    lead_unit: str = ""  # the lead's department (``lead_unit``)
    support_units: dict[str, str] = field(default_factory=dict)  # org → its department
    status: str = "planned"  # planned|in_progress|done|cancelled (activities); due|done (others)
    time_text: str = ""  # Vietnamese window: 'quý II/2023', 'năm 2024'
    shifted_from: dt.date | None = None
    note: str | None = None
    done_date: dt.date | None = None
    issued: dt.date | None = None  # kind 'plan': the issue date of the plan that covers the year
    late_days: int | None = None  # kind 'plan': issued that many days after it was due
    # kind 'plan': the plans that cover the year (id, issue date), or those dated after today
    plans: list[tuple[str, dt.date | None]] = field(default_factory=list)
    # kind 'plan': those of ``plans`` whose ``date`` is written but is no date (2029-02-29), as
    # written: not a draft "without an issue date" (validate: KH405)
    bad_dates: dict[str, str] = field(default_factory=dict)
    line: int = 0  # filled in by io.lines.LineFinder.fill for the items shown
    occurrence: Occurrence | None = field(default=None, repr=False, compare=False)
    recurs: bool = False  # one period of a recurring activity (``every``)
    # a past period of a recurring activity: nothing records it was done, so it is "past" as a
    # meeting is, never overdue (listed by ``--all`` only)
    untracked: bool = False
    key: str = ""  # kind 'activity': how a later plan names it when carrying it over (model.carry)
    # kind 'plan', none found: files of that year that cannot be read ('path:line'), maybe it
    broken: list[str] = field(default_factory=list)

    @property
    def shift_note(self) -> str | None:
        """Why the date moved, as a sentence (None when it did not): worked out by the
        occurrence when first read, so only for the items a format prints."""
        return None if self.occurrence is None else self.occurrence.shift_note

    @property
    def shift_reason(self) -> str | None:
        """Why the scheduled day is a day off, short ('thứ Bảy', 'Quốc khánh 30/8–02/9/2025')."""
        return None if self.occurrence is None else self.occurrence.shift_reason

    @property
    def closed(self) -> bool:
        return self.status in CLOSED

    @property
    def deadline(self) -> dt.date:
        """The day after which it is late: its date, or the day it was scheduled on when a day off
        moved it earlier — the plan due on Sunday 31/12 is reminded of on Friday 29/12 and is late
        from 01/01, a plan issued on 30/12 is on time (``late_days``)."""
        if self.shifted_from is not None and self.shifted_from > self.date:
            return self.shifted_from
        return self.date

    def days_left(self, today: dt.date) -> int:
        """Days to its date; for what records completion (``TRACKED``), to its ``deadline``."""
        return ((self.deadline if self.kind in TRACKED else self.date) - today).days

    def is_overdue(self, today: dt.date) -> bool:
        """Open activities and missing plans past their ``deadline``. Meetings and reviews are
        events: nothing records that one was held, so a past one is "past", never overdue."""
        return (
            self.kind in TRACKED
            and not self.closed
            and self.deadline < today
            and not self.untracked
        )

    @property
    def source(self) -> str:
        return f"{self.doc_path}:{self.line}" if self.line else self.doc_path

    @property
    def uid(self) -> str:
        return f"{self.doc_id}.{self.item_id}@kehoach"


def unique_ids(items: list[Item]) -> None:
    """An item whose document gives another item its id (two activities with one ``id``: KH413)
    is told apart by its place ('cuoc-thi#4', the 4th of its list), so that its calendar event
    (``Item.uid``) does not replace the other one's."""
    seen: set[tuple[str, str]] = set()
    for item in items:
        if (item.doc_id, item.item_id) in seen:
            place = next((p for p in reversed(item.json_path) if isinstance(p, int)), None)
            item.item_id = f"{item.item_id}#{place + 1 if place is not None else len(seen)}"
        seen.add((item.doc_id, item.item_id))
