"""The summary of an import run, one row per file (imported / with TODOs / failed), as plain
text or JSON. Pure functions: the command line prints what they return."""

from __future__ import annotations

import json
import os

from ...output import Format, Style, table
from .model import FileResult, ImportResult

LABELS = {"imported": "đã nhập", "todo": "cần xem lại", "failed": "lỗi"}


def _shown(path: str | None) -> str:
    if not path:
        return "—"
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def _note(f: FileResult) -> str:
    if f.status == "failed":
        errors = [p.message for p in f.problems if p.level == "error"]
        return errors[0] if errors else ""
    parts = []
    if f.todos:
        parts.append(f"{f.todos} chỗ TODO")
    if f.proposals:
        parts.append(f"{len(f.proposals)} tổ chức mới đề xuất")
    warned = sum(p.level == "warning" and p.code != "KH418" for p in f.problems)
    if warned:  # KH418 is a TODO, counted above
        parts.append(f"{warned} cảnh báo")
    return ", ".join(parts)


def rows(result: ImportResult) -> list[list[str]]:
    return [
        [_shown(f.source), LABELS[f.status], _shown(f.output) if f.text else "—", _note(f)]
        for f in result.files
    ]


def totals(result: ImportResult) -> str:
    n = len(result.files)
    return (
        f"{n} tệp: {result.count('imported')} đã nhập, {result.count('todo')} cần xem lại, "
        f"{result.count('failed')} lỗi"
    )


def as_text(result: ImportResult, style: Style | None = None) -> str:
    head = ["Tệp", "Kết quả", "Bản nháp", "Ghi chú"]
    table = [head, *rows(result)]
    widths = [min(60, max(len(r[i]) for r in table)) for i in range(3)]
    lines = []
    for r in table:
        cells = [r[i].ljust(widths[i]) for i in range(3)] + [r[3]]
        lines.append("  ".join(cells).rstrip())
        if r is head:
            lines.append("  ".join("-" * w for w in widths) + "  -------")
    lines.append(totals(result))
    return "\n".join(lines) + "\n"


def as_json(result: ImportResult, style: Style | None = None) -> str:
    files = [
        {
            "source": f.source,
            "status": f.status,
            "output": f.output if f.text else None,
            "kind": f.kind or None,
            "todos": f.todos,
            "proposals": [p.id for p in f.proposals],
            "problems": [p.as_dict() for p in f.problems],
        }
        for f in result.files
    ]
    summary = {k: result.count(k) for k in LABELS}
    return json.dumps({"files": files, "summary": summary}, ensure_ascii=False, indent=2) + "\n"


FORMATS = table(
    Format("text", as_text, "bảng tóm tắt từng tệp"),
    Format("json", as_json, "dữ liệu JSON"),
)
