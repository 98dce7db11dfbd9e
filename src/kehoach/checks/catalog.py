"""The documentation of every check, generated from the registry (``kehoach checks``)."""

from __future__ import annotations

from ..output import Format, Style, table
from ..vocab import LEVEL, clean
from .registry import Check

_SCOPES = {
    "file": "Đọc và phân tích tệp",
    "schema": "Lược đồ (JSON Schema)",
    "text": "Chữ viết (Unicode, bảng mã)",
    "data": "Giá trị của từng tệp (ký tự, cấu hình)",
    "repo": "Tính nhất quán của kho",
}


def markdown(checks: list[Check], style: Style) -> str:
    lines = [
        "# Các kiểm tra của `kehoach validate`",
        "",
        "Trang này được sinh từ mã nguồn bằng `kehoach checks --format md`; đừng sửa tay.",
        "Tắt một kiểm tra trong `kehoach.yaml`: `checks: {disable: [KH412]}`.",
        "",
    ]
    for scope, title in _SCOPES.items():
        lines += [f"## {title}", ""]
        if scope == "repo":
            lines += [_partial(checks), ""]
        for c in checks:
            if c.scope == scope:
                lines += [f"### {c.code} `{c.name}` ({LEVEL[c.level]})", "", c.doc, ""]
    return "\n".join(lines).rstrip() + "\n"


def _partial(checks: list[Check]) -> str:
    """Which repository checks also run on a file failing its schema (``PARTIAL_SAFE``)."""
    from . import PARTIAL_SAFE

    codes = [c.code for c in checks if c.scope == "repo"]
    safe = ", ".join(c for c in codes if c in PARTIAL_SAFE)
    rest = ", ".join(c for c in codes if c not in PARTIAL_SAFE)
    return (
        "Một tệp sai lược đồ vẫn được các kiểm tra chỉ báo điều đã viết (mã tổ chức, ngày, mốc thời "
        f"gian, mã trùng…) xem xét, với phần sai bị bỏ: {safe}. Các kiểm tra khác ({rest}) kết "
        "luận từ điều còn thiếu hay từ cả văn bản (Nơi nhận thiếu dòng lưu, số chưa có ngày, tổng "
        "kinh phí, ký hiệu theo các cơ quan ban hành…): phần bị bỏ sẽ làm chúng báo sai, nên chúng "
        "chỉ chạy trên tệp khớp lược đồ. Sửa lỗi lược đồ rồi chạy lại `validate` để thấy chúng."
    )


def plain(checks: list[Check], style: Style) -> str:
    out = []
    for c in checks:
        first = clean(c.doc)
        out.append(f"{c.code}  {c.name:<22} {LEVEL[c.level]:<9} {first}")
    return "\n".join(out) + "\n"


FORMATS = table(
    Format("text", plain, "một dòng mỗi kiểm tra"),
    Format("md", markdown, "trang tài liệu Markdown (docs/checks.md)"),
)
