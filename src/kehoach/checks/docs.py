"""The documentation of every check, generated from the registry (``kehoach checks``)."""

from __future__ import annotations

_SCOPES = {
    "file": "Đọc và phân tích tệp",
    "schema": "Lược đồ (JSON Schema)",
    "text": "Chữ viết (Unicode, bảng mã)",
    "repo": "Tính nhất quán của kho",
}
_LEVELS = {"error": "lỗi", "warning": "cảnh báo", "info": "ghi chú"}


def markdown(checks) -> str:
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
                lines += [f"### {c.code} `{c.name}` ({_LEVELS[c.level]})", "", c.doc, ""]
    return "\n".join(lines).rstrip() + "\n"


def plain(checks) -> str:
    out = []
    for c in checks:
        first = " ".join(c.doc.split())
        out.append(f"{c.code}  {c.name:<22} {_LEVELS[c.level]:<9} {first}")
    return "\n".join(out) + "\n"
