"""Activities the export wrote whose row is gone from the workbook (deleted, or its hidden key
overwritten): nothing of them is read, and ``update`` says so instead of counting the rows it read
as if they were all. Deleting a row never deletes the activity from the YAML files."""

from __future__ import annotations

from .baseline import described
from .read import Read

__all__ = ["missing_rows"]


def missing_rows(read: Read) -> list[str]:
    """'hoạt động “title” (id, document) không còn dòng nào…' for each key the workbook's record
    of the export (``baseline``) holds and no row of an activity sheet carries; none for a
    workbook exported before that record was kept."""
    present = {row.key_text for row in read.rows if isinstance(row.key_text, str)}
    out = []
    for key_text, values in read.exported.items():
        if key_text in present:
            continue
        what = described(
            values.get("title"), key_text.split("#", 1)[0], values.get("id"), values.get("document")
        )
        out.append(
            f"hoạt động {what} không còn dòng nào trong bảng tính "
            "(dòng đã bị xóa, hoặc cột khóa ẩn của dòng bị sửa): không gì của hoạt động này được "
            "cập nhật"
        )
    return out
