"""What every format of the register shares: the lines of the cover page and the cells as text."""

from __future__ import annotations

from ..viet import upper
from ..vocab import clean, date_text
from .run import COLUMNS, TITLE, RegisterResult, cells


def organ_lines(result: RegisterResult) -> tuple[str, str]:
    """The parent body and the body, as the header of a document prints them."""
    organ = result.organ
    name = organ.get("header") or organ.get("name") or organ.get("id") or ""
    return upper(clean(organ.get("parent"))), upper(clean(name))


def cover(result: RegisterResult) -> list[str]:
    """The lines of the cover page (Phụ lục IV, I.1), blanks left dotted for the clerk."""
    first, last = result.dates()
    dots = "……"
    lines = [TITLE]
    if result.book:
        lines.append(f"(Sổ {result.book})")
    lines += [
        f"Năm: {result.year}",
        f"Từ ngày {date_text(first) if first else dots} đến ngày {date_text(last) if last else dots}",
        f"Từ số {result.first.number_text if result.first else dots} "
        f"đến số {result.last.number_text if result.last else dots}",
        "Quyển số: ……",
    ]
    return lines


def text_cells(result: RegisterResult, *, iso_dates: bool = False) -> list[list[str]]:
    """Every row as ten strings (dates as Decree 30 writes them, or ISO)."""
    out, shared = [], result.shared_numbers
    for rec in result.rows:
        row = cells(rec, shared.get(rec.number or 0, ()))
        when = rec.issued
        row["date"] = "" if when is None else (when.isoformat() if iso_dates else date_text(when))
        row["recipients"] = "; ".join(rec.recipients)
        out.append([str(row[key]) for _, _, key in COLUMNS])
    return out
