"""Agenda output: ``json``, ``csv`` and the rich ``table`` (``ics`` lives in its own module).

Every formatter takes the selected items, the repository (for org names), ``today`` and returns
text; none prints.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import date

from ..calendar_vn import fmt_date
from ..repo import Repository
from .items import KIND_VI, Item

__all__ = ["record", "as_json", "as_csv", "as_table", "FORMATTERS", "CSV_FIELDS", "STATUS_VI"]

STATUS_VI = {
    "planned": "chưa thực hiện",
    "in_progress": "đang thực hiện",
    "done": "đã xong",
    "cancelled": "đã hủy",
    "due": "chưa đến hạn",
}
CSV_FIELDS = [
    "date",
    "days_left",
    "overdue",
    "kind",
    "title",
    "document",
    "lead",
    "support",
    "status",
    "time",
    "shifted_from",
    "shift_note",
    "note",
    "source",
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
        "lead_name": repo.org_name(item.lead) if item.lead else None,
        "support": list(item.support),
        "support_names": [repo.org_name(o) for o in item.support],
        "shifted_from": item.shifted_from.isoformat() if item.shifted_from else None,
        "shift_note": item.shift_note,
        "note": item.note,
        "done_date": item.done_date.isoformat() if item.done_date else None,
        "uid": item.uid,
    }


def as_json(items: list[Item], repo: Repository, today: date, meta: dict) -> str:
    records = [record(i, repo, today) for i in items]
    doc = {
        **meta,
        "items": records,
        "summary": {"total": len(records), "overdue": sum(r["overdue"] for r in records)},
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def as_csv(items: list[Item], repo: Repository, today: date, meta: dict) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for item in items:
        row = record(item, repo, today)
        row["support"] = ";".join(row["support"])
        row["overdue"] = "1" if row["overdue"] else "0"
        writer.writerow({k: "" if row[k] is None else row[k] for k in CSV_FIELDS})
    return buf.getvalue()


def days_text(days: int, closed: bool = False, overdue: bool = False) -> str:
    if closed:
        return ""
    if days < 0:
        return f"quá {-days} ngày" if overdue else f"đã qua {-days} ngày"
    if days == 0:
        return "hôm nay"
    return f"còn {days} ngày"


def _group(item: Item, today: date) -> str:
    if item.is_overdue(today):
        return "Quá hạn"
    return f"Tháng {item.date.month}/{item.date.year}"


def _extras(item: Item) -> list[str]:
    extra = []
    if item.shifted_from:
        extra.append(f"lùi từ {fmt_date(item.shifted_from)}: {item.shift_reason}")
    if item.kind == "plan":
        extra.append("đã có kế hoạch" if item.closed else "chưa có kế hoạch")
    if item.kind == "activity" and item.status != "planned":
        extra.append(STATUS_VI[item.status])
    return extra


def _content(item: Item) -> str:
    from rich.markup import escape

    text = escape(item.title)
    extra = _extras(item)
    if extra:
        text += " [dim](" + escape("; ".join(extra)) + ")[/]"
    return text


COLUMNS = ("Ngày", "Hạn", "Loại", "Nội dung", "Chủ trì", "Phối hợp", "Nguồn")


def _cells(item: Item, repo: Repository, today: date, content: str) -> list[str]:
    return [
        fmt_date(item.date),
        days_text(item.days_left(today), item.closed, item.is_overdue(today)),
        KIND_VI[item.kind],
        content,
        repo.org_name(item.lead) if item.lead else "",
        ", ".join(repo.org_name(o) for o in item.support),
        item.source,
    ]


def _groups(items: list[Item], today: date) -> dict[str, list[Item]]:
    groups: dict[str, list[Item]] = {}
    for item in items:
        groups.setdefault(_group(item, today), []).append(item)
    return groups


def as_plain_table(items: list[Item], repo: Repository, today: date, meta: dict) -> str:
    """The same table without rich: one line per item, columns aligned, nothing wrapped — for
    files, pipes and CI logs (and fast with thousands of items)."""
    out: list[str] = []
    for name, members in _groups(items, today).items():
        rows = []
        for item in members:
            extra = _extras(item)
            rows.append(
                _cells(item, repo, today, item.title + (f" ({'; '.join(extra)})" if extra else ""))
            )
        widths = [max(len(col), *(len(r[i]) for r in rows)) for i, col in enumerate(COLUMNS)]
        out.append(f"{name} ({len(members)})")
        out.append("  ".join(c.ljust(w) for c, w in zip(COLUMNS, widths, strict=True)).rstrip())
        out.append("  ".join("─" * w for w in widths))
        out.extend(
            "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows
        )
        out.append("")
    out.append(summary(items, today, meta))
    return "\n".join(out) + "\n"


def as_table(
    items: list[Item],
    repo: Repository,
    today: date,
    meta: dict,
    color: bool = False,
    width: int | None = None,
) -> str:
    from rich import box
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    if not color:
        return as_plain_table(items, repo, today, meta)
    buf = io.StringIO()
    console = Console(
        file=buf, force_terminal=True, width=width or 200, highlight=False, soft_wrap=False
    )
    for name, members in _groups(items, today).items():
        overdue = name == "Quá hạn"
        console.print(f"[bold {'red' if overdue else ''}]{escape(name)}[/] ({len(members)})")
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
        for col in COLUMNS:
            table.add_column(
                col,
                overflow="fold",
                no_wrap=col in ("Ngày", "Hạn", "Loại"),
                ratio=3 if col == "Nội dung" else None,
            )
        for item in members:
            late = item.is_overdue(today)
            cells = [escape(c) for c in _cells(item, repo, today, "")]
            cells[3] = _content(item)
            table.add_row(
                *cells,
                style="red" if late else ("dim" if item.closed or item.date < today else None),
            )
        console.print(table)
    console.print(summary(items, today, meta))
    return buf.getvalue()


def summary(items: list[Item], today: date, meta: dict) -> str:
    overdue = sum(i.is_overdue(today) for i in items)
    span = meta.get("window_text", "")
    if not items:
        return f"Không có việc nào{(' ' + span) if span else ''}."
    text = f"{len(items)} việc{(' ' + span) if span else ''}"
    return text + (f", trong đó {overdue} việc quá hạn." if overdue else ".")


def window_text(start: date | None, end: date | None, today: date, unbounded: bool) -> str:
    if unbounded:
        return ""
    if start is None:
        return f"quá hạn hoặc đến hạn từ {fmt_date(today)} đến {fmt_date(end)}" if end else ""
    return f"từ {fmt_date(start)} đến {fmt_date(end)}" if end else ""


FORMATTERS: dict[str, Callable[..., str]] = {"json": as_json, "csv": as_csv, "table": as_table}
