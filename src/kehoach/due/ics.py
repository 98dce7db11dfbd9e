"""The agenda as an iCalendar file (RFC 5545) through the ``icalendar`` package.

Each item is an all-day event (``DTSTART;VALUE=DATE``, ``DTEND`` the next day) whose UID,
``<document id>.<item id>@kehoach``, stays the same across runs, so importing the file again
updates events instead of duplicating them. DTSTAMP is midnight UTC of ``today`` (reproducible
with ``--today``).

Updates: ``LAST-MODIFIED`` is when the item's source file last changed — its last commit when the
file is unchanged since ``HEAD``, else (edited, or outside git) its modification time — and
``SEQUENCE`` is that moment in minutes since 2020-01-01 UTC. Moving a date is an edit of the file,
made later than the previous one, so the sequence of a moved event only grows and calendar
applications replace the old event; exporting unchanged data again gives the same numbers.

A VALARM reminds ``alarm_days`` days before, only for what is still to do: not on done or
cancelled items, nor on anything already past. Cancelled activities are ``STATUS:CANCELLED`` so
that a re-import removes them from view.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import KehoachError
from ..io import git
from ..model import Repository
from ..output import Style
from ..viet import names_list
from ..vocab import STATUS, date_text
from .item import KIND_VI, Item
from .run import DueResult

if TYPE_CHECKING:
    from icalendar import Event

__all__ = [
    "as_ics",
    "stream_ics",
    "PRODID",
    "DEFAULT_ALARM_DAYS",
    "SEQUENCE_EPOCH",
    "modified_times",
]

PRODID = "-//kehoach//kehoach 0.1//VI"
DEFAULT_ALARM_DAYS = 3
SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def modified_times(paths: set[str]) -> dict[str, datetime]:
    """When each source file last changed: its last commit if the file is as committed in
    ``HEAD``, else its modification time (UTC, whole seconds)."""
    files = {p: Path(p).resolve() for p in paths}
    out = {
        p: datetime.fromtimestamp(int(os.stat(f).st_mtime), UTC)
        for p, f in files.items()
        if f.exists()
    }
    try:
        top = git.toplevel(Path.cwd() if not files else next(iter(files.values())).parent)
        head = git.list_blobs(top, "HEAD")
    except KehoachError:
        return out
    clean: dict[str, str] = {}
    for shown, full in files.items():
        try:
            rel = full.relative_to(top.resolve()).as_posix()
        except ValueError:
            continue
        if rel in head and full.exists() and head[rel] == git.blob_id(full.read_bytes()):
            clean[rel] = shown
    for rel, seconds in git.last_commit_times(top, list(clean)).items():
        out[clean[rel]] = datetime.fromtimestamp(seconds, UTC)
    return out


def sequence(moment: datetime) -> int:
    return max(0, int((moment - SEQUENCE_EPOCH).total_seconds()) // 60)


def _description(item: Item, repo: Repository) -> str:
    doc = repo.by_id(item.doc_id)
    doc_title = doc.data.get("title") if doc is not None else None
    lines = [
        f"Văn bản: {item.doc_id}"
        + (f" – {' '.join(doc_title.split())}" if isinstance(doc_title, str) else "")
    ]
    lines.append(f"Loại: {KIND_VI[item.kind]}" + (f" ({item.time_text})" if item.time_text else ""))
    # each body after its department, as the plan prints it ('Ban Phong trào Tỉnh Đoàn …')
    if item.lead:
        leads = [
            repo.unit_name(item.lead, item.lead_unit, short=False),
            *(repo.org_name(o, short=False) for o in item.co_leads),
        ]
        lines.append(f"Chủ trì: {', '.join(leads)}")
    if item.support or item.support_others:
        names = [
            *(repo.unit_name(o, item.support_units.get(o), short=False) for o in item.support),
            *item.support_others,
        ]
        lines.append("Phối hợp: " + names_list(names))
    if item.shift_note:
        lines.append(item.shift_note)
    if item.kind == "activity" and item.status in STATUS:  # said, so a done one shows it
        done = f" ngày {date_text(item.done_date)}" if item.done_date else ""
        lines.append(f"Trạng thái: {STATUS[item.status]}{done if item.status == 'done' else ''}")
    if item.note:
        lines.append(f"Ghi chú: {item.note}")
    lines.append(f"Nguồn: {item.source}")
    return "\n".join(lines)


def stream_ics(result: DueResult, style: Style) -> Iterator[bytes]:
    """The calendar piece by piece: its header, one event at a time, its end (the same bytes as
    ``Calendar.to_ical()`` of the whole calendar, without holding it)."""
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    party = result.query.party
    name = f"kehoach – {result.repo.org_name(party)}" if party else "kehoach"
    cal.add("x-wr-calname", name)
    head = cal.to_ical()
    assert head.endswith(_END)
    yield head[: -len(_END)]
    stamp = datetime.combine(result.today, time(0, 0), tzinfo=UTC)
    changed = modified_times({item.doc_path for item in result.items})
    for item in result.items:
        yield _event(item, result, stamp, changed.get(item.doc_path)).to_ical()
    yield _END


def as_ics(result: DueResult, style: Style) -> bytes:
    return b"".join(stream_ics(result, style))


_END = b"END:VCALENDAR\r\n"


def _event(item: Item, result: DueResult, stamp: datetime, moment: datetime | None) -> Event:
    from icalendar import Alarm, Event

    summary = f"[{KIND_VI[item.kind]}] {item.title}"
    if item.kind == "activity" and item.status == "done":
        summary += " (đã hoàn thành)"  # a calendar shows titles: not read as still to do
    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", item.date)
    event.add("dtend", item.date + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", _description(item, result.repo))
    event.add("categories", [KIND_VI[item.kind]])
    event.add("transp", "TRANSPARENT")
    if moment is not None:
        event.add("last-modified", moment)
        event.add("sequence", sequence(moment))
    if item.status == "cancelled":
        event.add("status", "CANCELLED")
    if not item.closed and item.date >= result.today:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", timedelta(days=-result.alarm_days))
        event.add_component(alarm)
    return event
