"""Merged cells in an activity sheet. Excel's Merge & Center keeps the value of the top-left cell
only; openpyxl reads the others as empty: merging a status over three rows would delete the status
of two activities, merging notes would delete a note, and merging the “Văn bản” cells of a
document's rows would look like rows moved without their key. A merged range over a column that is
read back — the columns to fill in, the key and the cells checked against it — is refused with its
reference, before any row is read; one over the other locked columns (the same “Nội dung phối hợp”
merged for a few rows) changes nothing that is read, and is left alone."""

from __future__ import annotations

from .columns import COLUMNS
from .refs import ref

__all__ = ["merged_problems", "WATCHED"]

# the columns whose cells ``update`` reads: the editable ones, the key, the identifying cells
WATCHED = tuple(
    c.field for c in COLUMNS if c.editable or c.field in ("key", "document", "id", "title")
)
_HEADER = {c.field: c.header for c in COLUMNS}


def merged_problems(ws, columns: dict[str, int], header_row: int = 1) -> list[str]:
    """One problem per merged range of ``ws`` below its header (``header_row``) that covers a
    watched column (``columns``: field → column number, from the sheet's header); a title merged
    over the rows inserted above the header holds no activity."""
    watched = {number: field for field, number in columns.items() if field in WATCHED}
    out = []
    for rng in sorted(ws.merged_cells.ranges, key=lambda r: (r.min_row, r.min_col, r.max_row)):
        hit = [f for c, f in sorted(watched.items()) if rng.min_col <= c <= rng.max_col]
        if not hit or rng.max_row <= header_row:
            continue
        named = ", ".join(f"“{_HEADER[f]}”" for f in hit)
        first = rng.start_cell.coordinate
        out.append(
            f"{ref(ws.title, rng.coord)}: ô gộp — bỏ gộp ô rồi chạy lại. Ô gộp chỉ giữ giá "
            f"trị của ô đầu ({first}); các ô khác của nó (cột {named}) đọc như ô trống, dù trên màn "
            "hình trông như cùng giá trị. Bỏ gộp (Home → Merge & Center → Unmerge Cells), điền lại giá "
            "trị cho từng dòng rồi lưu"
        )
    return out
