"""Where an activity sheet's header is, and which column holds which field.

The export writes the header in row 1; an office may insert rows above it (a title, the unit's
name, a date), move columns, hide some. The header is the first row, among the first
``SCAN_ROWS``, that holds the column titles naming an activity — the hidden key, or both the id
and the title (“Mã hoạt động”, “Nội dung hoạt động”) —: the summary's tables, whose headers share
a few titles (“Trạng thái”, “Đã chi (đồng)”), are never taken for one. A sheet whose header lacks
the key (its hidden column deleted, or the sheet copied into another workbook without it) is told
apart: its rows cannot be matched to activities, and ``update`` refuses it rather than guess."""

from __future__ import annotations

from dataclasses import dataclass

from .columns import COLUMNS, KEY_HEADER_TEXT
from .refs import place
from .style import COL

__all__ = ["Header", "find_header", "header_text", "keyless_sheet", "missing_columns", "SCAN_ROWS"]

# columns a sheet must keep: those read back, and the id that checks a row against its key
REQUIRED = tuple(c for c in COLUMNS if c.editable or c.field == "id")

SCAN_ROWS = 50  # rows looked at for the header: a few inserted above it, not a whole sheet
_BY_HEADER = {" ".join(c.header.casefold().split()): c for c in COLUMNS}
_IDENTIFYING = ("id", "title")


def header_text(value: object) -> str | None:
    """The field of a column title (case and spacing aside), None for any other cell."""
    if not isinstance(value, str):
        return None
    col = _BY_HEADER.get(" ".join(value.casefold().split()))
    return col.field if col is not None else None


@dataclass(frozen=True)
class Header:
    row: int  # the header's row number (1 as exported)
    columns: dict[str, int]  # field → column number

    @property
    def keyed(self) -> bool:
        return "key" in self.columns

    @property
    def first(self) -> int:
        """The first row that may hold an activity."""
        return self.row + 1


def _columns(cells) -> dict[str, int]:
    out: dict[str, int] = {}
    for cell in cells:
        field = header_text(cell.value)
        if field is not None and field not in out:
            out[field] = cell.column
    return out


def find_header(ws) -> Header | None:
    """The header of ``ws`` when it is an activity sheet (a row naming the key, or the id and the
    title of an activity), else None."""
    last = min(ws.max_row or 0, SCAN_ROWS)
    for r, cells in enumerate(ws.iter_rows(min_row=1, max_row=last), start=1):
        columns = _columns(cells)
        if "key" in columns or all(f in columns for f in _IDENTIFYING):
            return Header(r, columns)
    return None


def keyless_sheet(ws, header: Header) -> str:
    """The problem of an activity sheet without its key column, at the cell the export put the
    key in (in the header's row)."""
    return (
        f"{place(ws.title, COL['key'], header.row)}: trang không có cột khóa ẩn “{KEY_HEADER_TEXT}” "
        f"(hàng tiêu đề {header.row}) — cột đã bị xóa, hoặc trang được chép sang bảng tính khác "
        "không kèm cột ấy; không biết mỗi dòng là hoạt động nào nên không đọc trang này. Điền vào "
        "chính bảng tính kehoach export đã xuất (còn nguyên cột khóa ẩn) rồi chạy lại"
    )


def missing_columns(ws, header: Header) -> list[str]:
    """A problem for each required column the header of ``ws`` lacks, at the cell of the header's
    row the export put it in."""
    out = []
    for col in REQUIRED:
        if col.field in header.columns:
            continue
        cell = ws[f"{COL[col.field]}{header.row}"]
        now = cell.value
        there = (
            ""
            if header_text(now) is not None
            else (f" (ô này ghi “{now}”)" if now not in (None, "") else " (ô trống)")
        )
        what = "cột cần điền" if col.editable else "cột đối chiếu dòng với khóa"
        out.append(
            f"{place(ws.title, COL[col.field], header.row)}: không thấy {what} “{col.header}”"
            f"{there}; tên cột phải giữ đúng như lúc xuất: đặt lại tên cột (hoặc xuất lại bảng) "
            "rồi chạy lại"
        )
    return out
