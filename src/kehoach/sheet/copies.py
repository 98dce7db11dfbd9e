"""Rows that carry the same hidden key. With the sheet unprotected, a whole row copied to make a
new activity (its title, status and note typed over) keeps the key of the row it came from: its
cells would be written onto that activity. The export writes a key once on a sheet, and on more
than one sheet only for an activity several parties lead (``--by-party``, ``co_leads``) — as many
rows as its record in the workbook says (``baseline.ROWS``). A key on two rows of one sheet, or on
more rows than the export wrote, is refused: every row of it, since nothing tells the copy from the
original, none of their cells read."""

from __future__ import annotations

from .baseline import ROWS, described
from .columns import KEY_HEADER_TEXT
from .read import SheetRow

__all__ = ["copied_rows"]

_COUNT = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm"}
SHOWN = 10  # rows named in a message; a row pasted down 10,000 times is not a 200 KB line


def _places(group: list[SheetRow]) -> str:
    """The rows of ``group`` as a message names them: the first ``SHOWN``, then how many more."""
    named = ", ".join(row.where for row in group[:SHOWN])
    more = len(group) - SHOWN
    return named if more <= 0 else f"{named} và {f'{more:,}'.replace(',', '.')} dòng khác"


def _count(n: int) -> str:
    return _COUNT.get(n, str(n))


def _activity(group: list[SheetRow]) -> str:
    """The activity the key names, as the export wrote it: “title” (id, document)."""
    first = group[0]
    known = first.exported or {}
    title = known.get("title") or first.locked_text("title")
    assert first.key is not None
    return described(title, f"ở {first.key.file}", first.key.activity, known.get("document"))


def copied_rows(rows: list[SheetRow]) -> tuple[set[int], list[str]]:
    """The rows (``id``) refused as sharing a key beyond what the export wrote, and a problem for
    each such key naming all its rows."""
    groups: dict[str, list[SheetRow]] = {}
    for row in rows:
        if row.key is not None and isinstance(row.key_text, str):
            groups.setdefault(row.key_text, []).append(row)
    refused: set[int] = set()
    problems: list[str] = []
    for group in groups.values():
        if len(group) < 2:
            continue
        sheets = [row.sheet for row in group]
        known = (group[0].exported or {}).get(ROWS)
        written = known if isinstance(known, int) else None  # None: an older export's record
        over = written is not None and len(group) > written
        if len(set(sheets)) == len(sheets) and not over:
            continue  # one row on the sheet of each party leading it, as exported
        refused.update(id(row) for row in group)
        exported = (
            f"; bảng xuất ra chỉ có {_count(written)} dòng của hoạt động này"
            if over and written is not None and written > 1
            else ""
        )
        same_sheet = len(set(sheets)) == 1
        copied = "một dòng được chép từ dòng kia" if same_sheet else "dòng (hay cả trang) được chép"
        problems.append(
            f"{_places(group)}: {_count(len(group))} dòng cùng mang khóa ẩn "
            f"(cột “{KEY_HEADER_TEXT}”) của một hoạt động — {_activity(group)}{exported}. Có lẽ "
            f"{copied}, kèm cả cột ẩn; không dòng nào được đọc, để không ghi nội dung dòng chép vào "
            f"hoạt động ấy. Xóa {'dòng' if same_sheet else 'dòng hay trang'} chép (việc mới thì "
            "thêm vào tệp YAML của kế hoạch rồi xuất lại bảng tính, `kehoach export`) rồi chạy lại"
        )
    return refused, problems
