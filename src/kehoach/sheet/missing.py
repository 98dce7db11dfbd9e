"""Activities the export wrote whose row is gone from the workbook (deleted, or its hidden key
overwritten): nothing of them is read, and ``update`` says so instead of counting the rows it read
as if they were all. A whole activity sheet deleted is said once, with its name and how many
activities it held, not activity by activity. Deleting a row or a sheet never deletes the activity
from the YAML files."""

from __future__ import annotations

from .baseline import described, exported_sheets
from .read import Read

__all__ = ["missing_rows"]

SHOWN = 3  # activities named in the message of a sheet deleted; the others counted


def _what(key_text: str, values: dict[str, object]) -> str:
    return described(
        values.get("title"), key_text.split("#", 1)[0], values.get("id"), values.get("document")
    )


def missing_rows(read: Read) -> list[str]:
    """'hoạt động “title” (id, document) không còn dòng nào…' for each key the workbook's record
    of the export (``baseline``) holds and no row of an activity sheet carries; one line for a
    sheet deleted (none of its rows left, its name gone: a sheet renamed keeps its rows); none for
    a workbook exported before that record was kept."""
    present = {row.key_text for row in read.rows if isinstance(row.key_text, str)}
    # the sheets, as exported, some row of which is still there (under that name or another)
    kept = {s for key in present for s in exported_sheets(read.exported.get(key, {}))}
    gone: dict[str, list[str]] = {}
    out = []
    for key_text, values in read.exported.items():
        if key_text in present:
            continue
        held = exported_sheets(values)
        if held and not any(s in read.sheets or s in kept for s in held):
            gone.setdefault(held[0], []).append(_what(key_text, values))
            continue
        out.append(
            f"hoạt động {_what(key_text, values)} không còn dòng nào trong bảng tính "
            "(dòng đã bị xóa, hoặc cột khóa ẩn của dòng bị sửa): không gì của hoạt động này được "
            "cập nhật"
        )
    for sheet, activities in gone.items():
        named = "; ".join(activities[:SHOWN])
        more = f" và {len(activities) - SHOWN} hoạt động khác" if len(activities) > SHOWN else ""
        out.insert(
            0,
            f"trang “{sheet}” không còn trong bảng tính (đã bị xóa): {len(activities)} hoạt động "
            f"của trang không được cập nhật — {named}{more}",
        )
    return out
