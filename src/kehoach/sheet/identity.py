"""Does a row still show the activity its hidden key names? Rows sorted, or copied and pasted, in
the visible columns only (a selection without the hidden “Khóa” column) keep their keys in place
while the activities move: the cells of one activity would then be written into another. A row
whose visible document, id (or title, for an activity without an id) differs from what the export
wrote for its key is refused, and none of its cells is read."""

from __future__ import annotations

from ..model import Document
from ..vocab import quoted
from .columns import COLUMNS, KEY_HEADER_TEXT
from .locked import norm
from .read import SheetRow

__all__ = ["misplaced"]

_HEADER = {c.field: c.header for c in COLUMNS}


def _expected(row: SheetRow, doc: Document, act: dict | None) -> dict[str, object]:
    """What the export wrote in the identifying cells of ``row``: from the workbook's record of
    the export, else from the key and the activity as it is (``act``: None when it may have
    changed since)."""
    assert row.key is not None
    known = dict(row.exported or {})
    known.setdefault("document", doc.id)
    known["id"] = row.key.activity  # the key holds the id as exported
    if "title" not in known and act is not None:
        known["title"] = act.get("title")
    if row.key.activity:  # the id identifies the activity: its title may be corrected by hand
        known.pop("title", None)
    return known


def misplaced(row: SheetRow, doc: Document, act: dict | None) -> str | None:
    """The problem of a row whose identifying cells are not those of its key's activity."""
    expected = _expected(row, doc, act)
    wrong = []
    for name in ("document", "id", "title"):
        if name not in row.locked or name not in expected:
            continue
        cell, value = row.locked[name]
        if norm(value) != norm(expected[name]):
            shown = quoted(value) if norm(value) is not None else "(trống)"
            wrong.append(
                f"{cell} ({_HEADER[name]}) ghi {shown}, khóa ẩn của dòng là "
                f"{quoted(expected[name]) if norm(expected[name]) is not None else '(trống)'}"
            )
    if not wrong:
        return None
    return (
        f"{row.where}: dòng không khớp với cột ẩn “{KEY_HEADER_TEXT}”: "
        + "; ".join(wrong)
        + ". Có lẽ các dòng đã được sắp xếp hay chép dán mà không kèm cột ẩn; không ô nào của "
        "dòng được đọc, để không ghi nhầm sang hoạt động khác. Sắp xếp lại cả trang (chọn cả bảng) "
        "cho các dòng khớp, hoặc xuất lại bảng (`kehoach export`) và điền lại"
    )
