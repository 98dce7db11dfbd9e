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
        for c in checks:
            if c.scope == scope:
                lines += [f"### {c.code} `{c.name}` ({LEVEL[c.level]})", "", c.doc, ""]
    return "\n".join(lines).rstrip() + "\n"


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
