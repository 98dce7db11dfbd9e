"""Output of ``kehoach due``: ``table`` (in ``table``: rich on a terminal, aligned plain text
otherwise), ``json``, ``csv`` and ``ics`` (in ``ics``). Every format takes the ``DueResult`` and a
``Style`` and returns text or bytes; none prints."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..model import Repository
from ..output import Format, Style, csv_stream, json_chunks, table
from .item import KIND_VI, Item
from .run import DueResult
from .table import as_table, lead_name, stream_table, support_names

__all__ = ["record", "as_json", "as_csv", "FORMATS", "CSV_FIELDS"]

CSV_FIELDS = [
    "date",
    "days_left",
    "overdue",
    "kind",
    "title",
    "document",
    "lead",
    "co_leads",
    "support",
    "status",
    "time",
    "shifted_from",
    "shift_note",
    "note",
    "source",
    "support_others",
    "lead_unit",
    "support_units",
]


def record(item: Item, repo: Repository, today: date) -> dict:
    """Plain data for one item (the JSON object; CSV takes a subset)."""
    return {
        "date": item.date.isoformat(),
        "days_left": item.days_left(today),
        "overdue": item.is_overdue(today),
        "kind": item.kind,
        "kind_vi": KIND_VI[item.kind],
        "title": item.title,
        "status": item.status,
        "time": item.time_text,
        "document": item.doc_id,
        "path": item.doc_path,
        "line": item.line,
        "source": item.source,
        "lead": item.lead,
        "lead_name": lead_name(repo, item) or None,
        "lead_unit": item.lead_unit or None,
        "co_leads": list(item.co_leads),
        "support": list(item.support),
        "support_names": support_names(repo, item),
        "support_units": dict(item.support_units),
        "support_others": list(item.support_others),
        "shifted_from": item.shifted_from.isoformat() if item.shifted_from else None,
        "shift_note": item.shift_note,
        "note": item.note,
        "done_date": item.done_date.isoformat() if item.done_date else None,
        "issued": item.issued.isoformat() if item.issued else None,
        "late_days": item.late_days,
        "uid": item.uid,
    }


def stream_json(result: DueResult, style: Style) -> Iterator[str]:
    """The JSON document piece by piece: one item's record in memory at a time."""
    doc = {
        **result.meta,
        "items": (record(i, result.repo, result.today) for i in result.items),
        "summary": {"total": len(result.items), "overdue": result.overdue},
    }
    return json_chunks(doc)


def as_json(result: DueResult, style: Style) -> str:
    return "".join(stream_json(result, style))


def _csv_rows(result: DueResult) -> Iterator[dict]:
    for item in result.items:
        row = record(item, result.repo, result.today)
        row["support"] = ";".join(row["support"])
        row["co_leads"] = ";".join(row["co_leads"])
        row["support_others"] = ";".join(row["support_others"])
        row["support_units"] = ";".join(f"{o}={u}" for o, u in row["support_units"].items())
        row["lead_unit"] = row["lead_unit"] or ""
        row["overdue"] = "1" if row["overdue"] else "0"
        yield row


def stream_csv(result: DueResult, style: Style) -> Iterator[str]:
    """The CSV file row by row (``output.csv_stream``: UTF-8 with BOM, formulas defused)."""
    return csv_stream(CSV_FIELDS, _csv_rows(result))


def as_csv(result: DueResult, style: Style) -> str:
    return "".join(stream_csv(result, style))


def _as_ics(result: DueResult, style: Style) -> bytes:
    from .ics import as_ics  # here: it imports git and subprocess, which the other formats skip

    return as_ics(result, style)


def _stream_ics(result: DueResult, style: Style) -> Iterator[bytes]:
    from .ics import stream_ics

    return stream_ics(result, style)


FORMATS = table(
    Format("table", as_table, "bảng, nhóm theo tháng (quá hạn đứng đầu)", stream=stream_table),
    Format("json", as_json, "dữ liệu JSON", stream=stream_json),
    Format("csv", as_csv, "bảng tính CSV (UTF-8 có BOM, Excel mở đúng)", stream=stream_csv),
    Format(
        "ics", _as_ics, "lịch iCalendar (Google Calendar, Outlook, Thunderbird)", stream=_stream_ics
    ),
)
