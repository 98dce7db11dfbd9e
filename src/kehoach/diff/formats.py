"""Output of ``kehoach diff``: short Vietnamese lines, or JSON."""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..output import Format, Style, table
from ..vocab import DOC_KIND, quoted
from .change import DiffResult

KIND_VI = {**DOC_KIND, "orgs": "danh mục tổ chức", "settings": "cấu hình kho"}


def shown(top: Path, rel: str) -> str:
    try:
        return os.path.relpath(top / rel)
    except ValueError:
        return str(top / rel)


def as_text(result: DiffResult, style: Style) -> str:
    top = result.top
    lines = [f"So sánh {result.old} → {result.new}"]
    for doc in result.documents:
        kind = KIND_VI.get(doc.kind, doc.kind)
        title = (
            f" {quoted(doc.title)}" if doc.title else ""
        )  # whole: a cut title can hide the change
        if doc.status == "added":
            lines.append(f"+ {shown(top, doc.path)}: thêm {kind}{title}")
        elif doc.status == "removed":
            lines.append(f"- {shown(top, doc.path)}: bỏ {kind}{title}")
        elif doc.status == "unreadable":
            continue  # its "!" line below says why
        else:
            moved = f" (chuyển từ {shown(top, doc.old_path)})" if doc.old_path else ""
            lines.append(f"~ {shown(top, doc.path)}{moved}: {kind}{title}")
            lines.extend(f"  {c.text}" for c in doc.changes)
    for item in result.unreadable + result.invalid:
        lines.append(f"! {item}")
    if not result.documents and not result.unreadable:
        lines.append("Không có thay đổi nào về chương trình, kế hoạch, tổ chức, cấu hình.")
    return "\n".join(lines) + "\n"


def as_json(result: DiffResult, style: Style) -> str:
    top = result.top
    docs = []
    for doc in result.documents:
        item = doc.as_dict()
        item["path"] = shown(top, doc.path)
        if doc.old_path:
            item["old_path"] = shown(top, doc.old_path)
        docs.append(item)
    out = {
        "old": result.old,
        "new": result.new,
        "documents": docs,
        "unreadable": result.unreadable,
        "invalid": result.invalid,
        "summary": {
            s: sum(d.status == s for d in result.documents)
            for s in ("added", "removed", "changed", "unreadable")
        },
    }
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


FORMATS = table(
    Format("text", as_text, "các dòng tiếng Việt"),
    Format("json", as_json, "dữ liệu JSON"),
)
