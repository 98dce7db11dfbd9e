"""The columns of an activity sheet, and the hidden key that matches a row back to its activity.

The header text is what ``update`` looks for (columns may be moved or hidden); only the columns
marked ``editable`` are unlocked in the sheet and read back. The key column holds
``<file>#<json path>#<activity id>#<file hash>``: the file relative to the repository root, where
the activity was in it, its id, and the SHA-256 (first 16 hex digits) of the file as exported —
so a row whose document changed since the export is recognised.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..vocab import STATUS, capitalize

__all__ = [
    "Column",
    "COLUMNS",
    "EDITABLE",
    "Key",
    "STATUS_LABELS",
    "SHEET",
    "SUMMARY",
    "LISTS",
    "BASE_SHEET",
    "ROLE_HEADER",
    "ROLE_LEAD",
    "ROLE_CO_LEAD",
    "CO_LEAD_MARK",
]

SHEET = "Hoạt động"  # the activity sheet (one per party with --by-party)
SUMMARY = "Tổng hợp"
LISTS = "Danh mục"  # hidden: the drop-down lists
HELP_SHEET = "Hướng dẫn"
META_SHEET = "kehoach"  # hidden: what the workbook is, for update
BASE_SHEET = "kehoach-lúc-xuất"  # hidden: what each row held when exported (``baseline``)
FORMAT_VERSION = "1"

STATUS_LABELS = {code: capitalize(label) for code, label in STATUS.items()}


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    width: float
    kind: str = "text"  # text | date | money | status | party | key
    editable: bool = False
    wrap: bool = False
    help: str = ""


COLUMNS = (
    Column("document", "Văn bản", 24),
    Column("id", "Mã hoạt động", 18),
    Column("title", "Nội dung hoạt động", 55, wrap=True),
    Column("area", "Nội dung phối hợp", 32, wrap=True),
    Column(
        "lead",
        "Đơn vị chủ trì",
        20,
        "party",
        editable=True,
        help="Chọn trong danh sách các đơn vị của orgs.yaml.",
    ),
    Column("support", "Đơn vị phối hợp", 24, wrap=True),
    Column("time", "Thời gian", 22, wrap=True),
    Column("deadline", "Hạn", 12, "date"),
    Column(
        "status",
        "Trạng thái",
        17,
        "status",
        editable=True,
        help="Chọn: " + ", ".join(STATUS_LABELS.values()) + ".",
    ),
    Column(
        "done_date",
        "Ngày hoàn thành",
        15,
        "date",
        editable=True,
        help="Ngày/tháng/năm, ví dụ 20/9/2022. Để trống nếu chưa xong.",
    ),
    Column("budget", "Kinh phí dự kiến (đồng)", 17, "money"),
    Column(
        "spent",
        "Đã chi (đồng)",
        17,
        "money",
        editable=True,
        help="Số tiền đã chi, đồng, số nguyên (không ghi chữ).",
    ),
    Column("note", "Ghi chú", 45, editable=True, wrap=True, help="Kết quả, lý do chậm, hủy…"),
    Column("key", "Khóa (không sửa)", 12, "key"),
)
EDITABLE = tuple(c for c in COLUMNS if c.editable)
KEY_HEADER_TEXT = next(c.header for c in COLUMNS if c.field == "key")

# ``--by-party`` with a co-led activity (``co_leads``): the activity is on the sheet of each of
# its leads, and a column after the key says the sheet's party's role in it — the summary counts
# the rows of the lead's sheet only, so that each activity counts once. Not read back by update.
ROLE_HEADER = "Vai trò (đơn vị của trang)"
ROLE_LEAD, ROLE_CO_LEAD = "Chủ trì", "Đồng chủ trì"
# after the name of an org that leads an activity with its lead (``co_leads``), in the Đơn vị phối
# hợp cell ('Sở KH&CN (cùng chủ trì), Ban Phong trào Tỉnh Đoàn'): the summary's table by lead
# counts the activity for it too (``summary``)
CO_LEAD_MARK = " (cùng chủ trì)"


@dataclass(frozen=True)
class Key:
    """Where a row comes from."""

    file: str  # POSIX path relative to the repository root
    json_path: tuple
    activity: str  # the activity's id ('' when it has none)
    sha: str  # the file's hash when exported

    def text(self) -> str:
        path = ".".join(str(p) for p in self.json_path)
        return f"{self.file}#{path}#{self.activity}#{self.sha}"

    @classmethod
    def parse(cls, text: object) -> Key | None:
        if not isinstance(text, str) or text.count("#") != 3:
            return None
        file, path, activity, sha = text.split("#")
        steps = tuple(int(p) if p.isdigit() else p for p in path.split(".")) if path else ()
        if not file or not steps or not sha:
            return None
        return cls(file, steps, activity, sha)
