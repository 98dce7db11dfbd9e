"""The agenda as an iCalendar file (RFC 5545) through the ``icalendar`` package.

Each item is an all-day event (``DTSTART;VALUE=DATE``, ``DTEND`` the next day) whose UID,
``<document id>.<item id>@kehoach``, stays the same across runs, so importing the file again
updates events instead of duplicating them. DTSTAMP is midnight UTC of ``today`` (reproducible
with ``--today``). A VALARM reminds ``alarm_days`` days before. Cancelled activities are
``STATUS:CANCELLED`` so that a re-import removes them from view.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta

from ..model import Repository
from ..output import Style
from .items import KIND_VI, Item
from .run import DueResult

__all__ = ["as_ics", "stream_ics", "PRODID", "DEFAULT_ALARM_DAYS"]

PRODID = "-//kehoach//kehoach 0.1//VI"
DEFAULT_ALARM_DAYS = 3


def _description(item: Item, repo: Repository) -> str:
    doc = repo.by_id(item.doc_id)
    doc_title = doc.data.get("title") if doc is not None else None
    lines = [
        f"Văn bản: {item.doc_id}"
        + (f" – {' '.join(doc_title.split())}" if isinstance(doc_title, str) else "")
    ]
    lines.append(f"Loại: {KIND_VI[item.kind]}" + (f" ({item.time_text})" if item.time_text else ""))
    if item.lead:
        lines.append(f"Chủ trì: {repo.org_name(item.lead, short=False)}")
    if item.support:
        lines.append("Phối hợp: " + ", ".join(repo.org_name(o, short=False) for o in item.support))
    if item.shift_note:
        lines.append(item.shift_note)
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
    cal.add("x-wr-calname", "kehoach")
    head = cal.to_ical()
    assert head.endswith(_END)
    yield head[: -len(_END)]
    stamp = datetime.combine(result.today, time(0, 0), tzinfo=UTC)
    for item in result.items:
        yield _event(item, result.repo, stamp, result.alarm_days).to_ical()
    yield _END


def as_ics(result: DueResult, style: Style) -> bytes:
    return b"".join(stream_ics(result, style))


_END = b"END:VCALENDAR\r\n"


def _event(item: Item, repo: Repository, stamp: datetime, alarm_days: int):
    from icalendar import Alarm, Event

    summary = f"[{KIND_VI[item.kind]}] {item.title}"
    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", item.date)
    event.add("dtend", item.date + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", _description(item, repo))
    event.add("categories", [KIND_VI[item.kind]])
    event.add("transp", "TRANSPARENT")
    if item.status == "cancelled":
        event.add("status", "CANCELLED")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", timedelta(days=-alarm_days))
    event.add_component(alarm)
    return event
